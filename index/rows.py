"""A table row read against a question: its cells, the cell that names its record, the column a question
asks, and the row's answer line.

parse writes a table row as one line of cells («表头：单元格 · 表头：单元格»); these are the pure functions that
cut it and choose among its cells. extract finds the figures and spans inside a cell; answer decides which
row answers."""

from __future__ import annotations

import os
import re
from functools import lru_cache

import jieba

from wenda.corpus.types import Chunk
from wenda.index import extract, synonyms
from wenda.index.extract import Span
from wenda.index.query import Query, _posseg
from wenda.index.script import simplify



# A table's column that names who does or bears something (承担方, 负责人, 联系人, 主办单位, 审批部门).
_PARTY_HEAD = re.compile(r"(?:方|人|者|单位|部门|机构)$")
# A price list's 单位 / 计价单位 column is the unit a price is counted by (每小时, 每人), no party; nor is a value
# that names none (—, 无, a measure).
_MEASURE_HEAD = re.compile(r"^(?:计价|计量|计费|收费|价格|数量)单位$")
_NO_PARTY = re.compile(r"[—\-－–/／无不限]*|每.{1,4}|[\d.]+\s*\S{0,3}")


def party_cell(row: str) -> Span | None:
    """The cell of a table row that names a party, when the row has exactly one such column besides its
    name (有线电视费谁来交: «费用项目：有线电视费 · 标准：26元/月 · 承担方：甲方»: 甲方); None otherwise."""
    cells = row_cells(row)[1:]
    parties = [(v, a, b) for h, v, a, b in cells if _PARTY_HEAD.search(h) and 0 < len(v.strip()) <= 12
               and not _MEASURE_HEAD.search(h) and not _NO_PARTY.fullmatch(v.strip())]
    if len(parties) != 1:
        return None
    value, start, end = parties[0]
    return Span(value, start, end)


@lru_cache(maxsize=8192)
def row_cells(row: str) -> tuple[tuple[str, str, int, int], ...]:
    """A table row as parse writes it («表头：单元格 · 表头：单元格») cut into its cells: (header,
    value, where the value starts, where it ends). Kept per row: the answerer's tests read a candidate's
    cells many times."""
    out, pos = [], 0
    for part in row.split(" · "):
        head, sep, value = part.partition("：")
        if sep:
            start = pos + len(head) + 1
            out.append((head, value, start, start + len(value)))
        pos += len(part) + 3
    return tuple(out)


# A record's name as a subject: two to twelve characters, a Chinese character among them (9路, 成人票),
# without what a bracket adds (平日（週一、週二） → 平日).
_RECORD_NAME = re.compile(r"(?=.*[\u4e00-\u9fff])[^\s，,。；;：:（(]{2,12}")


def record_name(row: str) -> str:
    """The name a table row goes by: its first cell (线路：9路 → 9路), without a bracketed gloss, when
    it is short enough to be said in a question; "" otherwise (a sentence-long cell, a bare number)."""
    cells = row_cells(row)
    if not cells:
        return ""
    value = re.sub(r"[（(][^）)]*[）)]?$", "", cells[0][1]).strip()
    return value if _RECORD_NAME.fullmatch(value) else ""


