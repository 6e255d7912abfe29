"""Two `wenda serve --webhook` processes behind one bot token keep each chat in order and answer
each update once (wenda.bot.turns), on a real shared store: one SQLite file, and a real Redis
(WENDA_TEST_REDIS, started by .ci/run; skipped, with the reason printed, when none answers).

The test plays Telegram and the reverse proxy: it posts a chat's updates to the workers over HTTP
with the secret header, and the fake Bot API holds the reply to the first question for a few
seconds. Without per-chat turns across workers, the other worker's reply to the second question
would arrive first.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from support import REPO
from support.fake_telegram import FakeTelegram, killed_on_exit, sigterm

pytest.importorskip("tornado", reason="webhook mode needs python-telegram-bot[webhooks] (tornado)")

TOKEN = "700000041:AAFakeTokenForTheTwoWorkersOrderTests_0123"
SECRET = "two-workers-secret-0123456789"
HOLD = 5.0  # seconds the fake holds the reply to a chat's first question
QUESTIONS = ["崔桥镇设了多少卡点", "大李庄乡乡长叫什么名字？", "许峰多长时间没有休息？"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port: int, update: dict) -> int:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/hook", data=json.dumps(update).encode(),
                                 headers={"Content-Type": "application/json",
                                          "X-Telegram-Bot-Api-Secret-Token": SECRET})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status


def ready(port: int, proc: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "a worker did not become ready"
        time.sleep(0.2)


@pytest.fixture(params=["sqlite", "redis"])
def workers(request, tmp_path):
    """Two webhook workers sharing one store, one fake Bot API: (fake, [port A, port B])."""
    fake = FakeTelegram().start()
    fake.add_bot(TOKEN, username="wenda_workers_bot")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WENDA_ALLOWED", "WENDA_ADMINS",
                                                                        "WENDA_RATE", "WENDA_WEBHOOK", "WENDA_STATE"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, WENDA_WEBHOOK_SECRET=SECRET,
               WENDA_WEBHOOK_URL="https://workers.example.invalid/hook", WENDA_WEBHOOK_LISTEN="127.0.0.1",
               WENDA_DATA_DIR=str(tmp_path / "data"), WENDA_CORPUS_CHECK="0", WENDA_RATE="100/60")
    if request.param == "redis":
        env["WENDA_STATE"] = request.getfixturevalue("redis_url")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    ports = [free_port(), free_port()]
    procs = [subprocess.Popen([sys.executable, "-m", "wenda", "serve"], cwd=REPO,
                              env={**env, "WENDA_WEBHOOK_PORT": str(port)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for port in ports]
    try:
        with killed_on_exit(procs[0]), killed_on_exit(procs[1]):
            for port, proc in zip(ports, procs):
                ready(port, proc)
            yield fake, ports
            for proc in procs:
                _, err = sigterm(proc, timeout=60)
                assert proc.returncode == 0 and "Traceback" not in err, err[-3000:]
    finally:
        fake.stop()


def update_for(fake: FakeTelegram, update_id: int, chat: int, text: str) -> dict:
    update = {"update_id": update_id, "message": fake.message(TOKEN, chat, text)}
    fake.remember(TOKEN, update)
    return update


def replies(fake: FakeTelegram, chat: int, n: int) -> list:
    """The chat's replies once n have arrived (and a moment more, for any extra one)."""
    return fake.wait_sent(TOKEN, chat, n, timeout=90, settle=1.0)


def test_two_workers_keep_each_chat_in_order_and_answer_each_update_once(workers, article_engine):
    fake, (a, b) = workers
    answers = [article_engine.ask(q) for q in QUESTIONS]
    assert all(x.found for x in answers)

    # 1. a chat's first question to worker A (its reply held), the second to worker B
    first, second = update_for(fake, 1, 801, QUESTIONS[0]), update_for(fake, 2, 801, QUESTIONS[1])
    fake.hold_reply_to(TOKEN, 801, first["message"]["message_id"], HOLD)
    assert post(a, first) == 200 and post(b, second) == 200
    got = replies(fake, 801, 2)
    assert [s.reply_to for s in got] == [first["message"]["message_id"], second["message"]["message_id"]]
    assert answers[0].span in got[0].plain and answers[1].span in got[1].plain

    # 2. both questions to A, the second one retried by Telegram to B while A still holds the
    #    first: B drops the retry; A answers both, in order, each once
    third, fourth = update_for(fake, 3, 802, QUESTIONS[0]), update_for(fake, 4, 802, QUESTIONS[2])
    fake.hold_reply_to(TOKEN, 802, third["message"]["message_id"], HOLD)
    assert post(a, third) == 200 and post(a, fourth) == 200 and post(b, fourth) == 200
    got = replies(fake, 802, 2)
    assert [s.reply_to for s in got] == [third["message"]["message_id"], fourth["message"]["message_id"]]
    assert answers[2].span in got[1].plain

    # 3. a retry of an update already answered, to either worker, is not answered again; and
    #    another chat is never held up by a chat waiting its turn
    fifth = update_for(fake, 5, 803, QUESTIONS[1])
    sixth = update_for(fake, 6, 804, QUESTIONS[2])
    fake.hold_reply_to(TOKEN, 803, fifth["message"]["message_id"], HOLD)
    started = time.monotonic()
    assert post(a, fifth) == 200 and post(b, sixth) == 200
    assert len(fake.wait_sent(TOKEN, 804, 1, timeout=60)) == 1
    assert time.monotonic() - started < HOLD  # chat 804 did not wait for chat 803
    assert post(b, first) == 200 and post(a, second) == 200
    assert len(replies(fake, 803, 1)) == 1
    assert len(fake.sent(TOKEN, 801)) == 2
    assert sum(s.reply_to is not None for s in fake.sent(TOKEN)) == 6
