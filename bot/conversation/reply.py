"""The typed value a conversation turn produces (what the bot and `wenda chat` render)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from wenda.bot.conversation.compute import Part
from wenda.bot.conversation.plan import Operation
from wenda.corpus.types import Answer

Kind = Literal["answer", "multi", "comparison", "smalltalk", "clarify", "cleared", "error"]


@dataclass
class Reply:
    kind: Kind
    text: str  # what the user wrote
    question: str = ""  # how it was read (the resolved question)
    rewritten: bool = False  # the reading differs from the text: shown as «按“…”理解：»
    how: str = "complete"  # how it was resolved (see followup.Reading)
    answers: list[Answer] = field(default_factory=list)  # every engine answer used, in order
    parts: list[Part] = field(default_factory=list)  # multi / comparison: one per section
    operation: Operation = "single"
    working: str | None = None  # 崔桥镇43个 − 大李庄乡21个 = 22个
    result: str | None = None  # 崔桥镇比大李庄乡多22个
    refusal: str | None = None  # comparison: why nothing could be computed
    message: str | None = None  # small talk, /new, a follow-up without context, or an input error
    covered: list[str] = field(default_factory=list)  # the corpus's sections (shown with a refusal)
    more: bool = False  # «还有呢»: show further quotes

    @property
    def found(self) -> bool:
        """Did the corpus answer? (small talk and /new count as answered; a refused comparison not)."""
        if self.kind == "answer":
            return bool(self.answers) and self.answers[0].found
        if self.kind == "multi":
            return self.refusal is None and any(p.ok for p in self.parts)
        if self.kind == "comparison":
            return self.refusal is None
        return self.kind not in ("error", "clarify")

    @property
    def reading(self) -> str | None:
        """«按“大李庄乡设了多少卡点”理解：» when the message was read as another question."""
        return f"按“{self.question}”理解：" if self.rewritten else None
