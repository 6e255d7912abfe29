"""What kind of question a resolved question is, and the one-section questions it needs. Pure functions.

    崔桥镇和大李庄乡各设了多少卡点   → multi over both: 崔桥镇设了多少卡点, 大李庄乡设了多少卡点
    崔桥镇比大李庄乡多设了几个卡点   → diff:  崔桥镇设了几个卡点 − 大李庄乡设了几个卡点
    四个乡镇一共捐了多少钱           → sum over the sections the collective covers
    哪个乡镇卡点最多                 → max;  排序 / 从多到少 → sort
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Literal

from wenda.bot.conversation.subjects import collective, mentions
from wenda.index.query import _posseg

Operation = Literal["single", "multi", "sum", "diff", "max", "min", "sort"]

_SUM = re.compile(r"一共|总共|合计|共计|总计|加起来|加在一起|总和|合起来")
_MAX = re.compile(r"最多|最大|最高|最长|最重|最远|最久|最贵|最晚|最迟")
_MIN = re.compile(r"最少|最小|最低|最短|最轻|最便宜|最早")
_SORT = re.compile(r"排序|排名|排一下|排个序|从多到少|从少到多|从高到低|从低到高|由多到少|由少到多|从大到小|从小到大|从早到晚|从晚到早")
_ASCENDING = r"从少到多|从低到高|由少到多|从小到大|从早到晚"
_TIMED = ("最早", "最晚", "最迟", "从早到晚", "从晚到早")  # times of day compared: each part asks 几点
_DIFF = re.compile(r"相差|差多少|差几|差距")
# 比大李庄乡多 / 比大李庄乡少 (the section after 比 is checked separately)
_THAN = re.compile(r"比(?P<other>[^，,。？?]{2,12}?)(?P<op>多|少|高|低|大|小|贵|便宜)(?!少)")
_WHICH_MORE = re.compile(r"(?:哪(?:个|一个|里|些)?|谁)[^，,。]*?(?P<op>多|少|高|低|大|小|长|短|远|近|重|轻|贵|便宜|早|晚|迟)$")
_GREATER = ("多", "高", "大", "长", "远", "重", "贵", "晚", "迟")  # which has the most (贵: the highest price; 晚: the latest time)
_SAID_AS = ("贵", "便宜", "早", "晚", "迟")  # a superlative the result says in the question's word (最便宜的是…)
_MULTI = re.compile(r"各自|各|分别|都")
_JOIN = re.compile(r"^[和与及跟同、,，\s]+$")


@dataclass(frozen=True)
class Plan:
    operation: Operation
    sections: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # one per section, in the same order
    descending: bool = True  # for sort
    superlative: str = ""  # how the result is said when not 最多/最少 (哪个贵 → 最贵)


def plan(question: str, names: list[str]) -> Plan:
    """How to answer a resolved question: one engine call, or one per section and then arithmetic."""
    ms = mentions(question, names)
    named = list(dict.fromkeys(m.section for m in ms))
    group = collective(question, names) if len(named) < 2 else None
    if len(named) < 2 and group is None:
        return Plan("single", named, [question])
    sections = named if len(named) >= 2 else group.sections
    spans = [(m.start, m.end) for m in ms] if len(named) >= 2 else [(group.start, group.end)]
    text = question
    op: Operation = "multi"
    descending = True
    which_asked = False
    priced = False  # 哪个贵 / 哪个便宜: a price is compared, whether or not the question names it
    superlative = ""
    than = _THAN.search(text)
    if than and len(named) == 2 and any(m.start >= than.start("other") and m.end <= than.end("other") for m in ms):
        op = "diff"
        # the section after 比 is the one subtracted
        first = next(m for m in ms if m.start < than.start())
        second = next(m for m in ms if m.start >= than.start("other"))
        sections = [first.section, second.section]
        descending = than.group("op") in ("多", "高", "大", "贵")
        priced = than.group("op") in ("贵", "便宜")  # 比旅游1路贵多少: the prices are subtracted
        text = text[:than.start()] + text[than.end():]
        spans = [(first.start, first.end)]
    elif _SUM.search(text):
        op = "sum"
    elif _SORT.search(text):
        op = "sort"
        descending = not re.search(_ASCENDING, text)
    elif _MIN.search(text):
        op = "min"
        said = _MIN.search(text).group(0)
        priced, superlative = said == "最便宜", said if said[1:] in _SAID_AS else ""
    elif _MAX.search(text):
        op = "max"
        said = _MAX.search(text).group(0)
        priced, superlative = said == "最贵", said if said[1:] in _SAID_AS else ""
    elif _DIFF.search(text) and len(sections) == 2:
        op = "diff"
    else:
        which = _WHICH_MORE.search(text)
        if which:
            which_asked = True
            priced = which.group("op") in ("贵", "便宜")
            superlative = f"最{which.group('op')}" if which.group("op") in _SAID_AS else ""
            op = "max" if which.group("op") in _GREATER else "min"
            text = text[:which.start("op")]
    if op == "multi" and group is not None and group.asks:
        # «…的是哪个镇»: a which-question with no comparison asks the engine which one, as it is
        return Plan("single", named, [question])
    rest = _remove(text, spans)
    rest = re.sub(r"哪一个|哪个|哪些|^把|按(?=[\u4e00-\u9fff])", "", rest)
    if which_asked:
        rest = re.sub(r"^谁的|^谁", "", rest.strip(" ，,"))
    rest = re.sub(rf"{_SUM.pattern}|{_MAX.pattern}|{_MIN.pattern}|{_SORT.pattern}|{_DIFF.pattern}", "", rest)
    rest = re.sub(r"[，,]?(?:哪一个|哪个|哪些|哪里|哪)(?:多|少|高|低|大|小)?$", "", rest)
    rest = re.sub(r"^(?:的)?(?:" + _MULTI.pattern + ")", "", rest.strip(" ，,"))
    rest = re.sub(r"分别|各自|(?<=[了有的])各|都(?=[有是设])|各(?=[有是设要需]|多少|几)", "", rest)
    rest = rest.strip(" ，,")
    if priced and not re.search(r"价|钱|费|元", rest):
        rest = re.sub(r"多少$", "", rest) + "多少钱"
    if (superlative in _TIMED or any(w in question for w in _TIMED)) and not re.search(r"几点|几时|时间|什么时候", rest):
        rest += "几点"
    if not re.search(r"多少|几|多大|多长|多高|多远|多久|多重|谁|什么|啥|哪|何时|如何|怎么|怎样|是否|吗$", rest):
        rest = ask_how_many(rest)
    return Plan(op, sections, [f"{s}{rest}" for s in sections], descending, superlative)


# Nouns that name a measure of something rather than things counted (人数, 票价, 学费, 面积): 多少 goes last.
_MEASURED = ("数", "量", "额", "价", "费", "率", "积", "龄", "度", "距离", "时间", "时长", "间隔")


def ask_how_many(rest: str) -> str:
    """A statement of what is counted, as a question: 卡点 → 多少卡点, 捐的钱 → 捐的多少钱, 台数 → 台数多少,
    的发车间隔 → 的发车间隔多少 (an attribute of the subject, its measure asked).

    多少 goes before the noun counted (so the engine knows the unit asked: 多少钱 is money);
    after a word that is itself a count or a measure (人数, 台数, 票价, 学费) it goes last.
    """
    words = _posseg().lcut(rest)
    if rest.startswith("的"):  # the subject's own attribute (1路的发车间隔): the attribute is what is measured
        return rest + "多少"
    if words and words[-1].flag.startswith("n") and not words[-1].word.endswith(_MEASURED):
        last = words[-1].word
        return rest[: len(rest) - len(last)] + "多少" + last
    return rest + "多少"


def _remove(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the subject spans, and without 和/与/、 between them."""
    if not spans:
        return text
    start, end = spans[0][0], spans[-1][1]
    between = text[start:end]
    for s, e in reversed(spans):
        between = between[:s - start] + between[e - start:]
    if not _JOIN.match(between or " ") and between.strip():
        # the subjects are not one run (崔桥镇的卡点比…): keep what lies between
        return text[:start] + between + text[end:]
    return text[:start] + text[end:]
