"""Load with faults: many chats asking at once while the Bot API misbehaves.

Simulated chats each send their questions in quick succession (all chats at the same time),
through the fake Bot API over real HTTP, while the server
  * answers a share (5%) of sendMessage calls with 500 Internal Server Error (not delivered),
  * answers one sendMessage with 429 Too Many Requests and retry_after,
  * stalls one getUpdates call for 3 s while questions keep arriving.
Every question must be answered exactly once (one accepted reply to each question, none twice),
each chat's replies in the order its questions were asked, each reply exactly what the engine
answers; nothing reaches the error handler and nothing is logged at ERROR.

CI runs 20 chats × 5 questions with the bot in process (its error handler and log records are
checked directly); `bench/bench_load.py` runs the full 100 × 10 the way it runs in production:
`wenda serve` and the fake Bot API (tests/support/fake_telegram.py) as processes of their own,
over HTTP, and prints throughput and latency. The flood limit is configured so that a chat's
questions are all accepted (WENDA_RATE would otherwise drop the 6th of 10 in 30 s).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.format import split_message
from wenda.bot.handlers import reply_for
from support.bots import BotThread
from support.fake_telegram import FakeTelegram

from support import DATA, REPO
TOKEN = "700000021:AAFakeTokenForTheLoadTestsWithFaults_0123456"


def bench_module(name: str):
    """A module of bench/ (the benchmarks share their tally with this test; bench never imports tests)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


Tally = bench_module("botprocs").Tally


@dataclass
class LoadResult:
    chats: int
    per_chat: int
    tally: Any  # bench/botprocs.py's Tally: exactly once, in order, the engine's answer, how fast
    faults: dict[str, int] = field(default_factory=dict)  # what the server injected
    errors: list[str] = field(default_factory=list)  # error handler calls
    rejected_other: list[str] = field(default_factory=list)  # sends refused for other reasons

    def summary(self) -> str:
        return (f"{self.tally.counts()} ({self.chats} chats × {self.per_chat}); faults injected {self.faults}; "
                f"{self.tally.speed()}")


def load_questions() -> list[str]:
    lines = (DATA / "article_questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def run_load(engine: Any, chats: int, per_chat: int, *, error_ratio: float = 0.05, seed: int = 6,
             stall: float = 3.0, retry_after: int = 1, gap: float = 0.05, rate: float | None = None,
             timeout: float = 600.0) -> LoadResult:
    """Drive one bot with `chats` × `per_chat` questions under faults; check and measure the result.

    Round r: every chat sends its r-th question (chats interleaved), `gap` seconds between rounds;
    with `rate`, questions arrive one by one at that many per second instead of in bursts.
    After the first round the next sendMessage gets 429 (retry_after); before round 2 the next
    getUpdates stalls `stall` seconds; `error_ratio` of all sendMessage calls fail with 500.
    """
    questions = load_questions()
    sections = engine.section_names()
    expected = {q: split_message(reply_for(engine.ask(q), sections)) for q in questions}
    assert all(len(v) == 1 for v in expected.values()), "the load questions must have one-message replies"

    fake = FakeTelegram().start()
    fake.add_bot(TOKEN, username="wenda_load_bot")
    app = build_application(TOKEN, engine, Settings(rate=(per_chat, 600.0), corpus_check=0), base_url=fake.base_url)
    runner = BotThread(app).start()
    try:
        fake.fail_sends(TOKEN, error_ratio, seed=seed)
        asked: dict[int, list[tuple[int, str, float]]] = {}  # chat → [(message id, question, when)]
        chat_ids = [900_000 + i for i in range(chats)]
        total = chats * per_chat
        t0 = time.monotonic()
        for r in range(per_chat):
            if r == 1:
                fake.fail_next_send(TOKEN, 429, f"Too Many Requests: retry after {retry_after}",
                                    {"retry_after": retry_after})
            if r == 2 and stall:
                fake.stall_next_poll(TOKEN, stall)
            for i, chat in enumerate(chat_ids):
                q = questions[(i * 7 + r * 3) % len(questions)]
                msg = fake.user_text(TOKEN, chat, q)
                asked.setdefault(chat, []).append((msg["message_id"], q, time.monotonic()))
                if rate:
                    time.sleep(1.0 / rate)
            time.sleep(0 if rate else gap)
        deadline = t0 + timeout
        while len(fake.sent(TOKEN)) < total and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # anything sent twice would show up now
        sent = fake.sent(TOKEN)
        rejected = fake.rejected(TOKEN)  # before stopping (PTB's last getUpdates at stop ends the old poll: 409)
    finally:
        runner.stop()
        fake.stop()

    sent_dicts = [{"chat_id": x.chat_id, "reply_to": x.reply_to, "text": x.text, "at": x.at} for x in sent]
    result = LoadResult(chats, per_chat, Tally.of(asked, sent_dicts, expected),
                        faults=dict(fake.faults(TOKEN).injected))
    result.errors = [f"error handler: {type(e).__name__}: {e}" for _, e in runner.errors]
    result.rejected_other = [f"{m}: {why}" for m, _, why in rejected
                             if not why.startswith(("Internal Server Error", "Too Many Requests"))]
    return result


