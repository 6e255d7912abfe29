"""Turn one document's text into sections → paragraphs → sentences, with offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from wenda.corpus.text import (
    continues,
    glue,
    is_byline,
    is_caption,
    is_heading,
    split_sentences,
)
from wenda.corpus.types import Document, Paragraph, ParagraphKind, Section, Sentence


@dataclass
class _Block:
    """A paragraph being assembled from one or more lines, with an offset map."""

    kind: ParagraphKind
    text: str
    pos: list[int] = field(default_factory=list)  # pos[i]: offset in the original of text[i]
    section: str | None = None  # set on headings

    def append(self, line: str, start: int) -> None:
        sep = glue(self.text, line)
        if sep:
            self.pos.append(self.pos[-1] + 1)
        self.text += sep + line
        self.pos.extend(range(start, start + len(line)))


def _lines(text: str):
    """Non-empty lines as (stripped text, offset of its first character)."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield stripped, offset + lead
        offset += len(raw)


def _classify(line: str, first: bool) -> tuple[ParagraphKind, str | None]:
    name = is_heading(line)
    if name is not None:
        return "heading", name
    if is_byline(line):
        return "byline", None
    if is_caption(line):
        return "caption", None
    return "body", None


def blocks(text: str) -> list[_Block]:
    """Paragraph blocks of a text, with layout breaks repaired."""
    out: list[_Block] = []
    for i, (line, start) in enumerate(_lines(text)):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "body" and continues(prev.text, line):
            prev.append(line, start)
            continue
        kind, name = _classify(line, first=not out)
        block = _Block(kind=kind, text=line, pos=list(range(start, start + len(line))), section=name)
        out.append(block)
    return out


def _to_paragraph(block: _Block) -> Paragraph:
    sentences = []
    if block.kind == "body":
        spans = split_sentences(block.text)
    else:
        spans = [(0, len(block.text))]
    for s, e in spans:
        sentences.append(Sentence(text=block.text[s:e], start=block.pos[s], end=block.pos[e - 1] + 1))
    return Paragraph(
        kind=block.kind,
        text=block.text,
        start=block.pos[0],
        end=block.pos[-1] + 1,
        sentences=sentences,
    )


def parse_document(text: str, doc_id: str, title: str = "") -> Document:
    """Parse a document's text.

    Text before the first heading belongs to a section named after `title`
    (for a SQuAD paragraph, its article title). A heading line "名称：标题" or
    "# 名称" opens a new section; bylines and captions stay in the section that
    is open where they stand.
    """
    doc = Document(doc_id=doc_id, title=title, text=text)
    current = Section(title=title, heading="", start=0)
    for block in blocks(text):
        if block.kind == "heading":
            if current.paragraphs or current.heading:
                doc.sections.append(current)
            current = Section(title=block.section or "", heading=block.text, start=block.pos[0])
        current.paragraphs.append(_to_paragraph(block))
    if current.paragraphs or not doc.sections:
        doc.sections.append(current)
    if not doc.title:
        doc.title = doc.sections[0].title if doc.sections and doc.sections[0].title else doc_id
    return doc
