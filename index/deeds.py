"""Which value of a sentence belongs to the deed a question asks about (几点关门: the time of 闭园,
not of 开园)? Pure functions; a `related` callable (the lexicon's word relation, index/lexicon.py)
lends meaning where the words differ.

Word vectors rate opposites as related (关门 and 开园, 上班 and 下班 are close for e5: they are
said of the same things), so relatedness alone cannot tell a deed from its opposite. Opposition
is decided here by a small list of opposite morphemes (OPPOSITES): two words are opposed when one
holds one side of a pair and the other the other side (关门 / 开园, 停止 / 开始, 开学 / 放假). The
list is deliberately short and closed, morphemes whose opposition holds in any compound that
says a deed (开/关, 上/下, 进/出, 起/止, 始/终 …); it is not a thesaurus.

A value's piece of the sentence (extract.segment_of) is scored for each deed word of the question:
the word itself 3, a word opposed to it -3, else a word sharing a character with it or its
synonym by the thesaurus (index/synonyms.py: 闭馆 for 关门) 2, a word the lexicon relates to it 1.
A verb that shares no character never outweighs one that does, and an opposite never counts as
the same deed. A sentence that sets two values against each other by opposite deeds (6:00开园，
22:00闭园) answers 几点关门 with the value that is not the opposite (`fits`).
"""

from __future__ import annotations

import os
import re
from typing import Callable

from wenda.index import synonyms

# Opposite morphemes (either order). Each side is a morpheme of deeds, not of things: 开/关 in
# 开门/关门, 开园/闭园, 开始/停止, 开/收 in 开到几点/收班; 上/下 in 上班/下班, 上课/下课; 进/出 in 进园/出园.
OPPOSITES: tuple[tuple[str, str], ...] = (
    ("开始", "结束"), ("开学", "放假"), ("出发", "到达"), ("开放", "关闭"),
    ("开", "关"), ("开", "闭"), ("开", "停"), ("开", "收"), ("启", "停"), ("启", "闭"),
    ("始", "终"), ("起", "止"), ("起", "终"), ("首", "末"),
    ("上", "下"), ("进", "出"), ("入", "出"), ("入", "离"), ("来", "去"),
    ("买", "卖"), ("购", "售"), ("借", "还"), ("升", "降"), ("涨", "跌"), ("增", "减"),
)
_SIDES = {ch for pair in OPPOSITES for side in pair for ch in side}  # a word without any opposes nothing
# Words for a time of day or a bound that carry 上/下 without saying a deed (上午, 以下).
_TIME_WORD = re.compile(r"^(?:[上下](?:午|旬|半年|半月|周|月|个月|次)|以[上下]|[早晚]上|中午|凌晨|傍晚)$")
# The asked value in the question: the deed is said after it (公园几点关门, 荷花池哪天重新开放).
_ASKED_VALUE = re.compile(r"几点钟?|几时|什么时[候间刻]|何时|哪一?天|哪一?年|几月|几号|哪个月|多少|几")

_UNITS = set("号日天月年点时分秒")  # the asked value's own unit (几号, 哪天), no deed

SAME = 3.0  # the piece says the deed word itself
SHARED = 2.0  # a word sharing a character with it (关灯 for 熄灯), or a thesaurus synonym (闭园 for 关门)
RELATED = 1.0  # a word the lexicon relates to it (结束 for 下课)
OPPOSED = -3.0  # only a word opposed to it (开园 for 关门)


def opposed(a: str, b: str, question: str = "") -> bool:
    """Do two words say opposite deeds (关门 / 开园, 停止 / 开始, 下班 / 上班)? One holds one side of
    an OPPOSITES pair that the other does not, and the other holds the other side. A pair the
    `question` itself says both sides of opposes nothing for it (开始封闭维修: 开 and 闭 together)."""
    if a == b or not (_SIDES.intersection(a) and _SIDES.intersection(b)):
        return False
    if _TIME_WORD.match(a) or _TIME_WORD.match(b):
        return False
    for x, y in OPPOSITES:
        if x in question and y in question:
            continue
        for p, q in ((x, y), (y, x)):
            if p in a and q in b and p not in b and q not in a:
                return True
    return False