def asked_column(row: str, question: str, keywords: list[str]) -> set[str]:
    """The headers of a row's columns the question asks about: named (游泳馆; a keyword inside the
    header: 座位 of 座位数) while their cell is not (the cell the question names, 王建国 of 医生,
    picks the row, not the column; 剪纸活动要交多少钱 names the row of 活动名称：亲子剪纸活动, asks its 费用)."""
    every = row_cells(row)
    heads = tuple(head for head, _, _, _ in every)
    meant = {k: header_word(k, heads) for k in keywords}
    keywords = list(meant.values())
    cells = [(head, value) for head, value, _, _ in every if value not in question]
    first = every[:1]  # nor the name cell the question names by a part (剪纸 of 活动名称：亲子剪纸活动)
    cells = [(h, v) for h, v in cells if not (first and h == first[0][0] and any(len(k) >= 2 and k in v for k in keywords))]
    named = {head for head, _ in cells if head in question or any(len(k) >= 2 and k in head for k in keywords)}
    if len(named) > 1:  # 尖峰时段 asked: 尖峰時段 holds both its words, 離峰時段 only 时段
        said = {head: sum(len(k) >= 2 and k in head for k in keywords) for head in named}
        named = {head for head in named if said[head] == max(said.values())}
        # a header said whole by the dictionary's word for it (吃顿中饭多少钱: «午餐», not «午餐政府补贴» beside it)
        whole = {head for head in named if any(head == w != k for k, w in meant.items())}
        named = whole if len(whole) == 1 else named
    if named:
        return named
    # else the one header of the deal asked (租拳套几钱: «租借：$20/次», not «售價：$480起» beside it)
    deal = deal_of(question)
    dealt = {head for head, _ in cells if deal and deal_of(head) == deal}
    if len(dealt) == 1 and not any(len(k) >= 2 and k in value for head, value, _, _ in every[1:] if head not in dealt
                                   for k in keywords):  # (租储物柜要几多按金: the note's «另收按金$100»)
        return dealt
    # else the one header of a length of time the question states (上一个小时: «60分钟»), or of the days and hours
    # it names (星期六: «星期一至五17:00后、星期六日及公众假期», not «星期一至五 11:00–17:00»)
    timed = length_column(question, [head for head, _ in cells]) or slot_column(question, [head for head, _ in cells])
    if timed:
        return {timed}
    # else the one header that prices per the unit a keyword asks one or half of (半小时: 计时（每30分钟）; 一晚: 每晚)
    rates = [*keywords, *("一" + m.group(0)[1:] for m in _RATE_SAID.finditer(question))]  # 每个月 (jieba: 每个 月)
    per = {head for head, _ in cells if any(extract.per_unit_header(k, head) for k in rates)}
    if len(per) == 1:
        return per
    # else the one header that opens as a keyword does (游泳池 for 游泳馆, 健身房 for 健身区)
    opening = {head: max((len(os.path.commonprefix([head, k])) for k in keywords), default=0) for head, _ in cells}
    best = max(opening.values(), default=0)
    near = {head for head, n in opening.items() if n == best}
    return near if best >= 2 and len(near) == 1 else meant_columns(row, question, keywords)


# A deal a price is of: renting a thing (租, 租借, 租用) or buying it (买, 购买, 售价, 卖).
_RENT = re.compile(r"租")
_SALE = re.compile(r"买|购|售|卖")


def deal_of(text: str) -> str:
    """"rent" or "sale" when a header or a question says one deal and not the other (租攀石鞋要几钱: rent; 可以买吗，
    卖几钱: sale), else ""."""
    rent, sale = bool(_RENT.search(text)), bool(_SALE.search(text))
    return "" if rent == sale else "rent" if rent else "sale"


def other_deal(question: str, head: str) -> bool:
    """Is a column's price another deal's than the one asked (攀石鞋可以买吗，卖几钱: not «租用价钱：$35»)?"""
    asked, said = deal_of(question), deal_of(head)
    return bool(asked and said and asked != said)


# A rate the question says per one unit of time (每个月, 每晚, 一天), read as one of it (一个月) for per_unit_header.
_RATE_SAID = re.compile(r"[每一]个?(?:月|天|日|年|周|星期|小时|晚)")


def length_column(question: str, heads: list[str]) -> str:
    """The one header among several of lengths of time (30分钟, 45分钟, 60分钟) that is the length the question
    states (上一个小时: «60分钟»); "" when there is none or the question states none."""
    lengths = {head: extract.minutes_said(head) for head in heads}
    if sum(1 for v in lengths.values() if v) < 2 or not (asked := extract.minutes_said(question)):
        return ""
    same = [head for head, v in lengths.items() if v & asked]
    return same[0] if len(same) == 1 else ""


