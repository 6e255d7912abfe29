"""`wenda serve`: the Telegram bot, on python-telegram-bot v22.

    app = build_application(token, engine, Settings.from_env())   # tests run this in-process
    run_serve(args)                                              # the CLI: load, poll, stop on SIGTERM

Configuration (environment):
    TELEGRAM_BOT_TOKEN     required; the token @BotFather gives (123456789:AA…)
    TELEGRAM_API_BASE_URL  optional; the Bot API base URL, the token is appended
                           (e.g. http://127.0.0.1:8081/bot for a local Bot API server)
    WENDA_ALLOWED_CHATS    optional; comma-separated chat ids the bot serves (others get one
                           polite refusal per chat); unset = every chat
    WENDA_ADMINS           optional; comma-separated user ids allowed to /reindex
    WENDA_RATE             optional; flood control per chat, N/M = N messages per M seconds
                           (default 5/30); the excess is dropped with one «请稍后再问» per window
    WENDA_CORPUS_CHECK     optional; seconds between checks that the corpus files are unchanged
                           (default 60; 0 = never); a change rebuilds the index like /reindex

How it answers: private chats — every text message is a question; groups — only messages that
mention the bot, reply to it, or use /ask. Answers are computed off the event loop, in one
worker thread (the engine is used by one thread at a time); /reindex builds a new engine in a
separate daemon thread and swaps it in atomically, so questions keep being answered meanwhile
(by the old engine) and nothing in flight is dropped. The same rebuild runs by itself when the
corpus files change under a running bot (checked every WENDA_CORPUS_CHECK seconds).

Chats are served concurrently, but the updates of one chat one at a time, in the order they
arrived (ChatOrderedProcessor), so replies never overtake each other. A reply that Telegram
provably did not take (an error status such as 500, 429 Too Many Requests, a connection that
was never made) is sent again, a few times with back-off; one that may have arrived (a read
timeout, a connection lost mid-request) is not, so nobody gets the same answer twice.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import os
import re
import secrets
import sys
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import quote, urlparse

from telegram import BotCommand, LinkPreviewOptions, Message, MessageEntity, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from wenda.bot.config import MAX_QUESTION, Config, ConfigError, Settings, check_token
from wenda.bot.format import html_to_text, render, split_message
from wenda.bot.limits import ChatRateLimiter, Verdict
from wenda.corpus.load import CorpusError, corpus_hash
from wenda.corpus.types import Answer

log = logging.getLogger("wenda.bot")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
SEND_RETRIES = 4  # a reply Telegram did not take is sent again up to this many times
SEND_BACKOFF = 0.5  # seconds before the first resend; doubled each time
MAX_CONCURRENT_UPDATES = 256
ALLOWED_UPDATES = ["message", "edited_message", "channel_post", "edited_channel_post"]

COMMANDS = [
    BotCommand("start", "这个机器人知道什么，怎么问"),
    BotCommand("help", "用法"),
    BotCommand("sources", "资料来源：文档和部分"),
    BotCommand("ask", "提问（群聊中使用）：/ask 问题"),
    BotCommand("reindex", "重建索引（仅管理员）"),
]

# What the bot says (plain text; escaped when sent).
T_REFUSE = "抱歉，这个机器人只在指定的聊天中使用。"
T_SLOW_DOWN = "请稍后再问：每个聊天 {period} 秒内最多 {count} 个问题。"
T_TOO_LONG = "问题太长了（{n} 字）。请缩短到 {limit} 字以内，一次问一件事。"
T_EMPTY = "请在命令或提及后面写上问题，例如：{example}"
T_NOT_TEXT = "我只能回答文字问题。请用文字提问，例如：{example}"
T_EDITED = "修改过的消息不会重新回答；请把问题重新发送一遍。"
T_UNKNOWN_COMMAND = "不认识这个命令。发送 /help 查看用法。"
T_NOT_ADMIN = "抱歉，只有管理员可以重建索引。"
T_NO_REINDEX = "这个机器人没有配置重建索引。"
T_REINDEX_BUSY = "索引正在重建中，请稍候。"
T_REINDEX_START = "开始重建索引；重建期间照常回答问题。"
T_REINDEX_DONE = "索引已重建：{docs} 个文档、{sections} 个部分、{sentences} 句，用时 {seconds:.1f} 秒。"
T_REINDEX_FAILED = "重建索引失败：{error}。继续使用原来的索引。"
T_ERROR = "抱歉，处理这条消息时出错了，请稍后再试。"
DEFAULT_EXAMPLE = "崔桥镇设了多少卡点？"


class EngineLike(Protocol):
    def ask(self, question: str) -> Answer: ...
    def section_names(self) -> list[str]: ...
    def sources(self) -> list[tuple[str, str, int]]: ...
    def examples(self, n: int = 3) -> list[str]: ...


# -- the token never reaches a log ------------------------------------------------------------

class _Redactor:
    """Replaces bot tokens in every log record, whichever logger (telegram, httpx, …) made it.

    Case-insensitively: PTB capitalises Bot API error descriptions («Bad Request: chat not found
    …» becomes «Chat not found …», the rest lower-cased), so a token quoted in one would
    otherwise slip through in lower case.
    """

    def __init__(self) -> None:
        self.secrets: set[str] = set()
        self.pattern: re.Pattern[str] | None = None
        self.installed = False
        self.lock = threading.Lock()

    def add(self, secret: str) -> None:
        self.secrets.add(secret)
        alternatives = sorted(self.secrets, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(a) for a in alternatives), re.IGNORECASE)

    def redact(self, text: str) -> str:
        return self.pattern.sub("<TOKEN>", text) if self.pattern is not None else text

    def _needs(self, text: str) -> bool:
        return self.pattern is not None and self.pattern.search(text) is not None

    def record(self, record: logging.LogRecord) -> None:
        try:
            msg = record.getMessage()
        except Exception:  # a broken format string: leave it to logging to report
            return
        if self._needs(msg):
            record.msg, record.args = self.redact(msg), None
        if record.exc_info and record.exc_info[0] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            if self._needs(text):
                record.exc_text = self.redact(text)
        if record.stack_info and self._needs(record.stack_info):
            record.stack_info = self.redact(record.stack_info)


_REDACTOR = _Redactor()


class RedactingFilter(logging.Filter):
    """The same redaction as a handler filter (for records made before the factory was installed)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _REDACTOR.record(record)
        return True


