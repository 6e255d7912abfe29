"""How an Answer reads: plain text for the terminal, Telegram HTML for the bot.

One function builds both, so `wenda chat` shows exactly what the bot sends.
Everything that comes from the corpus or the user is escaped in HTML.

Made for a phone: the answer line first, its span (figure, name, date) in bold; the quote
with the same span underlined inside it (`span_in_quote`: by offsets, never guessed); a quote
longer than EXPANDABLE_FROM characters collapsed (<blockquote expandable>); the source as
«《标题》 · 日期 · 节» (`source_line`). Plain text keeps the quote verbatim.

A reply is made of blocks (the answer line, a quote, a source line); each block is
complete HTML on its own (every tag it opens it closes), and `split_message` cuts long
replies between blocks or sentences, never inside a tag or an entity.
"""

from __future__ import annotations

import html
import re

from wenda.corpus.types import Answer, Quote

TELEGRAM_LIMIT = 4096
NOT_FOUND = "资料中没有找到这个问题的答案。"
RELATED_LABEL = "相关段落（仅供参考，不是答案）："
# A refusal close to an answer (Answer.near): why it is none, then the passage as 可能相关.
NEAR_LABEL = "可能相关："
SUGGEST_LINE = "资料里的说法：{words}"

def covers(sections: list[str], shown: int = 12) -> str:
    """«资料涵盖：甲、乙、丙。»: what the corpus covers (the first `shown` sections, then a count);
    the refusal and the bot's /start both say it this way."""
    first = sections[:shown]
    more = f" 等 {len(sections)} 个部分" if len(sections) > len(first) else ""
    return f"资料涵盖：{'、'.join(first)}{more}。"


def _mark(line: str, span: str | None, html_mode: bool) -> str:
    """The answer line with its span marked: <b>43个</b> in HTML, 【43个】 in plain text."""
    esc = html.escape if html_mode else (lambda s: s)
    if not span or span not in line:
        return esc(line)
    i = line.rfind(span)
    left, right = esc(line[:i]), esc(line[i + len(span):])
    mid = f"<b>{esc(span)}</b>" if html_mode else f"【{span}】"
    return left + mid + right


def source_line(q: Quote) -> str:
    """Where a quote comes from: «《标题》 · 2025年2月26日 · 节» when the document has a title,
    else «文件 · 节»."""
    head = [f"《{q.title}》", q.date] if q.title else [q.doc, q.date]
    return " · ".join(p for p in (*head, q.section) if p)


EXPANDABLE_FROM = 120  # quotes longer than this (characters) are sent collapsed (<blockquote expandable>)


def span_in_quote(quote: str, line: str | None, span: str | None) -> tuple[int, int] | None:
    """Where the answer's span lies in the quote, as (start, end) character offsets, or None when
    it cannot be placed exactly. One occurrence: that one. Several: the one whose surroundings
    agree with the answer line's around the span (more of them taken until one is left); if the
    answer line cannot tell them apart, None (never a guess)."""
    if not span:
        return None
    starts = [m.start() for m in re.finditer(f"(?={re.escape(span)})", quote)]
    if len(starts) <= 1:
        return (starts[0], starts[0] + len(span)) if starts else None
    i = line.rfind(span) if line else -1
    if i < 0:
        return None
    left, right = line[:i], line[i + len(span):]
    for n in range(1, max(len(left), len(right)) + 1):
        before, after = left[-n:] if n <= len(left) else left, right[:n]
        hits = [s for s in starts if quote[:s].endswith(before) and quote.startswith(after, s + len(span))]
        if len(hits) == 1:
            return hits[0], hits[0] + len(span)
        if not hits:
            break
    return None


def quote_block(q: Quote, html_mode: bool, mark: tuple[int, int] | None = None) -> str:
    """One quote and its source line. HTML: `mark` (offsets into the quote) underlined, a long
    quote collapsed (expandable); plain text: the quote verbatim."""
    if html_mode:
        text = q.text
        if mark is not None and 0 <= mark[0] < mark[1] <= len(text):
            a, b = mark
            body = f"{html.escape(text[:a])}<u>{html.escape(text[a:b])}</u>{html.escape(text[b:])}"
        else:
            body = html.escape(text)
        tag = "blockquote expandable" if len(text) > EXPANDABLE_FROM else "blockquote"
        return f"<{tag}>{body}</blockquote>\n—— {html.escape(source_line(q))}"
    return f"  「{q.text}」\n   —— {source_line(q)}"


def render_blocks(answer: Answer, html_mode: bool = False, sections: list[str] | None = None,
                  max_quotes: int = 1, *, related: str = "any") -> list[str]:
    """The reply as blocks, each complete on its own (see `render`).

    related="any" shows the closest passages of a not-found answer whatever their section;
    related="asked" (the bot) shows only passages from a section the question names, so a
    refusal never carries another section's figures.
    """
    esc = html.escape if html_mode else (lambda s: s)
    if answer.error:
        return [esc(answer.error)]
    blocks: list[str] = []
    if answer.found:
        blocks.append(_mark(answer.answer or "", answer.span, html_mode))
        quotes = answer.quotes[:max_quotes]
        if quotes:
            blocks.append("出处：" if not html_mode else "<i>出处：</i>")
            blocks.append(quote_block(quotes[0], html_mode, span_in_quote(quotes[0].text, answer.answer, answer.span)))
        if len(quotes) > 1:
            blocks.append("另见：" if not html_mode else "<i>另见：</i>")
            blocks.extend(quote_block(q, html_mode) for q in quotes[1:])
        return blocks
    blocks.append(esc(NOT_FOUND))
    if sections:
        blocks.append(esc(covers(sections)))
    quotes = answer.quotes
    if related == "asked":
        quotes = [q for q in quotes if q.section and q.section in answer.asked]
    if answer.near:
        blocks.append(esc(answer.near))
    if answer.suggest:
        blocks.append(esc(SUGGEST_LINE.format(words="、".join(answer.suggest))))
    if quotes and max_quotes > 0:
        blocks.append(esc(NEAR_LABEL if answer.near else RELATED_LABEL))
        blocks.extend(quote_block(q, html_mode) for q in quotes[:max_quotes])
    return blocks