def shares_character(a: str, b: str) -> bool:
    """A character in common, unless it is a shared modifier of two or more characters before two
    heads (荷花节 and 荷花池 are two things: lexicon.siblings)."""
    common = len(os.path.commonprefix([a, b]))
    if common >= 2 and len(a) > common and len(b) > common:
        return False
    return bool(set(a) & set(b))


def word_score(word: str, piece: str, piece_words: list[str],
               related: Callable[[str, str], float] | None = None, opposites: bool = True,
               question: str = "") -> float:
    """How far a piece of a sentence says the deed `word`: SAME, OPPOSED when it says the opposite
    deed (开始售票 for 停售, though 售 is shared), else SHARED, RELATED or 0. Without `opposites`,
    only what says the deed counts (a whole sentence may say a deed and its opposite)."""
    if word in piece:
        return SAME
    if word in NEGATION_WORDS:  # 几点就不卖票了: «16:00停止售票»; 哪天不开门: «每月最后一个周三店休»
        return SHARED if ceasing(piece) else 0.0
    if word[:1] == "不" and len(word) >= 3:  # a negated deed (asked_deeds: 不开门, 不卖票)
        return _negated_score(word[1:], piece, piece_words, related, opposites, question)
    best = 0.0
    for t in piece_words:
        if _TIME_WORD.match(t):
            continue
        if opposed(word, t, question):
            if opposites:
                return OPPOSED
            continue
        if shares_character(word, t) or synonyms.same(word, t) or synonyms.hours_alike(word, t):
            best = max(best, SHARED)
        elif related is not None and len(word) >= 2 and len(t) >= 2 and best < RELATED and related(word, t) > 0:
            best = RELATED
    return best


# A negation asked as the deed (几点不卖票, 哪天不营业) is said by a word of ceasing or closing. (Words, not
# support.NEGATIONS's characters that make another qualifier of a word: 不合格.)
NEGATION_WORDS = {"不", "没", "不再"}
_PERMISSIONS = {"让", "能", "准", "许", "得", "可", "可以", "能够"}  # 不让进, 不能进: the deed is 进
_CEASING = re.compile(r"停|止|截止|结束|关|闭|休|不再|暂停|歇")


def unnegated(asked: tuple[str, ...]) -> tuple[str, ...]:
    """The asked deeds with their negation taken away (不, 供应 → 供应; 不卖 → 卖); a negated permission
    goes whole (不让 进 → 进: what is no longer let is the entering)."""
    out = []
    for d in asked:
        if d in NEGATION_WORDS or (d[:1] in "不没" and d[1:] in _PERMISSIONS):
            continue
        out.append(d[1:] if d[:1] in "不没" and len(d) >= 2 else d)
    return tuple(out)


def ceasing(piece: str) -> bool:
    """Does a piece of a sentence say that something stops (16:30停止售票, 每周二闭馆)?"""
    return bool(_CEASING.search(piece))


def _negated_score(deed: str, piece: str, piece_words: list[str], related, opposites: bool, question: str) -> float:
    """How far a piece says that `deed` does not happen (星期几不开门, 几点就不卖票了): its opposite says it
    (每周二闭馆 for 不开门), and so does the deed with a word of ceasing (16:30停止售票 for 不卖票) or a
    negation of its own (没人应该限制 for 不限制); the deed said without either is the opposite of what
    is asked (8:30开始售票)."""
    if any(opposed(deed, t, question) for t in piece_words if not _TIME_WORD.match(t)):
        return SHARED
    said = word_score(deed, piece, piece_words, related, opposites=False, question=question)
    if said <= 0:
        return 0.0
    if ceasing(piece) or re.search(r"[不没沒无無未别禁]", piece):  # 没人应该限制 for 不限制
        return SHARED
    return OPPOSED if opposites and said >= SHARED else 0.0  # a word merely related (决定) opposes nothing


