"""查看原文: the whole paragraph a quote comes from, its quoted sentences marked.

A quote is one sentence of the index, or two consecutive ones (the one before carries the
subject). It is found among the engine's chunks by document, section and exact text of a run of
consecutive sentences, never by similarity; then every sentence of that paragraph is returned.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wenda.corpus.types import Chunk, Quote
from wenda.bot.format import source_line

MAX_RUN = 3  # sentences one quote may span


@dataclass(frozen=True)
class Passage:
    sentences: list[tuple[str, bool]]  # (sentence, quoted?) in document order
    quote: Quote  # the quote it was found for (its source line)


def passage_of(chunks: Sequence[Chunk], quote: Quote) -> Passage | None:
    """The paragraph holding the quote: the first run of consecutive chunks of the quote's document
    (and section) whose texts, joined, are the quote's text exactly; None when there is none."""
    for i, c in enumerate(chunks):
        if c.doc != quote.doc or (quote.section and c.section != quote.section) or not quote.text.startswith(c.text):
            continue
        run, text = [i], c.text
        j = i + 1
        while text != quote.text and j < len(chunks) and len(run) < MAX_RUN:
            nxt = chunks[j]
            if nxt.doc != c.doc or not quote.text.startswith(text + nxt.text):
                break
            run.append(j)
            text += nxt.text
            j += 1
        if text != quote.text:
            continue
        para = chunks[run[-1]].paragraph
        quoted = set(run)
        members = [k for k in range(len(chunks)) if chunks[k].paragraph == para and chunks[k].doc == c.doc]
        return Passage([(chunks[k].text, k in quoted) for k in members], quote)
    return None


def paragraph_for(engine: Any, quote: Quote) -> Passage | None:
    """The passage of a quote in an engine's current index (None when the engine does not expose
    its chunks, or the sentence is no longer in it)."""
    chunks = getattr(engine, "chunks", None)
    if chunks is None:
        return None
    return passage_of(list(chunks), quote)


def render_passage(p: Passage) -> str:
    """Telegram HTML: the source line in bold, then the paragraph, the quoted sentences underlined."""
    body = "".join(f"<u>{html.escape(s)}</u>" if quoted else html.escape(s) for s, quoted in p.sentences)
    return f"<b>{html.escape(source_line(p.quote))}</b>\n{body}"
