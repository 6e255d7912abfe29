"""PDF with a text layer: pages' text, running headers, footers and page numbers dropped.

Lines are kept as the PDF lays them out; corpus/parse.py rejoins a sentence broken across
lines and pages (its layout repair). A PDF without text (a scan) or one that needs a
password cannot be read.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from wenda.corpus.readers import ReaderError

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
    return "\n".join(drop_running_lines([p.splitlines() for p in pages]))


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
