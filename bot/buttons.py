"""What a tap on a button does (callback queries): 👍 / 👎 are stored and thanked for
(answerCallbackQuery «谢谢反馈», the choice ticked); 更多出处 replies with the next passages;
查看原文 replies with the whole paragraph, the quoted sentences marked; a /start example asks its
question as if it had been typed. Anything else (an old or foreign button) gets an empty answer,
so the client stops its spinner.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from wenda.bot import messages as say
from wenda.bot.access import esc
from wenda.bot.delivery import send
from wenda.bot.feedback import Shown, feedback_of
from wenda.bot.format import quote_block
from wenda.bot.keyboard import ASK, MORE, MORE_AT_ONCE, SOURCE, VOTE, answer_keyboard, parse
from wenda.bot.passage import paragraph_for, render_passage
from wenda.bot.state import wenda_of

log = logging.getLogger(__name__)


async def _ack(query: CallbackQuery, text: str | None = None) -> None:
    try:
        await query.answer(text)
    except TelegramError as e:  # the query may be too old to answer: the action still happened
        log.debug("answerCallbackQuery failed: %s", type(e).__name__)


async def _set_keyboard(message: Message, markup: InlineKeyboardMarkup) -> None:
    if message.reply_markup == markup:  # the same vote again: nothing to change
        return
    try:
        await message.edit_reply_markup(reply_markup=markup)
    except BadRequest as e:  # "message is not modified" and the like: the keyboard stays as it was
        log.debug("editMessageReplyMarkup refused: %s", e.message)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    press = parse(query.data)
    message = query.message if isinstance(query.message, Message) else None
    if press is None or message is None:
        await _ack(query)
        return
    feedback = feedback_of(context)
    if press.action == ASK:
        question = feedback.question_of(press.id)
        await _ack(query)
        if question is not None:
            from wenda.bot.handlers import answer  # handlers registers this module's handler

            await answer(message, question, context, asker=query.from_user)
        return
    shown = feedback.context(press.id)
    if shown is None:
        await _ack(query, say.T_BUTTON_OLD)
        return
    if press.action == VOTE:
        up = press.arg == "up"
        feedback.vote(shown.id, query.from_user.id, up)
        log.info("chat %s: vote %s on an answer", message.chat_id, "up" if up else "down")
        await _ack(query, say.T_THANKS)
        await _set_keyboard(message, answer_keyboard(shown, voted=press.arg))
    elif press.action == MORE:
        await _ack(query)
        await show_more(message, shown, context)
    elif press.action == SOURCE:
        await _ack(query)
        await show_source(message, shown, context)


async def show_more(message: Message, shown: Shown, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The next passages of an answer, as a reply to it; the button goes when none are left."""
    nxt = shown.quotes[shown.more_from:shown.more_from + MORE_AT_ONCE]
    if not nxt:
        await send(message, esc(say.T_NO_MORE))
        return
    blocks = [f"<i>{esc(say.T_MORE_TITLE)}</i>", *(quote_block(q, True) for q in nxt)]
    await send(message, "\n".join(blocks))
    feedback = feedback_of(context)
    feedback.showed_more(shown.id, shown.more_from + len(nxt))
    updated = feedback.context(shown.id)
    if updated is not None:
        await _set_keyboard(message, answer_keyboard(updated))


async def show_source(message: Message, shown: Shown, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The whole paragraph of the answer's first quote, from the index now serving."""
    engine = wenda_of(context).snapshot.engine
    passage = paragraph_for(engine, shown.quotes[0]) if shown.quotes else None
    if passage is None:
        await send(message, esc(say.T_NO_PASSAGE))
        return
    await send(message, render_passage(passage))
