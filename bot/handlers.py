"""The handlers: questions (private chats, mentions, replies, /ask), /start, /help, /sources, and
a note for what the bot cannot answer. Each is a plain function of (update, context); the bot's
state is `wenda_of(context)`.

How it answers: private chats — every text message is a question; groups — only messages that
mention the bot, reply to it, or use /ask. `answer` turns one question into one reply.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardMarkup, Message, Update, User
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import (Application, CallbackQueryHandler, CommandHandler, ContextTypes, InlineQueryHandler,
                          MessageHandler, TypeHandler, filters)

from wenda.bot import messages as say
from wenda.bot import smalltalk
from wenda.bot.access import admit, esc, gate, group_question, is_private
from wenda.bot.conversation import CLEARED, ChatKey, Reply, render_reply
from wenda.bot.delivery import send
from wenda.bot.errors import on_error
from wenda.bot.feedback import feedback_of
from wenda.bot.format import NOT_FOUND, covers, render
from wenda.bot.keyboard import answer_keyboard, examples_keyboard
from wenda.bot.reindex import cmd_reindex
from wenda.bot.state import wenda_of
from wenda.corpus.types import Answer

log = logging.getLogger(__name__)

TYPING_AFTER = 1.0  # seconds an answer may take before the chat is shown «typing…»


def reply_for(answer: Answer, sections: list[str]) -> str:
    """The HTML the bot sends for an answer (before splitting): the one place this is decided."""
    return render(answer, html_mode=True, sections=sections, max_quotes=1, related="asked")


async def typing(msg: Message, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        await context.bot.send_chat_action(chat_id=msg.chat_id, action=ChatAction.TYPING,
                                           message_thread_id=msg.message_thread_id if msg.is_topic_message else None)
    except TelegramError as e:  # only a courtesy: never let it cost the answer
        log.debug("sendChatAction failed: %s", type(e).__name__)


class TypingLater:
    """«typing…» for an answer that takes longer than `after` seconds (default TYPING_AFTER, read
    when made), sent at most once per question. `done()` before the reply is sent: it cancels the
    wait, or — once the call is under way — lets it finish first. (Cancelled mid-request, the call
    would cost its HTTP connection; arriving after the reply, «typing…» would show for seconds
    under an answer already there. Sent for every question, it cost one Bot API call each, and
    Telegram's 30 calls/s then bounded the bot at half the answers.)"""

    def __init__(self, msg: Message, context: ContextTypes.DEFAULT_TYPE, after: float | None = None):
        after = TYPING_AFTER if after is None else after
        self.sending = after <= 0  # at once: always sent, never cancelled
        self.task = asyncio.create_task(self._later(msg, context, after))

    async def _later(self, msg: Message, context: ContextTypes.DEFAULT_TYPE, after: float) -> None:
        if not self.sending:
            await asyncio.sleep(after)
            self.sending = True
        await typing(msg, context)

    async def done(self) -> None:
        if self.sending:
            await self.task  # typing() never raises for Telegram's refusals
        else:
            self.task.cancel()


def chat_key(msg: Message, asker: User | None = None) -> ChatKey:
    """Whose conversation a message belongs to: the private chat, or its sender (or the user who
    pressed a button under it) inside a group."""
    user = asker or msg.from_user
    return ChatKey(msg.chat_id, user.id if user is not None else None, private=is_private(msg))


def replied_to(msg: Message, bot_id: int) -> int | None:
    """The id of the bot's message this one replies to (its question is then the context)."""
    r = msg.reply_to_message
    return r.message_id if r is not None and r.from_user is not None and r.from_user.id == bot_id else None


async def answer(msg: Message, question: str, context: ContextTypes.DEFAULT_TYPE, asker: User | None = None) -> None:
    """One message of a conversation answered as a reply to msg: a question (after flood control),
    a follow-up read against the last question, several sections, a comparison, or small talk.
    asker: who asked, when it is not msg's sender (a /start example button pressed under msg).
    A single answer gets the buttons (👍 / 👎, 更多出处, 查看原文) under it."""
    wenda = wenda_of(context)
    question = question.strip()
    if not question:
        await send(msg, esc(say.T_EMPTY.format(example=wenda.example())))
        return
    limit = wenda.settings.max_question
    if len(question) > limit:
        await send(msg, esc(say.T_TOO_LONG.format(n=len(question), limit=limit)))
        return
    waiting: TypingLater | None = None
    if smalltalk.kind_of(question) is None:  # small talk never counts against the flood budget
        if not await admit(wenda, msg):
            return
        waiting = TypingLater(msg, context)
    key = chat_key(msg, asker)
    try:
        reply = await wenda.converse(key, question, None if asker is not None else replied_to(msg, context.bot.id))
    finally:
        if waiting is not None:
            await waiting.done()
    log.info("chat %s message %s: %s found=%s", msg.chat_id, msg.message_id, reply.kind, reply.found)
    sent = await send(msg, render_reply(reply, html_mode=True), render_reply(reply, html_mode=False),
                      reply_markup=buttons_for(reply, msg.chat_id, context))
    if sent is not None:
        wenda.conversation.sent(key, sent.message_id, reply)


def buttons_for(reply: Reply, chat_id: int, context: ContextTypes.DEFAULT_TYPE) -> InlineKeyboardMarkup | None:
    """The keyboard under a single answer (found or not), its context remembered for the buttons;
    None for the other replies (several sections, comparisons, small talk)."""
    if reply.kind != "answer" or not reply.answers or reply.answers[0].error:
        return None
    a = reply.answers[0]
    quotes = a.quotes if a.found else []
    shown = feedback_of(context).shown(chat_id, reply.question or reply.text.strip(), a.answer or NOT_FOUND, a.found, quotes,
                                       shown_quotes=3 if reply.more else 1)
    return answer_keyboard(feedback_of(context).context(shown))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg = update.message
    if msg is None or msg.text is None:
        return
    if is_private(msg):
        await answer(msg, msg.text, context)
        return
    question = group_question(msg, context.bot.id, context.bot.username)
    if question is not None:  # other group chatter is none of our business
        await answer(msg, question, context)


async def cmd_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg = update.message
    if msg is None:
        return
    parts = (msg.text or "").split(maxsplit=1)
    await answer(msg, parts[1] if len(parts) > 1 else "", context)


async def cmd_new(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/new: the next question starts a new topic (the last one is no longer its context)."""
    msg = update.message
    if msg is None:
        return
    wenda_of(context).conversation.clear(chat_key(msg))
    await send(msg, esc(CLEARED))


async def cmd_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg, wenda = update.message, wenda_of(context)
    if msg is None:
        return
    snap = wenda.snapshot
    lines = [say.START_INTRO]
    if snap.sections:
        lines.append(covers(snap.sections))
    examples = snap.examples[:3]
    if examples:
        lines.append(say.START_EXAMPLES)
        lines.extend(say.START_EXAMPLE.format(question=q) for q in examples)
    lines += [say.START_GROUPS, say.START_FOOTER]
    if examples:
        lines.append(say.START_TAP)
    feedback = feedback_of(context)
    keyboard = examples_keyboard([(feedback.ask_id(q), q) for q in examples]) if examples else None
    await send(msg, "\n".join(esc(line) for line in lines), reply_markup=keyboard)


async def cmd_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg, wenda = update.message, wenda_of(context)
    if msg is None:
        return
    count, period = wenda.settings.rate
    fields = {"example": wenda.example(), "limit": wenda.settings.max_question, "period": f"{period:g}",
              "minutes": f"{wenda.settings.context_ttl / 60:g}",
              "count": count}
    lines = [*say.HELP, say.HELP_BUTTONS, say.HELP_COMMANDS]
    if msg.from_user is not None and msg.from_user.id in wenda.settings.admins:
        lines.append(say.HELP_ADMIN)
    await send(msg, "\n".join(esc(line.format(**fields)) for line in lines))


def sources_lines(sources: list[tuple[str, str, int]], docs_shown: int = 50, sections_shown: int = 30) -> list[str]:
    """/sources as HTML lines: a summary, then each document with its sections and sentence counts."""
    by_doc: dict[str, list[tuple[str, int]]] = {}
    for doc, section, n in sources:
        by_doc.setdefault(doc, []).append((section, n))
    summary = say.SOURCES_SUMMARY.format(docs=len(by_doc), sections=sum(len(v) for v in by_doc.values()),
                                         sentences=sum(n for _, _, n in sources))
    lines = [f"<b>{esc(say.SOURCES_TITLE)}</b>{esc(summary)}"]
    for k, (doc, secs) in enumerate(by_doc.items()):
        if k == docs_shown:
            lines.append(esc(say.SOURCES_MORE_DOCS.format(n=len(by_doc) - docs_shown)))
            break
        lines.append(esc(say.SOURCES_DOC.format(doc=doc)))
        lines.extend(esc(say.SOURCES_SECTION.format(section=section or say.SOURCES_UNTITLED, n=n))
                     for section, n in secs[:sections_shown])
        if len(secs) > sections_shown:
            lines.append(esc(say.SOURCES_MORE_SECTIONS.format(n=len(secs) - sections_shown)))
    return lines


async def cmd_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg, wenda = update.message, wenda_of(context)
    if msg is None:
        return
    await send(msg, "\n".join(sources_lines(wenda.snapshot.sources)))


async def note_in_private(msg: Message | None, note: str, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A short note in a private chat (to an admitted user); silence in groups."""
    if msg is None or not is_private(msg) or not await admit(wenda_of(context), msg):
        return
    await send(msg, esc(note))


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, stickers, voice, locations…: a note in private chats, silence in groups."""
    await note_in_private(update.message, say.T_NOT_TEXT.format(example=wenda_of(context).example()), context)


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await note_in_private(update.edited_message, say.T_EDITED, context)


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await note_in_private(update.message, say.T_UNKNOWN_COMMAND, context)


async def on_ignored(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    return None


def add_handlers(app: Application) -> None:
    """Every handler, in the order PTB tries them (the gate first, in its own group)."""
    app.add_handler(TypeHandler(Update, gate), group=-1)
    app.add_handler(MessageHandler(filters.UpdateType.EDITED, on_edited))
    app.add_handler(MessageHandler(filters.UpdateType.CHANNEL_POSTS, on_ignored))
    only_new = filters.UpdateType.MESSAGE
    for name, callback in (("start", cmd_start), ("help", cmd_help), ("sources", cmd_sources), ("ask", cmd_ask),
                           ("new", cmd_new), ("reindex", cmd_reindex)):
        app.add_handler(CommandHandler(name, callback, filters=only_new))
    # teach: admins' files, /docs, /forget and their buttons (bot/teach.py)
    from wenda.bot.teach import add_teach_handlers
    add_teach_handlers(app)
    # botui (issue 13): the buttons under answers and /start, and inline mode (@bot 问题)
    from wenda.bot.buttons import on_button
    from wenda.bot.inline import on_inline
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(MessageHandler(only_new & filters.COMMAND, on_unknown_command))
    app.add_handler(MessageHandler(only_new & filters.TEXT, on_text))
    app.add_handler(MessageHandler(only_new & filters.StatusUpdate.ALL, on_ignored))
    app.add_handler(MessageHandler(only_new, on_other))
    app.add_error_handler(on_error)

