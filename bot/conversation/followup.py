"""Follow-up resolution: read a message in the light of the previous question. Pure functions.

    resolve("那大李庄乡呢", "崔桥镇设了多少卡点", names)  → 大李庄乡设了多少卡点   (new subject)
    resolve("人呢", "大李庄乡劝阻了多少辆车", names)      → 大李庄乡劝阻了多少人     (new thing asked)
    resolve("他们每天出动多少人", "崔桥镇设了多少卡点", names) → 崔桥镇每天出动多少人 (pronoun)
    resolve("哪个乡镇最多", "崔桥镇设了多少卡点", names)   → 哪个乡镇设了卡点最多    (comparison)

A message that is a complete question on its own (it names its subject and says what it
asks) is never rewritten. Only general Chinese patterns are used; the subjects come from
the corpus's section names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


from wenda.bot.conversation.plan import plan
from wenda.bot.conversation.subjects import clean, collective, deictic, mentions, sections_of, shared_heads
from wenda.index.query import _posseg

# Words that open a follow-up: 那大李庄乡呢, 那么…, 还有…
_OPENERS = re.compile(r"^(?:那么|那(?![个些里儿家])|还有|另外|然后|再问一下|再问|请问|那请问|"
                      r"我问的是|我想问的是|我是说|我说的是|换成|改成|换个|同样的问题|一样的问题|同样问)[,，\s]*")
# A correction of the last reading: «不是崔桥镇，是白潭镇» says only the second.
_CORRECTION = re.compile(r"^不是[^，,。]*[，,]\s*(?:而)?是")
_TAIL = re.compile(r"(?:呢|吗|嘛|啊|呀|吧|(?<![什怎这那多])么|的呢)+$")
_MORE = re.compile(r"^(?:还有|其他|其它|别的|另外|更多)(?:的)?(?:呢|吗|没有|吧)?$")
# What asks: a question word. A message with one and a subject is complete.
_WH = re.compile(r"多少|几|多久|多长时间|多长|多远|多大|多高|多重|谁|什么|啥|哪|何时|何地|如何|怎么|怎样|为什么|是否|有没有|是不是|吗$|嘛$|么$")
_OPS = re.compile(r"最多|最少|最大|最小|最高|最低|最长|最短|最贵|最便宜|一共|总共|合计|共计|总计|加起来|加在一起|总和|"
                  r"排序|排名|排一下|从多到少|从少到多|从高到低|从低到高|由多到少|由少到多|相差|差多少|差几")
# Question words that ask of a subject a whole thing: its place, who it is.
_ASKS_WHOLE = re.compile(r"在哪|哪里|哪儿|什么地方|是谁|是什么")
# A superlative that says what it compares (a price, a time of day): 哪个套餐最便宜 needs no last question.
_SAYS_MEASURE = re.compile(r"最贵|最便宜|最早|最晚|最迟")
# Words that give a question its own, corpus-wide subject (全县, 全国 …): never inherit one.
_GLOBAL = re.compile(r"^全[县国省市区乡镇村部]|全文|资料|文中|文章|报道")
_FILLER = re.compile(r"那边|这边|[的了有是都各也还又就在和与及、,，\s]")


@dataclass(frozen=True)
class Reading:
    question: str  # the question as it will be answered
    rewritten: bool  # True when it differs from what the user wrote (show «按“…”理解»)
    how: str = "complete"  # complete | subject | thing | pronoun | inherit | compare | more | reply | new
    sections: list[str] = field(default_factory=list)
    # only a sentence-final particle (吗, 啊, 呀) made it a follow-up, no 那 or 呢: it may be a new question
    # (能发顺丰吗 after 试用期能休年假吗), which the conversation checks against the corpus
    weak: bool = False


def content(text: str, names: list[str]) -> str:
    """What is left when the subject, question words, operators and particles are taken out."""
    out = text
    for m in reversed(mentions(out, names)):
        out = out[:m.start] + " " + out[m.end:]
    c = collective(out, names)
    if c:
        out = out[:c.start] + " " + out[c.end:]
    d = deictic(out)
    if d:
        out = out[:d.start()] + " " + out[d.end():]
    out = _OPS.sub(" ", out)
    out = _WH.sub(" ", out)
    out = _TAIL.sub("", out.strip())
    out = re.sub(r"(?:^|\s)(?:个|些|一个)(?=\s|$)", " ", out)
    return _FILLER.sub("", out)


def subject_span(question: str, names: list[str]) -> tuple[int, int] | None:
    """Where a (resolved) question states its subject: from its first to its last section name."""
    ms = mentions(question, names)
    if ms:
        return ms[0].start, ms[-1].end
    c = collective(question, names)
    return (c.start, c.end) if c else None


def with_subject(previous: str, subject: str, names: list[str]) -> str:
    """The previous question about another subject: 崔桥镇设了多少卡点 + 大李庄乡 → 大李庄乡设了多少卡点."""
    span = subject_span(previous, names)
    if span is None:
        return subject + previous
    rest = previous[span[1]:]
    if len(mentions(subject, names)) <= 1:  # 各/分别 belonged to a plural subject
        rest = re.sub(r"^(?:各自|各|分别|都)|各自|分别|(?<=的)各", "", rest)
    return previous[:span[0]] + subject + rest


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    word: str
    flag: str


def words_of(text: str, names: list[str]) -> list[tuple[Word, bool]]:
    """jieba's words of `text` where they stand, each with whether it overlaps a subject the text names."""
    taken = [(m.start, m.end) for m in mentions(text, names)]
    out, pos = [], 0
    for w in _posseg().lcut(text):
        word = Word(pos, pos + len(w.word), w.word, w.flag)
        pos = word.end
        out.append((word, any(s < word.end and word.start < e for s, e in taken)))
    return out