def install_token_redaction(token: str) -> None:
    """From now on no log record anywhere in the process shows `token` (or its secret half)."""
    with _REDACTOR.lock:
        _REDACTOR.add(token)
        _REDACTOR.add(quote(token, safe=""))  # as it reads percent-encoded in a URL
        if ":" in token and len(token.split(":", 1)[1]) >= 16:
            _REDACTOR.add(token.split(":", 1)[1])
        if _REDACTOR.installed:
            return
        _REDACTOR.installed = True
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _REDACTOR.record(record)
            return record

        logging.setLogRecordFactory(factory)
        for handler in logging.getLogger().handlers:
            handler.addFilter(RedactingFilter())


def redact(text: str) -> str:
    return _REDACTOR.redact(text)


# -- the bot ----------------------------------------------------------------------------------

@dataclass
class Snapshot:
    """One engine and what the bot says about it; swapped as a whole on /reindex."""

    engine: EngineLike
    sections: list[str]
    examples: list[str]
    sources: list[tuple[str, str, int]]
    loaded_at: float = field(default_factory=time.time)
    digest: str | None = None  # the corpus hash the engine's index was built from (None: unknown)

    @classmethod
    def of(cls, engine: EngineLike) -> Snapshot:
        manifest = getattr(getattr(engine, "store", None), "manifest", None)
        digest = getattr(manifest, "corpus_hash", None)
        return cls(engine, list(engine.section_names()), list(engine.examples(3)), list(engine.sources()),
                   digest=digest if isinstance(digest, str) else None)


def reply_for(answer: Answer, sections: list[str]) -> str:
    """The HTML the bot sends for an answer (before splitting): the one place this is decided."""
    return render(answer, html_mode=True, sections=sections, max_quotes=1, related="asked")


def plain_reply_for(answer: Answer, sections: list[str]) -> str:
    """The same reply as plain text (sent when Telegram cannot parse the HTML)."""
    return render(answer, html_mode=False, sections=sections, max_quotes=1, related="asked")


