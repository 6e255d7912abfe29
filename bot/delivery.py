"""Getting replies to Telegram: resend what it provably did not take, keep each chat in order.

Who handles which failure (each by exactly one layer):
  * 429 Too Many Requests: PTB's AIORateLimiter (it waits the retry_after Telegram asks for);
  * an error status (500, 502, 503 …) or a connection that was never made (refused, connect or
    pool timeout): ResendingRequest sends the same request again, a few times with back-off —
    Telegram provably did not take it, so nobody can get it twice;
  * a read timeout or a connection lost mid-request: nothing; the message may have arrived, and
    sending it again could deliver it twice (`may_have_arrived` tells the error handler so);
  * 400 Bad Request, 403 Forbidden and the other definite refusals: nothing; `send` resends a
    reply whose HTML Telegram could not parse as plain text.

Chats are served concurrently, the updates of one chat one at a time in arrival order
(ChatOrderedProcessor; across workers through wenda.bot.turns), so replies never overtake each other.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from telegram import Message, Update
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import BaseUpdateProcessor
from telegram.request import BaseRequest, RequestData

from wenda.bot import transport
from wenda.bot.format import html_to_text, split_message
from wenda.bot.turns import Ticket, Turns

log = logging.getLogger(__name__)

SEND_RETRIES = 4  # a request Telegram did not take is sent again up to this many times
SEND_BACKOFF = 0.5  # seconds before the first resend; doubled each time
# nothing reached Telegram (PTB's HTTPXRequest, or wenda.bot.transport's AiohttpRequest)
NEVER_LEFT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, *transport.NEVER_LEFT)


def never_sent(err: BaseException) -> bool:
    """The request behind `err` never reached Telegram (PTB raises these `from` httpx's error,
    AiohttpRequest `from` aiohttp's)."""
    return isinstance(err, NetworkError) and isinstance(err.__cause__, NEVER_LEFT)


def may_have_arrived(err: BaseException) -> bool:
    """A network failure after which the message may have arrived: a read timeout, a connection
    lost mid-request. (An error status or a connection never made proves it did not.)"""
    if not isinstance(err, NetworkError) or isinstance(err, BadRequest):
        return False
    cause = err.__cause__
    if cause is None or isinstance(cause, TelegramError):  # Telegram answered with an error status
        return isinstance(err, TimedOut)
    return not isinstance(cause, NEVER_LEFT)


class WrappedRequest(BaseRequest):
    """A BaseRequest that hands everything to another one (by default wenda.bot.transport's
    AiohttpRequest); subclasses change one public step."""

    def __init__(self, inner: BaseRequest):
        self.inner = inner

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        return await self.inner.do_request(url, method, request_data, read_timeout, write_timeout,
                                           connect_timeout, pool_timeout)


class BoundedRequest(WrappedRequest):
    """At most `limit` requests at once reach the inner request; the others wait here, first come,
    first served. (httpx's pool scans every connection, and every request queued in it, each time
    a request enters or leaves it: hundreds of replies queued there cost more CPU than sending
    them. Here a waiting request costs nothing.)"""

    def __init__(self, inner: BaseRequest, limit: int):
        super().__init__(inner)
        self.limit = limit
        self.slots: asyncio.Semaphore | None = None

    async def initialize(self) -> None:
        self.slots = asyncio.Semaphore(self.limit)  # on the loop the bot runs in
        await super().initialize()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self.slots is None:
            self.slots = asyncio.Semaphore(self.limit)
        async with self.slots:
            return await self.inner.do_request(url, method, request_data, read_timeout, write_timeout,
                                               connect_timeout, pool_timeout)


class ResendingRequest(WrappedRequest):
    """Sends a request again while Telegram provably did not take it: an error status 5xx, or a
    connection never made."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        backoff = SEND_BACKOFF
        for attempt in range(SEND_RETRIES + 1):
            try:
                code, payload = await self.inner.do_request(url, method, request_data, read_timeout, write_timeout,
                                                            connect_timeout, pool_timeout)
            except NetworkError as e:
                if attempt == SEND_RETRIES or not never_sent(e):
                    raise
                why = f"{type(e).__name__}: {e}"
            else:
                if code < 500 or attempt == SEND_RETRIES:
                    return code, payload
                why = f"{code} {self._description(payload)}"
            chat = request_data.parameters.get("chat_id") if request_data is not None else None
            log.warning("chat %s: Telegram did not take %s (%s); sending it again in %.1f s (%d/%d)", chat,
                        url.rsplit("/", 1)[-1], why, backoff, attempt + 1, SEND_RETRIES)
            await asyncio.sleep(backoff)
            backoff *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _description(self, payload: bytes) -> str:
        try:
            return str(self.parse_json_payload(payload).get("description") or "")
        except (TelegramError, AttributeError):
            return ""


async def send(msg: Message, html_text: str, plain_text: str | None = None, reply_markup: Any = None) -> Message | None:
    """Reply to msg with HTML, split to Telegram's limit; as plain text if Telegram rejects the HTML.
    reply_markup (buttons) goes under the last piece. Returns the first message sent (the one a
    user replies to)."""
    pieces = split_message(html_text)
    first: Message | None = None
    for i, piece in enumerate(pieces):
        try:
            sent = await msg.reply_text(piece, do_quote=i == 0,
                                        reply_markup=reply_markup if i == len(pieces) - 1 else None)
            first = first or sent
        except BadRequest as e:
            if "can't parse entities" not in e.message.lower():
                raise
            log.warning("Telegram could not parse a reply's HTML (%s); resending it as plain text", e.message)
            if i == 0 and plain_text is not None:
                rest = split_message(plain_text, html_mode=False)
            else:
                rest = [p for x in pieces[i:] for p in split_message(html_to_text(x), html_mode=False)]
            for j, p in enumerate(rest):
                sent = await msg.reply_text(p, parse_mode=None, do_quote=i == 0 and j == 0,
                                            reply_markup=reply_markup if j == len(rest) - 1 else None)
                first = first or sent
            return first
    return first


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Chats are served concurrently, the updates of one chat one at a time, in arrival order —
    within this worker and, with `turns` (wenda.bot.turns, kept in the shared state), across
    workers.

    PTB hands updates to process_update in the order they arrived; the semaphore of
    BaseUpdateProcessor and the per-chat asyncio.Lock both wake waiters first come, first served,
    so a chat's questions are answered, and their replies sent, in the order they were asked.
    With turns, each update is claimed on arrival (a redelivery, to this worker or another one, is
    dropped here) and takes its chat's next turn; it is handled once the chat's earlier turns,
    held by any worker, are done.

    A chat's updates waiting behind the one being handled are its queue (a question over the
    flood budget waits in its handler, holding the chat's turn). When more than `max_waiting`
    already wait, a new update of that chat is a flood: it is not handled, and `on_overflow`
    is told (to say so to the chat).
    """

    def __init__(self, max_concurrent_updates: int, max_waiting: int | None = None,
                 on_overflow: Callable[[Update], Awaitable[None]] | None = None, turns: Turns | None = None):
        super().__init__(max_concurrent_updates)
        self.chats: dict[int, list[Any]] = {}  # chat id → [lock, updates holding or waiting for it]
        self.max_waiting = max_waiting
        self.on_overflow = on_overflow
        self.turns = turns

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        if not isinstance(update, Update):
            await coroutine
            return
        chat = update.effective_chat
        ticket = self._claim(update)
        if ticket is None:
            coroutine.close()
            log.info("update %s was delivered again; it was taken already, dropped", update.update_id)
            return
        try:
            if chat is None:  # inline queries and the like: nothing to keep in order
                await coroutine
            else:
                await self._in_turn(update, chat.id, coroutine, ticket)
        finally:
            if self.turns is not None:
                self.turns.release(ticket)

    def _claim(self, update: Update) -> Ticket | None:
        """The update's ticket (None: a redelivery). Without turns, or when the shared state
        cannot be reached, a ticket of no turn: the update is handled, in this worker's order."""
        chat = update.effective_chat
        none = Ticket(update.update_id, None, 0)
        if self.turns is None:
            return none
        try:
            return self.turns.ticket_for(update.update_id, chat.id if chat is not None else None)
        except Exception as e:
            log.warning("update %s: the shared state cannot be reached (%s: %s); handled without its turn",
                        update.update_id, type(e).__name__, e)
            return none

    async def _in_turn(self, update: Update, chat_id: int, coroutine: Any, ticket: Ticket) -> None:
        entry = self.chats.get(chat_id)
        if entry is None:
            entry = self.chats[chat_id] = [asyncio.Lock(), 0]
        if self.max_waiting is not None and entry[1] > self.max_waiting:  # one handled + more than max waiting
            coroutine.close()
            log.info("chat %s has %d updates waiting: dropping update %s", chat_id, entry[1] - 1, update.update_id)
            if self.on_overflow is not None:
                await self.on_overflow(update)
            return
        entry[1] += 1
        try:
            async with entry[0]:
                if self.turns is not None:
                    await self.turns.wait(ticket)
                await coroutine
        except asyncio.CancelledError:  # stopped while waiting its turn: the handler never ran
            coroutine.close()
            raise
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                self.chats.pop(chat_id, None)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        if self.turns is not None:
            await self.turns.close()