# Question words that ask for a value whole (几点, 多少钱): no counted noun follows them to be replaced.
_WHOLE_ASK = re.compile(r"几点|几时|几号|几月|几岁|几年级|星期几|礼拜几|周几|多少钱|多大|多久|多长时间|多远|多高|多重")
# A classifier alone after 几/多少 (几张, 多少份): the noun counted was said before the question word.
_CLASSIFIER = re.compile(r"[张个份次件本台辆位名条只块支把间套期节天]")


def sibling_in(previous: str, thing: str, names: list[str]) -> tuple[int, int] | None:
    """Where the previous question says a sibling of `thing`, the word the follow-up puts in its place:
    the same head (首班车 for 末班车, 9路 for 5路, 婚假 for 产假) or, as long, the same first character
    (周六 for 周日). A word is one of jieba's, or two side by side (9 路); never a question word or a
    subject. The longest shared part wins, then the word as long as `thing` (普通门诊 for 专家门诊, not
    门诊), then the last."""
    if len(thing) < 2:
        return None
    words = words_of(previous, names)
    asked = [(m.start(), m.end()) for m in _WH.finditer(previous)]
    # a word the corpus says in the same slot as `thing` (工作日 for 周末: 工作日价格, 周末价格), though
    # they share no character
    for other in sorted(getattr(names, "siblings", {}).get(thing, ()), key=len, reverse=True):
        at = previous.find(other)
        if at >= 0 and not any(taken and w.start < at + len(other) and at < w.end for w, taken in words):
            return at, at + len(other)
    best, best_key = None, (0, -99, -1)
    for i in range(len(words)):
        for j in (i, i + 1):
            if j >= len(words):
                continue
            start, end = words[i][0].start, words[j][0].end
            w = previous[start:end]
            if w == thing or len(w) < 2 or words[i][1] or words[j][1] or any(s < end and start < e for s, e in asked):
                continue
            head = next((k for k in range(min(len(w), len(thing)), 0, -1) if w[-k:] == thing[-k:]), 0)
            first = 1 if len(w) == len(thing) and w[0] == thing[0] else 0
            shared = max(head, first)
            key = (shared, -abs(len(w) - len(thing)), start)
            if shared and shared < len(thing) and key > best_key:
                best, best_key = (start, end), key
    return best


