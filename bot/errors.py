"""The error handler: every error that reaches PTB's error handlers is logged here (logger
wenda.bot.errors: the update id and the error class, never the token), and the user whose
message it was is told, unless the reply may well have arrived.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Conflict, Forbidden, TelegramError
from telegram.ext import ContextTypes

from wenda.bot.access import addressed, esc
from wenda.bot.delivery import may_have_arrived
from wenda.bot.messages import T_ERROR

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the update id and the error class (never the token), and tell the user."""
    err = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    name = type(err).__name__
    if isinstance(err, Conflict):
        log.error("update %s: %s: another process is getting updates with this token (%s)", update_id, name, err)
    elif isinstance(err, TelegramError):
        log.warning("update %s: %s: %s", update_id, name, err)
    else:
        log.error("update %s: %s: %s", update_id, name, err, exc_info=err)
    if not isinstance(update, Update) or isinstance(err, Forbidden) or may_have_arrived(err):
        # A timeout or a connection lost mid-request: the reply may well have arrived, and an
        # apology after the answer would only confuse. The log has it.
        return
    msg = update.effective_message
    if msg is None or msg.chat.type == ChatType.CHANNEL or not addressed(msg, context):
        return
    try:
        await msg.reply_text(esc(T_ERROR), do_quote=True)
    except TelegramError as e:
        log.warning("update %s: could not tell the user about the error (%s)", update_id, type(e).__name__)
