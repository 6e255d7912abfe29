"""Inline mode: «@bot 问题» in any chat. The answer card (the answer line with its figure in
bold, the quote and its source; «资料中没有找到» when the corpus does not say) comes back as one
InlineQueryResultArticle, which the user may then post into the chat.

Who may use it: inline queries carry no chat, so with WENDA_ALLOWED_CHATS set only its users
(a private chat's id is its user's id) and WENDA_ADMINS get answers; others get a one-line
refusal. Each user's inline questions count against the same flood budget as a chat's (WENDA_RATE)
but never wait: over it, «稍后再试». The engine runs in the bot's worker thread, as for every
question; an answer not ready within INLINE_DEADLINE seconds is given up (Telegram only accepts
an answer to an inline query for a few seconds).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from wenda.bot import messages as say
from wenda.bot.access import esc
from wenda.bot.format import NOT_FOUND, html_to_text, render, source_line, split_message
from wenda.bot.state import Wenda, wenda_of
from wenda.corpus.types import Answer

log = logging.getLogger(__name__)

INLINE_DEADLINE = 5.0  # seconds the engine may take for an inline answer
CACHE_SECONDS = 30  # how long Telegram may reuse an inline answer for the same query


def allowed(wenda: Wenda, user_id: int) -> bool:
    chats = wenda.settings.allowed_chats
    return chats is None or user_id in chats or user_id in wenda.settings.admins


def article(question: str, title: str, description: str, html_text: str) -> InlineQueryResultArticle:
    rid = hashlib.sha1(f"{question}\n{html_text}".encode()).hexdigest()[:32]
    return InlineQueryResultArticle(id=rid, title=title[:200], description=description[:200] or None,
                                    input_message_content=InputTextMessageContent(
                                        split_message(html_text)[0], parse_mode=ParseMode.HTML))


def card(question: str, answer: Answer) -> InlineQueryResultArticle:
    """The answer card for an answer: found → answer line + quote + source; else «资料中没有找到»."""
    asked = esc(say.T_INLINE_QUESTION.format(question=question))
    if answer.found and answer.quotes and not answer.error:
        body = render(answer, html_mode=True, max_quotes=1)
        return article(question, html_to_text(body.split("\n", 1)[0]), source_line(answer.quotes[0]),
                       f"{asked}\n{body}")
    return article(question, say.T_INLINE_NOT_FOUND, question, f"{asked}\n{esc(NOT_FOUND)}")


def note(question: str, text: str) -> InlineQueryResultArticle:
    return article(question, text, question, esc(text))


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    wenda = wenda_of(context)
    question = (query.query or "").strip()
    if not question:
        results = []
    elif not allowed(wenda, query.from_user.id):
        results = [note(question, say.T_INLINE_REFUSED)]
    elif len(question) > wenda.settings.max_question:
        results = [note(question, say.T_INLINE_TOO_LONG.format(n=len(question), limit=wenda.settings.max_question))]
    elif wenda.limiter.reserve(query.from_user.id) > 0:
        results = [note(question, say.T_INLINE_BUSY)]
    else:
        try:
            answer = await asyncio.wait_for(wenda.ask(question), INLINE_DEADLINE)
        except asyncio.TimeoutError:
            log.info("inline query %s: no answer within %.0f s", query.id, INLINE_DEADLINE)
            results = [note(question, say.T_INLINE_SLOW)]
        else:
            results = [card(question, answer)]
    try:
        await query.answer(results, cache_time=CACHE_SECONDS, is_personal=True)
    except TelegramError as e:  # too late, or the user typed on: nothing to tell anyone
        log.info("answerInlineQuery failed: %s: %s", type(e).__name__, e)
