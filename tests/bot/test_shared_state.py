"""Bot workers that share their state (wenda.bot.shared), on real stores: SQLite files and a real
Redis (WENDA_TEST_REDIS, started by .ci/run; those cases are skipped, with the reason printed, when
none answers). Two Applications built with build_application, as two `wenda serve` processes
would be, talk HTTP to one fake Bot API: a follow-up asked in one continues the conversation
started in the other, the flood budget is one per chat, and an update delivered to both is
answered once.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from wenda.bot.app import build_application
from wenda.bot.config import ConfigError, Settings, state_url
from wenda.bot.limits import ChatRateLimiter
from wenda.bot.messages import T_REFUSE
from wenda.bot.shared import StateError, open_state
from support.fake_engine import FakeEngine
from support.fake_telegram import FakeTelegram

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ"
BACKENDS = ["sqlite", "redis"]


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path) -> tuple[str | None, Path]:
    """(WENDA_STATE, WENDA_DATA_DIR) of workers that share one store: a SQLite file in one folder,
    or one Redis database (emptied first)."""
    if request.param == "redis":
        return request.getfixturevalue("redis_url"), tmp_path / "unused"
    return None, tmp_path


def two_states(backend: tuple[str | None, Path], ttl: float = 600) -> tuple[Any, Any]:
    url, data_dir = backend
    return open_state(url, data_dir, ttl=ttl), open_state(url, data_dir, ttl=ttl)


# -- the store itself ---------------------------------------------------------------------------

def test_two_connections_see_one_conversation(backend):
    a, b = two_states(backend)
    a.remember("42", "崔桥镇设了多少卡点", ["崔桥镇"], person="")
    turn = b.last("42")
    assert turn is not None and turn.question == "崔桥镇设了多少卡点" and turn.sections == ["崔桥镇"]
    b.remember_message("42", 7, "大李庄乡劝阻了多少辆车")
    assert a.question_of("42", 7) == "大李庄乡劝阻了多少辆车" and a.question_of("42", 8) is None
    a.clear("42")
    assert b.last("42") is None


def test_the_flood_window_and_its_notice_are_shared(backend):
    a, b = two_states(backend)
    now = 1_000_000.0
    assert a.take(5, 3, 30.0, now) == 0.0 and b.take(5, 3, 30.0, now + 1) == 0.0 and a.take(5, 3, 30.0, now + 2) == 0.0
    assert b.take(5, 3, 30.0, now + 3) == pytest.approx(27.0)  # full: the first place frees 30 s after it was taken
    assert a.wait_left(5, 3, 30.0, now + 3) == pytest.approx(27.0)
    assert b.take(6, 3, 30.0, now + 3) == 0.0  # another chat has a budget of its own
    assert a.take(5, 3, 30.0, now + 30) == 0.0  # the first place freed
    assert a.notice(5, "wait", 30.0, now) and not b.notice(5, "wait", 30.0, now + 29)
    assert b.notice(5, "flood", 30.0, now)  # topics are told apart
    assert b.notice(5, "wait", 30.0, now + 30)  # a new window: told again


def test_an_update_id_is_taken_once_across_workers(backend):
    a, b = two_states(backend)
    assert a.first_delivery(1, 500) and not b.first_delivery(1, 500) and not a.first_delivery(1, 500)
    assert b.first_delivery(2, 500)  # another bot's update 500 is another update


def test_concurrent_workers_never_take_more_than_the_budget(backend):
    """Eight connections (threads, each its own connection: for SQLite the file locks of separate
    processes) race for one chat's 40 places: exactly 40 are taken; and for 200 update ids, each
    claimed by all eight, exactly one claim wins per id."""
    url, data_dir = backend
    states = [open_state(url, data_dir) for _ in range(8)]
    taken: list[int] = []
    won: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(len(states))

    def work(state: Any) -> None:
        start.wait()
        mine = sum(state.take(77, 40, 600.0, 2_000_000.0) == 0.0 for _ in range(20))
        wins = [uid for uid in range(200) if state.first_delivery(9, uid)]
        with lock:
            taken.append(mine)
            won.extend(wins)

    threads = [threading.Thread(target=work, args=(s,)) for s in states]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(taken) == 40
    assert sorted(won) == list(range(200))


def test_the_limiter_keeps_its_window_in_the_shared_store(backend):
    a, b = two_states(backend)
    now = [3_000_000.0]
    one = ChatRateLimiter(2, 10.0, clock=lambda: now[0], counters=a)
    two = ChatRateLimiter(2, 10.0, clock=lambda: now[0], counters=b)
    assert one.reserve(1) == 0.0 and two.reserve(1) == 0.0
    assert one.reserve(1) == pytest.approx(10.0) and two.retry_in(1) == pytest.approx(10.0)
    assert one.first_notice(1) and not two.first_notice(1)
    now[0] += 10
    assert two.reserve(1) == 0.0


# -- settings and errors --------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["redis://127.0.0.1:6379/0", "redis://:secret@cache.internal:6380/3",
                                   "rediss://cache.example.org:6380", "unix:///run/redis.sock"])
def test_wenda_state_accepts_redis_urls(value):
    assert Settings.from_env({"WENDA_STATE": value}).state == value
    assert Settings.from_env({}).state is None and state_url("  ") is None


def test_wenda_send_rate_is_the_bots_own_api_rate():
    assert Settings.from_env({}).send_rate == 30.0
    assert Settings.from_env({"WENDA_SEND_RATE": "0"}).send_rate == 0.0  # none of its own (a local Bot API)
    with pytest.raises(ConfigError, match="WENDA_SEND_RATE"):
        Settings.from_env({"WENDA_SEND_RATE": "-5"})


@pytest.mark.parametrize("value", ["sqlite", "postgres://db/wenda", "redis://", "redis://host:port/0",
                                   "redis://host:6379/zero", "127.0.0.1:6379"])
def test_a_bad_wenda_state_names_the_variable(value):
    with pytest.raises(ConfigError, match="WENDA_STATE must be a Redis URL"):
        Settings.from_env({"WENDA_STATE": value})


def test_a_redis_nobody_answers_is_a_clear_error_without_the_password():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(StateError, match=rf"cannot reach the shared state at redis://127\.0\.0\.1:{port}/0") as e:
        open_state(f"redis://:hunter2@127.0.0.1:{port}/0", None)
    assert "hunter2" not in str(e.value)


def test_serve_with_an_unreachable_state_exits_1_with_the_reason(monkeypatch, capsys, tmp_path):
    from wenda.bot.cli import main as cli_main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("WENDA_STATE", f"redis://127.0.0.1:{port}/0")
    code = cli_main(["serve"])
    err = capsys.readouterr().err
    assert code == 1 and "cannot reach the shared state" in err and "WENDA_STATE" in err
    assert "Traceback" not in err


# -- two workers ----------------------------------------------------------------------------------

class Workers:
    """Two bot Applications sharing one state store and one fake Bot API (one bot token)."""

    def __init__(self, engine: Any, backend: tuple[str | None, Path], **settings: Any):
        url, data_dir = backend
        self.fake = FakeTelegram().start()
        self.fake.add_bot(TOKEN)
        self.apps = [build_application(TOKEN, engine, Settings(state=url, data_dir=data_dir, **settings),
                                       base_url=self.fake.base_url) for _ in range(2)]
        self.next_id = 1000

    async def __aenter__(self) -> Workers:
        for app in self.apps:
            await app.initialize()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        for app in self.apps:
            await app.shutdown()
            await app.post_shutdown(app)
        self.fake.stop()

    def update(self, text: str, chat_id: int = 1001, reply_to: dict | None = None) -> dict:
        self.next_id += 1
        update = {"update_id": self.next_id, "message": self.fake.message(TOKEN, chat_id, text, reply_to=reply_to)}
        self.fake.remember(TOKEN, update)
        return update

    async def deliver(self, worker: int, update: dict) -> None:
        """One delivery, as PTB hands it over: through the worker's update processor (which claims
        the update and takes its chat's turn), then the handlers."""
        app = self.apps[worker]
        u = Update.de_json(update, app.bot)
        await app.update_processor.process_update(u, app.process_update(u))

    def replies_to(self, update: dict) -> list[str]:
        mid = update["message"]["message_id"]
        return [s.text for s in self.fake.sent(TOKEN, update["message"]["chat"]["id"]) if s.reply_to == mid]