def with_thing(previous: str, thing: str, names: list[str]) -> str | None:
    """The previous question asking for another thing: 劝阻了多少辆车 + 人 → 劝阻了多少人; a sibling of
    a word it says is put in that word's place: 9路首班车几点 + 末班车 → 9路末班车几点."""
    sibling = sibling_in(previous, thing, names)
    if sibling is not None:
        return previous[:sibling[0]] + thing + previous[sibling[1]:]
    m = re.search(r"(多少|几)", previous)
    whole = _WHOLE_ASK.search(previous)
    span = subject_span(previous, names)
    if m and whole and whole.start() < m.start() < whole.end():
        m = None  # 几 of 星期几 asks a day, no count
    counted = None  # 照片要几张: 几 before a classifier alone counts the noun said before it
    if m and _CLASSIFIER.fullmatch(_TAIL.sub("", previous[m.end():])):
        m, counted = None, m.start()
    if whole and _condition(thing, names):
        # a time the value depends on (周末, 夜间) takes the place of the time the question said (工作日几点开门
        # + 周末呢 → 周末几点开门: times of day and kinds of day are siblings though they share no character),
        # else narrows the question after its subject: 拍简历照多少钱 + 周末呢 → 拍简历照周末多少钱
        said = next((w for w, subject in words_of(previous, names)
                     if not subject and w.word != thing and _condition(w.word, names)), None)
        if said is not None:
            return previous[:said.start] + thing + previous[said.end:]
        at = span[1] if span is not None else 0
        return previous[:at] + thing + previous[at:]
    if whole and span is not None and whole.group(0) == "多少钱":
        # the price of the subject for a case (3路多少钱 + 儿童呢 → 3路儿童多少钱)
        return previous[:span[1]] + thing + previous[span[1]:]
    if whole and span is not None and _posseg().lcut(thing)[-1].flag.startswith("n"):
        # another thing of the same subject, where the question asks a value whole (几点开门, 多少钱):
        # 区政府充电站周末几点开门 + 电话呢 → 区政府充电站的电话 (never 电话几点开门)
        return previous[span[0]:span[1]] + "的" + thing
    if m and not _TAIL.sub("", previous[m.end():]):
        # 多少 ends the question: what is measured was named before it (贷款…能贷多少, 票价多少), so the
        # new word narrows it (二套房呢 → 二套房公积金贷款最多能贷多少), after the question's subject if it opens it
        span = subject_span(previous, names)
        at = span[1] if span is not None and span[0] == 0 else 0
        return previous[:at] + thing + previous[at:]
    if m and not _WHOLE_ASK.match(previous, m.start()):
        tail = previous[m.end():]
        stop = re.search(r"[,，;；。]|(?:呢|吗)$", tail)
        return previous[:m.end()] + thing + (tail[stop.start():] if stop else "")
    # the topic of a question «X是…» said whole is the thing a noun takes the place of (健康操是星期几 + 桌游呢 →
    # 桌游是星期几), though jieba cuts it (健康 操)
    topic = re.match(r"(?P<x>[^，,的是]{2,8})是", previous)
    if (topic and not _WH.search(topic.group("x")) and not mentions(topic.group("x"), names)
            and any(w.flag.startswith("n") for w in _posseg().lcut(thing))):
        return thing + previous[topic.end("x"):]
    # no 多少: the last content word before the question word (镇长 in 白潭镇的镇长是谁)
    wh = _WH.search(previous)
    limit = wh.start() if wh else len(previous)
    limit = min([limit, *(x for x in (counted, whole.start() if whole else None) if x is not None)])
    last = last_noun = None
    for w, subject in words_of(previous, names):
        if w.end > limit or len(w.word) < 2 or w.word in ("是", "叫", "有"):
            continue
        if not subject:
            last = w
            last_noun = w if w.flag.startswith("n") else last_noun
    if last is None:
        # nothing but the subject to put it to: the thing narrows the subject (物业费怎么收 + 商铺呢 → 商铺物业费怎么收)
        span = subject_span(previous, names)
        return previous[:span[0]] + thing + previous[span[0]:] if span is not None else None
    # a thing takes the place of a thing, not of a deed: 买衣柜包安装吗 + 床单被套呢 → 买床单被套包安装吗
    if last_noun is not None and any(w.flag.startswith("n") for w in _posseg().lcut(thing)):
        last = last_noun
    return previous[:last.start] + thing + previous[last.end:]


_NAME_FLAGS = ("nr", "ns", "nt", "nrfg", "nrt")


def _condition(thing: str, names: list[str]) -> bool:
    """Is `thing` a time or case a value is given for (周末, 夜间, 上午: a time word; 工作日, a word the
    corpus says in a slot of parallel columns), rather than a thing of its own?"""
    words = _posseg().lcut(thing)
    return ((len(words) == 1 and words[0].flag == "t") or bool(_TIMES.fullmatch(thing))
            or thing in getattr(names, "siblings", {}))