def test_20_chats_x_5_questions_under_faults_each_answered_exactly_once_in_order(article_engine, caplog):
    caplog.set_level(logging.WARNING)
    result = run_load(article_engine, chats=20, per_chat=5, error_ratio=0.05, stall=3.0, retry_after=1)
    print("\n" + result.summary())
    assert result.errors == [] and result.rejected_other == []
    # the bot's own errors; the fake server (aiohttp.server) logs a client that gave up on a stalled call
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR and r.name != "aiohttp.server"] == []
    resends = [r for r in caplog.records if r.name == "wenda.bot.delivery" and "sending it again" in r.getMessage()]
    t = result.tally
    assert (t.answered_once, t.doubled, t.lost) == (100, 0, 0), result.summary()
    assert t.out_of_order_chats == 0 and t.wrong_text == 0, result.summary()
    # the faults really happened, and the bot got over them
    assert result.faults.get("429") == 1 and result.faults.get("poll_stall") == 1, result.faults
    # each 500 was sent again once; the 429 was left to PTB's rate limiter (it waits and retries)
    assert result.faults.get("500", 0) >= 1 and len(resends) == result.faults["500"], result.summary()


def test_a_reply_telegram_keeps_refusing_is_given_up_cleanly(article_engine, monkeypatch):
    """A reply Telegram keeps refusing (503) is given up after the retries (no endless loop, no
    crash); the user is then told something went wrong, once Telegram takes messages again."""
    from wenda.bot import delivery

    monkeypatch.setattr(delivery, "SEND_BACKOFF", 0.01)
    fake = FakeTelegram().start()
    token = "700000022:AAFakeTokenForTheGiveUpTestOfTheLoadSuite_01"
    fake.add_bot(token)
    app = build_application(token, article_engine, Settings(corpus_check=0), base_url=fake.base_url)
    runner = BotThread(app).start()
    try:
        for _ in range(delivery.SEND_RETRIES + 1):
            fake.fail_next_send(token, 503, "Service Unavailable")
        uid = fake.inject(token, {"message": fake.message(token, 4711, "崔桥镇设了多少卡点")})
        runner.wait_done(uid, timeout=60)
        [sorry] = fake.sent(token, 4711)
        assert sorry.plain.startswith("抱歉，处理这条消息时出错了")
        assert fake.faults(token).injected == {"503": delivery.SEND_RETRIES + 1}
        assert [type(e).__name__ for _, e in runner.errors] == ["NetworkError"]
    finally:
        runner.stop()
        fake.stop()


def test_a_reply_that_may_have_arrived_is_not_sent_twice(article_engine):
    """Telegram takes the reply but answers after the bot's read timeout (TimedOut): the bot cannot
    know it arrived, so it neither sends it again nor apologises; the user has exactly one reply."""
    from telegram.request import HTTPXRequest

    fake = FakeTelegram().start()
    token = "700000023:AAFakeTokenForTheSlowSendTestOfTheLoadSuite1"
    fake.add_bot(token)
    app = build_application(token, article_engine, Settings(corpus_check=0), base_url=fake.base_url,
                            request=HTTPXRequest(connection_pool_size=8, read_timeout=1.0))
    runner = BotThread(app).start()
    try:
        fake.delay_next_send(token, 3.0)
        uid = fake.inject(token, {"message": fake.message(token, 4712, "崔桥镇设了多少卡点")})
        runner.wait_done(uid, timeout=60)
        time.sleep(2.5)  # the delayed answer has come and gone
        [reply] = fake.sent(token, 4712)
        assert reply.formatted("bold") == ["43个"]
        assert fake.faults(token).injected == {"slow_send": 1}
        assert [type(e).__name__ for _, e in runner.errors] == ["TimedOut"]
        # the next question is answered normally
        uid = fake.inject(token, {"message": fake.message(token, 4712, "大李庄乡设置了多少个卡点？")})
        runner.wait_done(uid, timeout=60)
        assert len(fake.sent(token, 4712)) == 2 and "21个" in fake.sent(token, 4712)[1].formatted("bold")
    finally:
        runner.stop()
        fake.stop()