def test_a_follow_up_in_worker_b_continues_the_conversation_begun_in_worker_a(article_engine, backend):
    async def scenario() -> None:
        async with Workers(article_engine, backend) as w:
            first = w.update("崔桥镇设了多少卡点")
            await w.deliver(0, first)
            follow = w.update("那大李庄乡呢")
            await w.deliver(1, follow)
            (text,) = w.replies_to(follow)
            direct = article_engine.ask("大李庄乡设了多少卡点")
            assert direct.found and direct.span in text and "大李庄乡" in text
            # a reply (in worker A) to the answer worker B sent: its question is the context
            answer_b = next(s for s in w.fake.sent(TOKEN, 1001) if s.reply_to == follow["message"]["message_id"])
            again = w.update("人呢", reply_to=w.fake.bot_message_dict(TOKEN, answer_b))
            await w.deliver(0, again)
            (text,) = w.replies_to(again)
            people = article_engine.ask("大李庄乡劝阻了多少人")
            assert "没有上一个问题" not in text and "大李庄乡" in text
            assert people.found is (people.span in text)
        # control: a worker with a store of its own has no previous question
        async with Workers(article_engine, (None, None)) as alone:
            follow = alone.update("那大李庄乡呢")
            await alone.deliver(1, follow)
            assert "没有上一个问题" in alone.replies_to(follow)[0]

    asyncio.run(scenario())


