"""How a Reply reads: plain text (`wenda chat`) and Telegram HTML (the bot), from one function.

A single answer is rendered by bot/format.py's `render` (the bot's related="asked" rule), with
the reading «按“…”理解：» before it when the message was read as another question. Several
sections get one line each with its figure marked and its quote; a comparison adds the working
and the result, or the refusal saying which figure is missing. Blocks are joined by newlines,
each complete HTML on its own, so format.split_message can cut long replies.
"""

from __future__ import annotations

import html

from wenda.bot.conversation.compute import Part
from wenda.bot.conversation.reply import Reply
from wenda.bot.format import quote_block, render


def render_blocks(reply: Reply, html_mode: bool = False) -> list[str]:
    esc = html.escape if html_mode else (lambda s: s)
    if reply.kind in ("smalltalk", "clarify", "cleared", "error"):
        return [esc(reply.message or "")]
    blocks: list[str] = []
    if reply.reading:
        blocks.append(f"<i>{esc(reply.reading)}</i>" if html_mode else reply.reading)
    if reply.kind == "answer":
        answer = reply.answers[0]
        blocks.append(render(answer, html_mode, reply.covered, max_quotes=3 if reply.more else 1, related="asked"))
        return blocks
    for part in reply.parts:
        blocks.extend(_part_blocks(part, html_mode))
    if reply.refusal and not reply.parts:  # too many sections: nothing was asked
        blocks.append(esc(reply.refusal))
    elif reply.kind == "comparison":
        if reply.refusal:
            blocks.append(esc(reply.refusal))
        else:
            blocks.append(("<b>计算：</b>" if html_mode else "计算：") + esc(reply.working or ""))
            blocks.append(f"<b>{esc(reply.result or '')}</b>" if html_mode else f"结果：{reply.result}")
    return blocks


def _part_blocks(part: Part, html_mode: bool) -> list[str]:
    esc = html.escape if html_mode else (lambda s: s)
    head = f"<b>{esc(part.section)}</b>" if html_mode else f"【{part.section}】"
    if not part.ok:
        return [f"{head}：{esc(part.problem or '')}"]
    a = part.answer
    line = part.line
    span = a.span
    if span and span in line:
        i = line.rfind(span)
        mid = f"<b>{esc(span)}</b>" if html_mode else f"【{span}】"
        line = esc(line[:i]) + mid + esc(line[i + len(span):])
    else:
        line = esc(line)
    out = [f"{head}：{line}"]
    if a.quotes:
        out.append(quote_block(a.quotes[0], html_mode))
    return out


def render_reply(reply: Reply, html_mode: bool = False) -> str:
    """The whole reply as one text (plain, or Telegram HTML)."""
    return "\n".join(render_blocks(reply, html_mode))
