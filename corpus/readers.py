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


def sheet_lines(rows: list[list[object]], level: int) -> list[str]:
    """A sheet's rows as Markdown, its title and caption rows as headings of `level` (#s) instead of
    table rows. A spreadsheet often opens a table with a row of one cell that names it above the
    real header (海音島渡輪票價表 over 票種 | 單程 | 來回), or stacks several tables in one sheet, each
    after a blank row and a one-cell caption; read as table rows such a line became the header and
    the real header a data row, so no cell was read under its column's name. A row of one filled
    cell counts when it opens the sheet or follows a blank row, in a sheet whose rows have two
    cells or more; one followed by no table (a closing 註：… note) is a paragraph line. So are the
    rows of one filled cell that close a sheet right under its table, with no blank row between (1. 价格
    有效期…, 2. 签订合同时…): notes on the table, not records whose first column says them."""
    texts = [[cell_text(c) for c in row] for row in rows]
    if max((sum(1 for c in r if c) for r in texts), default=0) < 2:
        return table_lines(texts)
    out: list[str] = []
    table: list[list[str]] = []
    after_gap = True
    notes = False
    for i, row in enumerate(texts):
        filled = [c for c in row if c]
        if not filled:
            after_gap = True
            continue
        notes = notes or (len(filled) == 1 and len(table) >= 2 and all(
            sum(1 for c in r if c) <= 1 for r in texts[i + 1:]))  # notes under the table, no blank row between
        if len(filled) == 1 and (after_gap or notes):
            if table:
                out += table_lines(table) + [""]
                table = []
            following = next((r for r in texts[i + 1:] if any(r)), None)
            opens_table = following is not None and sum(1 for c in following if c) >= 2
            out += [("#" * level + " " if opens_table else "") + filled[0], ""]
            continue
        after_gap = False
        table.append(row)
    if table:
        out += table_lines(table)
    while out and not out[-1]:
        out.pop()
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
