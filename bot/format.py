"""How an Answer reads: plain text for the terminal, Telegram HTML for the bot.

One function builds both, so `wenda chat` shows exactly what the bot sends.
Everything that comes from the corpus or the user is escaped in HTML.
"""

from __future__ import annotations

import html
import re

from corpus.types import Answer, Quote

TELEGRAM_LIMIT = 4096
NOT_FOUND = "资料中没有找到这个问题的答案。"


def _mark(line: str, span: str | None, html_mode: bool) -> str:
    """The answer line with its span marked: <b>43个</b> in HTML, 【43个】 in plain text."""
    esc = html.escape if html_mode else (lambda s: s)
    if not span or span not in line:
        return esc(line)
    i = line.rfind(span)
    left, right = esc(line[:i]), esc(line[i + len(span):])
    mid = f"<b>{esc(span)}</b>" if html_mode else f"【{span}】"
    return left + mid + right


def _source(q: Quote) -> str:
    return " · ".join(p for p in (q.doc, q.section) if p)


def _quote_block(q: Quote, html_mode: bool) -> str:
    if html_mode:
        return f"<blockquote>{html.escape(q.text)}</blockquote>\n—— {html.escape(_source(q))}"
    return f"  「{q.text}」\n   —— {_source(q)}"


def render(answer: Answer, html_mode: bool = False, sections: list[str] | None = None,
           max_quotes: int = 1) -> str:
    """The reply for one answer.

    Found: the answer line (span marked), then the source quote(s) with document and section.
    Not found: a plain «没有找到», what the corpus does cover, and the closest passages
    labelled as related, never as the answer.
    """
    esc = html.escape if html_mode else (lambda s: s)
    if answer.error:
        return esc(answer.error)
    parts: list[str] = []
    if answer.found:
        parts.append(_mark(answer.answer or "", answer.span, html_mode))
        quotes = answer.quotes[:max_quotes]
        if quotes:
            parts.append("出处：" if not html_mode else "<i>出处：</i>")
            parts.extend(_quote_block(q, html_mode) for q in quotes)
        return "\n".join(parts)
    parts.append(esc(NOT_FOUND))
    if sections:
        shown = sections[:12]
        more = f" 等 {len(sections)} 个部分" if len(sections) > len(shown) else ""
        parts.append(esc(f"资料涵盖：{'、'.join(shown)}{more}。"))
    if answer.quotes and max_quotes > 0:
        parts.append(esc("相关段落（仅供参考，不是答案）："))
        parts.extend(_quote_block(q, html_mode) for q in answer.quotes[:max_quotes])
    return "\n".join(parts)


_BREAKS = re.compile(r"(?<=[。！？；!?;\n])")


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Pieces of at most `limit` characters, cut after sentence ends where possible."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for part in _BREAKS.split(text):
        while len(part) > limit:  # a single sentence longer than the limit: hard cut
            if current:
                pieces.append(current)
                current = ""
            pieces.append(part[:limit])
            part = part[limit:]
        if len(current) + len(part) > limit:
            pieces.append(current)
            current = part
        else:
            current += part
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()]
