"""A small fake Telegram Bot API server for end-to-end tests (aiohttp, 127.0.0.1, random port).

It behaves like Telegram where the bot can tell the difference:
  * /bot<token>/<method>, GET or POST, parameters as query string, form data or JSON (values of
    complex parameters JSON-encoded, as PTB sends them); replies {"ok": true, "result": …} or
    {"ok": false, "error_code": 400, "description": "Bad Request: …"} with the HTTP status;
  * an unknown token → 401 Unauthorized; an unknown method → 404 Not Found;
  * getMe, getUpdates (long polling: honours offset, limit, timeout and allowed_updates; updates
    stay until confirmed by a later offset; a second concurrent getUpdates ends the first with
    409 Conflict), sendMessage (400 for empty text, text over 4,096 characters after entity
    parsing, malformed HTML, a missing reply target; Telegram's error descriptions),
    sendChatAction, setMyCommands / getMyCommands (per scope), deleteWebhook, setWebhook,
    getWebhookInfo, close, logOut; for buttons and inline mode (ButtonsApi): inline keyboards
    checked on sendMessage (callback_data 1–64 bytes), answerCallbackQuery and answerInlineQuery
    (once per delivered query), editMessageText and editMessageReplyMarkup («message is not
    modified» when nothing changes), and `press(...)` / `inline(...)` to play the user.

Faults, for tests of the bot under load (`faults(token)` returns the bot's Faults):
  * `send_error_ratio` (with a seeded `rng`): that share of sendMessage calls fail with 500
    Internal Server Error before anything is delivered;
  * `fail_next_send(token, status, description, parameters)`: the next sendMessage calls fail,
    in order (e.g. one 429 with {"retry_after": 2}); nothing is delivered;
  * `stall_next_poll(token, seconds)`: the next getUpdates call hangs that long before it answers;
  * `delay_next_send(token, seconds)`: the next sendMessage is delivered, but the answer to the
    bot comes that much later (past its read timeout: the bot cannot know it arrived);
  * `deliver_everything`: getUpdates ignores allowed_updates (as if the bot had asked for every
    kind of update), so callback and inline queries reach the bot.
Every sent message records when it was accepted (`Sent.at`, time.monotonic()).

A side door lets the test act as the user: `user_text(...)` / `inject(...)` add an update,
`sent(...)` / `wait_sent(...)` read what the bot sent (raw text, the visible text and the
formatting entities as Telegram parsed them), `calls(...)` lists every API call. The same is
available over HTTP, for a bot and a driver in other processes: POST /_test/bot<token>/updates
(an update), POST /_test/bot<token>/text ({"chat_id", "text"}), GET /_test/bot<token>/sent,
GET /_test/bot<token>/rejected, POST or GET /_test/bot<token>/faults.

The server runs on its own event loop in a daemon thread (`FakeTelegram.start()`), so sync
tests, in-process bots on other loops and bots in subprocesses can all use it; or as a process
of its own, like a local Bot API server:

    python tests/support/fake_telegram.py --port 8081 --token 123:AA…=my_bot
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import random
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

MAX_TEXT = 4096
SUPPORTED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}
TAG_ENTITY = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "span": "spoiler",
    "tg-spoiler": "spoiler", "a": "text_link", "code": "code", "pre": "pre", "blockquote": "blockquote",
    "tg-emoji": "custom_emoji", "blockquote expandable": "expandable_blockquote",
}
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
}
JSON_PARAMS = {"reply_parameters", "reply_markup", "allowed_updates", "commands", "scope", "entities",
               "link_preview_options", "results", "button"}


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> tuple[str, list[dict]]:
    """Telegram's HTML parse mode: (visible text, entities) or ApiError("can't parse entities")."""
    out: list[str] = []
    entities: list[dict] = []
    stack: list[tuple[str, int]] = []  # (tag, utf-16 offset where it starts)
    pos16 = 0
    i = 0
    raw = text

    def fail(why: str) -> ApiError:
        return ApiError(400, f"Bad Request: can't parse entities: {why}")

    def byte_offset(k: int) -> int:
        return len(raw[:k].encode("utf-8"))

    while i < len(raw):
        ch = raw[i]
        if ch == "<":
            j = raw.find(">", i)
            if j < 0:
                raise fail(f"Can't find end of the tag starting at byte offset {byte_offset(i)}")
            inner = raw[i + 1:j].strip()
            if inner.startswith("/"):
                name = inner[1:].strip().lower()
                if not stack:
                    raise fail(f'Unexpected end tag at byte offset {byte_offset(i)}')
                top, start16 = stack.pop()
                if name != top.split()[0]:
                    raise fail(f'Unmatched end tag at byte offset {byte_offset(i)}, expected "</{top}>", '
                               f'found "</{name}>"')
                entities.append({"type": TAG_ENTITY[top], "offset": start16, "length": pos16 - start16})
            else:
                m = re.match(r"([A-Za-z][\w-]*)", inner)
                if not m:
                    raise fail(f"Expected tag name at byte offset {byte_offset(i)}")
                name = m.group(1).lower()
                if name not in SUPPORTED_TAGS:
                    raise fail(f'Unsupported start tag "{name}" at byte offset {byte_offset(i)}')
                if name == "blockquote" and re.search(r"\bexpandable\b", inner[m.end():]):
                    name = "blockquote expandable"  # Telegram's expandable_blockquote entity
                stack.append((name, pos16))
            i = j + 1
            continue
        if ch == "&":
            m = re.match(r"&(lt|gt|amp|quot|#\d+|#[xX][0-9a-fA-F]+);", raw[i:])
            if m:
                s = html.unescape(m.group(0))
                out.append(s)
                pos16 += _utf16_len(s)
                i += len(m.group(0))
                continue
        if ch == ">":
            pass  # Telegram accepts a bare ">"
        out.append(ch)
        pos16 += _utf16_len(ch)
        i += 1
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def entities_of(text: str, username: str | None = None) -> list[dict]:
    """The entities a Telegram client attaches: a leading /command, and @mentions."""
    ents: list[dict] = []
    m = re.match(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?", text)
    if m:
        ents.append({"type": "bot_command", "offset": 0, "length": _utf16_len(m.group(0))})
    for m in re.finditer(r"(?<![\w@])@[A-Za-z0-9_]{3,32}", text):
        if m.start() == 0 and ents:
            continue
        ents.append({"type": "mention", "offset": _utf16_len(text[:m.start()]), "length": _utf16_len(m.group(0))})
    return ents


@dataclass
class Sent:
    """A message the bot sent (and Telegram accepted)."""

    message_id: int
    chat_id: int
    text: str  # as the bot sent it (HTML source when parse_mode is HTML)
    parse_mode: str | None
    plain: str  # what the user sees
    entities: list[dict]
    reply_to: int | None
    params: dict
    at: float = field(default_factory=time.monotonic)  # when Telegram accepted it

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(text, callback_data) of each inline button under the message now (after edits)."""
        markup = self.params.get("reply_markup") or {}
        return [(b.get("text", ""), b.get("callback_data", "")) for row in markup.get("inline_keyboard", [])
                for b in row]

    def formatted(self, kind: str) -> list[str]:
        """The visible text of each entity of a kind ("bold", "blockquote", …)."""
        data = self.plain.encode("utf-16-le")
        return [data[e["offset"] * 2:(e["offset"] + e["length"]) * 2].decode("utf-16-le")
                for e in self.entities if e["type"] == kind]


@dataclass
class Faults:
    """What goes wrong on purpose (see the module docstring); counters say what was injected."""

    send_error_ratio: float = 0.0
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    send_failures: list[tuple[int, str, dict | None]] = field(default_factory=list)
    poll_stalls: list[float] = field(default_factory=list)
    send_delays: list[float] = field(default_factory=list)
    held_replies: dict[tuple[int, int], float] = field(default_factory=dict)  # (chat, message) → seconds held
    deliver_everything: bool = False
    injected: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.injected[what] = self.injected.get(what, 0) + 1


@dataclass
class BotState:
    token: str
    username: str
    first_name: str
    user_id: int
    updates: list[dict] = field(default_factory=list)
    next_update_id: int = 1000
    sent: list[Sent] = field(default_factory=list)
    calls: list[tuple[str, dict, float]] = field(default_factory=list)
    rejected: list[tuple[str, dict, str]] = field(default_factory=list)
    commands: list[dict] = field(default_factory=list)
    webhook_url: str = ""
    chats: dict[int, dict] = field(default_factory=dict)
    known_messages: set[tuple[int, int]] = field(default_factory=set)
    next_message_id: dict[int, int] = field(default_factory=dict)
    reject_html: int = 0  # the next N HTML sendMessage calls fail with "can't parse entities"
    poll_generation: int = 0
    wake: asyncio.Event | None = None
    faults: Faults = field(default_factory=Faults)
    # buttons and inline mode (ButtonsApi)
    menus: dict[str, list[dict]] = field(default_factory=dict)  # scope key → commands (setMyCommands)
    open_queries: set[str] = field(default_factory=set)  # callback / inline query ids not answered yet
    callback_answers: list[dict] = field(default_factory=list)  # answerCallbackQuery parameters
    inline_answers: list[dict] = field(default_factory=list)  # answerInlineQuery parameters
    edits: list[tuple[str, dict]] = field(default_factory=list)  # (method, parameters) of accepted edits
    next_query_id: int = 5000

    @property
    def user(self) -> dict:
        return {"id": self.user_id, "is_bot": True, "first_name": self.first_name, "username": self.username,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}


# -- buttons and inline mode ---------------------------------------------------------------------

MAX_CALLBACK_DATA = 64  # bytes
NOT_MODIFIED = ("Bad Request: message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message")
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


def scope_key(scope: dict | None) -> str:
    """A BotCommandScope as a key: "default", "all_group_chats", "chat:42", …"""
    if not scope:
        return "default"
    kind = str(scope.get("type", "default"))
    return f"{kind}:{scope['chat_id']}" if "chat_id" in scope else kind


def check_markup(markup: Any) -> None:
    """An inline keyboard as Telegram checks it: rows of buttons with text and 1–64 bytes of data."""
    if markup is None:
        return
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if rows is None:
        if isinstance(markup, dict) and ("keyboard" in markup or "remove_keyboard" in markup
                                         or "force_reply" in markup):
            return
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in rows:
        for b in row:
            if not str(b.get("text", "")).strip():
                raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
            data = b.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


class ButtonsApi:
    """The part of the fake about buttons and inline mode: the user presses a button or types
    «@bot …» (`press`, `inline`), the bot answers (answerCallbackQuery, answerInlineQuery) and
    edits its messages (editMessageText, editMessageReplyMarkup). Mixed into FakeTelegram."""

    bots: dict[str, BotState]
    lock: threading.RLock

    def _query_id(self, bot: BotState) -> str:
        with self.lock:
            bot.next_query_id += 1
            return str(bot.next_query_id)

    def remember_query(self, bot: BotState, update: dict) -> None:
        """A callback or inline query delivered to the bot may be answered once."""
        for key in ("callback_query", "inline_query"):
            if update.get(key):
                with self.lock:
                    bot.open_queries.add(str(update[key]["id"]))

    def press(self, token: str, sent: Sent, data: str, user_id: int | None = None) -> tuple[int, str]:
        """A user taps the button with `data` under the bot's message `sent`; (update id, query id)."""
        bot = self.bots[token]
        user = user_id if user_id is not None else (sent.chat_id if sent.chat_id > 0 else 424242)
        qid = self._query_id(bot)
        message = {**self.bot_message_dict(token, sent)}  # type: ignore[attr-defined]
        if sent.params.get("reply_markup"):
            message["reply_markup"] = sent.params["reply_markup"]
        uid = self.inject(token, {"callback_query": {  # type: ignore[attr-defined]
            "id": qid, "from": {"id": user, "is_bot": False, "first_name": "用户"},
            "chat_instance": f"ci-{sent.chat_id}", "data": data, "message": message}})
        return uid, qid

    def inline(self, token: str, user_id: int, query: str) -> tuple[int, str]:
        """A user types «@bot query» in some chat; (update id, inline query id)."""
        bot = self.bots[token]
        qid = self._query_id(bot)
        uid = self.inject(token, {"inline_query": {  # type: ignore[attr-defined]
            "id": qid, "from": {"id": user_id, "is_bot": False, "first_name": "用户"}, "query": query,
            "offset": "", "chat_type": "sender"}})
        return uid, qid

    def wait_answer(self, token: str, query_id: str, kind: str = "callback", timeout: float = 30.0) -> dict:
        """The bot's answerCallbackQuery (kind="callback") or answerInlineQuery ("inline") for a query."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                bot = self.bots[token]
                found = bot.callback_answers if kind == "callback" else bot.inline_answers
                key = "callback_query_id" if kind == "callback" else "inline_query_id"
                for a in found:
                    if str(a.get(key)) == query_id:
                        return a
            time.sleep(0.01)
        raise TimeoutError(f"no answer to {kind} query {query_id} within {timeout} s")

    def _sent_message(self, bot: BotState, p: dict) -> Sent:
        try:
            chat_id, message_id = int(p["chat_id"]), int(p["message_id"])
        except (KeyError, ValueError) as e:
            raise ApiError(400, "Bad Request: message identifier is not specified") from e
        for s in bot.sent:
            if s.chat_id == chat_id and s.message_id == message_id:
                return s
        raise ApiError(400, "Bad Request: message to edit not found")

    async def _m_answercallbackquery(self, bot: BotState, p: dict) -> bool:
        qid = str(p.get("callback_query_id", ""))
        if len(str(p.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        with self.lock:
            if qid not in bot.open_queries:
                raise ApiError(400, QUERY_TOO_OLD)
            bot.open_queries.discard(qid)
            bot.callback_answers.append(p)
        return True

    async def _m_answerinlinequery(self, bot: BotState, p: dict) -> bool:
        qid = str(p.get("inline_query_id", ""))
        results = p.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH" if isinstance(results, list)
                           else "Bad Request: can't parse inline query results JSON object")
        for r in results:
            if not 1 <= len(str(r.get("id", "")).encode()) <= 64:
                raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
            if r.get("type") == "article":
                content = r.get("input_message_content") or {}
                text = str(content.get("message_text") or "")
                if not r.get("title") or not text:
                    raise ApiError(400, "Bad Request: MESSAGE_EMPTY")
                plain = parse_html(text)[0] if str(content.get("parse_mode", "")).upper() == "HTML" else text
                if _utf16_len(plain) > MAX_TEXT:
                    raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        with self.lock:
            if qid not in bot.open_queries:
                raise ApiError(400, QUERY_TOO_OLD)
            bot.open_queries.discard(qid)
            bot.inline_answers.append(p)
        return True

    async def _m_editmessagereplymarkup(self, bot: BotState, p: dict) -> dict:
        check_markup(p.get("reply_markup"))
        with self.lock:
            s = self._sent_message(bot, p)
            if (p.get("reply_markup") or None) == (s.params.get("reply_markup") or None):
                raise ApiError(400, NOT_MODIFIED)
            s.params = {**s.params, "reply_markup": p.get("reply_markup")}
            bot.edits.append(("editMessageReplyMarkup", p))
        return {"message_id": s.message_id, "date": int(time.time()), "chat": bot.chats.get(s.chat_id),
                "from": bot.user, "text": s.plain}

    async def _m_editmessagetext(self, bot: BotState, p: dict) -> dict:
        text = str(p.get("text") or "")
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        parse_mode = p.get("parse_mode") or None
        plain, entities = parse_html(text) if parse_mode and str(parse_mode).upper() == "HTML" else (text, [])
        if _utf16_len(plain) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        check_markup(p.get("reply_markup"))
        with self.lock:
            s = self._sent_message(bot, p)
            if text == s.text and (p.get("reply_markup") or None) == (s.params.get("reply_markup") or None):
                raise ApiError(400, NOT_MODIFIED)
            s.text, s.plain, s.entities, s.parse_mode = text, plain, entities, parse_mode
            s.params = {**s.params, "reply_markup": p.get("reply_markup")}
            bot.edits.append(("editMessageText", p))
        return {"message_id": s.message_id, "date": int(time.time()), "chat": bot.chats.get(s.chat_id),
                "from": bot.user, "text": plain}


class FakeTelegram(ButtonsApi):
    def __init__(self) -> None:
        self.bots: dict[str, BotState] = {}
        self.lock = threading.RLock()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None
        self.runner: web.AppRunner | None = None
        self.port = 0
        self._users = 0
        self.files: dict[tuple[str, str], tuple[str, bytes]] = {}  # teach: (token, file_id) → (file_path, bytes)

    # -- lifecycle -----------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be: the token is appended to it."""
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self, port: int = 0) -> FakeTelegram:
        ready = threading.Event()
        self.loop = asyncio.new_event_loop()

        def run() -> None:
            assert self.loop is not None
            asyncio.set_event_loop(self.loop)
            self.loop.run_until_complete(self._start(port))
            ready.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=run, name="fake-telegram", daemon=True)
        self.thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake Telegram server did not start")
        return self

    async def _start(self, port: int = 0) -> None:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_post("/_test/bot{token}/updates", self._side_inject)
        app.router.add_post("/_test/bot{token}/text", self._side_text)
        app.router.add_get("/_test/bot{token}/sent", self._side_sent)
        app.router.add_get("/_test/bot{token}/rejected", self._side_rejected)
        app.router.add_get("/_test/bot{token}/calls", self._side_calls)
        app.router.add_post("/_test/bot{token}/faults", self._side_faults)
        app.router.add_get("/_test/bot{token}/faults", self._side_faults)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file_download)  # teach: files sent to the bot
        self.runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", port)
        await site.start()
        self.port = self.runner.addresses[0][1]

    def stop(self) -> None:
        if self.loop is None:
            return

        async def _stop() -> None:
            with self.lock:
                for b in self.bots.values():
                    b.poll_generation += 1
                    if b.wake:
                        b.wake.set()
            if self.runner:
                await self.runner.cleanup()

        asyncio.run_coroutine_threadsafe(_stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        if self.thread:
            self.thread.join(10)
        self.loop = None

    # -- bots ----------------------------------------------------------------------------------
    def add_bot(self, token: str, username: str = "wenda_test_bot", first_name: str = "问答") -> BotState:
        bot = BotState(token=token, username=username, first_name=first_name, user_id=int(token.split(":")[0]))
        assert self.loop is not None, "start() the server first"

        async def make_event() -> None:
            bot.wake = asyncio.Event()

        asyncio.run_coroutine_threadsafe(make_event(), self.loop).result(5)
        with self.lock:
            self.bots[token] = bot
        return bot

    def _wake(self, bot: BotState) -> None:
        if self.loop is not None and bot.wake is not None:
            self.loop.call_soon_threadsafe(bot.wake.set)

    # -- faults --------------------------------------------------------------------------------
    def faults(self, token: str) -> Faults:
        return self.bots[token].faults

    def fail_sends(self, token: str, ratio: float, seed: int = 0) -> None:
        """From now on, `ratio` of sendMessage calls fail with 500 (nothing delivered)."""
        with self.lock:
            f = self.bots[token].faults
            f.send_error_ratio, f.rng = ratio, random.Random(seed)

    def fail_next_send(self, token: str, status: int, description: str, parameters: dict | None = None) -> None:
        """The next sendMessage call fails with this error (queued: several calls fail in turn)."""
        with self.lock:
            self.bots[token].faults.send_failures.append((status, description, parameters))

    def delay_next_send(self, token: str, seconds: float) -> None:
        """The next sendMessage is delivered, and answered only `seconds` later."""
        with self.lock:
            self.bots[token].faults.send_delays.append(seconds)

    def hold_reply_to(self, token: str, chat_id: int, message_id: int, seconds: float) -> None:
        """The next sendMessage replying to that message waits `seconds` before it is delivered
        (a reply that a later one would overtake if the bot did not keep the chat in order)."""
        with self.lock:
            self.bots[token].faults.held_replies[(int(chat_id), int(message_id))] = seconds

    def stall_next_poll(self, token: str, seconds: float) -> None:
        """The next getUpdates call hangs `seconds` before it does anything."""
        with self.lock:
            self.bots[token].faults.poll_stalls.append(seconds)

    # -- side door: the test acts as users -----------------------------------------------------
    def inject(self, token: str, update: dict) -> int:
        """Queue an update (without update_id) for the bot; returns its update_id."""
        bot = self.bots[token]
        with self.lock:
            uid = bot.next_update_id
            bot.next_update_id += 1
            update = {"update_id": uid, **update}
            self.remember(token, update)
            bot.updates.append(update)
        self._wake(bot)
        return uid

    def remember(self, token: str, update: dict) -> None:
        """The chats and messages of an update become known (a reply may then quote them), as
        when Telegram delivers it; for updates handed to the bot some other way."""
        bot = self.bots[token]
        with self.lock:
            for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
                msg = update.get(key)
                if msg:
                    bot.chats[msg["chat"]["id"]] = msg["chat"]
                    bot.known_messages.add((msg["chat"]["id"], msg["message_id"]))
            self.remember_query(bot, update)

    def _message_id(self, bot: BotState, chat_id: int) -> int:
        with self.lock:
            n = bot.next_message_id.get(chat_id, 1)
            bot.next_message_id[chat_id] = n + 1
            return n

    def chat(self, chat_id: int, chat_type: str = "private", title: str | None = None,
             first_name: str = "用户") -> dict:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": first_name}
        return {"id": chat_id, "type": chat_type, "title": title or f"群 {chat_id}"}

    def message(self, token: str, chat_id: int, text: str | None = None, *, user_id: int | None = None,
                chat_type: str | None = None, reply_to: dict | None = None, extra: dict | None = None) -> dict:
        bot = self.bots[token]
        if chat_type is None:
            chat_type = "private" if chat_id > 0 else "supergroup"
        user_id = user_id if user_id is not None else (chat_id if chat_type == "private" else 424242)
        msg: dict[str, Any] = {
            "message_id": self._message_id(bot, chat_id),
            "date": int(time.time()),
            "chat": self.chat(chat_id, chat_type),
            "from": {"id": user_id, "is_bot": False, "first_name": "用户", "language_code": "zh-hans"},
        }
        if text is not None:
            msg["text"] = text
            ents = entities_of(text, bot.username)
            if ents:
                msg["entities"] = ents
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        if extra:
            msg.update(extra)
        return msg

    def user_text(self, token: str, chat_id: int, text: str, **kw: Any) -> dict:
        """A user sends `text` in a chat (private when chat_id > 0, a supergroup when < 0)."""
        msg = self.message(token, chat_id, text, **kw)
        self.inject(token, {"message": msg})
        return msg

    def bot_message_dict(self, token: str, sent: Sent) -> dict:
        """A bot's sent message as it appears inside a user's reply (reply_to_message)."""
        bot = self.bots[token]
        return {"message_id": sent.message_id, "date": int(time.time()), "chat": bot.chats.get(sent.chat_id) or
                self.chat(sent.chat_id), "from": bot.user, "text": sent.plain}

    def sent(self, token: str, chat_id: int | None = None) -> list[Sent]:
        with self.lock:
            return [s for s in self.bots[token].sent if chat_id is None or s.chat_id == chat_id]

    def calls(self, token: str, method: str | None = None) -> list[tuple[str, dict]]:
        with self.lock:
            return [(m, p) for m, p, _ in self.bots[token].calls if method is None or m == method]

    def rejected(self, token: str) -> list[tuple[str, dict, str]]:
        with self.lock:
            return list(self.bots[token].rejected)

    def wait_sent(self, token: str, chat_id: int, n: int = 1, timeout: float = 30.0,
                  settle: float = 0.0) -> list[Sent]:
        """Wait until the bot has sent at least n messages to the chat; then `settle` seconds more."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.sent(token, chat_id)
            if len(got) >= n:
                if settle:
                    time.sleep(settle)
                    got = self.sent(token, chat_id)
                return got
            time.sleep(0.01)
        raise TimeoutError(f"the bot sent {len(self.sent(token, chat_id))} of {n} messages to chat {chat_id} "
                           f"within {timeout} s; calls: {[m for m, _ in self.calls(token)][-10:]}")

    def wait_call(self, token: str, method: str, timeout: float = 30.0, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.calls(token, method)) >= count:
                return
            time.sleep(0.01)
        raise TimeoutError(f"no {method} call within {timeout} s")

    # -- HTTP side door ------------------------------------------------------------------------
    async def _side_inject(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if token not in self.bots:
            return web.json_response({"ok": False}, status=404)
        body = await request.json()
        at = time.monotonic()
        uid = self.inject(token, body)
        return web.json_response({"ok": True, "update_id": uid, "at": at})

    async def _side_text(self, request: web.Request) -> web.Response:
        """{"chat_id", "text"}: a user sends text (user_text); the message, its update id and when."""
        token = request.match_info["token"]
        if token not in self.bots:
            return web.json_response({"ok": False}, status=404)
        body = await request.json()
        at = time.monotonic()
        msg = self.message(token, int(body["chat_id"]), body["text"])
        uid = self.inject(token, {"message": msg})
        return web.json_response({"ok": True, "message": msg, "update_id": uid, "at": at})

    async def _side_rejected(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if token not in self.bots:
            return web.json_response({"ok": False}, status=404)
        return web.json_response({"ok": True, "result": [{"method": m, "params": p, "description": why}
                                                         for m, p, why in self.rejected(token)]})

    async def _side_faults(self, request: web.Request) -> web.Response:
        """POST {"send_error_ratio", "seed", "fail_next_send": [status, description, parameters],
        "stall_next_poll": seconds, "delay_next_send": seconds} sets faults (any of them);
        GET (and POST) answer what has been injected so far."""
        token = request.match_info["token"]
        if token not in self.bots:
            return web.json_response({"ok": False}, status=404)
        if request.method == "POST":
            body = await request.json()
            if "send_error_ratio" in body:
                self.fail_sends(token, float(body["send_error_ratio"]), seed=int(body.get("seed", 0)))
            if body.get("fail_next_send"):
                self.fail_next_send(token, *body["fail_next_send"])
            if body.get("stall_next_poll"):
                self.stall_next_poll(token, float(body["stall_next_poll"]))
            if body.get("delay_next_send"):
                self.delay_next_send(token, float(body["delay_next_send"]))
        with self.lock:
            injected = dict(self.faults(token).injected)
        return web.json_response({"ok": True, "injected": injected})

    async def _side_sent(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if token not in self.bots:
            return web.json_response({"ok": False}, status=404)
        return web.json_response({"ok": True, "result": [
            {"message_id": s.message_id, "chat_id": s.chat_id, "text": s.text, "plain": s.plain,
             "parse_mode": s.parse_mode, "reply_to": s.reply_to, "entities": s.entities, "at": s.at}
            for s in self.sent(token)]})

    async def _side_calls(self, request: web.Request) -> web.Response:
        """How many calls of each Bot API method the bot made (sendChatAction: the typing shown)."""
        token = request.match_info["token"]
        if token not in self.bots:
            return web.json_response({"ok": False}, status=404)
        counts: dict[str, int] = {}
        for method, _ in self.calls(token):
            counts[method] = counts.get(method, 0) + 1
        return web.json_response({"ok": True, "counts": counts})

    # -- the Bot API ---------------------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict:
        params: dict[str, Any] = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            ctype = request.content_type
            if ctype == "application/json":
                data = await request.json()
                if isinstance(data, dict):
                    params.update(data)
            else:
                form = await request.post()
                params.update({k: v for k, v in form.items() if isinstance(v, str)})
        for key in JSON_PARAMS:
            if isinstance(params.get(key), str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError as e:
                    raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from e
        return params

    async def _api(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        bot = self.bots.get(token)
        if bot is None:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        try:
            params = await self._params(request)
            with self.lock:
                bot.calls.append((method, params, time.monotonic()))
            handler = getattr(self, f"_m_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            result = await handler(bot, params)
        except ApiError as e:
            with self.lock:
                bot.rejected.append((method, locals().get("params", {}), e.description))
            body: dict[str, Any] = {"ok": False, "error_code": e.code, "description": e.description}
            if e.parameters:
                body["parameters"] = e.parameters
            return web.json_response(body, status=e.code)
        return web.json_response({"ok": True, "result": result})

    async def _m_getme(self, bot: BotState, p: dict) -> dict:
        return bot.user

    async def _m_logout(self, bot: BotState, p: dict) -> bool:
        return True

    async def _m_close(self, bot: BotState, p: dict) -> bool:
        return True

    async def _m_deletewebhook(self, bot: BotState, p: dict) -> bool:
        with self.lock:
            bot.webhook_url = ""
            if str(p.get("drop_pending_updates", "")).lower() in ("true", "1"):
                bot.updates.clear()
        return True

    async def _m_setwebhook(self, bot: BotState, p: dict) -> bool:
        url = p.get("url", "")
        if url and not url.startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        bot.webhook_url = url
        return True

    async def _m_getwebhookinfo(self, bot: BotState, p: dict) -> dict:
        return {"url": bot.webhook_url, "has_custom_certificate": False, "pending_update_count": len(bot.updates)}

    async def _m_getupdates(self, bot: BotState, p: dict) -> list[dict]:
        with self.lock:
            stall = bot.faults.poll_stalls.pop(0) if bot.faults.poll_stalls else 0.0
        if stall:
            bot.faults.count("poll_stall")
            await asyncio.sleep(stall)
        if bot.webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset = int(p.get("offset") or 0)
        limit = max(1, min(100, int(p.get("limit") or 100)))
        timeout = max(0.0, float(p.get("timeout") or 0))
        allowed = None if bot.faults.deliver_everything else (p.get("allowed_updates") or None)
        with self.lock:
            bot.poll_generation += 1
            generation = bot.poll_generation
        assert bot.wake is not None
        bot.wake.set()  # an older long poll still waiting ends with 409, as on Telegram
        await asyncio.sleep(0)
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                if generation != bot.poll_generation:
                    raise ApiError(409, "Conflict: terminated by other getUpdates request; "
                                        "make sure that only one bot instance is running")
                if offset:
                    if offset < 0:
                        keep = bot.updates[offset:]
                    else:
                        keep = [u for u in bot.updates if u["update_id"] >= offset]
                    bot.updates[:] = keep
                ready = [u for u in bot.updates
                         if not allowed or any(k in u for k in allowed)][:limit]
                if ready or time.monotonic() >= deadline:
                    return ready
                bot.wake.clear()
            try:
                await asyncio.wait_for(bot.wake.wait(), max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                pass

    async def _m_sendchataction(self, bot: BotState, p: dict) -> bool:
        if "chat_id" not in p:
            raise ApiError(400, "Bad Request: chat_id is empty")
        if p.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _m_setmycommands(self, bot: BotState, p: dict) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100 commands")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: command description is empty" if not c.get("description")
                               else "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        scope = scope_key(p.get("scope"))
        bot.menus[scope] = commands
        if scope == "default":
            bot.commands = commands
        return True

    async def _m_getmycommands(self, bot: BotState, p: dict) -> list[dict]:
        return bot.menus.get(scope_key(p.get("scope")), [])

    # -- teach: files users send, callback queries, edited messages -----------------------------
    def user_document(self, token: str, chat_id: int, file_name: str | None, data: bytes, *,
                      user_id: int | None = None, mime_type: str = "application/octet-stream",
                      file_size: int | None = None, caption: str | None = None) -> dict:
        """A user sends a file (a document message); getFile and /file/bot<token>/<path> serve its
        bytes. file_size: what the message claims (default len(data))."""
        with self.lock:
            n = len(self.files) + 1
        file_id = f"BQAD{n:04d}doc"
        self.files[(token, file_id)] = (f"documents/file_{n}", data)
        document: dict[str, Any] = {"file_id": file_id, "file_unique_id": f"u{n}", "mime_type": mime_type,
                                    "file_size": len(data) if file_size is None else file_size}
        if file_name is not None:
            document["file_name"] = file_name
        extra: dict[str, Any] = {"document": document}
        if caption is not None:
            extra["caption"] = caption
        msg = self.message(token, chat_id, None, user_id=user_id, extra=extra)
        self.inject(token, {"message": msg})
        return msg

    def buttons(self, sent: Sent) -> list[tuple[str, str]]:
        """(text, callback_data) of each inline button under a sent (or edited) message."""
        markup = sent.params.get("reply_markup") or {}
        return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]

    def edits(self, token: str, chat_id: int) -> list[dict]:
        """editMessageText calls the bot made in a chat (their parameters), in order."""
        return [p for m, p in self.calls(token, "editMessageText") if int(p.get("chat_id", 0)) == chat_id]

    async def _m_getfile(self, bot: BotState, p: dict) -> dict:
        entry = self.files.get((bot.token, str(p.get("file_id", ""))))
        if entry is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, data = entry
        if len(data) > 20 * 1024 * 1024:
            raise ApiError(400, "Bad Request: file is too big")
        return {"file_id": p["file_id"], "file_unique_id": "u", "file_size": len(data), "file_path": path}

    async def _file_download(self, request: web.Request) -> web.Response:
        token, path = request.match_info["token"], request.match_info["path"]
        for (t, _), (p, data) in list(self.files.items()):
            if t == token and p == path:
                return web.Response(body=data, content_type="application/octet-stream")
        return web.Response(status=404, text="Not Found")

    async def _m_sendmessage(self, bot: BotState, p: dict) -> dict:
        rp = p.get("reply_parameters")
        target = (str(p.get("chat_id", "")), str(rp.get("message_id", ""))) if isinstance(rp, dict) else ("", "")
        with self.lock:
            held = bot.faults.held_replies.pop(tuple(map(int, target)), 0.0) if all(
                t.lstrip("-").isdigit() for t in target) else 0.0
        if held:
            bot.faults.count("held_reply")
            await asyncio.sleep(held)
        with self.lock:
            f = bot.faults
            failure = f.send_failures.pop(0) if f.send_failures else None
            if failure is None and f.send_error_ratio and f.rng.random() < f.send_error_ratio:
                failure = (500, "Internal Server Error", None)
        if failure is not None:  # fails before anything is delivered
            f.count(str(failure[0]))
            raise ApiError(*failure)
        if "chat_id" not in p or str(p["chat_id"]).strip() == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat_id = int(p["chat_id"])
        text = p.get("text")
        if text is None or str(text) == "":
            raise ApiError(400, "Bad Request: message text is empty")
        text = str(text)
        parse_mode = p.get("parse_mode") or None
        if parse_mode and str(parse_mode).upper() == "HTML":
            if bot.reject_html > 0:
                bot.reject_html -= 1
                raise ApiError(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0")
            plain, entities = parse_html(text)
        elif parse_mode:
            raise ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode}")
        else:
            plain, entities = text, []
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(plain) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        check_markup(p.get("reply_markup"))
        reply_to = None
        rp = p.get("reply_parameters")
        if isinstance(rp, dict) and rp.get("message_id"):
            target = (int(rp.get("chat_id", chat_id)), int(rp["message_id"]))
            if target in bot.known_messages:
                reply_to = target[1]
            elif not rp.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
        chat = bot.chats.get(chat_id)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        message_id = self._message_id(bot, chat_id)
        sent = Sent(message_id=message_id, chat_id=chat_id, text=text, parse_mode=parse_mode, plain=plain,
                    entities=entities, reply_to=reply_to, params=p)
        with self.lock:
            bot.sent.append(sent)
            bot.known_messages.add((chat_id, message_id))
            delay = bot.faults.send_delays.pop(0) if bot.faults.send_delays else 0.0
        if delay:
            bot.faults.count("slow_send")
            await asyncio.sleep(delay)
        result: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat,
                                  "from": bot.user, "text": plain}
        if entities:
            result["entities"] = entities
        return result


@contextlib.contextmanager
def killed_on_exit(proc: subprocess.Popen):
    """A bot subprocess that is killed (and reaped) if the test leaves before it stopped."""
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def sigterm(proc: subprocess.Popen, timeout: float = 30) -> tuple[str, str]:
    """Stop a bot subprocess as a service manager would; its (stdout, stderr)."""
    proc.send_signal(signal.SIGTERM)
    return proc.communicate(timeout=timeout)


def main(argv: list[str] | None = None) -> int:
    """Serve the fake Bot API as a process of its own, like a real (local) Bot API server."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description="A fake Telegram Bot API server on 127.0.0.1, for tests and benchmarks.")
    ap.add_argument("--port", type=int, default=0, help="port to listen on (0: any free one; printed)")
    ap.add_argument("--token", action="append", default=[], metavar="TOKEN[=USERNAME]",
                    help="a bot this server knows (repeatable)")
    args = ap.parse_args(argv)
    server = FakeTelegram().start(port=args.port)
    for spec in args.token:
        token, _, username = spec.partition("=")
        server.add_bot(token, **({"username": username} if username else {}))
    print(f"fake Telegram Bot API: TELEGRAM_API_BASE_URL={server.base_url}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    server.stop()
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
