"""HTML pages: the main text (navigation, scripts, headers and footers dropped), headings → #,
paragraphs, list items → -, tables → | rows |."""

from __future__ import annotations

import re
from pathlib import Path

from wenda.corpus.readers import ReaderError, table_lines

DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template")
BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "dt", "dd", "pre", "blockquote", "caption")


def read_html(text: str) -> str:
    try:
        from bs4 import BeautifulSoup
    except ImportError as e:  # pragma: no cover
        raise ReaderError("beautifulsoup4 is not installed (pip install beautifulsoup4)") from e
    soup = BeautifulSoup(text, "html.parser")
    page_title = " ".join(soup.title.get_text().split()) if soup.title else ""
    for tag in soup.find_all(DROP):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    out: list[str] = []
    if page_title and root.find("h1") is None:
        out += [f"# {page_title}", ""]
    for el in root.find_all(BLOCKS):
        if el.find_parent(["table", "li", "p", "pre", "blockquote", "dd"]) is not None and el.name != "table":
            continue  # its text is in the block that holds it
        if el.name == "table":
            if el.find_parent("table") is not None:
                continue
            rows = [[c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])] for tr in el.find_all("tr")]
            out += [""] + table_lines(rows) + [""]
            continue
        words = " ".join(el.get_text(" ", strip=True).split())
        words = re.sub(r"(?<=[\u4e00-\u9fff，。；：！？、）】」』”]) (?=[\u4e00-\u9fff，。；：！？、（【「『“])", "", words)
        if not words:
            continue
        if el.name[0] == "h" and el.name[1:].isdigit():
            out.append("#" * int(el.name[1]) + " " + words)
        elif el.name == "li":
            out.append(f"- {words}")
        else:
            out.append(words)
        out.append("")
    return "\n".join(out)


def read_html_file(path: Path, raw: bytes) -> str:
    """A page in the charset its <meta> declares, else UTF-8, else GB18030 (GBK pages often declare nothing)."""
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:2048], re.I)
    declared = m.group(1).decode("ascii").lower() if m else ""
    if declared in ("gb2312", "gbk"):
        declared = "gb18030"
    for encoding in dict.fromkeys(e for e in (declared, "utf-8-sig", "gb18030") if e):
        try:
            return read_html(raw.decode(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
    raise ReaderError(f"cannot decode the page (charset {declared or 'not declared'}, not UTF-8 or GB18030 either)")