def test_the_flood_budget_is_one_per_chat_across_workers(backend):
    async def scenario() -> None:
        async with Workers(FakeEngine(), backend, rate=(2, 600.0)) as w:
            q1, q2 = w.update("甲镇设置了多少卡点？"), w.update("甲镇设置了多少卡点？")
            await w.deliver(0, q1)
            await w.deliver(1, q2)
            assert len(w.replies_to(q1)) == 1 and len(w.replies_to(q2)) == 1
            q3, q4 = w.update("甲镇设置了多少卡点？"), w.update("甲镇设置了多少卡点？")
            waiting = [asyncio.create_task(w.deliver(0, q3)), asyncio.create_task(w.deliver(1, q4))]
            for _ in range(200):  # both wait for a place: one notice for the chat, from either worker
                notices = [s.text for s in w.fake.sent(TOKEN, 1001) if "问题有点多" in s.text]
                if notices:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # a second notice would show up now
            notices = [s.text for s in w.fake.sent(TOKEN, 1001) if "问题有点多" in s.text]
            assert len(notices) == 1 and "600 秒内最多回答 2 个问题" in notices[0]
            answers = [t for u in (q3, q4) for t in w.replies_to(u) if "问题有点多" not in t]
            assert not answers and not any(t.done() for t in waiting)
            for t in waiting:
                t.cancel()
            await asyncio.gather(*waiting, return_exceptions=True)
            other = w.update("甲镇设置了多少卡点？", chat_id=2002)  # another chat is not held up
            await w.deliver(1, other)
            assert len(w.replies_to(other)) == 1

    asyncio.run(scenario())


def test_a_chat_outside_the_allowed_ones_is_told_once_whichever_worker_it_reaches(backend):
    async def scenario() -> None:
        async with Workers(FakeEngine(), backend, allowed_chats=frozenset({1})) as w:
            ups = [w.update("甲镇设置了多少卡点？", chat_id=6006) for _ in range(4)]
            for k, u in enumerate(ups):
                await w.deliver(k % 2, u)
            told = [s.text for s in w.fake.sent(TOKEN, 6006)]
            assert told == [T_REFUSE], told  # four messages, two workers: one refusal
            allowed = w.update("甲镇设置了多少卡点？", chat_id=1)
            await w.deliver(1, allowed)
            assert len(w.replies_to(allowed)) == 1

    asyncio.run(scenario())


