"""Bot API calls over aiohttp: PTB's BaseRequest on aiohttp's client.

    request = AiohttpRequest(connections=8)     # what build_application sends replies with

PTB's default, HTTPXRequest (httpx and httpcore over anyio), costs about five times the CPU per
call (3.4–4.0 vs 0.7 ms per sendChatAction against a local aiohttp server, the server's share
included, on the loaded 2-core machine); a bot sends one or two calls per answer, so that was most
of its own cost per answer. Failures come out as PTB's errors, raised `from` aiohttp's, so
wenda.bot.delivery can tell a call that never left (a connection never made: `NEVER_LEFT`) from
one that may have arrived (a read timeout, a connection lost mid-call).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urlencode

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)

# Nothing reached the server: the connection was refused or never made in time (including the
# wait for a free connection of the pool).
NEVER_LEFT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)


def _given(value: Any, default: float | None) -> float | None:
    return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value


class AiohttpRequest(BaseRequest):
    """At most `connections` calls at once (kept alive between calls); timeouts as HTTPXRequest's
    (seconds; None: none): connect, read, pool (the wait for a free connection). aiohttp has no
    write timeout: a call that cannot be written in time ends at its read timeout."""

    def __init__(self, connections: int = 8, *, read_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0):
        self.connections = connections
        self._read, self._connect, self._pool = read_timeout, connect_timeout, pool_timeout
        self.session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self.session is None or self.session.closed:
            # trust_env: HTTPS_PROXY / NO_PROXY from the environment, as httpx (PTB's default) honours them
            self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self.connections),
                                                 headers={"User-Agent": self.USER_AGENT}, trust_env=True)

    async def shutdown(self) -> None:
        if self.session is not None and not self.session.closed:
            await self.session.close()

    def timeout(self, read: Any, connect: Any, pool: Any) -> aiohttp.ClientTimeout:
        read, connect, pool = _given(read, self._read), _given(connect, self._connect), _given(pool, self._pool)
        return aiohttp.ClientTimeout(total=None, sock_read=read, sock_connect=connect,
                                     connect=None if connect is None or pool is None else connect + pool)

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self.session is None or self.session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        try:
            body = body_of(request_data)
            async with self.session.request(method, url, data=body, headers=FORM if isinstance(body, bytes) else None,
                                            timeout=self.timeout(read_timeout, connect_timeout, pool_timeout)) as res:
                payload = await res.read()
        except (aiohttp.ServerTimeoutError, asyncio.TimeoutError) as err:
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{type(err).__name__}: {err}") from err
        log.debug('HTTP Request: %s %s "%s"', method, url, res.status)  # as httpx logs it (the token redacted)
        return res.status, payload


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def body_of(request_data: RequestData | None) -> bytes | aiohttp.FormData | None:
    """A call's parameters: form fields (encoded here: aiohttp's own form encoding was a third of
    its CPU per call in the bot's profile), or a multipart form when it uploads files (as PTB's HTTPXRequest
    sends them)."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    if not request_data.contains_files:
        return urlencode(fields).encode()
    form = aiohttp.FormData(quote_fields=False)  # file names in UTF-8, as Telegram (and httpx) have them
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