def slot_column(question: str, heads: list[str]) -> str:
    """The one header among several of days or hours (星期一至五 11:00–17:00, 星期六日及公众假期) whose days hold
    the days the question names and whose hours meet the hours it names; "" when it names none or more fit."""
    from wenda.index import decide  # (decide reads rows)

    days = extract.weekdays(question)
    hours = decide.asked_hours(question)
    slotted = [head for head in heads if extract.weekdays(head) or decide.slot_hours(head)]
    if len(slotted) < 2 or not (days or hours):
        return ""
    fit = [head for head in slotted if (not days or days <= extract.weekdays(head))
           and (not hours or not decide.slot_hours(head) or hours & decide.slot_hours(head))]
    if len(fit) > 1 and hours:  # 平日下午: of two weekday columns, the one whose hours meet most of the afternoon
        most = max(len(hours & decide.slot_hours(head)) for head in fit)
        fit = [head for head in fit if len(hours & decide.slot_hours(head)) == most]
    return fit[0] if len(fit) == 1 else ""


# The columns a question asks of by its own words, not by the header's (一期多少钱 → 费用, 收几个孩子 → 名额,
# 在哪上 → 上课地点, 怎么报名 → 报名方式): each a pattern of headers and one of the question's words for them.
COLUMN_MEANINGS = (
    (re.compile(r"费|价|收费"), re.compile(r"多少钱|几块钱|收费|收钱|交钱|要钱|花钱|付钱|免费|费用|价格|价钱|"
                                        r"学费|考试费|补考费|培训费|报名费|课时费|手续费|服务费")),  # a fee named by what it pays
    (re.compile(r"地点|地址|场地|位置|楼层|场所|教室"), re.compile(r"在哪|哪里|哪儿|几楼|什么地方|哪个地方|地点|位置")),
    (re.compile(r"名额|人数|限额|容量|招生"), re.compile(r"多少人|几个人|几人|收几|收多少|报几|报多少|招几|招多少|几组|多少组|几个家庭|多少个家庭|名额|人数")),
    (re.compile(r"报名|预约|登记"), re.compile(r"怎么报|怎样报|如何报|去哪报|哪里报|怎么预约|怎么约|如何预约")),
    # the first and the last departure of a timetable (夜1路最晚几点: 末班车, not 首班车)
    (re.compile(r"末班|收车"), re.compile(r"最晚|最后一班|末班|收车")),
    (re.compile(r"首班|头班"), re.compile(r"最早|第一班|头班|首班")),
    # the time between two departures (5路多久来一趟, 1路几分钟一班: 发车间隔, 班距), not the trip's length
    (re.compile(r"间隔|班距|频率"), re.compile(r"(?:多久|多长时间|几分钟|多少分钟)[^，。？?]{0,3}一[班趟]|间隔|班距|多久一班|隔多久")),
    # how long the thing takes (换电池要等多久: 维修时长 30分钟, not the 备注's 保修1年), not how often it runs
    (re.compile(r"时长|用时|耗时|工期|所需时间|办理时限|周期"),
     re.compile(r"(?:多久|多长时间|多少时间|几天|几个?小时|几分钟|多少天|多少个?小时|多少分钟)(?![^，。？?]{0,3}一[班趟次])")),
)


def header_word(word: str, heads: tuple[str, ...]) -> str:
    """The headers' word for a keyword no header says (午饭 → 午餐 of «午餐» and «午餐政府补贴»): the one word of the
    headers that the dictionary translates alike (CC-CEDICT, synonyms.glossed; the thesaurus's groups are looser:
    呼吸科 beside 诊室); the keyword itself where a header says it, or none or several do."""
    if len(word) < 2 or any(word in head for head in heads):
        return word
    glossed = synonyms.glossed(word)
    meant = {w for w in _header_words(heads) if w != word and (w in glossed or word in synonyms.glossed(w))}
    return meant.pop() if len(meant) == 1 else word


@lru_cache(maxsize=1024)
def _header_words(heads: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for head in heads for w in jieba.lcut(head) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w))


def _word_in(word: str, text: str) -> bool:
    """Is `word` in `text`, a number or a Latin word whole (15 is not in 1580元)?"""
    if re.fullmatch(r"[A-Za-z0-9.]+", word):
        return re.search(rf"(?<![A-Za-z0-9.]){re.escape(word)}(?![A-Za-z0-9.])", text) is not None
    return word in text


NAME_COLUMN = re.compile(r"名称|名字|项目|品名")  # a table column that names each row's record (课程名称, 服务项目)


def meant_column(word: str, head: str) -> bool:
    """Does the asker's `word` (or question) mean the header `head` (收费 → 费用, 收几个 → 名额) by
    COLUMN_MEANINGS, the header being of the kind the word asks?"""
    return any(h.search(head) and w.search(word) for h, w in COLUMN_MEANINGS)