def test_one_update_delivered_to_both_workers_is_answered_once(backend, caplog):
    async def scenario() -> None:
        engine = FakeEngine()  # both workers' engine: it records every question it was asked
        async with Workers(engine, backend) as w:
            ups = [w.update("甲镇设置了多少卡点？", chat_id=3000 + i) for i in range(10)]
            # every update at once to both workers, and once more to the first: 30 deliveries
            await asyncio.gather(*(w.deliver(k, u) for u in ups for k in (0, 1, 0)))
            assert [len(w.replies_to(u)) for u in ups] == [1] * 10
            assert len(engine.asked) == 10
            # through the update queue too (as polling and the webhook deliver), in both workers
            late = w.update("甲镇设置了多少卡点？", chat_id=4000)
            for app in w.apps:
                await app.start()
            try:
                for app in w.apps:
                    await app.update_queue.put(Update.de_json(late, app.bot))
                for _ in range(100):
                    if w.replies_to(late):
                        break
                    await asyncio.sleep(0.05)
                await asyncio.sleep(0.5)  # a second answer would show up now
            finally:
                for app in w.apps:
                    await app.stop()
            assert len(w.replies_to(late)) == 1

    with caplog.at_level("INFO", logger="wenda.bot.delivery"):
        asyncio.run(scenario())
    dropped = [r for r in caplog.records if "delivered again" in r.getMessage()]
    assert len(dropped) == 21  # 20 of the gathered deliveries and one from the queue


# -- each chat's turns across workers (wenda.bot.turns) ---------------------------------------------

def test_turns_are_taken_in_order_across_connections_and_a_dead_workers_turn_lapses(backend):
    a, b = two_states(backend)
    now = 5_000_000.0
    t1 = a.enter(1, 10, 77, now + 30)  # worker A receives the chat's first update
    t2 = b.enter(1, 11, 77, now + 30)  # worker B its second
    t3 = a.enter(1, 12, 88, now + 30)  # another chat
    assert t1 and t2 and t3 and t1 < t2
    assert b.enter(1, 11, 77, now + 30) is None and a.enter(1, 10, 77, now + 30) is None  # redeliveries
    assert a.enter(1, 13, None, now + 30) == 0  # no chat: claimed, no turn to take
    assert a.first_in_line(77, t1, now) and not b.first_in_line(77, t2, now)
    assert b.first_in_line(88, t3, now)  # another chat is not held up
    a.leave(77, t1)
    assert b.first_in_line(77, t2, now)
    # a worker that dies holding a turn: its lease ends, the chat goes on
    t4, t5 = a.enter(1, 14, 77, now + 30), b.enter(1, 15, 77, now + 30)
    b.leave(77, t2)
    assert not b.first_in_line(77, t5, now + 29)
    a.renew([(77, t4)], now + 60)  # renewed while its worker lives
    assert not b.first_in_line(77, t5, now + 45)
    assert b.first_in_line(77, t5, now + 61)  # not renewed any more: lapsed


def test_turns_claim_on_receipt_and_hand_the_ticket_to_the_handler(backend):
    import asyncio

    from wenda.bot.turns import Turns

    async def scenario() -> None:
        a, b = (Turns(s, bot_id=5) for s in two_states(backend))
        first = a.claim(100, 9)  # worker A, on receipt
        assert first is not None and b.claim(100, 9) is None  # the retry that reaches worker B
        assert a.ticket_for(100, 9) == first and a.ticket_for(100, 9) is None  # handled once
        second = b.ticket_for(101, 9)  # worker B, long polling: claimed when handled
        assert second is not None and second.number > first.number
        waiting = asyncio.create_task(b.wait(second))
        await asyncio.sleep(0.2)
        assert not waiting.done()  # A still holds the chat's earlier turn
        a.release(first)
        await asyncio.wait_for(waiting, 5)
        b.release(second)
        await a.close()
        await b.close()

    asyncio.run(scenario())
