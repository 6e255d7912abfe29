"""Webhook mode (bot/webhook.py) end to end over HTTP: Telegram's side is the fake Bot API
(setWebhook, sendMessage), and the test posts updates to the bot's own server as Telegram would,
with and without the secret-token header; /healthz and /readyz answer a load balancer.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from wenda.bot.app import ALLOWED_UPDATES, build_application
from wenda.bot.cli import main as cli_main
from wenda.bot.config import Settings
from wenda.bot.webhook import SECRET_HEADER, serve_webhook
from support.fake_engine import FakeEngine
from support.fake_telegram import FakeTelegram, killed_on_exit, sigterm

from support import REPO

pytest.importorskip("tornado", reason="webhook mode needs python-telegram-bot[webhooks] (tornado)")

TOKEN = "700000031:AAFakeTokenForTheWebhookServerTests_012345"
TOKEN_SERVE = "700000032:AAFakeTokenForTheWebhookSubprocess_0123456"
SECRET = "s3cret-For_the-webhook-tests-0123456789"
URL = "https://bot.example.invalid/wenda/hook"
SEED = "崔桥镇设了多少卡点"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method: str, url: str, body: dict | bytes | None = None, secret: str | None = None,
         timeout: float = 30) -> tuple[int, str]:
    """(status, body) of one request; retried while nothing listens yet."""
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    headers = {"Content-Type": "application/json", **({SECRET_HEADER: secret} if secret is not None else {})}
    deadline = time.monotonic() + timeout
    while True:
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@pytest.fixture(scope="module")
def fake():
    server = FakeTelegram().start()
    yield server
    server.stop()


class Served:
    """serve_webhook on its own event loop in a thread; the engine arrives when `release` is set."""

    def __init__(self, fake: FakeTelegram):
        self.fake, self.port = fake, free_port()
        self.release = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.stop_event: asyncio.Event | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self.run, daemon=True)

    def load(self) -> FakeEngine:
        assert self.release.wait(60)
        return FakeEngine()

    def run(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def main() -> None:
            self.stop_event = asyncio.Event()
            await serve_webhook(
                self.load, lambda engine: build_application(TOKEN, engine, Settings(rate=(100, 1.0)),
                                                            base_url=self.fake.base_url),
                url=URL, secret=SECRET, listen="127.0.0.1", port=self.port, path="/wenda/hook",
                allowed_updates=ALLOWED_UPDATES, stop=self.stop_event)

        try:
            self.loop.run_until_complete(main())
        except BaseException as e:  # reported by the test
            self.error = e

    def ready(self) -> None:
        """Let the engine load; wait until /readyz says ready."""
        self.release.set()
        deadline = time.monotonic() + 60
        while http("GET", self.url("/readyz"))[0] != 200:
            assert time.monotonic() < deadline and self.error is None, self.error
            time.sleep(0.05)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        if self.stop_event is not None:
            self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(30)


@pytest.fixture(scope="module")
def served(fake):
    fake.add_bot(TOKEN, username="wenda_webhook_bot")
    s = Served(fake)
    s.thread.start()
    yield s
    s.stop()


def a_message(fake: FakeTelegram, token: str, chat: int, text: str) -> dict:
    msg = fake.message(token, chat, text)
    fake.remember(token, {"message": msg})  # Telegram knows the chat and the message it delivers
    return msg


def test_live_at_once_ready_only_once_the_engine_is_loaded(served, fake):
    assert http("GET", served.url("/healthz")) == (200, "ok")
    assert http("GET", served.url("/readyz")) == (503, "loading")
    msg = a_message(fake, TOKEN, 801, "甲镇设置了多少卡点？")
    status, _ = http("POST", served.url("/wenda/hook"), {"update_id": 1, "message": msg}, secret=SECRET)
    assert status == 503  # not ready: Telegram keeps the update and sends it again later
    assert fake.calls(TOKEN, "setWebhook") == []
    served.ready()
    [(_, params)] = fake.calls(TOKEN, "setWebhook")
    assert params["url"] == URL and params["secret_token"] == SECRET
    assert params["allowed_updates"] == ALLOWED_UPDATES


def test_an_update_with_the_secret_is_answered(served, fake):
    served.ready()
    msg = a_message(fake, TOKEN, 802, "甲镇设置了多少卡点？")
    assert http("POST", served.url("/wenda/hook"), {"update_id": 2, "message": msg}, secret=SECRET)[0] == 200
    [reply] = fake.wait_sent(TOKEN, 802, 1)
    assert reply.formatted("bold") == ["7个"] and reply.reply_to == msg["message_id"]


UPDATE_IDS = itertools.count(1000)


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET[:-1], SECRET + "x", SECRET.upper()])
def test_without_the_right_secret_403_and_nothing_is_answered(served, fake, secret):
    served.ready()
    chat = 803
    before = len(fake.sent(TOKEN, chat))
    msg = a_message(fake, TOKEN, chat, "甲镇设置了多少卡点？")
    # fresh update ids each time: a redelivered update_id is (rightly) answered only once
    refused_id, ok_id = next(UPDATE_IDS), next(UPDATE_IDS)
    status, _ = http("POST", served.url("/wenda/hook"), {"update_id": refused_id, "message": msg}, secret=secret)
    assert status == 403
    # a request with the secret, after it, is answered: the refused one never was
    ok = a_message(fake, TOKEN, chat, "乙镇设置了多少卡点？")
    assert http("POST", served.url("/wenda/hook"), {"update_id": ok_id, "message": ok}, secret=SECRET)[0] == 200
    sent = fake.wait_sent(TOKEN, chat, before + 1, settle=0.3)[before:]
    assert [s.reply_to for s in sent] == [ok["message_id"]]


def test_other_paths_and_bad_bodies(served, fake):
    served.ready()
    assert http("POST", served.url("/other"), {"update_id": 5}, secret=SECRET)[0] == 404
    assert http("GET", served.url("/wenda/hook"))[0] == 405
    assert http("POST", served.url("/wenda/hook"), b"not json", secret=SECRET)[0] == 400
    assert http("POST", served.url("/wenda/hook"), {"update_id": 6, "message": {"bad": 1}}, secret=SECRET)[0] == 200
    assert http("GET", served.url("/healthz")) == (200, "ok") and http("GET", served.url("/readyz")) == (200, "ready")


# -- `wenda serve --webhook`: the command, its settings and their errors -----------------------

def serve_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WENDA_ALLOWED", "WENDA_ADMINS",
                                                                        "WENDA_RATE", "WENDA_WEBHOOK"))}
    env.update(extra)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def test_wenda_serve_webhook_answers_and_stops_on_sigterm(fake, article_engine):
    """WENDA_WEBHOOK_URL/_SECRET/_LISTEN/_PORT: setWebhook with the secret, updates posted to the
    bot's own server answered, a wrong secret refused, /readyz ready, SIGTERM stops it."""
    fake.add_bot(TOKEN_SERVE, username="wenda_hook_bot")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "wenda", "serve"], cwd=REPO,
        env=serve_env(TELEGRAM_BOT_TOKEN=TOKEN_SERVE, TELEGRAM_API_BASE_URL=fake.base_url,
                      WENDA_WEBHOOK_URL="https://bot.example.invalid/tg/hook", WENDA_WEBHOOK_SECRET=SECRET,
                      WENDA_WEBHOOK_LISTEN="127.0.0.1", WENDA_WEBHOOK_PORT=str(port)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    with killed_on_exit(proc):
        assert http("GET", base + "/healthz", timeout=120) == (200, "ok")
        deadline = time.monotonic() + 180
        while http("GET", base + "/readyz")[0] != 200:
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.1)
        params = fake.calls(TOKEN_SERVE, "setWebhook")[-1][1]
        assert params["url"] == "https://bot.example.invalid/tg/hook" and params["secret_token"] == SECRET
        msg = a_message(fake, TOKEN_SERVE, 701, SEED)
        assert http("POST", base + "/tg/hook", {"update_id": 1, "message": msg}, secret="wrong")[0] == 403
        assert http("POST", base + "/tg/hook", {"update_id": 2, "message": msg}, secret=SECRET)[0] == 200
        [reply] = fake.wait_sent(TOKEN_SERVE, 701, 1, timeout=60, settle=0.3)
        assert reply.formatted("bold") == ["43个"] and reply.reply_to == msg["message_id"]
        out, err = sigterm(proc)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and TOKEN_SERVE not in err + out and SECRET not in err + out
    assert "webhook set; ready" in err and "stopped" in err


