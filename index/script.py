"""Corpus text in Simplified characters for matching, offset for offset with the original,
so that a span found in the simplified text is quoted from the original (Traditional) text."""

from __future__ import annotations

from functools import lru_cache

from wenda.index.query import _t2s


@lru_cache(maxsize=1 << 16)
def simplify(text: str) -> str:
    """Traditional → Simplified (OpenCC t2s), the same length as `text` and aligned with it:
    a phrase conversion that changes the length falls back to converting character by character."""
    if not text or text.isascii():
        return text
    out = _t2s().convert(text)
    if len(out) == len(text):
        return out
    chars = [_t2s().convert(ch) for ch in text]
    return "".join(c if len(c) == 1 else ch for c, ch in zip(chars, text))
