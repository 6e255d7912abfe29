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

from dataclasses import dataclass, field
from typing import Literal

# heading: a section's heading line; byline, caption, body: news layout; title: the document's
# title line; meta: issuing body, date, document number, signature; question: a FAQ question
# (a key, never quoted as an answer); qa: the answer to the FAQ question in `Paragraph.key`;
# row: a table row, written «表头：单元格 · 表头：单元格»; kv: a «键：值» line or list item.
ParagraphKind = Literal["heading", "byline", "caption", "body", "title", "meta", "question", "qa", "row", "kv"]


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
    key: str = ""  # qa: the FAQ question it answers; row: the table's caption or heading


@dataclass
class Section:
    """A titled part of a document: a town's report, a Markdown heading, a SQuAD title.

    `title` is the short name questions use (崔桥镇); `heading` the full line
    (崔桥镇：举全镇之力密织抗疫防护网), empty when the document has no heading.
    `path` is the heading chain from the outermost heading down to this one, each as its
    short name (重点任务 › 扎实推进农村厕所革命); `level` the depth (0: before any heading).
    """

    title: str
    heading: str
    start: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    level: int = 0

    def chain(self) -> str:
        """The heading chain as one line: «重点任务 › 扎实推进农村厕所革命»."""
        return " › ".join(self.path)


@dataclass
class Document:
    doc_id: str  # path relative to the corpus folder, plus "#n" for SQuAD paragraphs
    title: str
    text: str
    sections: list[Section] = field(default_factory=list)
    titled: bool = False  # the title was read from the document (a title line, a file's metadata)
    issuer: str = ""  # the issuing body (a notice's signature, a news report's source)
    date: str = ""  # the document's date as 2025年2月26日

    def sentences(self) -> list[Sentence]:
        return [s for sec in self.sections for p in sec.paragraphs for s in p.sentences]


@dataclass(frozen=True)
class DocumentInfo:
    """One file of an indexed corpus, as /docs and `wenda index info` list it."""

    name: str  # the file's path relative to the corpus folder
    title: str  # its title ("" when it has none of its own)
    date: str
    sections: tuple[str, ...]  # section names in order ("" for the untitled part)
    sentences: int


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
    heading: str = ""  # the heading chain (重点任务 › 扎实推进农村厕所革命); the section name when flat
    key: str = ""  # a FAQ answer's question, a table row's caption
    title: str = ""  # the document's title, when it has one
    date: str = ""  # the document's date, when it has one

    def context(self) -> str:
        """The text that is embedded and keyword-indexed: the heading chain (or section name) and
        the key (a FAQ answer's question) as a prefix."""
        head = self.heading or self.section
        body = f"{self.key} {self.text}" if self.key else self.text
        return f"{head}：{body}" if head else body


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
    title: str = ""  # the document's title, when it has one
    date: str = ""  # the document's date, when it has one


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
    near: str = ""  # a refusal close to an answer: why it is not one («资料里有崔桥镇的卡点数，但没有白潭镇的»)
    suggest: list[str] = field(default_factory=list)  # a refusal: the corpus's own words for the question's (卡点 for 检查站)

    def to_json(self) -> dict:
        """The `wenda ask --json` contract (`error`, `near` and `suggest` only when set)."""
        out = {
            "question": self.question,
            "found": self.found,
            "answer": self.answer,
            "section": self.section,
            "figures": list(self.figures),
            "quotes": [_quote_json(q) for q in self.quotes],
            "ms": round(self.ms, 3),
        }
        if self.error:
            out["error"] = self.error
        if self.near:
            out["near"] = self.near
        if self.suggest:
            out["suggest"] = list(self.suggest)
        return out


def _quote_json(q: Quote) -> dict:
    """A quote's JSON: text, doc, section, score; title and date only when the document has them."""
    out = {"text": q.text, "doc": q.doc, "section": q.section, "score": q.score}
    if q.title:
        out["title"] = q.title
    if q.date:
        out["date"] = q.date
    return out
