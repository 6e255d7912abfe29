"""PDF with a text layer: pages' text, running headers, footers and page numbers dropped.

Lines are kept as the PDF lays them out; corpus/parse.py rejoins a sentence broken across
lines and pages (its layout repair). A PDF without text (a scan) or one that needs a
password cannot be read.

A ruled table (a grid of drawn lines) is read by pdfplumber, made for it, and its rows replace the
lines pypdf gives for it: pypdf writes each row as one line of cells run together with spaces
(«江北区 江北区市场监管局一楼登记大厅 北辰路56号 8:30—12:00…»), a cell that wraps splits
across lines, and the rows of a help-desk table became one passage whose cells no column named.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from wenda.corpus.readers import ReaderError, table_lines

_PAGE_NUMBER = re.compile(r"^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|"
                          r"\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", re.I)
EDGE = 2  # lines at the top and bottom of a page that may be running headers or footers
MAX_RUNNING = 60  # a running header or footer is a short line


def _shape(line: str) -> str:
    """A line with its numbers blanked, so «第3页 共5页»-like headers repeat exactly."""
    return re.sub(r"\d+", "#", line)


def read_pdf(path: Path) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as e:  # pragma: no cover
        raise ReaderError("pypdf is not installed (pip install pypdf)") from e
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise ReaderError("encrypted PDF (it needs a password)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReaderError:
        raise
    except (PdfReadError, Exception) as e:  # damaged files raise many kinds
        raise ReaderError(f"not a readable PDF ({type(e).__name__})") from e
    if not any(p.strip() for p in pages):
        raise ReaderError("PDF has no text layer (a scanned image?); run OCR on it first")
    tables = ruled_tables(path, len(pages))
    return "\n".join(markers_joined(drop_running_lines([splice_tables(p.splitlines(), t) for p, t in zip(pages, tables)])))


# An item's number alone on its line (1., 2、, （三）): a PDF that sets the number apart from its text (one cell
# each, or a hanging indent) gives them as two lines.
_MARKER_ALONE = re.compile(r"(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")


def markers_joined(lines: list[str]) -> list[str]:
    """The lines with an item's number that stands alone joined to the line of text after it («1.» and
    «企业、农民专业合作社未在…» → «1. 企业、…»): alone, the number became an item of its own, and its text a
    paragraph no item held. A number followed by another number, or by nothing, stays."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _MARKER_ALONE.fullmatch(line) and i + 1 < len(lines) and lines[i + 1] \
                and not _MARKER_ALONE.match(lines[i + 1]) and not lines[i + 1].startswith("|"):
            out.append(line + " " + lines[i + 1])
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def ruled_tables(path: Path, pages: int) -> list[list[list[list[str]]]]:
    """Each page's ruled tables (rows of cell texts, a wrapped cell's lines joined), found by pdfplumber;
    none for a page when pdfplumber is missing or fails on the file (its text from pypdf stands)."""
    none: list[list[list[list[str]]]] = [[] for _ in range(pages)]
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover
        return none
    try:
        with pdfplumber.open(str(path)) as pdf:
            found = [[[[_unwrapped(c or "") for c in row] for row in t.extract()]
                      for t in page.find_tables()] for page in pdf.pages]
    except Exception:  # a damaged file pypdf read: keep its text
        return none
    return found if len(found) == pages else none


def _unwrapped(cell: str) -> str:
    """A cell's wrapped lines joined: Chinese runs on, Latin words keep the space between them."""
    return re.sub(r"(.)?\s*\n\s*(.)?", lambda m: (m.group(1) or "") + (
        " " if m.group(1) and m.group(2) and m.group(1).isascii() and m.group(2).isascii() else "") + (m.group(2) or ""),
        cell.strip())


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def splice_tables(lines: list[str], tables: list[list[list[str]]]) -> list[str]:
    """A page's lines with the run of lines that holds each table (the same characters, whatever their
    order and breaks) replaced by the table's Markdown rows. A table of one row or one column is left
    as text, and so is one whose lines are not found whole."""
    for rows in tables:
        rows = [r for r in rows if any(c.strip() for c in r)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        want = Counter(_squeezed("".join(c for r in rows for c in r)))
        first = _squeezed(next(c for c in rows[0] if c.strip()))
        for i, line in enumerate(lines):
            if not _squeezed(line).startswith(first[:max(1, min(len(first), 6))]):
                continue
            got: Counter[str] = Counter()
            for j in range(i, len(lines)):
                got.update(_squeezed(lines[j]))
                if got == want:
                    lines = lines[:i] + table_lines(rows) + lines[j + 1:]
                    break
                if sum(got.values()) >= sum(want.values()):
                    break
            else:
                continue
            if got == want:
                break
    return lines


def drop_running_lines(pages: list[list[str]]) -> list[str]:
    """All lines of all pages, without page numbers and the lines repeated at the top or
    bottom of most pages (running headers and footers)."""
    edges: Counter[str] = Counter()
    for lines in pages:
        lines = [l.strip() for l in lines if l.strip()]
        edges.update({_shape(l) for l in lines[:EDGE] + lines[-EDGE:] if len(l) <= MAX_RUNNING})
    repeated = {l for l, n in edges.items() if len(pages) >= 2 and n >= max(2, (2 * len(pages) + 2) // 3)}
    out = []
    for lines in pages:
        for line in lines:
            t = line.strip()
            if not t or _shape(t) in repeated or _PAGE_NUMBER.match(t):
                continue
            out.append(t)
    return out
