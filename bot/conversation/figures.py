"""Figures as quantities: '近10万元' → 100000 元 (inexact), '43个' → 43 个. Pure functions.

A figure is what the answer engine quotes (Answer.figures); arithmetic is done only on
figures whose units agree, and a result is marked 约 when any figure is not exact
(近, 约, 余, 多, 以上, 不少于 …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wenda.index.extract import unit_of

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
# Words that make a figure inexact (a bound or an estimate, not a count).
_INEXACT = ("近", "约", "大约", "将近", "超过", "逾", "不少于", "不低于", "不超过", "不到", "至少", "多达",
            "余", "多", "以上", "以下", "左右", "之多")
# Units that count the same thing under another name.
_SAME = {"名": "人", "位": "人", "元钱": "元", "千米": "公里", "千克": "公斤", "日": "天", "％": "%"}
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+")


@dataclass(frozen=True)
class Quantity:
    text: str  # as quoted: 近10万元
    value: float  # in `unit`: 100000.0
    unit: str  # the base unit: 元, 人, 个, '' for a bare number
    exact: bool


def chinese_number(text: str) -> float | None:
    """一百二十 → 120, 两万三千 → 23000, 四 → 4; None when `text` is not a Chinese numeral."""
    total = section = 0
    digit = None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        elif ch in _LARGE:
            section += digit or 0
            total += (section or 1) * _LARGE[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


# A clock time (6:15, 21:10, 次日1:00): a time of day, compared but never added; the next day's counts on.
_CLOCK = re.compile(r"(次日|凌晨)?\s*(\d{1,2})[:：](\d{2})")
CLOCK_UNIT = "时刻"


def parse(figure: str) -> Quantity | None:
    """The quantity a figure states, or None when it holds no number. A clock time is its hours
    (次日1:00 → 25.0) in the unit 时刻."""
    clock = _CLOCK.fullmatch(figure.strip())
    if clock:
        hours = int(clock.group(2)) + int(clock.group(3)) / 60 + (24 if clock.group(1) == "次日" else 0)
        return Quantity(figure, hours, CLOCK_UNIT, True)
    m = _NUMBER.search(figure)
    if not m:
        return None
    num = m.group(0)
    value = float(num) if num[0].isdigit() else chinese_number(num)
    if value is None:
        return None
    unit = unit_of(figure)
    rest = figure[m.end():]
    # 万/亿 written with the unit (10万元, 45万余元, 3亿) scale the number
    for word, factor in _LARGE.items():
        if rest.startswith(word) or (rest.startswith(("余", "多")) and rest[1:].startswith(word)):
            value *= factor
            unit = unit.replace(word, "")
            break
    unit = unit.replace("余", "")
    if unit in ("万", "亿"):
        unit = ""
    if unit == "千元":
        value, unit = value * 1000, "元"
    unit = _SAME.get(unit, unit)
    exact = not any(w in figure for w in _INEXACT)
    return Quantity(figure, value, unit, exact)


def show(value: float, unit: str, exact: bool = True) -> str:
    """A computed value as Chinese text: 22个, 约145000元, 2.5公里."""
    num = f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return f"{'' if exact else '约'}{num}{unit}"