def deed_scores(words: list[str], piece: str, piece_words: list[str],
                related: Callable[[str, str], float] | None = None, question: str = "") -> list[float]:
    """word_score of each of the question's deed words. A negation right before another deed word
    (星期几不开门: 不, 开门) negates it: both are scored as the one negated deed (不开门, said by 闭馆)."""
    said_as: dict[str, str] = {}
    for n in words:
        for v in words:
            if n in NEGATION_WORDS and v not in NEGATION_WORDS and n + v in question:
                said_as[v] = said_as[n] = n + v
    return [word_score(said_as.get(w, w), piece, piece_words, related, question=question) for w in words]


# Verbs that help another (要交多少, 能停多少, 有多少): they name no deed of their own.
AUXILIARIES = {"要", "能", "会", "可以", "可", "得", "需", "需要", "应", "应该", "有", "是",
               "搞", "弄", "去", "来", "让"}


def said(words: list[str], text: str, text_words: list[str],
         related: Callable[[str, str], float] | None = None) -> bool:
    """Does a sentence speak of every deed word in some form (itself, a shared character, a synonym,
    a related verb)? Auxiliaries are no deed."""
    return all(word_score(w, text, text_words, related, opposites=False) > 0 for w in words if w not in AUXILIARIES)


def fits(scores: list[float], others: list[list[float]]) -> bool:
    """Does a value's piece say the asked deed: every deed word there in some form, except a word
    the piece leaves unsaid whose opposite another value of the sentence says (6:00开园，22:00闭园
    for 几点关: 22:00 is set against the opening time). `others`: the scores of the other values."""
    return all(s > 0 or (s == 0 and any(o[j] < 0 for o in others)) for j, s in enumerate(scores))


def asked_deeds(question: str, keywords: list[str], verbs, skip: tuple[str, ...] = ()) -> list[str]:
    """The words that say what was done at the asked time or value: the keywords said after the
    asked value (公园几点关门: 关门; 游船几点停止售票: 停止, 售票), else the question's verbs
    (什么时候开学的 has its deed before). `skip`: words that name the thing, not the deed."""
    found = list(_ASKED_VALUE.finditer(question))  # 几月几号报到: after the last of them
    after = question[found[-1].end():] if found else ""
    skip = (*skip, *AUXILIARIES, *BOUNDS)  # 垃圾车几点来, 几点之前去: a helping verb or a bound is no deed
    out = [k for k in keywords if k in after and k not in skip and not _TIME_WORD.match(k) and k not in _UNITS]
    if not out:
        out = [v for v in verbs if v not in skip and not _TIME_WORD.match(v)]
    out = [w for w in out if not _light_before_deed(w, out, question)]
    plain = [w for w in out if len(w) >= 2 and not _negated_in(w, question)]
    if plain:  # 哪天休息不开: the day of 休息, which «每月第一个星期二公休» says; the 开 negated beside it says it again
        out = [w for w in out if w in plain or not (_negated_in(w, question) or w in "不没未")]
    return out


def _negated_in(word: str, question: str) -> bool:
    """Is `word` said negated in the question (不开, 没开, 未营业)?"""
    return re.search(rf"[不没未]{re.escape(word)}", question) is not None


# Verbs that lend their deed to the word after them (办入住 is 入住, 进行登记 is 登记, 做检查 is 检查).
LIGHT_VERBS = {"办", "办理", "进行", "做"}


def _light_before_deed(word: str, deeds: list[str], question: str) -> bool:
    """Is `word` a light verb said right before another of the asked deeds (几点以后可以办入住: the deed is
    入住, which «入住时间为14:00以后» says; 办 is said by no one)? A light verb alone is the deed (在哪办)."""
    return word in LIGHT_VERBS and any(w != word and (word + w) in question for w in deeds)


# Words that bound the asked value (几点之前, 几天以内): what the value limits, not a deed.
BOUNDS = {"之前", "以前", "之后", "以后", "以内", "之内", "以上", "以下", "前", "后"}


def by_deed(totals: list[float]) -> list[int]:
    """The indices of the values to keep given their summed deed scores: those scoring best, none
    when even the best says the opposite deed."""
    if not totals:
        return []
    top = max(totals)
    if top < 0:
        return []
    return [i for i, s in enumerate(totals) if s == top]


def not_opposed(totals: list[float]) -> list[int]:
    """The indices of the values whose piece does not say the opposite deed."""
    return [i for i, s in enumerate(totals) if s >= 0]