# Kinds of day and parts of it that jieba does not tag as times (工作日 is a noun to it)
_TIMES = re.compile(r"工作日|平日|平时|节假日|法定节假日|假日|节日|双休日|休息日|周末|白天|白日|夜间|晚间|夜里|"
                    r"(?:周|星期|礼拜)[一二三四五六日天]|早上|上午|中午|下午|傍晚|晚上|凌晨|早晨|清晨|深夜|旺季|淡季|寒假|暑假")


def with_name(previous: str, text: str, names: list[str]) -> str | None:
    """A message that is one name alone (成都呢, 普通员工呢) asks the previous question of it: the name
    takes the place of the previous question's name of the same kind (北京 for 成都: both places),
    else of its first name, else of its first noun (部门经理坐飞机能坐什么舱 → 普通员工坐飞机能坐什么舱).
    None when the message is not one name, or the previous question says nothing to replace."""
    words = _posseg().lcut(text)
    if len(words) != 1 or words[0].flag not in _NAME_FLAGS or len(words[0].word) < 2:
        return None
    name, flag = words[0].word, words[0].flag
    spans = [w for w, subject in words_of(previous, names)
             if len(w.word) >= 2 and w.word != name and not _WH.fullmatch(w.word) and not subject]
    for pick in (lambda f: f == flag, lambda f: f in _NAME_FLAGS, lambda f: f.startswith("n")):
        hit = next((w for w in spans if pick(w.flag)), None)
        if hit is not None:
            return previous[:hit.start] + name + previous[hit.end:]
    return None


def _opening(q: str, names: list[str]) -> tuple[bool, str]:
    """Whether the message opens with a follow-up word, and the message without it. 那 before 个/些/里/儿
    is 那个, 那儿 …, except where a name opens there: 那儿童照呢 is 那 + 儿童照, 那个人写真呢 那 + 个人写真."""
    if _OPENERS.match(q):
        return True, _OPENERS.sub("", q)
    if q.startswith("那") and any(m.start == 1 for m in mentions(q, names)):
        return True, q[1:]
    return False, q


# 不是A，是B: A, said in the last question, is put right by B (不是区政府，是滨河公园 after 体育中心和区政府哪个便宜)
_CORRECTS = re.compile(r"^不是(?P<old>[^，,。]+?)(?:的)?[，,]\s*(?:而)?是(?P<new>[^，,。]+?)(?:的)?$")


