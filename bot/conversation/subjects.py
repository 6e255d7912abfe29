"""What a question is about: the sections it names, a collective (各乡镇, 四个乡镇, 哪个镇) or a
pronoun (他们, 该镇, 这个乡). Pure functions over the text and the corpus's section names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from wenda.bot.conversation.figures import chinese_number
from wenda.index.query import normalize

SUFFIXES = "镇乡区县市村省州"  # a place name's administrative suffix (崔桥镇 → 崔桥)
_KINDS = r"乡镇|镇|乡|村|区|县|市|街道|社区|部分|地方|单位|地区|章节"
_COUNT = r"[两二三四五六七八九十\d]+"
# 各乡镇, 每个镇, 所有乡镇, 四个乡镇, 这几个村; 哪个乡镇 / 哪些村 (the subject a comparison asks for)
COLLECTIVE = re.compile(rf"(?:这|那)?(?P<q>{_COUNT}个|各个|各|每个|每一个|每|所有|全部|所有的|几个|哪个|哪一个|哪些|哪)(?P<kind>{_KINDS})")
# 他们, 她们, 他, 该镇, 这个乡, 那个村, 此地, 当地, 这里, 那里, 这两个镇; a place of business by its
# classifier or kind (这家, 那家店, 该站, 这个馆). Not 本地, which says «local» (下载到本地, 本地户口)
DEICTIC = re.compile(
    rf"(?:他们|她们|它们|(?:该|此|本|这|那)(?:{_COUNT}个|个|些)?(?:{_KINDS}|(?<!本)地)|(?:该|这|那)(?:一)?家|(?:该|这个|那个)[站店馆]"
    rf"|这里|那里|这儿|那儿|当地|(?<!其)他|(?<!其)她)")


def clean(text: str) -> str:
    """The message as a question: normalised, without trailing punctuation."""
    return re.sub(r"[\s?？!！。.，,~～…]+$", "", normalize(text)).strip()


def aliases(names: list[str]) -> dict[str, str]:
    """Each section name, and its short form when unambiguous (崔桥 → 崔桥镇), to the section."""
    return dict(_aliases(*_key(names)))


def _key(names: list[str]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """What the subject functions depend on, hashable: the names and, where known, their files."""
    docs = getattr(names, "docs", {})
    return tuple(names), tuple((n, docs.get(n, "")) for n in names) if docs else ()


@lru_cache(maxsize=64)
def _aliases(names: tuple[str, ...], docs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """aliases(), longest first (the order mentions() tries them in)."""
    out = {n: n for n in names if len(n) >= 2}
    short: dict[str, list[str]] = {}
    for n in out:
        if n[-1] in SUFFIXES and len(n) >= 3:
            short.setdefault(n[:-1], []).append(n)
    for s, owners in short.items():
        if len(owners) == 1 and s not in out:
            out[s] = owners[0]
    # Parallel names that end in one head of two characters or more (高铁站充电站, 区政府充电站, 体育中心充电站)
    # are told apart by what comes before it: a user says 高铁站呢, 体育中心和区政府哪个便宜. That part names its
    # owner when it is two characters or more and no other name holds it.
    for head, owners in _shared_heads(names, docs).items():
        for n in owners:
            part = n[: len(n) - len(head)]
            if len(part) >= 2 and part not in out and not any(part in m for m in names if m != n):
                out[part] = n
    return tuple(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))


def shared_heads(names: list[str]) -> dict[str, list[str]]:
    """Heads of two characters or more that end two names or more, each with the names it ends (充电站 of
    高铁站充电站 and 区政府充电站; 婚纱照 of 室内婚纱照 and 外景婚纱照). A name wholly a head is no owner of it.
    Where the files of the names are known (Subjects.docs), parallel names are names of one file."""
    return _shared_heads(*_key(names))


@lru_cache(maxsize=64)
def _shared_heads(names: tuple[str, ...], docs: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    where = dict(docs)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(where.get(n, ""), []).append(n)
    out: dict[str, list[str]] = {}
    for group in groups.values():
        ends = Counter(n[-k:] for n in set(group) for k in range(2, len(n)))  # heads a longer name ends in
        for n in group:
            for k in range(2, len(n) - 1):
                head = n[-k:]
                if "\u4e00" <= head[0] <= "\u9fff" and ends[head] >= 2:
                    out.setdefault(head, [])
                    if n not in out[head]:
                        out[head].append(n)
    # only the longest head of each group (充电站, not 电站 and 站 as well)
    return {h: ns for h, ns in out.items() if not any(o != h and o.endswith(h) and set(out[o]) == set(ns) for o in out)}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    section: str


def mentions(text: str, names: list[str]) -> list[Mention]:
    """The sections a text names, in order, longest names first where they overlap."""
    taken: list[Mention] = []
    for alias, section in _aliases(*_key(names)):
        at = text.find(alias)
        while at >= 0:
            end = at + len(alias)
            if not any(at < t.end and end > t.start for t in taken):
                taken.append(Mention(at, end, section))
            at = text.find(alias, end)
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
    """Subject names (a list of str) that also know the table each record name is a row of, and the
    words the corpus says in one slot of parallel columns (siblings: 工作日 and 周末 of 工作日价格, 周末价格)."""

    def __init__(self, names=(), tables: dict[str, str] | None = None, siblings: dict[str, set[str]] | None = None,
                 docs: dict[str, str] | None = None):
        super().__init__(names)
        self.tables = dict(tables or {})
        self.siblings = dict(siblings or {})
        self.docs = dict(docs or {})  # the file each name lives in, where known: parallel names share one


def slot_siblings(headers: list[list[str]]) -> dict[str, set[str]]:
    """Words in the same slot of one table's column headers are siblings, though they share no character:
    工作日价格 and 周末价格 → 工作日 ↔ 周末; 成人票价 and 儿童票价 → 成人 ↔ 儿童. The headers of a table are
    paired by a shared head of two characters or more; each modifier before it, of two or more, is a
    sibling of the others."""
    out: dict[str, set[str]] = {}
    for table in headers:
        heads: dict[str, set[str]] = {}
        for h in table:
            for k in range(2, len(h) - 1):
                heads.setdefault(h[-k:], set()).add(h[:-k])
        for head, mods in heads.items():
            mods = {m for m in mods if len(m) >= 2}
            if len(mods) >= 2:
                for m in mods:
                    out.setdefault(m, set()).update(mods - {m})
    return out


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
    found = _collective_of_words(text, names)
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


def _collective_of_words(text: str, names: list[str]) -> Collective | None:
    """Names named together by a word of two characters or more they share: their common head (各充电站,
    四个充电站, 哪个充电站 over 高铁站充电站, 区政府充电站 …), or the header of a table's name column
    (哪个套餐, 每个套餐 over the rows of the 套餐 column: 证件照, 简历照 …)."""
    groups = dict(shared_heads(names))
    for record, table in getattr(names, "tables", {}).items():
        column = table.rsplit("|", 1)[-1]
        if len(column) >= 2 and record in names:
            groups.setdefault(column, [])
            if record not in groups[column]:
                groups[column].append(record)
    for word in sorted(groups, key=len, reverse=True):
        chosen = _one_table(groups[word], getattr(names, "tables", {}))
        for m in re.finditer(rf"(?P<q>{_RECORDS_Q}|这些|这几个|那几个){re.escape(word)}", text):
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
