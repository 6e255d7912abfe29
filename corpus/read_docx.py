"""Word .docx: heading styles → #, list paragraphs → -, tables → | rows |, in document order."""

from __future__ import annotations

import re
from pathlib import Path

from wenda.corpus.readers import ReaderError, table_lines

_HEADING_STYLE = re.compile(r"^(?:Heading|标题)\s*(\d)$", re.I)


def read_docx(path: Path) -> str:
    try:
        import docx
        from docx.table import Table
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise ReaderError("python-docx is not installed (pip install python-docx)") from e
    try:
        document = docx.Document(str(path))
    except Exception as e:  # a damaged or not-a-Word file: python-docx raises several kinds
        raise ReaderError(f"not a readable Word document ({type(e).__name__})") from e
    out: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            out.append("")
            out.extend(table_lines([[cell.text for cell in row.cells] for row in block.rows]))
            out.append("")
            continue
        text = " ".join(block.text.split())
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        m = _HEADING_STYLE.match(style)
        if style.lower() == "title":
            out.append(f"# {text}")
        elif m:
            out.append("#" * min(6, int(m.group(1)) + 1) + " " + text)
        elif "list" in style.lower():  # List Bullet, List Number, List Paragraph
            out.append(f"- {text}")
        else:
            out.append(text)
        out.append("")
    return "\n".join(out)
