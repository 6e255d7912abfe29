"""What a question is about: the sections it names, a collective (各乡镇, 四个乡镇, 哪个镇) or a
pronoun (他们, 该镇, 这个乡). Pure functions over the text and the corpus's section names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wenda.bot.conversation.figures import chinese_number
from wenda.index.query import normalize

SUFFIXES = "镇乡区县市村省州"  # a place name's administrative suffix (崔桥镇 → 崔桥)
_KINDS = r"乡镇|镇|乡|村|区|县|市|街道|社区|部分|地方|单位|地区|章节"
_COUNT = r"[两二三四五六七八九十\d]+"
# 各乡镇, 每个镇, 所有乡镇, 四个乡镇, 这几个村; 哪个乡镇 / 哪些村 (the subject a comparison asks for)
COLLECTIVE = re.compile(rf"(?:这|那)?(?P<q>{_COUNT}个|各个|各|每个|每一个|每|所有|全部|所有的|几个|哪个|哪一个|哪些|哪)(?P<kind>{_KINDS})")
# 他们, 她们, 他, 该镇, 这个乡, 那个村, 此地, 当地, 这里, 那里, 这两个镇
DEICTIC = re.compile(
    rf"(?:他们|她们|它们|(?:该|此|本|这|那)(?:{_COUNT}个|个|些)?(?:{_KINDS}|地)|这里|那里|这儿|那儿|当地|(?<!其)他|(?<!其)她)")


def clean(text: str) -> str:
    """The message as a question: normalised, without trailing punctuation."""
    return re.sub(r"[\s?？!！。.，,~～…]+$", "", normalize(text)).strip()


def aliases(names: list[str]) -> dict[str, str]:
    """Each section name, and its short form when unambiguous (崔桥 → 崔桥镇), to the section."""
    out = {n: n for n in names if len(n) >= 2}
    short: dict[str, list[str]] = {}
    for n in out:
        if n[-1] in SUFFIXES and len(n) >= 3:
            short.setdefault(n[:-1], []).append(n)
    for s, owners in short.items():
        if len(owners) == 1 and s not in out:
            out[s] = owners[0]
    return out


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    section: str


def mentions(text: str, names: list[str]) -> list[Mention]:
    """The sections a text names, in order, longest names first where they overlap."""
    table = aliases(names)
    taken: list[Mention] = []
    for alias in sorted(table, key=len, reverse=True):
        for m in re.finditer(re.escape(alias), text):
            if not any(m.start() < t.end and m.end() > t.start for t in taken):
                taken.append(Mention(m.start(), m.end(), table[alias]))
    return sorted(taken, key=lambda t: t.start)


def sections_of(text: str, names: list[str]) -> list[str]:
    return list(dict.fromkeys(m.section for m in mentions(text, names)))


@dataclass(frozen=True)
class Collective:
    start: int
    end: int
    sections: list[str]
    asks: bool  # 哪个镇: the question asks which one


# A table's records named together by their common head (各路公交, 每条线路, 哪种票, 所有的班): the head
# is the last character two records or more share (3路, 7路; 成人票, 儿童票). Units a rate is said in
# (每人, 每天, 每次) never name records.
_RATE_UNITS = "人天次年月日周位名元个件"
_RECORDS_Q = rf"各个|各条|各种|各类|各|所有的|所有|全部|哪一个|哪个|哪条|哪种|哪些|哪|每条|每种|每个|{_COUNT}[个条种]"


class Subjects(list):
    """Subject names (a list of str) that also know the table each record name is a row of."""

    def __init__(self, names=(), tables: dict[str, str] | None = None):
        super().__init__(names)
        self.tables = dict(tables or {})


def record_heads(names: list[str]) -> str:
    """The characters that end two or more subject names and may name them together (路, 票, 班)."""
    heads: dict[str, int] = {}
    for n in names:
        if len(n) >= 2 and "\u4e00" <= n[-1] <= "\u9fff" and n[-1] not in SUFFIXES + _RATE_UNITS:
            heads[n[-1]] = heads.get(n[-1], 0) + 1
    return "".join(h for h, k in heads.items() if k >= 2)


def collective(text: str, names: list[str]) -> Collective | None:
    """A collective subject (各乡镇, 四个乡镇, 哪个镇; 各路公交, 哪种票 over a table's records) and the
    subjects it covers, or None."""
    found = _collective_of_sections(text, names)
    if found is not None:
        return found
    heads = record_heads(names)
    if not heads:
        return None
    for m in re.finditer(rf"(?P<q>{_RECORDS_Q})(?P<kind>[\u4e00-\u9fff]?[{re.escape(heads)}])", text):
        chosen = _one_table([n for n in names if n[-1] == m.group("kind")[-1]], getattr(names, "tables", {}))
        if len(chosen) >= 2:
            return Collective(m.start(), m.end(), chosen, m.group("q").startswith("哪"))
    return None


def _one_table(chosen: list[str], tables: dict[str, str]) -> list[str]:
    """Of the names sharing a head, those of the table that holds most of them (全票, 半票, 敬老票 of the
    fares table, not 购票, 退票 of the notes table beside it)."""
    groups: dict[str | None, list[str]] = {}
    for n in chosen:
        groups.setdefault(tables.get(n), []).append(n)
    return max(groups.values(), key=len) if groups else []


def _collective_of_sections(text: str, names: list[str]) -> Collective | None:
    for m in COLLECTIVE.finditer(text):
        kind, q = m.group("kind"), m.group("q")
        if kind in ("部分", "地方", "单位", "地区", "章节"):
            chosen = list(names)
        else:
            chosen = [n for n in names if n[-1] in kind]
            number = re.match(rf"({_COUNT})个", q)
            if number:
                n = int(number.group(1)) if number.group(1).isdigit() else _small_number(number.group(1))
                if n == len(names) and len(chosen) != n:  # 四个乡镇 when the four are not all 乡/镇
                    chosen = list(names)
        if chosen:
            return Collective(m.start(), m.end(), chosen, q.startswith("哪"))
    return None


def _small_number(text: str) -> int:
    return int(chinese_number(text) or 0)


def deictic(text: str) -> re.Match[str] | None:
    return DEICTIC.search(text)
