"""What the format readers (read_docx, read_pdf, read_html, read_sheet) share. Each turns a
file into Markdown-like text (headings as #, tables as | rows |, list items as -) that
corpus/parse.py reads like any .md file.

Each reader lives in a module of its own and imports its third-party parser only when it
is called, so a corpus of .txt and .md needs none of them.
"""

from __future__ import annotations

import re


class ReaderError(Exception):
    """A file that cannot be read; the message says why (encrypted, no text layer, damaged …)."""


def table_lines(rows: list[list[str]]) -> list[str]:
    """Rows of cells as Markdown table lines (the first row is the header), empty rows left out."""
    rows = [[cell_text(c) for c in row] for row in rows]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    if len(rows) == 1:
        out = out[:1]
    return out


def cell_text(value: object) -> str:
    """A cell's value as one line of text (a whole float without its .0, pipes made full-width)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        text = re.sub(r"T00:00:00$", "", text)
    else:
        text = str(value)
    return re.sub(r"\s+", " ", text).replace("|", "｜").strip()
