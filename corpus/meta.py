"""Document metadata from text: the title line, the issuing body and the date. Pure functions.

A notice opens with its issuer and a «关于…的通知» title and closes with a signature
(issuer on one line, date on the next); a news report opens with its title and a
dateline («2025-09-23 10:30 来源：…», «…9月23日电»).
"""

from __future__ import annotations

import re

_FULL_DATE = re.compile(r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                        r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_DATE_ONLY = re.compile(r"^[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{1,8}日\s*[）)]?$")
_DOC_NUMBER = re.compile(r"^\S{1,10}[〔\[【(（]\d{4}[〕\]】)）]\s*\d{1,4}\s*号$")
_DATELINE = re.compile(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                       r"(?:\s+.*)?$")
_META_KEYS = re.compile(r"^(?:来源|发布时间|发布日期|日期|时间|作者|编辑|责任编辑|责编|发布机构|发文机关|发文字号|文号|"
                        r"索引号|成文日期|印发日期|浏览次数|点击|阅读)\s*[：:]")
_CLOSING = re.compile(r"^[（(](?:此件|本件)[^）)]{0,12}[）)]$")
TITLE_ENDS = ("通知", "通告", "公告", "方案", "意见", "办法", "决定", "规定", "报告", "细则", "规则", "须知", "指南",
              "手册", "问答", "解答", "简章", "章程", "计划", "制度", "公示", "说明", "纪要", "批复", "函", "条例")
ORG_ENDS = ("办公室", "政府", "委员会", "委", "局", "厅", "部", "处", "中心", "学校", "中学", "小学", "学院", "大学",
            "公司", "集团", "协会", "研究院", "医院", "街道", "社区", "村委会", "管委会", "指挥部", "领导小组")

_CN_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_VALUE["零"] = 0


def _cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in _CN_VALUE for c in text):  # 二〇二五
        return int("".join(str(_CN_VALUE[c]) for c in text))
    total, cur = 0, 0
    for ch in text:
        if ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _CN_VALUE.get(ch, 0)
    return total + cur


def find_date(text: str) -> str:
    """The first full date in a text as «2025年2月26日» (from 2025年2月26日, 2025-02-26, 二〇二五年二月二十六日), or ''."""
    found = [m for m in (_FULL_DATE.search(text), _ISO_DATE.search(text)) if m]
    if not found:
        return ""
    m = min(found, key=lambda m: m.start())
    y, mo, d = _cn_int(m.group("y")), _cn_int(m.group("m")), _cn_int(m.group("d"))
    if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y}年{mo}月{d}日"


def is_date_line(line: str) -> bool:
    """A line that is only a date (a signature's date, «（2025年2月26日）»)."""
    return bool(_DATE_ONLY.match(line.strip())) and bool(find_date(line))


def is_dateline(line: str) -> bool:
    """A news dateline or a page's publication line: «2025-09-23 10:30 来源：青山县融媒体中心»."""
    t = line.strip()
    return len(t) <= 80 and bool(_DATELINE.match(t)) and not re.search(r"[。！？]", t)


def is_meta_line(line: str) -> bool:
    """A line about the document, not its content: a document number, 来源：, 发布时间：, 此件公开发布."""
    t = line.strip()
    return bool(_DOC_NUMBER.match(t) or _META_KEYS.match(t) or _CLOSING.match(t)) and len(t) <= 80


def source_of(line: str) -> str:
    """The issuer a «来源：…» or «发布机构：…» line names, or ''."""
    m = re.search(r"(?:来源|发布机构|发文机关)\s*[：:]\s*(\S+)", line)
    return m.group(1) if m else ""


def is_org(line: str) -> bool:
    """A short line naming an organisation (a notice's issuer or signature)."""
    t = line.strip()
    return 2 <= len(t) <= 30 and t.endswith(ORG_ENDS) and not re.search(r"[，,。；;！？!?：:]", t)


def is_title(line: str) -> bool:
    """A line that can be a document's title: short, no sentence punctuation, not a «键：值» line."""
    t = line.strip()
    return 2 <= len(t) <= 60 and not re.search(r"[。！？；!?;：:]", t) and not t.endswith(("，", ","))


def is_doc_title(line: str) -> bool:
    """A title that says what kind of document it is (关于…的通知, …办法, …问答)."""
    t = line.strip().rstrip("》")
    return is_title(line) and (t.startswith("关于") or t.endswith(TITLE_ENDS))