def render(answer: Answer, html_mode: bool = False, sections: list[str] | None = None,
           max_quotes: int = 1, *, related: str = "any") -> str:
    """The reply for one answer.

    Found: the answer line (span marked), then the source quote(s) with document and section.
    Not found: a plain «没有找到», what the corpus does cover, and the closest passages
    labelled as related, never as the answer.
    """
    return "\n".join(render_blocks(answer, html_mode, sections, max_quotes, related=related))


_TAG = re.compile(r"<[^<>]*>")


def html_to_text(text: str) -> str:
    """Telegram HTML as the plain text a user would see (tags dropped, entities decoded)."""
    return html.unescape(_TAG.sub("", text))


# -- splitting -------------------------------------------------------------------------------

# Atoms are never cut: a whole tag, a whole entity, or one character.
_HTML_ATOM = re.compile(r"<[^<>]*>|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\w*);|[^<&]+|[<&]", re.S)
_SENTENCE_END = frozenset("。！？；!?;…")
_CLAUSE_END = frozenset("，、,：:")


def _atoms(text: str, html_mode: bool) -> list[str]:
    if not html_mode:
        return list(text)
    out: list[str] = []
    for m in _HTML_ATOM.finditer(text):
        tok = m.group(0)
        if tok[0] in "<&" and len(tok) > 1:
            out.append(tok)
        else:
            out.extend(tok)
    return out


def _tag_name(tag: str) -> str:
    m = re.match(r"</?\s*([A-Za-z][\w-]*)", tag)
    return m.group(1).lower() if m else ""


def split_message(text: str, limit: int = TELEGRAM_LIMIT, *, html_mode: bool = True) -> list[str]:
    """Pieces of at most `limit` characters, cut after sentence ends where possible.

    With html_mode (the default) the text is Telegram HTML: a cut never falls inside a tag
    or an entity, and an element that must be cut (a very long quote) is closed at the end of
    one piece and opened again at the start of the next, so every piece parses on its own.
    Cut preference: a line end outside any element, a sentence end outside, a sentence end
    inside, a clause end, anywhere; pieces are not cut shorter than a third of the limit
    when a lesser cut point further on would do.
    """
    if len(text) <= limit:
        return [text] if text.strip() else []
    atoms = _atoms(text, html_mode)
    pieces: list[str] = []
    start = 0
    stack: list[tuple[str, str]] = []  # (name, opening tag) of elements open at `i`
    while start < len(atoms):
        prefix = "".join(tag for _, tag in stack)
        size = len(prefix)
        last = ""  # the last visible character, so a cut after "。</b>" counts as a sentence end
        i = start
        # candidates: (atom index to cut before, priority, length so far, stack snapshot)
        cands: list[tuple[int, int, int, list[tuple[str, str]]]] = []
        cut = None
        while i < len(atoms):
            a = atoms[i]
            new_stack = stack
            if html_mode and a.startswith("<") and len(a) > 1:
                name = _tag_name(a)
                if a.startswith("</"):
                    if stack and stack[-1][0] == name:
                        new_stack = stack[:-1]
                elif name and not a.endswith("/>"):
                    new_stack = stack + [(name, a)]
            closing = sum(len(n) + 3 for n, _ in new_stack)
            if size + len(a) + closing > limit and i > start:
                cut = i
                break
            size += len(a)
            stack = new_stack
            i += 1
            if html_mode and a.startswith("<") and not a.startswith("</") and len(a) > 1:
                continue  # never cut right after an opening tag
            if not (html_mode and a.startswith("</")):
                last = a[-1] if not a.startswith("&") else "&"
            depth0 = not stack
            if last == "\n":
                prio = 4 if depth0 else 2
            elif last in _SENTENCE_END:
                prio = 3 if depth0 else 2
            elif last in _CLAUSE_END:
                prio = 1
            else:
                prio = 0
            cands.append((i, prio, size, list(stack)))
        if cut is None:  # the rest fits
            pieces.append(prefix + "".join(atoms[start:]) + "".join(f"</{n}>" for n, _ in reversed(stack)))
            break
        good = [c for c in cands if c[2] >= limit // 3] or cands
        best = max(good, key=lambda c: (c[1], c[0])) if good else None
        if best is None:  # a single atom (plus open tags) larger than the limit: it goes alone
            end, snap = cut, stack
        else:
            end, _, _, snap = best
        body = "".join(atoms[start:end])
        pieces.append(prefix + body + "".join(f"</{n}>" for n, _ in reversed(snap)))
        start, stack = end, list(snap)
    visible = html_to_text if html_mode else (lambda s: s)
    return [p for p in pieces if visible(p).strip()]