def _in_daemon_thread(fn: Callable[[], Any]) -> asyncio.Future:
    """Run fn in a daemon thread (never joined at exit: a SIGTERM does not wait for a rebuild)."""
    loop = asyncio.get_running_loop()
    fut: asyncio.Future = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if fut.done():
            return
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(result)

    def run() -> None:
        try:
            result, error = fn(), None
        except BaseException as e:  # reported to the awaiting coroutine
            result, error = None, e
        try:
            loop.call_soon_threadsafe(settle, result, error)
        except RuntimeError:  # the loop is closed: nobody is waiting any more
            pass

    threading.Thread(target=run, name="wenda-reindex", daemon=True).start()
    return fut


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def resend_delay(err: BaseException) -> float | None:
    """Seconds to wait before sending again when `err` proves Telegram did not take the message;
    None when it may have (sending again could deliver it twice) or when sending again cannot help.

    Safe to resend: 429 (RetryAfter, after the time it asks for); an error status from the Bot API
    (500, 502, 503 … — PTB raises NetworkError without an underlying exception); a connection that
    was never made (httpx ConnectError / ConnectTimeout / PoolTimeout). Not safe: a read timeout
    or a connection lost mid-request (the message may have arrived). Never: 400 Bad Request,
    403 Forbidden and the other definite refusals.
    """
    if isinstance(err, RetryAfter):
        ra = getattr(err, "_retry_after", None)
        return ra.total_seconds() if ra is not None else 1.0
    if isinstance(err, BadRequest) or not isinstance(err, NetworkError):
        return None
    cause = err.__cause__
    if cause is None or isinstance(cause, TelegramError):  # the server answered with an error status
        return 0.0 if not isinstance(err, TimedOut) else None
    try:
        import httpx
    except ImportError:  # pragma: no cover - PTB's default request class needs httpx
        return None
    if isinstance(cause, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return 0.0  # the request never left: nothing can have been delivered
    return None


class WendaBotApi(ExtBot):
    """PTB's ExtBot, except that an update PTB cannot read does not stop the bot.

    PTB reads a getUpdates batch as a whole: one update it cannot read (say, a field that a local
    Bot API server of another version leaves out) fails the batch, its offset is never confirmed,
    and the same batch comes back on every poll, so the bot answers nobody, for ever. Here each
    update is read on its own; one that cannot be is logged (its id and the error) and stands in
    the batch as an empty update, which no handler takes, so it is confirmed and the rest go on.
    """

    def __init__(self, *args: Any, updates_read_timeout: float | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        with self._unfrozen():
            self._wenda_updates_read_timeout = updates_read_timeout or 0.0

    async def get_updates(self, offset: int | None = None, limit: int | None = None,
                          timeout: int | float | dt.timedelta | None = None,
                          allowed_updates: Any = None, *, read_timeout: Any = BaseRequest.DEFAULT_NONE,
                          write_timeout: Any = BaseRequest.DEFAULT_NONE,
                          connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                          pool_timeout: Any = BaseRequest.DEFAULT_NONE,
                          api_kwargs: dict | None = None) -> tuple[Update, ...]:
        data = {"timeout": timeout, "offset": offset, "limit": limit, "allowed_updates": allowed_updates}
        base = (read_timeout or 0.0) if read_timeout is None or isinstance(read_timeout, (int, float)) \
            else self._wenda_updates_read_timeout
        wait = timeout.total_seconds() if isinstance(timeout, dt.timedelta) else (timeout or 0)
        result = await self._post("getUpdates", data, read_timeout=base + wait, write_timeout=write_timeout,
                                  connect_timeout=connect_timeout, pool_timeout=pool_timeout, api_kwargs=api_kwargs)
        updates: list[Update] = []
        for raw in result or []:
            try:
                update = Update.de_json(raw, self)
            except Exception as e:
                uid = raw.get("update_id") if isinstance(raw, dict) else None
                log.warning("update %s cannot be read (%s: %s); skipped", uid, type(e).__name__, e)
                if not isinstance(uid, int):
                    continue
                update = Update(update_id=uid)
            self.insert_callback_data(update)
            updates.append(update)
        return tuple(updates)


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Chats are served concurrently, the updates of one chat one at a time, in arrival order.

    PTB hands updates to process_update in the order getUpdates returned them; the semaphore of
    BaseUpdateProcessor and the per-chat asyncio.Lock both wake waiters first come, first served,
    so a chat's questions are answered, and their replies sent, in the order they were asked.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES):
        super().__init__(max_concurrent_updates)
        self._chats: dict[int, list[Any]] = {}  # chat id → [lock, updates holding or waiting for it]

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:  # inline queries and the like: nothing to keep in order
            await coroutine
            return
        entry = self._chats.get(chat.id)
        if entry is None:
            entry = self._chats[chat.id] = [asyncio.Lock(), 0]
        entry[1] += 1
        try:
            async with entry[0]:
                await coroutine
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                self._chats.pop(chat.id, None)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


class WendaBot:
    """State and handlers of one bot: the engine snapshot, flood control, refusals, reindexing."""

    def __init__(self, engine: EngineLike, settings: Settings,
                 reindex: Callable[[], EngineLike] | None = None, announce: bool = False,
                 corpus: str | os.PathLike | None = None):
        self.settings = settings
        self.snapshot = Snapshot.of(engine)
        self.reindex_factory = reindex
        self.limiter = ChatRateLimiter(*settings.rate)
        self.refused: set[int] = set()
        self.ask_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wenda-ask")
        self.reindex_task: asyncio.Task | None = None
        self.announce = announce
        # The corpus folder watched for changes (WENDA_CORPUS_CHECK): the engine's own, by default.
        self.corpus = corpus if corpus is not None else getattr(engine, "corpus", None)
        self.watch_task: asyncio.Task | None = None

    # -- wiring --------------------------------------------------------------------------------
    def register(self, app: Application) -> None:
        app.bot_data["wenda"] = self
        app.add_handler(TypeHandler(Update, self.gate), group=-1)
        app.add_handler(MessageHandler(filters.UpdateType.EDITED, self.on_edited))
        app.add_handler(MessageHandler(filters.UpdateType.CHANNEL_POSTS, self.on_ignored))
        only_new = filters.UpdateType.MESSAGE
        app.add_handler(CommandHandler("start", self.cmd_start, filters=only_new))
        app.add_handler(CommandHandler("help", self.cmd_help, filters=only_new))
        app.add_handler(CommandHandler("sources", self.cmd_sources, filters=only_new))
        app.add_handler(CommandHandler("ask", self.cmd_ask, filters=only_new))
        app.add_handler(CommandHandler("reindex", self.cmd_reindex, filters=only_new))
        app.add_handler(MessageHandler(only_new & filters.COMMAND, self.on_unknown_command))
        app.add_handler(MessageHandler(only_new & filters.TEXT, self.on_text))
        app.add_handler(MessageHandler(only_new & filters.StatusUpdate.ALL, self.on_ignored))
        app.add_handler(MessageHandler(only_new, self.on_other))
        app.add_error_handler(self.on_error)

    async def post_init(self, app: Application) -> None:
        try:
            await app.bot.set_my_commands(COMMANDS)
        except TelegramError as e:
            log.warning("setMyCommands failed (%s: %s); commands still work", type(e).__name__, e)
        # The first question pays for warming up the model; pay it now instead.
        try:
            await asyncio.get_running_loop().run_in_executor(self.ask_executor, self.snapshot.engine.ask,
                                                             self.example())
        except Exception as e:  # a failing engine shows on the first question, handled there
            log.warning("warm-up question failed: %s: %s", type(e).__name__, e)
        self.start_corpus_watch()
        if self.announce:
            print(f"wenda: @{app.bot.username} is answering questions about "
                  f"{len(self.snapshot.sections)} sections (Ctrl-C to stop)", file=sys.stderr, flush=True)

    async def post_stop(self, app: Application) -> None:
        for task in (self.watch_task, self.reindex_task):
            if task is not None and not task.done():
                task.cancel()

    async def post_shutdown(self, app: Application) -> None:
        await self.post_stop(app)
        self.ask_executor.shutdown(wait=True, cancel_futures=True)

    # -- helpers -------------------------------------------------------------------------------
    def example(self) -> str:
        return (self.snapshot.examples or [DEFAULT_EXAMPLE])[0]

    @staticmethod
    def _is_private(msg: Message) -> bool:
        return msg.chat.type == ChatType.PRIVATE

    @staticmethod
    def _command_for_us(msg: Message, username: str | None) -> bool:
        """A /command in a group that is not addressed to another bot (/start@otherbot)."""
        text = msg.text or ""
        if not text.startswith("/"):
            return False
        head = text.split(maxsplit=1)[0]
        if "@" in head:
            return bool(username) and head.split("@", 1)[1].lower() == username.lower()
        return True

    @staticmethod
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

    def _addressed(self, msg: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
        if self._is_private(msg):
            return True
        bot = context.bot
        return self._command_for_us(msg, bot.username) or self.group_question(msg, bot.id, bot.username) is not None

    async def _reply(self, msg: Message, text: str, **kwargs: Any) -> Message:
        """msg.reply_text, sent again (with back-off) while Telegram provably did not take it."""
        backoff = SEND_BACKOFF
        for attempt in range(SEND_RETRIES + 1):
            try:
                return await msg.reply_text(text, **kwargs)
            except TelegramError as e:
                delay = resend_delay(e)
                if delay is None or attempt == SEND_RETRIES:
                    raise
                delay = max(delay, backoff)
                backoff *= 2
                log.warning("chat %s: Telegram did not take a reply (%s: %s); sending it again in %.1f s (%d/%d)",
                            msg.chat_id, type(e).__name__, e, delay, attempt + 1, SEND_RETRIES)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send(self, msg: Message, html_text: str, plain_text: str | None = None) -> None:
        """Reply to msg with HTML, split to Telegram's limit; as plain text if Telegram rejects the HTML."""
        pieces = split_message(html_text)
        for i, piece in enumerate(pieces):
            try:
                await self._reply(msg, piece, do_quote=i == 0)
            except BadRequest as e:
                if "can't parse entities" not in e.message.lower():
                    raise
                log.warning("Telegram could not parse a reply's HTML (%s); resending it as plain text", e.message)
                if i == 0 and plain_text is not None:
                    rest = split_message(plain_text, html_mode=False)
                else:
                    rest = [p for x in pieces[i:] for p in split_message(html_to_text(x), html_mode=False)]
                for j, p in enumerate(rest):
                    await self._reply(msg, p, parse_mode=None, do_quote=i == 0 and j == 0)
                return

    async def _admit(self, msg: Message) -> bool:
        """Flood control: True to go ahead; the first message over the budget gets «请稍后再问»."""
        verdict = self.limiter.check(msg.chat_id)
        if verdict is Verdict.ALLOW:
            return True
        if verdict is Verdict.WARN:
            log.info("chat %s is over its rate (%d/%gs); dropping until the window passes",
                     msg.chat_id, self.limiter.count, self.limiter.period)
            count, period = self.settings.rate
            await self._send(msg, _esc(T_SLOW_DOWN.format(count=count, period=f"{period:g}")))
        return False

    async def _typing(self, msg: Message, context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            await context.bot.send_chat_action(
                chat_id=msg.chat_id, action=ChatAction.TYPING,
                message_thread_id=msg.message_thread_id if msg.is_topic_message else None)
        except TelegramError as e:  # only a courtesy: never let it cost the answer
            log.debug("sendChatAction failed: %s", type(e).__name__)

    async def answer(self, msg: Message, question: str, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Flood control, then answer `question` as a reply to msg."""
        if not await self._admit(msg):
            return
        question = question.strip()
        if not question:
            await self._send(msg, _esc(T_EMPTY.format(example=self.example())))
            return
        if len(question) > self.settings.max_question:
            await self._send(msg, _esc(T_TOO_LONG.format(n=len(question), limit=self.settings.max_question)))
            return
        await self._typing(msg, context)
        snap = self.snapshot  # answers in flight finish on the engine they started with
        ans = await asyncio.get_running_loop().run_in_executor(self.ask_executor, snap.engine.ask, question)
        log.info("chat %s message %s: found=%s (%.0f ms)", msg.chat_id, msg.message_id, ans.found, ans.ms)
        await self._send(msg, reply_for(ans, snap.sections), plain_reply_for(ans, snap.sections))

    # -- handlers ------------------------------------------------------------------------------
    async def gate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Runs first for every update: other bots, and chats outside WENDA_ALLOWED_CHATS, stop here."""
        user, message = update.effective_user, update.effective_message
        if user is not None and user.is_bot and message is not None and message.sender_chat is None:
            # Another bot (bots answering bots never end). Anonymous group admins also appear
            # as a bot (@GroupAnonymousBot), but with the group as sender_chat: they may ask.
            log.debug("update %s: from bot %s, ignored", update.update_id, user.id)
            raise ApplicationHandlerStop
        allowed = self.settings.allowed_chats
        chat = update.effective_chat
        if allowed is None or chat is None or chat.id in allowed:
            return
        msg = update.message
        if (msg is not None and chat.type != ChatType.CHANNEL and chat.id not in self.refused
                and self._addressed(msg, context)):
            self.refused.add(chat.id)
            log.info("chat %s is not in WENDA_ALLOWED_CHATS: refused once", chat.id)
            await self._send(msg, _esc(T_REFUSE))
        raise ApplicationHandlerStop

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or msg.text is None:
            return
        if self._is_private(msg):
            await self.answer(msg, msg.text, context)
            return
        question = self.group_question(msg, context.bot.id, context.bot.username)
        if question is not None:  # other group chatter is none of our business
            await self.answer(msg, question, context)

    async def cmd_ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None:
            return
        parts = (msg.text or "").split(maxsplit=1)
        await self.answer(msg, parts[1] if len(parts) > 1 else "", context)

    async def cmd_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or not await self._admit(msg):
            return
        snap = self.snapshot
        lines = ["你好！我回答关于资料内容的事实性问题，每个答案都附上出处原文；资料里没有的，我会直说没有找到。"]
        if snap.sections:
            shown = snap.sections[:12]
            more = f" 等 {len(snap.sections)} 个部分" if len(snap.sections) > len(shown) else ""
            lines.append(f"资料涵盖：{'、'.join(shown)}{more}。")
        if snap.examples:
            lines.append("可以这样问：")
            lines.extend(f"• {q}" for q in snap.examples[:3])
        lines.append("在群里请 @我 提问、回复我的消息，或用 /ask 问题。")
        lines.append("/help 用法 · /sources 资料来源")
        await self._send(msg, "\n".join(_esc(line) for line in lines))

    async def cmd_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or not await self._admit(msg):
            return
        count, period = self.settings.rate
        lines = [
            f"直接发送问题即可，例如：{self.example()}",
            "• 我只根据资料回答，并引用原文、文档和部分；资料里没有的，会说没有找到。",
            "• 群聊中：@我 提问、回复我的消息，或用 /ask 问题。",
            f"• 问题请在 {self.settings.max_question} 字以内；每个聊天 {period:g} 秒内最多 {count} 个问题。",
            "命令：/start 介绍 · /sources 资料来源 · /ask 提问 · /reindex 重建索引（管理员）",
        ]
        await self._send(msg, "\n".join(_esc(line) for line in lines))

    async def cmd_sources(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or not await self._admit(msg):
            return
        by_doc: dict[str, list[tuple[str, int]]] = {}
        for doc, section, n in self.snapshot.sources:
            by_doc.setdefault(doc, []).append((section, n))
        total = sum(n for _, _, n in self.snapshot.sources)
        sections = sum(len(v) for v in by_doc.values())
        lines = [f"<b>资料来源</b>：{len(by_doc)} 个文档，{sections} 个部分，共 {total} 句。"]
        for k, (doc, secs) in enumerate(by_doc.items()):
            if k == 50:
                lines.append(_esc(f"…… 还有 {len(by_doc) - 50} 个文档"))
                break
            lines.append(f"📄 {_esc(doc)}")
            for section, n in secs[:30]:
                lines.append(_esc(f"  · {section or '（无标题）'}：{n} 句"))
            if len(secs) > 30:
                lines.append(_esc(f"  · …… 还有 {len(secs) - 30} 个部分"))
        await self._send(msg, "\n".join(lines))

    async def cmd_reindex(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.message
        if msg is None or not await self._admit(msg):
            return
        user = update.effective_user
        if user is None or user.id not in self.settings.admins:
            log.info("user %s may not /reindex", user.id if user else None)
            await self._send(msg, _esc(T_NOT_ADMIN))
            return
        if self.reindex_factory is None:
            await self._send(msg, _esc(T_NO_REINDEX))
            return
        if self.reindex_task is not None and not self.reindex_task.done():
            await self._send(msg, _esc(T_REINDEX_BUSY))
            return
        await self._send(msg, _esc(T_REINDEX_START))
        # Not awaited here: the rebuild may take minutes and must not hold up shutdown.
        self.reindex_task = asyncio.create_task(self._reindex(msg), name="wenda-reindex")

    def rebuilding(self) -> bool:
        return self.reindex_task is not None and not self.reindex_task.done()

    async def _rebuild(self) -> tuple[Snapshot, float]:
        """Build a new engine in a daemon thread, then swap it in; raises what the build raised."""
        t0 = time.monotonic()
        factory = self.reindex_factory
        assert factory is not None
        snap = await _in_daemon_thread(lambda: Snapshot.of(factory()))
        self.snapshot = snap  # one assignment: every later question sees the new engine
        return snap, time.monotonic() - t0

    @staticmethod
    def _done_text(snap: Snapshot, seconds: float) -> str:
        docs = len({doc for doc, _, _ in snap.sources})
        return T_REINDEX_DONE.format(docs=docs, sections=len(snap.sources),
                                     sentences=sum(n for _, _, n in snap.sources), seconds=seconds)

    async def _reindex(self, msg: Message) -> None:
        log.info("reindex requested by user %s", msg.from_user.id if msg.from_user else None)
        try:
            snap, seconds = await self._rebuild()
        except asyncio.CancelledError:
            raise
        except Exception as e:
            log.warning("reindex failed: %s: %s", type(e).__name__, e)
            text = T_REINDEX_FAILED.format(error=redact(str(e)) or type(e).__name__)
        else:
            text = self._done_text(snap, seconds)
            log.info("reindex done: %s", text)
        try:
            await self._send(msg, _esc(text))
        except TelegramError as e:
            log.warning("could not report the reindex: %s", type(e).__name__)

    # -- the corpus changed under a running bot ---------------------------------------------
    def start_corpus_watch(self) -> None:
        """Check the corpus every WENDA_CORPUS_CHECK seconds (when the engine says what it was built from)."""
        if (self.settings.corpus_check > 0 and self.corpus is not None and self.reindex_factory is not None
                and self.snapshot.digest is not None and (self.watch_task is None or self.watch_task.done())):
            self.watch_task = asyncio.create_task(self._watch_corpus(), name="wenda-corpus-watch")

    async def _watch_corpus(self) -> None:
        """A changed corpus is rebuilt like /reindex: the old index answers until the new one is ready.

        A version of the corpus whose rebuild failed is not tried again until the files change
        again; a corpus that cannot be read is logged once and the index in use is kept.
        """
        failed: str | None = None
        problem: str | None = None
        while True:
            await asyncio.sleep(self.settings.corpus_check)
            try:
                digest = await asyncio.to_thread(corpus_hash, self.corpus)
            except (CorpusError, OSError) as e:
                if str(e) != problem:
                    problem = str(e)
                    log.warning("corpus check: %s; still answering from the index in use", e)
                continue
            problem = None
            current = self.snapshot.digest
            if current is None or digest in (current, failed) or self.rebuilding():
                continue
            log.warning("corpus %s changed since its index was built (%s… → %s…); rebuilding the index, "
                        "answering from the old one meanwhile", self.corpus, current[:12], digest[:12])
            self.reindex_task = task = asyncio.create_task(self._rebuild(), name="wenda-reindex")
            try:
                snap, seconds = await task
            except asyncio.CancelledError:
                raise
            except Exception as e:
                failed = digest
                log.warning("rebuilding the index after the corpus changed failed (%s: %s); still answering from "
                            "the old index", type(e).__name__, e)
            else:
                failed = None
                log.info("index rebuilt after the corpus changed: %s", self._done_text(snap, seconds))

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Photos, stickers, voice, locations…: a note in private chats, silence in groups."""
        await self._note_in_private(update.message, T_NOT_TEXT.format(example=self.example()))

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._note_in_private(update.edited_message, T_EDITED)

    async def on_ignored(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        return None

    async def on_unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._note_in_private(update.message, T_UNKNOWN_COMMAND)

    async def _note_in_private(self, msg: Message | None, note: str) -> None:
        """A short note in a private chat (to an admitted user); silence in groups."""
        if msg is None or not self._is_private(msg) or not await self._admit(msg):
            return
        await self._send(msg, _esc(note))

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the update id and the error class (never the token), and tell the user."""
        err = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        name = type(err).__name__
        if isinstance(err, Conflict):
            log.error("update %s: %s: another process is getting updates with this token (%s)",
                      update_id, name, err)
        elif isinstance(err, TelegramError):
            log.warning("update %s: %s: %s", update_id, name, err)
        else:
            log.error("update %s: %s: %s", update_id, name, err, exc_info=err)
        if not isinstance(update, Update) or isinstance(err, Forbidden):
            return
        if isinstance(err, NetworkError) and not isinstance(err, BadRequest) and resend_delay(err) is None:
            # A timeout or a connection lost mid-request: the reply may well have arrived, and an
            # apology after the answer would only confuse. The log has it.
            return
        msg = update.effective_message
        if msg is None or msg.chat.type == ChatType.CHANNEL or not self._addressed(msg, context):
            return
        try:
            await self._reply(msg, _esc(T_ERROR), do_quote=True)
        except TelegramError as e:
            log.warning("update %s: could not tell the user about the error (%s)", update_id, type(e).__name__)


def _default_reindex(engine: EngineLike) -> Callable[[], EngineLike] | None:
    from wenda.index.engine import Engine

    if not isinstance(engine, Engine):
        return None
    return engine.rebuild


def build_application(token: str, engine: EngineLike | Callable[..., EngineLike], settings: Settings | None = None,
                      *, reindex: Callable[[], EngineLike] | None = None, base_url: str | None = None,
                      request: Any = None, get_updates_request: Any = None,
                      announce: bool = False, corpus: str | os.PathLike | None = None) -> Application:
    """The bot as a PTB Application, ready for run_polling / run_webhook or manual start.

    engine: an Engine (or anything with ask/section_names/sources/examples), or a factory called
    as factory(rebuild=False) now and factory(rebuild=True) on /reindex. reindex: what /reindex
    calls to build the new engine (default: the same corpus, index and model, rebuilt).
    base_url: the Bot API URL the token is appended to (default settings.base_url, else Telegram).
    request / get_updates_request: PTB BaseRequest objects (tests pass recording fakes).
    corpus: the folder watched for changes every settings.corpus_check seconds (default: the
    engine's own corpus, when it has one and says which corpus hash its index was built from).
    """
    settings = settings or Settings()
    if not hasattr(engine, "ask") and callable(engine):
        factory = engine
        engine = factory(rebuild=False)
        reindex = reindex or (lambda: factory(rebuild=True))
    if reindex is None:
        reindex = _default_reindex(engine)
    wenda = WendaBot(engine, settings, reindex=reindex, announce=announce, corpus=corpus)
    base_url = base_url or settings.base_url
    # What ApplicationBuilder would make, on WendaBotApi (the same pool sizes and timeouts).
    updates_request = get_updates_request or HTTPXRequest(connection_pool_size=1)
    bot = WendaBotApi(
        token,
        **({"base_url": base_url} if base_url else {}),
        request=request or HTTPXRequest(connection_pool_size=MAX_CONCURRENT_UPDATES),
        get_updates_request=updates_request,
        defaults=Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True,
                          link_preview_options=LinkPreviewOptions(is_disabled=True)),
        rate_limiter=AIORateLimiter(max_retries=3),
        updates_read_timeout=updates_request.read_timeout,
    )
    app = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(ChatOrderedProcessor(MAX_CONCURRENT_UPDATES))
        .post_init(wenda.post_init)
        .post_stop(wenda.post_stop)
        .post_shutdown(wenda.post_shutdown)
        .build()
    )
    wenda.register(app)
    return app


async def start_app(app: Application, poll_timeout: float = 10.0) -> None:
    """Start in a running event loop (what run_polling does, without owning the loop or signals)."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    assert app.updater is not None

    def on_poll_error(exc: TelegramError) -> None:
        app.create_task(app.process_error(error=exc, update=None))

    await app.updater.start_polling(timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES,
                                    error_callback=on_poll_error)
    await app.start()


async def stop_app(app: Application) -> None:
    """Stop what start_app started: stop polling, finish updates in flight, shut down."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


# -- `wenda serve` ----------------------------------------------------------------------------

def _say(msg: str) -> None:
    print(f"wenda: {redact(msg)}", file=sys.stderr, flush=True)


def run_serve(args: Any, config: Config) -> int:
    """The `wenda serve` command; returns the exit code (2: configuration, 1: start-up failure)."""
    try:
        token = check_token(config.token)
    except ConfigError as e:
        _say(str(e))
        return EXIT_USAGE
    install_token_redaction(token)
    settings = config.bot
    webhook = getattr(args, "webhook", None)
    if webhook:
        parsed = urlparse(webhook)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            _say(f"--webhook must be the public https URL Telegram should post to, not {webhook!r}")
            return EXIT_USAGE
        try:
            import tornado  # noqa: F401  (PTB's webhook server)
        except ImportError:
            _say('webhook mode needs PTB\'s webhook server: pip install "python-telegram-bot[webhooks]"; '
                 "or run without --webhook (long polling)")
            return EXIT_USAGE
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs every request URL (with the token)

    from wenda.index.engine import Engine, EngineError

    engine_config = config.engine.with_paths(getattr(args, "corpus", None), getattr(args, "index", None))
    previous = _sigterm_raises()
    try:
        engine = Engine.open(engine_config, progress=True)
    except EngineError as e:
        _say(str(e))
        return EXIT_ERROR
    finally:
        _restore_sigterm(previous)

    app = build_application(token, engine, settings, reindex=engine.rebuild, announce=True)
    try:
        if webhook:
            parsed = urlparse(webhook)
            _say(f"starting (webhook {parsed.scheme}://{parsed.netloc}{parsed.path}, "
                 f"listening on {args.listen}:{args.port}) …")
            app.run_webhook(listen=args.listen, port=args.port, url_path=parsed.path.lstrip("/"),
                            webhook_url=webhook, secret_token=secrets.token_urlsafe(32),
                            allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3)
        else:
            _say("starting (long polling) …")
            app.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3)
    except InvalidToken:
        _say("Telegram rejected TELEGRAM_BOT_TOKEN (unauthorized); check it with @BotFather (/token).")
        return EXIT_USAGE
    except (NetworkError, TelegramError) as e:
        _say(f"could not start the bot: {type(e).__name__}: {e}")
        return EXIT_ERROR
    _say("stopped.")
    return EXIT_OK


def _sigterm_raises() -> Any:
    """While the engine loads (before PTB installs its own handlers), SIGTERM stops like Ctrl-C."""
    import signal

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        return None


def _restore_sigterm(previous: Any) -> None:
    import signal

    if previous is not None:
        try:
            signal.signal(signal.SIGTERM, previous)
        except ValueError:
            pass