def resolve(text: str, previous: str | None, names: list[str],
            previous_sections: list[str] | None = None, person: str | None = None, follows: bool = False) -> Reading:
    """How to read `text` after `previous` (the last resolved question, None when there is none).

    `person`: the name the previous answer gave (白潭镇的书记是谁 → 何东亚), what 他/她 then means.
    `follows`: the message is known to follow on, as if it opened with 那 (see core: 票价多少 answered by
    another row of the last subject's table).
    """
    q = clean(text)
    named = [m.section for m in mentions(q, names)]
    own = Reading(q, False, "complete", list(dict.fromkeys(named)))
    if not previous or not q:
        return own
    fix = _CORRECTS.match(q)
    if fix and fix.group("old") in previous and fix.group("new") not in previous:
        # only the word corrected changes; the rest of the last question stays (其余不变)
        return _reading(previous.replace(fix.group("old"), fix.group("new"), 1), q, "subject", names)
    if _CORRECTION.match(q) and _CORRECTION.sub("", q):
        q = _CORRECTION.sub("", q)
        named = [m.section for m in mentions(q, names)]
    opened, body = _opening(q, names)
    opened = opened or follows
    than = re.match(r"^(?:那)?(?:它|他|她)?比", body)
    last = list(dict.fromkeys(m.section for m in mentions(previous, names)))
    if than and len(named) == 1 and len(last) == 1 and last[0] != named[0]:
        # a comparison whose first term is the last subject, of what the last question asked: 崔桥镇设了多少卡点 +
        # 比大李庄乡多多少 → 崔桥镇和大李庄乡设了多少卡点，差多少; 滨河公园充电站快充每度电多少钱 + 比高铁站贵多少
        return _reading(f"{last[0]}和{named[0]}{_without_subject(previous, names)}，差多少", q, "compare", names)
    if _MORE.match(q) or _MORE.match(body) or (opened and not _TAIL.sub("", body)):
        return _reading(previous, q, "more", names)
    tailed = bool(_TAIL.search(body))
    core = _TAIL.sub("", body)
    # a yes/no question stays one when its subject is filled in (那里停车要钱吗 → 滨河公园充电站停车要钱吗)
    yes_no = "吗" if body.endswith("吗") and _WH.search(body) and not _WH.search(core) else ""
    rest = content(core, names)
    asks = bool(_WH.search(body))
    group = collective(core, names)
    ops = bool(_OPS.search(core))
    prev_subject = _subject_text(previous, names)

    # a new subject, nothing else: 那大李庄乡呢 / 白潭镇多少 / 崔桥镇和白潭镇呢; but where a subject is
    # (滨河公园充电站在哪) or who it is (X是谁) is asked whole
    if (named or (group and not group.asks)) and not rest and not ops and _ASKS_WHOLE.search(body):
        return own
    if (named or (group and not group.asks)) and not rest and not ops:
        subject = _subject_of(core, names)
        base = previous
        if len(named) == 1 and not group:  # one section after a comparison: its own question
            base = plan(previous, names).questions[0]
        return _reading(with_subject(base, subject, names), q, "subject", names)
    # a comparison over what was asked before: 哪个乡镇最多 / 一共多少 / 它们哪个多
    if ops and not rest and (named or group) and _SAYS_MEASURE.search(core):
        # the subjects and a superlative that says what it compares: 哪个套餐最便宜 is whole
        return own
    if ops and not rest:
        prev_named = list(dict.fromkeys(m.section for m in mentions(previous, names)))
        if named or group:
            subject = _subject_of(core, names)
        elif len(prev_named) > 1 or (prev_subject and not prev_named):
            subject = prev_subject
        else:
            subject = "各部分"
        subject = re.sub(r"^(?:哪一个|哪个|哪些|哪)", "各", subject)
        attr = _without_subject(previous, names)
        op = _OPS.search(core).group(0)
        if op in ("一共", "总共", "合计", "共计", "总计", "加起来", "加在一起", "总和"):
            question = f"{subject}一共{re.sub(r'^(?:一共|总共)', '', attr)}"
        elif op.startswith("最"):
            question = f"{subject}{attr}，哪个{op}"
        else:
            question = f"{subject}{attr}，{op}"
        return _reading(question, q, "compare", names)
    # a pronoun for the last subject: 他们每天出动多少人 / 该镇捐了多少钱
    d = deictic(core) or _kind_pointer(core, names)
    if d and (named or _names_own_subject(core[:d.start()] + core[d.end():])):
        d = None  # 许峰说他…: the text names whom it speaks of
    if d and d.group(0) in ("他", "她") and person:
        return _reading(core[:d.start()] + person + core[d.end():] + yes_no, q, "pronoun", names)
    if d and not group and prev_subject:
        return _reading(core[:d.start()] + prev_subject + core[d.end():] + yes_no, q, "pronoun", names)
    if not named and not group and not asks and (tailed or opened):
        swapped = with_name(previous, core, names)  # 成都呢 after 去北京出差…: 去成都出差…
        if swapped:
            return _reading(swapped, q, "subject", names)
    if not named and not group and not asks and (tailed or opened):
        other = _sibling_subject(previous, core, names)  # 门诊楼一楼有哪些科室 + 二楼呢 → 门诊楼二楼
        if other:
            return _reading(with_subject(previous, other, names), q, "subject", names)
    marked = opened or body.endswith("呢")  # 那 or 呢 says it follows on, whatever kind it names (活动费用呢)
    if named or group or _GLOBAL.search(core) or _names_own_subject(core) or (
            not marked and _names_other_kind(core, previous, names)):
        return own
    # another thing about the same subject: 人呢 / 那横幅呢
    if rest and not asks and (tailed or opened):
        new = with_thing(previous, rest, names)
        if new:
            return _reading(new, q, "thing", names)
    # a question without a subject that says it follows on: 那每天出动多少人 → the last subject's.
    # Without 那/呢 it is a question of its own (县文联主席是谁) and is read as written.
    if asks and rest and prev_subject and (opened or tailed):
        reading = _reading(prev_subject + core + yes_no, q, "inherit", names)
        weak = not opened and not re.search(r"呢$", body)
        return Reading(reading.question, reading.rewritten, reading.how, reading.sections, weak)
    return own


