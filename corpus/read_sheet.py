"""Spreadsheets (.xlsx) and .csv: every sheet a table whose first row is its header."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from wenda.corpus.readers import ReaderError, sheet_lines

_DEFAULT_SHEET = re.compile(r"^(?:Sheet|工作表|Лист)\s*\d*$", re.I)


def read_xlsx(path: Path) -> str:
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover
        raise ReaderError("openpyxl is not installed (pip install openpyxl)") from e
    try:
        book = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception as e:  # damaged, encrypted or not a workbook
        raise ReaderError(f"not a readable .xlsx workbook ({type(e).__name__})") from e
    try:
        out = [f"# {path.stem}", ""]
        for sheet in book.worksheets:
            rows = [list(r) for r in sheet.iter_rows(values_only=True)]
            named = not _DEFAULT_SHEET.match(sheet.title or "")
            lines = sheet_lines(rows, 3 if named else 2)
            if not lines:
                continue
            if named:
                out += [f"## {sheet.title}", ""]
            out += lines + [""]
    finally:
        book.close()
    return "\n".join(out)


def read_csv(path: Path, text: str) -> str:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t，")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    lines = sheet_lines(rows, 2)
    if not lines:
        raise ReaderError("the table is empty")
    return "\n".join([f"# {path.stem}", ""] + lines) + "\n"
