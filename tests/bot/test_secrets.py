"""Secrets and access: the token never shows, the allow-list and admin-only /reindex hold, and
user and corpus text is escaped in every reply.

* Token: every logger (root at DEBUG: telegram, httpx, httpcore, asyncio, wenda) is captured
  during start-up, questions, errors (an engine exception and Bot API errors whose text carries
  the token, a Bot API that cannot be reached) and shutdown, in process and in a `wenda serve`
  subprocess; neither the token nor its secret half appears in any record, traceback, reply or
  message to an admin.
* Access: chats outside WENDA_ALLOWED_CHATS get one refusal and then silence, whatever they
  send; only WENDA_ADMINS may /reindex, in allowed chats only.
* Escaping: a corpus with <script>, <b> and & in its text, section and file name, and questions
  with HTML in them, give replies Telegram parses as intended (the fake server is as strict as
  Telegram: an unknown tag is refused), showing the characters literally.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from typing import Any

import pytest

from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.messages import T_ERROR, T_NOT_ADMIN, T_REFUSE
from wenda.bot.redact import install_token_redaction
from support.bots import BotThread
from support.fake_engine import FakeEngine
from support.fake_telegram import FakeTelegram, killed_on_exit, sigterm

from support import REPO, engine_config
TOKEN = "700000041:AAHsecretSecretSecretForTheSecretsTest_9876"
SECRET = TOKEN.split(":", 1)[1]
SEED = "崔桥镇设了多少卡点"


@pytest.fixture()
def all_logs(caplog):
    """Every record of every logger, at DEBUG, as a log file would show it (tracebacks included)."""
    for name in (None, "httpx", "httpcore", "telegram", "asyncio", "wenda"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def exploding_engine() -> FakeEngine:
    """Answers «…多少…» with a figure; anything with «炸» raises an error that carries the token."""
    return FakeEngine(fail_on="炸", leak=TOKEN)


def assert_no_secret(*texts: str, token: str = TOKEN) -> None:
    """Neither the token nor its secret half, in any case (PTB lower-cases error descriptions)."""
    secret = token.split(":", 1)[1].lower()
    for text in texts:
        low = text.lower()
        assert token.lower() not in low and secret not in low, text[max(0, low.find(secret) - 200):][:400]


def test_the_token_never_reaches_a_log_line_or_a_message(all_logs):
    install_token_redaction(TOKEN)

    def failing_reindex() -> Any:
        raise RuntimeError(f"cannot rebuild: {TOKEN}")

    fake = FakeTelegram().start()
    fake.add_bot(TOKEN)
    app = build_application(TOKEN, exploding_engine(), Settings(admins=frozenset({42}), rate=(100, 1.0)),
                            base_url=fake.base_url, reindex=failing_reindex)
    runner = BotThread(app).start()  # start-up: getMe, setMyCommands, deleteWebhook, polling
    try:
        uid = fake.inject(TOKEN, {"message": fake.message(TOKEN, 101, "甲镇设置了多少卡点？")})
        runner.wait_done(uid)
        uid = fake.inject(TOKEN, {"message": fake.message(TOKEN, 102, "炸")})  # the engine raises, token inside
        runner.wait_done(uid)
        fake.fail_next_send(TOKEN, 500, f"Internal Server Error at /bot{TOKEN}/sendMessage")  # resent
        fake.fail_next_send(TOKEN, 400, f"Bad Request: chat not found (/bot{TOKEN}/sendMessage)")  # given up
        uid = fake.inject(TOKEN, {"message": fake.message(TOKEN, 103, "甲镇设置了多少卡点？")})
        runner.wait_done(uid)
        uid = fake.inject(TOKEN, {"message": fake.message(TOKEN, 42, "/reindex")})
        runner.wait_done(uid)
        fake.wait_sent(TOKEN, 42, 2)  # «开始重建索引» and the failure, with the reason
    finally:
        runner.stop()  # shutdown
        fake.stop()
    sent = fake.sent(TOKEN)
    assert [s.chat_id for s in sent].count(102) == 1 and fake.sent(TOKEN, 102)[0].plain == T_ERROR
    failure = fake.sent(TOKEN, 42)[1].plain
    assert failure.startswith("重建索引失败：cannot rebuild: <TOKEN>")
    assert_no_secret(*(s.text for s in sent), *(s.plain for s in sent))
    text = all_logs.text
    # the records are really there: start-up, requests (httpx), the errors with tracebacks, shutdown
    assert "bot<TOKEN>/getMe" in text and "RuntimeError" in text and "Traceback" in text
    assert "Internal Server Error" in text and "Chat not found (/bot<TOKEN>/sendmessage)" in text
    assert "reindex failed" in text
    assert "Application.stop() complete" in text or "stopped" in text.lower()
    assert_no_secret(text)


def test_an_unreachable_bot_api_does_not_leak_the_token(all_logs):
    import socket

    install_token_redaction(TOKEN)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = build_application(TOKEN, exploding_engine(), Settings(), base_url=f"http://127.0.0.1:{port}/bot")
    import asyncio

    from telegram.error import NetworkError

    async def scenario() -> None:
        with pytest.raises(NetworkError) as info:
            await app.initialize()
        assert_no_secret(str(info.value), repr(info.value))

    asyncio.run(scenario())
    assert f"127.0.0.1:{port}/bot<TOKEN>" in all_logs.text
    assert_no_secret(all_logs.text)


def test_wenda_serve_at_debug_level_never_prints_the_token(article_engine):
    """The real `wenda -v serve` with every logger forced to DEBUG: start-up, a question, a Bot
    API error carrying the token, SIGTERM; stdout and stderr never show the token."""
    fake = FakeTelegram().start()
    token = "700000042:AAHsecretForTheServeAtDebugLevel_abcdefghij"
    fake.add_bot(token, username="wenda_debug_bot")
    wrapper = ("import logging, sys\n"
               "logging.basicConfig(level=logging.DEBUG, format='%(levelname)s %(name)s: %(message)s')\n"
               "_set = logging.Logger.setLevel\n"
               "logging.Logger.setLevel = lambda self, level: _set(self, logging.DEBUG)\n"
               "from wenda.bot.cli import main\n"
               "sys.exit(main(['-v', 'serve']))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WENDA_ALLOWED", "WENDA_ADMINS",
                                                                     "WENDA_RATE"))}
    env.update(TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=fake.base_url,
               PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p))
    proc = subprocess.Popen([sys.executable, "-c", wrapper], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        with killed_on_exit(proc):
            fake.wait_call(token, "getUpdates", timeout=120)
            fake.user_text(token, 601, SEED)
            fake.wait_sent(token, 601, 1, timeout=60)
            fake.fail_next_send(token, 400, f"Bad Request: chat not found (/bot{token}/sendMessage)")
            fake.user_text(token, 602, SEED)
            fake.wait_sent(token, 602, 1, timeout=60)  # the apology, after the refused answer
            out, err = sigterm(proc, timeout=60)
    finally:
        fake.stop()
    assert proc.returncode == 0, err[-3000:]
    assert "DEBUG" in err and "Chat not found (/bot<TOKEN>" in err and "bot<TOKEN>/getMe" in err  # logged, redacted
    assert_no_secret(out, err, token=token)


# -- who may use the bot ---------------------------------------------------------------------

ALLOWED_PRIVATE, ALLOWED_GROUP, ADMIN = 1001, -1001001, 4242


def test_allow_list_and_admin_only_reindex(article_engine):
    reindexed: list[int] = []

    def reindex() -> Any:
        reindexed.append(1)
        return article_engine

    token = "700000043:AAHsecretForTheAccessControlTest_abcdefghij"
    fake = FakeTelegram().start()
    fake.add_bot(token)
    fake.bots[token].faults.deliver_everything = True
    settings = Settings(allowed_chats=frozenset({ALLOWED_PRIVATE, ALLOWED_GROUP, ADMIN}), admins=frozenset({ADMIN}),
                        rate=(100, 1.0), corpus_check=0)
    app = build_application(token, article_engine, settings, base_url=fake.base_url, reindex=reindex)
    runner = BotThread(app).start()

    def say(chat: int, text: str | None = None, user: int | None = None, kind: str = "message",
            **extra: Any) -> list:
        n = len(fake.sent(token, chat))
        msg = fake.message(token, chat, text, user_id=user, extra=extra or None)
        if kind == "edited_message":
            msg["edit_date"] = int(time.time())
        runner.wait_done(fake.inject(token, {kind: msg}))
        return [s.plain for s in fake.sent(token, chat)[n:]]

    mention = "@wenda_test_bot "
    try:
        assert "43个" in say(ALLOWED_PRIVATE, SEED)[0]
        assert "43个" in say(ALLOWED_GROUP, mention + SEED)[0]
        # a stranger's private chat: one refusal, then silence, whatever it sends
        assert say(2002, SEED) == [T_REFUSE]
        assert say(2002, "/start") == [] and say(2002, SEED) == [] and say(2002, "/reindex", user=ADMIN) == []
        assert say(2002, None, sticker={"file_id": "x", "file_unique_id": "y", "type": "regular", "width": 1,
                                        "height": 1, "is_animated": False, "is_video": False}) == []
        assert say(2002, SEED, kind="edited_message") == []
        # a stranger's group: chatter gets nothing (not even a refusal); addressed once: one refusal
        assert say(-3003, SEED) == []
        assert say(-3003, mention + SEED) == [T_REFUSE]
        assert say(-3003, mention + SEED) == [] and say(-3003, "/ask " + SEED) == []
        # /reindex: not for users who are not admins, even in allowed chats; admins only in allowed chats
        assert say(ALLOWED_PRIVATE, "/reindex") == [T_NOT_ADMIN]
        assert say(ALLOWED_GROUP, "/reindex", user=ALLOWED_PRIVATE) == [T_NOT_ADMIN]
        assert say(ALLOWED_GROUP, "/reindex@wenda_test_bot", user=5555) == [T_NOT_ADMIN]
        assert say(-3004, "/reindex", user=ADMIN) == [T_REFUSE] and reindexed == []
        assert say(ALLOWED_GROUP, "/reindex", user=ADMIN)[0].startswith("开始重建索引")
        async def rebuilt() -> None:
            await app.bot_data["wenda"].reindex_task

        runner.call(rebuilt())
        assert reindexed == [1]
        assert fake.sent(token, ALLOWED_GROUP)[-1].plain.startswith("索引已重建")
        # a callback query from a chat outside the list: nothing
        cq = {"id": "9", "from": {"id": 2002, "is_bot": False, "first_name": "x"}, "chat_instance": "c",
              "data": "d", "message": {"message_id": 1, "date": 0, "chat": {"id": 2002, "type": "private",
                                                                            "first_name": "x"}, "text": "t"}}
        runner.wait_done(fake.inject(token, {"callback_query": cq}))
        assert len(fake.sent(token, 2002)) == 1
        assert not runner.errors and not fake.rejected(token)
    finally:
        runner.stop()
        fake.stop()


# -- escaping ----------------------------------------------------------------------------------

HOSTILE_DOC = "a&b <x>.txt"
HOSTILE_SECTION = "绿水乡<i>&amp;</i>"
HOSTILE = """青山镇：<b>众志成城</b> & 抗疫情

