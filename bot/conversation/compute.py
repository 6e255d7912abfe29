"""Arithmetic over quoted figures: one part per section, then a sum, a difference, a ranking.

Every number in a result comes from a figure the engine quoted for its section; when a
section has no figure, or the figures' units differ, there is no result but a refusal
that says which. Pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from wenda.bot.conversation.figures import CLOCK_UNIT, Quantity, parse, show
from wenda.bot.conversation.plan import Plan
from wenda.bot.conversation.subjects import aliases
from wenda.corpus.types import Answer
from wenda.index.rows import row_cells
from wenda.index.query import keyword_tags
from wenda.index.script import simplify

NO_FACT = "资料中没有"
OFF_TOPIC = "资料中没有（找到的句子说的是别的事）"


@dataclass
class Part:
    """One section's share of a multi-section question."""

    section: str
    question: str
    answer: Answer
    quantity: Quantity | None = None
    problem: str | None = None  # why this section has no usable answer

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def line(self) -> str:
        """The answer line without the section name it opens with (the part names its section)."""
        line = self.answer.answer or ""
        return line[len(self.section) + 1:] if line.startswith(f"{self.section}：") else line


@dataclass
class Outcome:
    working: str | None = None  # 崔桥镇43个 − 大李庄乡21个 = 22个
    result: str | None = None  # 崔桥镇比大李庄乡多22个
    refusal: str | None = None  # why nothing could be computed


def part_of(section: str, question: str, answer: Answer, names: list[str]) -> Part:
    """The section's answer, checked: found, about what was asked, and (if a figure) readable."""
    if not answer.found or answer.error:
        return Part(section, question, answer, problem=NO_FACT)
    record = names_record(answer, section)
    if answer.section and simplify(answer.section) != section and not record:
        return Part(section, question, answer, problem=NO_FACT)
    if not answer.figures:
        return Part(section, question, answer)
    if record:  # the record's own row: the engine chose the cell by its column
        return Part(section, question, answer, quantity=parse(answer.figures[0]))
    words = [w for w, _ in keyword_tags(question, tuple(aliases(names)))]
    words = [w for w in words if len(w) >= 2] or words  # 水渠, not 新 (which 新建 also holds)
    line = answer.answer or ""
    if words and not any(w in line for w in words):  # 卡点 asked, 口罩10000只 found
        return Part(section, question, answer, problem=OFF_TOPIC)
    return Part(section, question, answer, quantity=parse(answer.figures[0]))


def names_record(answer: Answer, name: str) -> bool:
    """Is the answer a table row of the record `name` (a subject that is no section: 9路 in the row
    «线路：9路 · 票价：10元»)? A cell holds the name whole."""
    if not answer.quotes:
        return False
    return any(value.strip() == name for _, value, _, _ in row_cells(simplify(answer.quotes[0].text)))


_MEASURE_TAGS = ("n", "vn", "v")  # the parts of speech of a word that says what is counted


def _measure_words(text: str, sections: list[str]) -> set[str]:
    """The words of `text` that can say what a figure counts (nouns and verbs of two characters or more)."""
    return {w for w, tag in keyword_tags(text, tuple(sections))
            if len(w) >= 2 and tag.startswith(_MEASURE_TAGS)}


def _names_its_measure(question: str, sections: list[str]) -> bool:
    """Whether the question says what it counts (一共设了多少卡点), not only a unit (一共多少人)."""
    return bool(_measure_words(question, sections))


def _one_measure(parts: list[Part]) -> bool:
    """Whether every part's line shares a word with the first's: the figures count one kind of thing."""
    sections = [p.section for p in parts]
    first = _measure_words(parts[0].line, sections)
    for p in parts[1:]:
        other = _measure_words(p.line, sections)
        if not any(a in b or b in a for a in first for b in other):
            return False
    return True


def compute(plan: Plan, parts: list[Part]) -> Outcome:
    """The result of the plan's operation over the parts (multi: nothing to compute)."""
    if plan.operation in ("single", "multi"):
        return Outcome()
    missing = [p.section for p in parts if p.quantity is None]
    if missing:
        return Outcome(refusal=f"无法计算：资料中没有{'、'.join(missing)}的这个数字。")
    units = {p.quantity.unit for p in parts}
    if len(units) > 1:
        listed = "、".join(f"{p.section}{p.quantity.text}" for p in parts)
        return Outcome(refusal=f"无法计算：各数字的单位不同（{listed}）。")
    if not _names_its_measure(parts[0].question, [p.section for p in parts]) and not _one_measure(parts):
        listed = "；".join(f"{p.section}：{p.line}" for p in parts)
        return Outcome(refusal=f"无法计算：问题没说数的是什么，各段的数字数的不是同一种东西（{listed}）。"
                               "请说出要算的是什么，例如“一共投入多少人”。")
    unit = units.pop()
    if unit == CLOCK_UNIT and plan.operation in ("sum", "diff"):
        listed = "、".join(f"{p.section}{p.quantity.text}" for p in parts)
        return Outcome(refusal=f"无法计算：这些是时刻（{listed}），只能比早晚，不能相加减。")
    exact = all(p.quantity.exact for p in parts)
    if all("万" in p.quantity.text for p in parts):  # 20万元 − 15万元 = 5万元, as the quotes write it
        unit = "万" + unit
        for p in parts:
            p.quantity = replace(p.quantity, value=p.quantity.value / 10_000, unit=unit)
    said = [f"{p.section}{p.quantity.text}" for p in parts]
    if plan.operation == "sum":
        total = sum(p.quantity.value for p in parts)
        value = show(total, unit, exact)
        return Outcome(" + ".join(said) + f" = {value}", f"合计{value}")
    if plan.operation == "diff":
        a, b = parts[0], parts[1]
        d = a.quantity.value - b.quantity.value
        value = show(abs(d), unit, exact)
        working = f"{said[0]} − {said[1]} = {show(d, unit, exact)}"
        if d == 0:
            return Outcome(working, f"{a.section}和{b.section}一样多")
        return Outcome(working, f"{a.section}比{b.section}{'多' if d > 0 else '少'}{value}")
    descending = plan.descending if plan.operation == "sort" else plan.operation == "max"
    ranked = sorted(parts, key=lambda p: p.quantity.value, reverse=descending)
    sign = " > " if descending else " < "
    working = ""
    for i, p in enumerate(ranked):
        if i:
            working += " = " if p.quantity.value == ranked[i - 1].quantity.value else sign
        working += f"{p.section}{p.quantity.text}"
    if plan.operation == "sort":
        order = ("从晚到早" if descending else "从早到晚") if unit == CLOCK_UNIT else ("从多到少" if descending else "从少到多")
        return Outcome(working, f"{order}：{'、'.join(p.section for p in ranked)}")
    top = [p for p in ranked if p.quantity.value == ranked[0].quantity.value]
    word = plan.superlative or ("最多" if plan.operation == "max" else "最少")
    who = "、".join(f"{p.section}（{p.quantity.text}）" for p in top)
    return Outcome(working, f"{word}的是{who}" + ("，并列" if len(top) > 1 else ""))