@pytest.mark.parametrize("argv, env, says", [
    (["serve", "--webhook", "https://bot.example.org/hook"], {}, "WENDA_WEBHOOK_SECRET"),
    (["serve", "--webhook", "http://bot.example.org/hook"], {"WENDA_WEBHOOK_SECRET": SECRET}, "https://"),
    (["serve"], {"WENDA_WEBHOOK_URL": "bot.example.org/hook", "WENDA_WEBHOOK_SECRET": SECRET}, "WENDA_WEBHOOK_URL"),
    (["serve", "--webhook", "https://bot.example.org/hook"], {"WENDA_WEBHOOK_SECRET": "has spaces in it"},
     "WENDA_WEBHOOK_SECRET"),
    (["serve"], {"WENDA_WEBHOOK_PORT": "http"}, "WENDA_WEBHOOK_PORT"),
    (["serve"], {"WENDA_MAX_UPLOAD_MB": "-3"}, "WENDA_MAX_UPLOAD_MB"),
    (["serve"], {"WENDA_SEND_RATE": "fast"}, "WENDA_SEND_RATE"),
])
def test_webhook_settings_that_cannot_work_exit_2_naming_what_to_fix(monkeypatch, capsys, argv, env, says):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    for name in ("WENDA_WEBHOOK_URL", "WENDA_WEBHOOK_SECRET", "WENDA_WEBHOOK_PORT", "WENDA_MAX_UPLOAD_MB",
                 "WENDA_SEND_RATE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cli_main(argv) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err and TOKEN not in err
