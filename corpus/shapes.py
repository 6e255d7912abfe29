"""Line shapes of documents: Markdown markup, FAQ questions and answers, key–value lines,
table rows. Pure functions on one line of text; parse.py puts them together.
"""

from __future__ import annotations

import re

# -- Markdown markup -----------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+")
_MD_HEADING_TAIL = re.compile(r"\s*#*\s*$")
_BULLET = re.compile(r"^(?:[-*+•·▪●○◆■□]\s+|[•·▪●○◆■□]\s*)")
_QUOTE = re.compile(r"^>\s*")
_EMPHASIS = re.compile(r"\*\*|__|`")  # in table cells
# Emphasis as Markdown writes it: a pair of marks around text («**问：…**», «`8:00`»); a lone
# mark («95**», «_____», «14`16») is text.
_PAIRED = re.compile(r"(?<![0-9A-Za-z])(\*\*|__)(?=[^\s*_）)\]】」』”’，。、；：！？,.;:!?])(?:(?!\1).)+?(?<=[^\s*_])\1"
                     r"|`[^`\s][^`]*`")


def strip_markup(line: str) -> tuple[str, list[int], dict[str, bool]]:
    """A line without its Markdown markup, the index in `line` of each character kept, and
    what was removed: {"heading": …, "bullet": …, "bold": a line wholly in ** **}.

    Removes a heading's #s, a bullet (- * + •), a blockquote's >, and emphasis marks
    (** __ `) anywhere in the line.
    """
    keep = list(range(len(line)))
    flags = {"heading": False, "bullet": False, "bold": False}
    text = line

    def cut(start: int, end: int) -> None:
        nonlocal text, keep
        text = text[:start] + text[end:]
        keep = keep[:start] + keep[end:]

    m = _QUOTE.match(text)
    if m:
        cut(0, m.end())
    m = _MD_HEADING.match(text)
    if m:
        flags["heading"] = True
        cut(0, m.end())
        t = _MD_HEADING_TAIL.search(text)
        if t and t.start() < len(text):
            cut(t.start(), len(text))
    else:
        m = _BULLET.match(text)
        if m:
            flags["bullet"] = True
            cut(0, m.end())
    stripped = text.strip()
    flags["bold"] = len(stripped) > 4 and stripped.startswith(("**", "__")) and stripped.endswith(("**", "__")) \
        and "**" not in stripped[2:-2]
    for m in reversed(list(_PAIRED.finditer(text))):
        mark = 1 if m.group(0).startswith("`") else 2
        cut(m.end() - mark, m.end())
        cut(m.start(), m.start() + mark)
    lead = len(text) - len(text.lstrip())
    cut(0, lead)
    tail = len(text.rstrip())
    cut(tail, len(text))
    return text, keep, flags


# -- FAQ ---------------------------------------------------------------------------------

_ASK = re.compile(r"^(?:问|问题|提问|Q\d{0,3})\s*[：:．.、]\s*", re.I)
_REPLY = re.compile(r"^(?:答|回答|解答|答复|A\d{0,3})\s*[：:．.、]\s*", re.I)
_QUESTION_END = ("？", "?")
MAX_QUESTION = 80


def ask_marker(text: str) -> int:
    """Length of a question marker (问： Q: Q1.) at the start, 0 if none."""
    m = _ASK.match(text)
    return m.end() if m else 0


def reply_marker(text: str) -> int:
    """Length of an answer marker (答： A: A1.) at the start, 0 if none."""
    m = _REPLY.match(text)
    return m.end() if m else 0


def reply_inside(text: str) -> int:
    """Where a «答：» starts inside a «问：…？答：…» line (after a question mark), or -1."""
    m = re.search(r"[？?]\s*(?=(?:答|A\d{0,3})\s*[：:])", text)
    return m.end() if m else -1


def is_question(text: str) -> bool:
    """A line that asks: ends with a question mark, one sentence, not too long."""
    t = text.strip()
    return 0 < len(t) <= MAX_QUESTION and t.endswith(_QUESTION_END) and not re.search(r"[。！；!;]", t[:-1])


# -- key–value lines --------------------------------------------------------------------------

_KV = re.compile(r"^(?P<key>[^\s：:，,。；;！？!?“”\"]{1,12})\s*[：:]\s*(?P<value>\S.*)$")
# What a key names when the line states an attribute (时间, 电话, 主任 …), not a place's report.
ATTRIBUTE_ENDS = (
    "时间", "日期", "地点", "地址", "电话", "手机", "热线", "传真", "邮箱", "邮编", "网址", "网站", "微信", "QQ",
    "单位", "部门", "机构", "人", "者", "费", "价", "价格", "标准", "方式", "对象", "条件", "范围", "名称", "期限",
    "要求", "内容", "主任", "组长", "校长", "院长", "局长", "书记", "经理", "主席", "队长", "班长", "老师", "医生",
    "附件", "抄送", "备注", "注", "说明", "来源", "编号", "文号", "面积", "人数", "数量", "金额", "类型", "类别",
    "级别", "等级", "专业", "职务", "职称", "性别", "年龄", "截止", "期间", "周期", "时长", "时段", "窗口", "账号",
    "户名", "开户行", "容量", "规模", "人口", "工期", "投资", "总额", "预算", "地区", "区域", "路线", "线路", "站点",
    "发布", "作者", "编辑", "责编", "摄影", "主办", "承办", "协办", "牵头", "配合", "成员", "委员", "顾问",
)
# Keys that are never a section: they label a document's own parts.
NOT_SECTION = ("附件", "联系人", "联系电话", "联系方式", "抄送", "抄报", "主送", "备注", "注", "说明", "来源",
               "发布时间", "发布日期", "印发日期", "发文字号", "文号", "索引号", "主题词", "关键词", "作者", "编辑")