青山镇共设置卡点12个<script>alert('x')</script>&amp;每天出动党员干部80名。全镇排查返乡人员356人,发放<i>宣传单</i>3000份&更多。
"""


def test_user_and_corpus_text_is_escaped_in_every_reply(tmp_path):
    from wenda.index.engine import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / HOSTILE_DOC).write_text(HOSTILE, encoding="utf-8")
    (corpus / "b.md").write_text(f"# {HOSTILE_SECTION}\n\n绿水乡设置卡点7个，向红十字会捐款2万元。\n", encoding="utf-8")
    engine = Engine.open(engine_config(corpus, tmp_path / "idx"), progress=False)
    token = "700000044:AAHsecretForTheEscapingTest_abcdefghijklmnop"
    fake = FakeTelegram().start()
    fake.add_bot(token)
    app = build_application(token, engine, Settings(rate=(100, 1.0), corpus_check=0), base_url=fake.base_url)
    runner = BotThread(app).start()

    def say(chat: int, text: str) -> Any:
        runner.wait_done(fake.inject(token, {"message": fake.message(token, chat, text)}))
        return fake.sent(token, chat)[-1]

    try:
        reply = say(1, "<b>青山镇</b>设了多少个卡点？")
        assert reply.parse_mode == "HTML" and reply.formatted("bold") == ["12个"]
        [quote] = reply.formatted("blockquote")
        assert "卡点12个<script>alert('x')</script>&amp;" in quote  # shown as written, not interpreted
        assert "<script>" not in reply.text and "&lt;script&gt;" in reply.text and "&amp;amp;" in reply.text
        assert HOSTILE_DOC in reply.plain
        sources = say(2, "/sources")
        assert HOSTILE_DOC in sources.plain and "&lt;x&gt;" in sources.text
        start = say(3, "/start")
        assert "青山镇" in start.plain and HOSTILE_SECTION in start.plain and not start.formatted("italic")
        reply = say(6, "绿水乡设置了几个卡点？")
        assert reply.formatted("bold") == ["7个"] and f"b.md · {HOSTILE_SECTION}" in reply.plain
        refusal = say(4, "<i>绿水镇</i>有<a href='x'>多少</a>人？&")
        assert refusal.plain.startswith("资料中没有找到") and refusal.parse_mode == "HTML"
        assert HOSTILE_SECTION in refusal.plain  # «资料涵盖：…», literally
        long = say(5, "<b>" * 400)  # too long: declined, the count in the reply, nothing else echoed
        assert long.plain.startswith("问题太长了") and "<b>" not in long.text
        # Telegram (the fake, as strict) refused nothing: no reply needed the plain-text fallback
        assert not fake.rejected(token), fake.rejected(token)
        assert all(s.parse_mode == "HTML" for s in fake.sent(token))
        assert not runner.errors
    finally:
        runner.stop()
        fake.stop()