@lru_cache(maxsize=1024)
def _dictionary_pairs(question: str) -> tuple[str, ...]:
    """The pairs of characters of a question, its asked quantity left out (分钟 of 几分钟一班), that jieba's
    dictionary knows as words (保修 of 品质屏保修多久, which jieba cuts 屏保 修): read once per question."""
    import jieba

    from wenda.index.query import strip_asked

    bare = strip_asked(question)
    return tuple(b for i in range(len(bare) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", b := bare[i:i + 2])
                 and jieba.dt.FREQ.get(b))


def meant_columns(row: str, question: str, keywords: list[str]) -> set[str]:
    """The headers of a row the question asks of in its own words (COLUMN_MEANINGS: 围棋班收几个孩子 → 名额,
    not the 二楼 of 地点), when no keyword of it stands in a cell past the row's name (球拍 of 备注's
    «球拍可在前台租用，每次5元»: that cell is the one asked) and the meaning picks one header; else the
    one header whose opening the thesaurus holds for a keyword's (二等舱来回票: 往返票价, not 单程票价)."""
    cells = row_cells(row)
    # a word of the row's name (活动 of 亲子剪纸活动) picks no cell (一楼活动室): the first cell's, or one headed
    # as a name (项目：更换原装屏幕 after 类别：屏幕)
    name = " ".join(value for i, (head, value, _, _) in enumerate(cells) if i == 0 or NAME_COLUMN.search(head))
    said = [*keywords, *_dictionary_pairs(question)]  # and a word jieba cut across (品质屏保修多久: 屏保 修)
    if any(len(k) >= 2 and k not in name and _word_in(k, value) and value not in question  # (a cell the question
           for k in said for _, value, _, _ in cells[1:]):  # says whole, iPhone 15 of 适用机型, picks the row too)
        return set()
    from wenda.index import synonyms  # a keyword the thesaurus holds for the header's opening (来回票 → 往返票价)
    alike = {head for head, _, _, _ in cells[1:] if len(head) >= 3 and any(
        len(k) >= 2 and k[:2] != head[:2] and synonyms.same(k[:2], head[:2]) for k in keywords if k not in name)}
    heads = {head for head, _, _, _ in cells[1:] if meant_column(question, head)}
    heads = (heads & alike) or heads if len(heads) > 1 else heads or alike
    if len(heads) > 1 and [question] == keywords:  # one word asked of the row (学费, what a figure measures): of
        # 价格 and 计价单位, both meaning a price, the one whose cell holds a figure (13800元, not 每人); a whole
        # question's (普通单车最多收多少钱) keeps every price cell, a note's 封顶50元 among them
        heads = {head for head, value, _, _ in cells[1:] if head in heads and re.search(r"\d|免费", value)} or heads
    return heads if len(heads) == 1 else set()


# A threshold a note's price holds past (满50张, 超过200页): the note's case.
_NOTE_THRESHOLD = re.compile(r"(满|超过|超出)(\d+(?:\.\d+)?)([\u4e00-\u9fff])")


# Words of a note's clause that say no case of their own: bounds, pricing deeds, «per» (超过200页每本加收).
_NOTE_FRAME = re.compile(r"超过|超出|不足|不满|以上|以下|以内|每\w|加收|另收|收取|按|计|起|单价|价格|收")


def note_of_asked_case(words: tuple[str, ...], row: str, f: Span) -> bool:
    """Is the figure at `f` a note's price for the case the question names: a cell that is no price column, whose
    clause names before the figure a word of the question (大件 of «说明：限本小区，大件（20公斤以上）每件5元») that
    the rest of the row never says? 大件送上楼多少钱 asks that price, not the 价格 cell's 每件2元."""
    cell = next(((h, v, b, e) for h, v, b, e in row_cells(row) if b <= f.start < e), None)
    if cell is None or not cell[0] or re.search(r"价|费|金|额", cell[0]):
        return False
    head, value, start, end = cell
    clauses = re.split(r"[；;，,。]", value[:f.start - start])
    before = clauses[-1]
    if len(clauses) >= 2 and clauses[-2].endswith("的"):  # «因电池没电打不开的，应急供电开启只收80元»: the case its
        before = clauses[-2] + "，" + before  # condition names (密码锁电池没电了打不开)
    rest = row[:start] + row[end:]
    return any(len(w) >= 2 and w in before and w not in rest for w in words)


def note_of_other_case(question: str, row: str, f: Span) -> bool:
    """Is the figure at `f` a note's price for a case the question does not name: a cell that is no price
    column, whose clause names, before the figure, a kind or code the question never says (A3黑白打印 asked:
    not «备注：双面每张1.5元»; 复印一张A4: not «A3复印每张0.6元»)?"""
    cell = next(((h, v, b) for h, v, b, e in row_cells(row) if b <= f.start < e), None)
    if cell is None or not cell[0] or re.search(r"价|费|金|额", cell[0]):
        return False
    _, value, start = cell
    before = re.split(r"[；;，,。]", value[:f.start - start])[-1]
    side = extract.limit_asked(question)
    if side and (extract.SAYS_UPPER if side > 0 else extract.SAYS_LOWER).search(before):
        return False  # 普通单车最多收多少钱: «备注：全天封顶50元» is the limit asked, not another case
    th = _NOTE_THRESHOLD.search(before)
    if th:  # 满50张每张1元: the case of a quantity the question states, at or past the threshold (300页: 超过200页)
        n = re.search(rf"(\d+(?:\.\d+)?)\s*{re.escape(th.group(3))}", extract.arabic(question))
        if n is None or float(n.group(1)) < float(th.group(2)) or (th.group(1) != "满" and float(n.group(1)) == float(th.group(2))):
            return True
    codes = re.findall(r"[A-Za-z]+\d*|\d*[A-Za-z]+", before)
    if any(c.lower() not in question.lower() for c in codes):
        return True  # «A3复印每张0.6元» for 复印一张A4
    # a word of the note's case that shares no character with the question (双面, 特种 of 特种纸名片; not 球拍租借
    # for 租拍子, said in the asker's words)
    words = [t.word for t in _posseg().lcut(_NOTE_FRAME.sub(" ", before)) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", t.word)]
    return any(not set(w) & set(question) for w in words)


# The kind of thing a question asks right after its question word (用的什么纸, 啥材料, 哪种布).
_KIND_ASKED = re.compile(r"(?:什么|啥|哪种|哪一种)([\u4e00-\u9fff]{1,2}?)(?:[?？吗呢啊]|$)")


def cell_of_kind(question: str, row: str) -> Span | None:
    """The one cell of a table row whose header opens with the kind the question asks (A3彩色打印用的什么纸:
    «纸张规格：100克铜版纸»), not the row's first cell (its name); None otherwise."""
    m = _KIND_ASKED.search(question)
    cells = row_cells(row)
    if not m or len(cells) < 2:
        return None
    found = [(v, b, e) for h, v, b, e in cells[1:] if h.startswith(m.group(1)) and v.strip()]
    return Span(*found[0]) if len(found) == 1 else None


def column_of(row: str, at: int) -> str:
    """The header of the row's cell that holds position `at`, or ""."""
    return next((head for head, _, start, end in row_cells(row) if start <= at < end), "")



def name_cell(cells: list) -> tuple:
    """The cell that names a table row's record (row_cells): the first headed by a name (课程名称 after
    课程编号, 项目 after 类别), else the first; in a numbered sheet (序号：13), the first after the number that is
    neither a number nor a category (衣物：羽绒服（中长款） after 类别：羽绒服)."""
    named = next((c for c in cells if NAME_COLUMN.search(c[0])), None)
    if named is not None:
        return named
    if numbered(cells):
        return next((c for c in cells[1:] if not _CATEGORY_COLUMN.search(c[0])
                     and not re.fullmatch(r"[\d.]+", c[1].strip())), cells[0])
    return cells[0]


def numbered(cells: list) -> bool:
    """Is a table row's first cell its place in a numbered sheet (序号：13), a bare number under a serial header?"""
    return bool(cells) and SERIAL_COLUMN.fullmatch(cells[0][0].strip()) is not None \
        and re.fullmatch(r"[\d.]+", cells[0][1].strip()) is not None


_CATEGORY_COLUMN = re.compile(r"类别|分类|类型|种类|大类")  # a column of the kind a row falls under, no name of it


SERIAL_COLUMN = re.compile(r"序号|编号|No\.?|#", re.IGNORECASE)  # a column that numbers a sheet's rows (序号：13)
UNIT_COLUMN = re.compile(r"单位|计价|计费")  # a table column that says what a price or a time is per (计价单位：每台)


def record_line(row: str, plain: str, span: Span, question: str, keywords: list[str]) -> str:
    """A table row's answer line: the cells that name the record (the first, and name_cell's), the cells the
    question names (by a keyword in the header or the value, or a day it shares) and the cell that holds the
    value, in the row's order, cut verbatim from `row` (`plain` is its Simplified text). 看儿科挂号费多少:
    «科室：儿科 · 挂号费：15元», not the doctor, title, hours and room beside them; the quote keeps the row.
    Only a value of a type asked (decide.typed): an open question's span is a guess the whole row may mend."""
    cells = row_cells(plain)
    if not cells or cells[0][2] <= span.start < cells[0][3]:
        return row.rstrip("。；;")  # the value is the record's own name: the row says what is asked of it
    days = extract.weekdays(question)
    named = name_cell(cells)
    first = not numbered(cells)  # a numbered sheet's 序号 names no record to the asker
    keep = [row[start - len(head) - 1:end] for i, (head, value, start, end) in enumerate(cells)
            if (i == 0 and first) or start <= span.start < end or (head, value, start, end) == named  # 课程名称 after 课程编号
            or any(len(k) >= 2 and (k in head or k in value) and k not in cells[0][1] for k in keywords)  # 活动 of
            # 亲子剪纸活动 names the record, not the 地点 cell 一楼活动室
            or (days and days & extract.weekdays(value))
            or extract.range_holds(question, value)]  # 20寸的轮子换胎: «适用车型或尺寸：19寸及以上», the case's band
    return " · ".join(keep) if 0 < len(keep) < len(cells) else row.rstrip("。；;")


# A table column that says whom or what a row is for, in free text (适用对象：持學生證之學生, 说明：…学生凭学生证购买).
WHOM_CELL = re.compile(r"适用|对象|人群|说明|备注")


def in_asked_column(q: Query, chunk: Chunk, figs: list[Span]) -> list[Span]:
    """A table row's figures in the columns the question names (全票来回票多少钱: the 来回 cell, not
    单程), when some are there; else all of them."""
    if chunk.kind != "row":
        return figs
    columns = asked_column(chunk.text, q.text, q.keywords)
    inside = [f for f in figs if column_of(chunk.text, f.start) in columns]
    return inside or figs


def column_opened(word: str, row: str) -> bool:
    """Does a row name what a qualifier singles out by a column whose header opens as it does, the
    qualifier's head left out (末班车 asked: the 末班时间 column is the last bus's; 学生票 asked: a 学生价
    column)? The shared opening is all of the qualifier but its last character, at least two."""
    stem = word[:-1]
    return len(stem) >= 2 and any(head.startswith(stem) and head != word for head, _, _, _ in row_cells(row))


def record_modifier(value: str, word: str) -> str:
    """What a cell says before the head it shares with `word` (中式烹调 of 中式烹调师 for 厨师), or ""
    when its last character is not the word's."""
    return value[:-1] if len(value) >= 2 and value[-1] == word[-1] else ""


# The generic words a table's record names end with (书法入门班, 亲子剪纸活动, 老年智能手机课, K28路): an asker
# names the record by what it is about and any of them (书法课, 剪纸活动, 手机课) or none.
RECORD_SUFFIX = re.compile(r"(?:课程|活动|项目|训练营|课|班|营|路|线)$")


def record_stem(word: str) -> str:
    """What a question's word names a record by once its generic suffix is off (书法课 → 书法, 剪纸活动 →
    剪纸), at least two characters; "" when the word ends in no generic suffix."""
    stem = RECORD_SUFFIX.sub("", word)
    return stem if stem != word and len(stem) >= 2 else ""


def table_frame(chunk: Chunk) -> str:
    """A table row's frame in Simplified characters: its title, heading and section."""
    return simplify(chunk.title + chunk.heading + chunk.section)