def fragment(text: str, names: list[str]) -> bool:
    """Is the message only a follow-up (那大李庄乡呢, 人呢, 还有呢, 哪个最多) that needs a previous question?"""
    q = clean(text)
    body = _opening(q, names)[1]
    if not q or _MORE.match(q) or _MORE.match(body):
        return True
    core = _TAIL.sub("", body)
    rest = content(core, names)
    if _OPS.search(core) and not rest and not mentions(core, names) and not collective(core, names):
        return True
    return body.endswith("呢") and not _WH.search(core) and not _GLOBAL.search(core)


def _reading(question: str, said: str, how: str, names: list[str]) -> Reading:
    return Reading(question, question != said, how, sections_of(question, names))


def _subject_of(text: str, names: list[str]) -> str:
    ms = mentions(text, names)
    if len(ms) == 1:  # 崔桥 → 崔桥镇: the section's own name
        return ms[0].section
    span = subject_span(text, names)
    return text[span[0]:span[1]] if span else ""


def _subject_text(question: str, names: list[str]) -> str:
    ms = mentions(question, names)
    if ms:
        return question[ms[0].start:ms[-1].end]
    c = collective(question, names)
    return question[c.start:c.end] if c and not c.asks else ""


def _without_subject(question: str, names: list[str]) -> str:
    span = subject_span(question, names)
    out = question if span is None else question[:span[0]] + question[span[1]:]
    out = _OPS.sub("", out)
    out = re.sub(r"[,，]?(?:哪一个|哪个|哪些|哪)?$", "", out.strip())  # 设了多少卡点,哪个(最多)
    return re.sub(r"^(?:的)?(?:各自|各|分别|都)", "", out.strip())


def _sibling_subject(previous: str, word: str, names: list[str]) -> str | None:
    """The subject that `word` makes of the last question's subject when it takes the place of the part of
    its name in the same slot: 门诊楼一楼 + 二楼 → 门诊楼二楼, 成人年卡 + 儿童 → 儿童年卡, when that is one of the
    corpus's names (and only one)."""
    if len(word) < 1:
        return None
    found = set()
    for m in mentions(previous, names):
        said = m.section
        for other in names:
            at = other.find(word)
            if other == said or at < 0:
                continue
            before, after = other[:at], other[at + len(word):]
            if said.startswith(before) and said.endswith(after) and len(said) > len(before) + len(after):
                found.add(other)
    return found.pop() if len(found) == 1 else None


def _kinds(names: list[str]) -> list[str]:
    """The words that name a kind of subject: the head parallel names share (充电站 of 高铁站充电站 and
    区政府充电站) and the header of a table's name column (套餐 of 证件照, 简历照 …), longest first."""
    words = set(shared_heads(names))
    words |= {t.rsplit("|", 1)[-1] for t in getattr(names, "tables", {}).values()}
    return sorted((w for w in words if len(w) >= 2), key=len, reverse=True)


_THIS = r"(?:这|那|该|此|本)(?:个|条|种|家|款|位|一)?"


def _kind_pointer(text: str, names: list[str]) -> re.Match[str] | None:
    """这个充电站, 该套餐: a kind of subject pointed at, which stands for the last subject (a pronoun)."""
    kinds = _kinds(names)
    if not kinds:
        return None
    return re.search(rf"{_THIS}(?:{'|'.join(map(re.escape, kinds))})", text)


def _names_other_kind(text: str, previous: str, names: list[str]) -> bool:
    """Does the text name a kind of subject bare, not pointed at? 充电站有洗手间吗 asks of charging
    stations in general (the head 高铁站充电站, 区政府充电站 … share), not of the one or the photo package
    asked last; 套餐 (a table's name column) names that table's rows. Such a question is its own."""
    for word in _kinds(names):
        for m in re.finditer(re.escape(word), text):
            if not re.search(rf"{_THIS}$", text[:m.start()]):
                return True
    return False


def _names_own_subject(text: str) -> bool:
    """Does the text name a person, place or organisation of its own (许峰是谁)?"""
    return any(w.flag in ("nr", "ns", "nt", "nrfg", "nrt") and len(w.word) >= 2 for w in _posseg().lcut(text))
