"""Pure text functions: line classification, layout repair, sentence splitting.

Nothing here knows about any particular article. Patterns describe Chinese news
layout in general: a heading "名称：标题", a byline "记者 … 通讯员 …", photo
captions (short lines without sentence punctuation), body paragraphs.
"""

from __future__ import annotations

import re

# Sentence ends: Chinese and ASCII full stops, question and exclamation marks, semicolons.
SENTENCE_END = "。！？；!?;"
# Closing marks that stay with the sentence they end (。” ！」 …).
CLOSERS = "”’」』）)】》\"'"
TERMINAL = SENTENCE_END + "…" + CLOSERS + ".："

_HEADING_MD = re.compile(r"^#{1,6}\s+(?P<rest>.+?)\s*#*\s*$")
_HEADING_COLON = re.compile(r"^(?P<name>[^\s：:，,。；;！？!?“”\"()（）]{2,12})[：:]\s*(?P<title>\S.*)$")
_BYLINE = re.compile(
    r"^(?:本报|本台|特约)?(?:记者|通讯员|作者|撰稿|摄影|摄|编辑|责编|文|图)(?:\s|[/：:｜|])"
)
_ENTITY_END = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});$")  # &amp; is no sentence end
_LIST_ITEM = re.compile(r"^(?:[-*+•·]|\d{1,3}[.、)）])\s*")

MAX_SHORT_LINE = 40  # headings, bylines and captions are at most this long
MIN_WRAPPED_LINE = 20  # a line shorter than this was not broken by page layout


def is_heading(line: str) -> str | None:
    """The section name a heading line opens, or None.

    "崔桥镇：举全镇之力密织抗疫防护网" → "崔桥镇"; "## 第二章" → "第二章".
    """
    line = line.strip()
    m = _HEADING_MD.match(line)
    if m:
        rest = m.group("rest")
        c = _HEADING_COLON.match(rest)
        return c.group("name") if c else rest
    if len(line) > MAX_SHORT_LINE or any(ch in line for ch in "。！？；;"):
        return None
    c = _HEADING_COLON.match(line)
    if c and not _BYLINE.match(line):
        return c.group("name")
    return None


def is_byline(line: str) -> bool:
    line = line.strip()
    return len(line) <= 60 and bool(_BYLINE.match(line)) and not any(ch in line for ch in "。！？")


def is_caption(line: str) -> bool:
    """A short line that is not a sentence: a photo caption or a title."""
    line = line.strip()
    return 0 < len(line) <= MAX_SHORT_LINE and not any(ch in line for ch in SENTENCE_END + "，,")


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line.strip()))


def ends_mid_sentence(text: str) -> bool:
    """True when a line stops where a sentence cannot end (page layout broke it)."""
    text = text.rstrip()
    return bool(text) and text[-1] not in TERMINAL


def continues(prev: str, line: str) -> bool:
    """Should `line` be glued onto the paragraph `prev` (a layout break repair)?

    Only a long body line that ends mid-sentence continues, and never into a
    heading, byline or list item.
    """
    return (
        len(prev.strip()) >= MIN_WRAPPED_LINE
        and ends_mid_sentence(prev)
        and is_heading(line) is None
        and not is_byline(line)
        and not is_list_item(line)
        and not _HEADING_MD.match(line.strip())
    )


def glue(left: str, right: str) -> str:
    """The separator for a repaired break: none between CJK, a space between Latin words; none inside a number a
    Chinese line broke (3路、1 / 5路: 15路), its digits after a Chinese character or mark, or inside a clock time or a
    decimal (上午9:0 / 0—12:00: 9:00)."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        digits = re.search(r"(.?)(\d+)$", left)
        if digits and right[0].isdigit() and digits.group(1) and not digits.group(1).isascii():
            return ""
        timed = re.search(r"(.?)\d{1,2}[:.]\d+$", left)
        if timed and right[0].isdigit() and timed.group(1) and not timed.group(1).isascii():
            return ""
        return " "
    return ""


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in `text`, split after 。！？；!?; and their closers.

    Whitespace around sentences is excluded from the spans; empty sentences dropped.
    ASCII commas and parentheses inside sentences do not split.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] in SENTENCE_END and not (text[i] == ";" and _ENTITY_END.search(text[max(0, i - 10): i + 1])):
            j = i + 1
            while j < n and (text[j] in SENTENCE_END or text[j] in CLOSERS):
                j += 1
            spans.append((start, j))
            start = i = j
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_clauses(sentence: str) -> list[str]:
    """Clauses of a sentence, split on commas, enumeration commas excluded (and a colon inside
    a clock time, 9:00, is no split)."""
    parts = re.split(r"[,，;；。！？!?]|(?<!\d)[:：]|[:：](?!\d)", sentence)
    return [p.strip() for p in parts if p.strip()]
