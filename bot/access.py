"""Who the bot listens to: other bots and chats outside WENDA_ALLOWED_CHATS stop at the gate;
in groups only messages addressed to the bot count; each chat has a flood budget (WENDA_RATE):
questions over it wait their turn, and only a real flood (WENDA_QUEUE) is dropped, said so.
"""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from wenda.bot.delivery import send
from wenda.bot.messages import T_FLOOD, T_REFUSE, T_SLOW_DOWN
from wenda.bot.state import Wenda, wenda_of

log = logging.getLogger(__name__)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def is_private(msg: Message) -> bool:
    return msg.chat.type == ChatType.PRIVATE


def command_for_us(msg: Message, username: str | None) -> bool:
    """A /command that is not addressed to another bot (/start@otherbot)."""
    text = msg.text or ""
    if not text.startswith("/"):
        return False
    head = text.split(maxsplit=1)[0]
    if "@" in head:
        return bool(username) and head.split("@", 1)[1].lower() == username.lower()
    return True


def group_question(msg: Message, bot_id: int, username: str | None) -> str | None:
    """The question in a group message addressed to the bot (mention or reply), else None."""
    text = msg.text or ""
    mentioned = False
    for ent, value in msg.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        ours = (ent.type == MessageEntity.MENTION and username and value.lower() == "@" + username.lower()) or (
            ent.type == MessageEntity.TEXT_MENTION and ent.user is not None and ent.user.id == bot_id)
        if ours:
            mentioned = True
            text = text.replace(value, " ", 1)
    if mentioned:
        return text.strip()
    reply = msg.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        return text.strip()
    return None


def addressed(msg: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Private chats: always; groups: a command for us, a mention of us, a reply to us."""
    if is_private(msg):
        return True
    bot = context.bot
    return command_for_us(msg, bot.username) or group_question(msg, bot.id, bot.username) is not None


async def admit(wenda: Wenda, msg: Message) -> bool:
    """Flood control for one question: it may be answered once the chat's budget has a place.
    Over the budget it waits its turn here (the chat's later updates wait behind it, in order),
    and the chat is told once per window that answers will come later."""
    limiter = wenda.limiter
    wait = limiter.reserve(msg.chat_id)
    if wait == 0:
        return True
    if limiter.first_notice(msg.chat_id):
        count, period = wenda.settings.rate
        log.info("chat %s is over its rate (%d/%gs); questions wait their turn", msg.chat_id, count, period)
        await send(msg, esc(T_SLOW_DOWN.format(count=count, period=f"{period:g}", seconds=max(1, round(wait)))))
    while wait > 0:
        await asyncio.sleep(wait)
        wait = limiter.reserve(msg.chat_id)
    return True


async def flooded(update: Update, app: Application) -> None:
    """A chat with more than WENDA_QUEUE updates waiting sent one more: it was dropped; say so,
    when it was meant for us (once per window, so a flood costs at most one reply per window)."""
    msg, wenda, bot = update.message, app.bot_data["wenda"], app.bot
    if msg is None or msg.text is None:
        return
    meant_for_us = is_private(msg) or command_for_us(msg, bot.username) or \
        group_question(msg, bot.id, bot.username) is not None
    if not meant_for_us or not wenda.limiter.first_notice(msg.chat_id, "flood"):
        return
    try:
        await send(msg, esc(T_FLOOD.format(n=wenda.settings.max_queue)))
    except TelegramError as e:
        log.warning("chat %s: could not say that messages were dropped (%s)", msg.chat_id, type(e).__name__)


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs first for every update: other bots, and chats outside WENDA_ALLOWED_CHATS, stop here."""
    wenda = wenda_of(context)
    user, message = update.effective_user, update.effective_message
    if user is not None and user.is_bot and message is not None and message.sender_chat is None:
        # Another bot (bots answering bots never end). Anonymous group admins also appear
        # as a bot (@GroupAnonymousBot), but with the group as sender_chat: they may ask.
        log.debug("update %s: from bot %s, ignored", update.update_id, user.id)
        raise ApplicationHandlerStop
    allowed = wenda.settings.allowed_chats
    chat = update.effective_chat
    if allowed is None or chat is None or chat.id in allowed:
        return
    msg = update.message
    if (msg is not None and chat.type != ChatType.CHANNEL and addressed(msg, context)
            and wenda.first_refusal(chat.id)):
        log.info("chat %s is not in WENDA_ALLOWED_CHATS: refused once (a day, for all workers)", chat.id)
        await send(msg, esc(T_REFUSE))
    raise ApplicationHandlerStop