def key_value(text: str) -> tuple[str, str] | None:
    """(key, value) of a «键：值» line, or None."""
    m = _KV.match(text.strip())
    if not m:
        return None
    key, value = m.group("key"), m.group("value")
    if key[-1].isdigit() and value[0].isdigit():
        return None  # a clock time (上午9:00), not «键：值»
    return key, value


def is_attribute(key: str) -> bool:
    """Does a key name an attribute (牵头单位, 高一年级主任, 联系电话), not a place or a topic?"""
    return key in NOT_SECTION or key.endswith(ATTRIBUTE_ENDS)


def looks_like_value(value: str) -> bool:
    """A value too short or too numeric to be a heading's title (周国栋, 0394-5551234, 8:00)."""
    v = value.strip().rstrip("。；;")
    digits = sum(ch.isdigit() for ch in v)
    return len(v) <= 5 or digits * 2 >= len(v)


# -- tables -----------------------------------------------------------------------------------

_RULE_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")


def table_cells(line: str) -> list[str] | None:
    """The cells of a Markdown table line «| a | b |», or None."""
    t = line.strip()
    if not (t.startswith("|") and t.endswith("|") and len(t) >= 3):
        return None
    return [c.strip() for c in t[1:-1].split("|")]


def is_table_rule(cells: list[str]) -> bool:
    return bool(cells) and all(_RULE_CELL.match(c) for c in cells)


# A unit a column's header gives in brackets for the bare numbers under it (运价（元/公斤）, 面积(㎡), 时长（分钟）):
# money, a count, a length, a weight, a time, an area or a share, optionally per another unit (元/人, 元/公斤).
_HEAD_UNIT = re.compile(
    r"[（(]\s*((?:[万亿]?元|角|美元|港元|港币|人民币|"
    r"人次|人|个|次|辆|间|张|件|台|套|户|家|名|位|只|头|株|棵|场|班|趟|"
    r"公里|千米|km|米|m|厘米|cm|毫米|mm|公斤|千克|kg|克|g|斤|吨|"
    r"小时|分钟|秒|天|日|周|个月|月|年|平方米|㎡|m²|亩|公顷|升|毫升|度|%|％)"
    r"(?:\s*[/·]\s*[\u4e00-\u9fffA-Za-z²]{1,4}){0,3})\s*[）)]\s*$")  # (元/平方米·月, 元/台/小时: per two units)
_BARE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

# A column of prices (价格, 收费标准, 单价) whose bare numbers take their money unit from the row's unit column
# (单位, 计价单位: «元/26天»), where a sheet keeps the number a number and the unit apart.
_PRICE_HEAD = re.compile(r"价格|价钱|单价|售价|收费|费用|金额|报价|定价|(?<![评代物身])价$")  # (平日价, 会员价: a price too)
_UNIT_HEAD = re.compile(r"^(?:计价|计费|收费|价格)?单位$")
_MONEY_UNIT = re.compile(r"(?:[万亿]?元|美元|港元|港币|人民币|块)(?:\s*/\s*[^\s·]{1,8})?")


def row_text(headers: list[str], cells: list[str]) -> str:
    """A table row as one readable fact: «收费项目：学费 · 标准：每学期1100元» (empty cells left out).

    A cell under an empty header, or with no header, stands alone. A bare number under a header that gives its
    unit in brackets carries that unit («运价（元/公斤）：0.50元/公斤»), and one under a price header the money unit
    of the row's unit column («价格：16800 · 单位：元/26天» → «价格：16800元/26天»): the figure is read as what it measures.
    """
    parts = []
    heads = [clean_cell(h) for h in headers]
    money = next((m.group(0) for h, c in zip(heads, cells) if _UNIT_HEAD.match(h)
                  if (m := _MONEY_UNIT.fullmatch(clean_cell(c)))), "")  # «单位：元/26天»
    for i, cell in enumerate(cells):
        cell = clean_cell(cell)
        if not cell:
            continue
        head = heads[i] if i < len(heads) else ""
        unit = _HEAD_UNIT.search(head)
        if unit and _BARE_NUMBER.fullmatch(cell):
            cell += re.sub(r"\s+", "", unit.group(1))
        elif money and _PRICE_HEAD.search(head) and _BARE_NUMBER.fullmatch(cell):
            cell += re.sub(r"\s+", "", money)  # «价格：16800 · 单位：元/26天» → «价格：16800元/26天 · 单位：元/26天»
        parts.append(f"{head}：{cell}" if head and head != cell else cell)
    return " · ".join(parts)


def clean_cell(cell: str) -> str:
    """A cell's text on one line, markup and repeated spaces removed."""
    text = _EMPHASIS.sub("", str(cell or ""))
    text = re.sub(r"<br\s*/?>", " ", text)
    return re.sub(r"\s+", " ", text).strip()
