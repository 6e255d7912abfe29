"""Outline numbering at the start of a line: 第一章, 第三条, 一、, （一）, 1., 1.1, （1）, ①. Pure functions.

`numbering(line)` says which numbering style a line opens with, its number and the
text after it. Styles are names, not levels: a document's own order of first use
decides which style is outer (see parse.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN = "一二三四五六七八九十百零〇两"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# A number followed by one of these is a quantity (1.5米, 2.8万元), not a section number 1.5.
_UNIT_CHARS = "米公千克吨斤亩倍元万亿年月日号个人次小分秒天岁周名户座辆家所份件张本项位条处只台场期批层级"

_STYLES: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第(?P<n>[{_CN}\d]{{1,4}})(?P<unit>章|编|部分|篇)\s*")),
    ("part", re.compile(rf"^第(?P<n>[{_CN}\d]{{1,4}})节\s*")),
    ("article", re.compile(rf"^第(?P<n>[{_CN}\d]{{1,4}})条\s*")),
    ("cn", re.compile(rf"^(?P<n>[{_CN}]{{1,3}})[、．.]\s*")),
    ("cn_paren", re.compile(rf"^[（(](?P<n>[{_CN}]{{1,3}})[）)]\s*")),
    ("num3", re.compile(r"^(?P<n>\d{1,2}\.\d{1,2}\.\d{1,2})(?![\d.])\s*")),
    ("num2", re.compile(rf"^(?P<n>\d{{1,2}}\.\d{{1,2}})(?:\s+|(?![\d.%％{_UNIT_CHARS}]))")),
    ("num", re.compile(r"^(?P<n>\d{1,2})(?:[、．]|\.(?!\d))\s*")),
    ("num_paren", re.compile(r"^[（(](?P<n>\d{1,2})[）)]\s*")),
    ("circled", re.compile(rf"^(?P<n>[{CIRCLED}])\s*")),
]


@dataclass(frozen=True)
class Numbered:
    style: str
    number: int  # 0 where it cannot be read (1.2.3 keeps its last part)
    marker: str  # the numbering as written, with the space after it
    rest: str  # the text after the numbering


def cn_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99, 两千五百 → 2500, 12 → 12 (0 when unreadable)."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits.update({"〇": 0, "两": 2})
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "千":
            total += (current or 1) * 1000
            current = 0
        else:
            return 0
    return total + current


def numbering(line: str) -> Numbered | None:
    """The outline numbering a line starts with, or None (a date or figure is no numbering)."""
    for style, pattern in _STYLES:
        m = pattern.match(line)
        if not m:
            continue
        rest = line[m.end():]
        if not rest.strip():
            return None
        n = m.group("n")
        if style == "circled":
            number = CIRCLED.index(n) + 1
        elif style in ("num2", "num3"):
            number = int(n.split(".")[-1])
        else:
            number = cn_number(n)
        return Numbered(style=style, number=number, marker=line[:m.end()], rest=rest)
    return None
