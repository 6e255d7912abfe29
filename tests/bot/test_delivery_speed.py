"""The bot's Bot API calls, made cheap without losing what delivery promises (issue 14, goal 5).

  * AiohttpRequest (bot/transport.py) tells a call that never left (resent) from one that may
    have arrived (never resent), over real sockets, as delivery.py needs;
  * a file upload goes as a multipart form, the file's bytes intact;
  * BoundedRequest lets at most its limit of calls reach the server at once, and the rest wait
    their turn (none is lost);
  * «typing…» for every question (TYPING_AFTER = 0) is sent once per question, before its reply,
    through the fake Bot API: two calls per answer, each chat's replies in order;
  * a bot whose start Telegram refused leaves no HTTP session open.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import socket

import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import InvalidToken, NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from wenda.bot import delivery, handlers
from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.delivery import BoundedRequest, ResendingRequest, may_have_arrived, never_sent
from wenda.bot.transport import AiohttpRequest
from support.bots import BotThread
from support.fake_telegram import FakeTelegram

TOKEN = "700000024:AAFakeTokenForTheDeliverySpeedTests_0123456"


ME = {"id": 700000024, "is_bot": True, "first_name": "问答", "username": "wenda_speed_bot"}


async def serve(handler) -> tuple[web.AppRunner, str]:
    """A real HTTP server on a free local port: getMe answered, every other POST by `handler`."""
    async def route(request: web.Request) -> web.Response:
        if request.path.endswith("/getMe"):
            return web.json_response({"ok": True, "result": ME})
        return await handler(request)

    app = web.Application()
    app.router.add_post("/{tail:.*}", route)
    runner = web.AppRunner(app)
    await runner.setup()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


async def bot_on(base: str, request: BaseRequest) -> Bot:
    """A PTB Bot (initialised) whose calls go through `request` to the server at `base`."""
    bot = Bot(TOKEN, base_url=f"{base}/bot", request=request)
    await bot.initialize()
    return bot


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("transport", [AiohttpRequest, HTTPXRequest], ids=["aiohttp", "httpx"])
def test_a_call_that_never_left_is_sent_again_and_then_given_up(monkeypatch, caplog, transport):
    """Nobody listens on the port: the connection is never made, so the request is tried again
    (SEND_RETRIES times, with back-off), then the error is raised to PTB as it came — over the bot's
    aiohttp transport and over httpx (getUpdates, and a request passed in by the caller)."""
    monkeypatch.setattr(delivery, "SEND_BACKOFF", 0.01)
    request = ResendingRequest(transport())
    port = free_port()  # nobody listens there: the connection is refused

    async def scenario() -> None:
        await request.initialize()
        try:
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
        finally:
            await request.shutdown()

    with caplog.at_level(logging.WARNING, logger="wenda.bot.delivery"), pytest.raises(NetworkError) as info:
        asyncio.run(scenario())
    assert never_sent(info.value) and not may_have_arrived(info.value)
    tries = [r.getMessage() for r in caplog.records if "sending it again" in r.getMessage()]
    assert len(tries) == delivery.SEND_RETRIES and "getMe" in tries[0]


def test_a_call_answered_after_the_read_timeout_may_have_arrived_and_is_not_sent_again(caplog):
    calls: list[str] = []

    async def slow(request: web.Request) -> web.Response:
        calls.append(request.path)
        await asyncio.sleep(1.5)
        return web.json_response({"ok": True, "result": True})

    async def scenario() -> None:
        runner, base = await serve(slow)
        bot = await bot_on(base, ResendingRequest(AiohttpRequest(read_timeout=0.3)))
        try:
            await bot.send_chat_action(42, "typing")
        finally:
            await bot.shutdown()
            await runner.cleanup()

    with caplog.at_level(logging.WARNING, logger="wenda.bot.delivery"), pytest.raises(TimedOut) as info:
        asyncio.run(scenario())
    assert may_have_arrived(info.value) and not never_sent(info.value)
    assert calls == [f"/bot{TOKEN}/sendChatAction"]  # once: it may have arrived
    assert not [r for r in caplog.records if "sending it again" in r.getMessage()]


def test_an_error_status_is_sent_again_until_it_is_taken(monkeypatch):
    monkeypatch.setattr(delivery, "SEND_BACKOFF", 0.01)
    statuses = [502, 500]

    async def flaky(request: web.Request) -> web.Response:
        if statuses:
            return web.json_response({"ok": False, "error_code": 500, "description": "Internal Server Error"},
                                     status=statuses.pop(0))
        return web.json_response({"ok": True, "result": {"n": dict(await request.post())["n"]}})

    async def scenario() -> dict:
        runner, base = await serve(flaky)
        bot = await bot_on(base, ResendingRequest(AiohttpRequest()))
        try:
            return await bot.do_api_request("echo", api_kwargs={"n": 7})
        finally:
            await bot.shutdown()
            await runner.cleanup()

    assert asyncio.run(scenario()) == {"n": "7"} and statuses == []


def test_a_file_goes_as_a_multipart_form_with_its_bytes_intact():
    got: dict = {}

    async def upload(request: web.Request) -> web.Response:
        assert request.content_type == "multipart/form-data"
        form = await request.post()
        got.update(chat_id=form["chat_id"], name=form["document"].filename, data=form["document"].file.read())
        return web.json_response({"ok": True, "result": True})

    async def scenario() -> None:
        runner, base = await serve(upload)
        bot = await bot_on(base, AiohttpRequest())
        try:
            data = "问答\n".encode() * 1000
            assert await bot.do_api_request("upload", api_kwargs={
                "chat_id": 42, "document": InputFile(data, filename="说明.txt")}) is True
        finally:
            await bot.shutdown()
            await runner.cleanup()

    asyncio.run(scenario())
    assert got == {"chat_id": "42", "name": "说明.txt", "data": "问答\n".encode() * 1000}


def test_at_most_the_limit_of_calls_reach_the_server_at_once_and_none_is_lost():
    now = {"in": 0, "peak": 0}

    async def counting(request: web.Request) -> web.Response:
        now["in"] += 1
        now["peak"] = max(now["peak"], now["in"])
        await asyncio.sleep(0.05)
        now["in"] -= 1
        return web.json_response({"ok": True, "result": dict(await request.post())["i"]})

    async def scenario() -> list:
        runner, base = await serve(counting)
        bot = await bot_on(base, BoundedRequest(AiohttpRequest(connections=8), 3))
        try:
            return await asyncio.gather(*(bot.do_api_request("echo", api_kwargs={"i": i}) for i in range(24)))
        finally:
            await bot.shutdown()
            await runner.cleanup()

    assert asyncio.run(scenario()) == [str(i) for i in range(24)]
    assert now["peak"] == 3


def test_typing_for_every_question_is_one_call_each_before_its_reply(article_engine, monkeypatch):
    """With «typing…» shown at once (TYPING_AFTER = 0, the most calls the bot ever makes), 6 chats ×
    3 questions asked together: every question gets exactly one sendChatAction, sent before its
    reply, and the replies come in each chat's order."""
    monkeypatch.setattr(handlers, "TYPING_AFTER", 0.0)
    questions = ["崔桥镇设了多少卡点", "大李庄乡设置了多少个卡点？", "崔桥镇设了多少卡点"]
    fake = FakeTelegram().start()
    fake.add_bot(TOKEN, username="wenda_speed_bot")
    app = build_application(TOKEN, article_engine, Settings(rate=(10, 600.0), corpus_check=0),
                            base_url=fake.base_url)
    runner = BotThread(app).start()
    chats = [910_000 + i for i in range(6)]
    try:
        asked = {chat: [fake.user_text(TOKEN, chat, q)["message_id"] for q in questions] for chat in chats}
        for chat in chats:
            fake.wait_sent(TOKEN, chat, len(questions), timeout=120, settle=0.3)
        calls = fake.calls(TOKEN)
    finally:
        runner.stop()
        fake.stop()
    assert runner.errors == []
    for chat in chats:
        mine = [(m, p) for m, p in calls if m in ("sendChatAction", "sendMessage") and int(p["chat_id"]) == chat]
        assert [m for m, _ in mine] == ["sendChatAction", "sendMessage"] * len(questions), mine
        assert all(p["action"] == "typing" for m, p in mine if m == "sendChatAction")
        replied = [int(p["reply_parameters"]["message_id"]) for m, p in mine if m == "sendMessage"]
        assert replied == asked[chat]


def test_a_bot_whose_start_was_refused_leaves_no_http_session_open(article_engine, caplog):
    """Telegram refuses the token (getMe: 401): the start fails, PTB shuts down nothing of a bot
    that never started, and the bot's own post_shutdown (run_polling and serve_webhook end with
    it) still closes the HTTP session: nothing is reported unclosed when it is collected."""
    fake = FakeTelegram().start()  # it knows no bot: every token is refused
    app = build_application("700000025:AAFakeTokenThatTelegramRefuses_0123456789", article_engine,
                            Settings(corpus_check=0), base_url=fake.base_url)

    async def scenario() -> None:
        with pytest.raises(InvalidToken):
            await app.initialize()
        await app.shutdown()
        await app.post_shutdown(app)

    try:
        with caplog.at_level(logging.ERROR):
            asyncio.run(scenario())
            del app
            gc.collect()
    finally:
        fake.stop()
    assert not [r.getMessage() for r in caplog.records if "nclosed" in r.getMessage()]
