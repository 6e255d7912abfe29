"""The domain types of wenda, in one place.

Data flows one way: corpus (Document → Section → Paragraph → Sentence) →
index (Chunk → Hit) → answer (Answer with Quotes). Everything here is a plain
typed dataclass so tests and the CLI can build and inspect them directly.

Offsets (`start`, `end`) always point into `Document.text`, the file's text as
read (after decoding, before any repair). A sentence that was repaired across a
layout line break spans the break in the original; its `text` is the repaired
form (the break removed).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

ParagraphKind = Literal["heading", "byline", "caption", "body"]


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass
class Paragraph:
    kind: ParagraphKind
    text: str
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Section:
    """A titled part of a document: a town's report, a Markdown heading, a SQuAD title.

    `title` is the short name questions use (崔桥镇); `heading` the full line
    (崔桥镇：举全镇之力密织抗疫防护网), empty when the document has no heading.
    """

    title: str
    heading: str
    start: int
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Document:
    doc_id: str  # path relative to the corpus folder, plus "#n" for SQuAD paragraphs
    title: str
    text: str
    sections: list[Section] = field(default_factory=list)

    def sentences(self) -> list[Sentence]:
        return [s for sec in self.sections for p in sec.paragraphs for s in p.sentences]


@dataclass(frozen=True)
class Chunk:
    """The unit that is indexed and quoted: one sentence with its place in the corpus."""

    id: int
    doc: str
    section: str
    kind: ParagraphKind
    text: str
    start: int
    end: int
    paragraph: int  # index of the paragraph within the whole corpus (for passage-level evidence)

    def context(self) -> str:
        """The text that is embedded and keyword-indexed: section name as a prefix."""
        return f"{self.section}：{self.text}" if self.section else self.text


@dataclass
class Hit:
    chunk: Chunk
    score: float
    dense: float = 0.0
    bm25: float = 0.0
    passage: float = 0.0  # fused score of the paragraph the chunk belongs to


@dataclass
class Quote:
    text: str
    doc: str
    section: str | None
    score: float


@dataclass
class Answer:
    question: str
    found: bool
    answer: str | None = None
    section: str | None = None
    figures: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    ms: float = 0.0
    error: str | None = None
    span: str | None = None  # the exact span that answers (figure, name, date, clause)
    asked: list[str] = field(default_factory=list)  # the sections the question names (it was routed to)

    def to_json(self) -> dict:
        """The `wenda ask --json` contract (the `error` field only when set)."""
        out = {
            "question": self.question,
            "found": self.found,
            "answer": self.answer,
            "section": self.section,
            "figures": list(self.figures),
            "quotes": [asdict(q) for q in self.quotes],
            "ms": round(self.ms, 3),
        }
        if self.error:
            out["error"] = self.error
        return out
