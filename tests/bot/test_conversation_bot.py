"""Conversation scripts through the bot itself, over real HTTP to the fake Bot API: follow-ups in
a private chat, two people interleaving in a group, a reply to an older answer, several sections
and arithmetic, /new, expiry, and a restart in the middle of a conversation.

The module-level scripts (tests/bot/test_conversation.py) check the reading of each message in
detail; these check that the bot wires it up: whose context a message belongs to, what a reply
refers to, and that the state outlives the process.
"""

from __future__ import annotations

import time

import pytest
from support.bots import BotThread
from support.fake_telegram import FakeTelegram, Sent

from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.conversation import CLEARED

TOKEN = "700000010:AAFakeTokenForTheConversationBot_01234567"
NAME = "wenda_talk_bot"
SEED = "崔桥镇设了多少卡点"


@pytest.fixture(scope="module")
def fake():
    server = FakeTelegram().start()
    server.add_bot(TOKEN, username=NAME)
    yield server
    server.stop()


@pytest.fixture()
def bot(fake, article_engine, tmp_path):
    """A bot on the bundled article with its conversation state in tmp_path; stops after the test."""
    runners: list[BotThread] = []

    def start(**settings) -> BotThread:
        opts = {"rate": (100, 1.0), "corpus_check": 0, "data_dir": tmp_path / "data", **settings}
        app = build_application(TOKEN, article_engine, Settings(**opts), base_url=fake.base_url)
        runners.append(BotThread(app).start())
        return runners[-1]

    yield start
    for r in runners:
        r.stop()


def say(fake: FakeTelegram, chat: int, text: str, **kw) -> Sent:
    """One message in; the one reply it gets."""
    before = len(fake.sent(TOKEN, chat))
    fake.user_text(TOKEN, chat, text, **kw)
    return fake.wait_sent(TOKEN, chat, before + 1, timeout=60)[before]


def test_private_follow_ups_small_talk_and_new(fake, bot):
    bot()
    chat = 3001
    assert say(fake, chat, SEED).formatted("bold") == ["43个"]
    follow = say(fake, chat, "那大李庄乡呢？")
    assert follow.plain.startswith("按“大李庄乡")  # how it was read comes first
    assert "21个" in follow.formatted("bold") and "设置卡点21个" in follow.plain
    thanks = say(fake, chat, "谢谢！")
    assert "没有找到" not in thanks.plain and thanks.formatted("bold") == []
    assert say(fake, chat, "/new").plain == CLEARED
    after_new = say(fake, chat, "那白潭镇呢")
    assert after_new.formatted("bold") == [] and "没有上一个问题" in after_new.plain


def test_several_sections_and_arithmetic_with_every_figure_quoted(fake, bot):
    bot()
    chat = 3002
    each = say(fake, chat, "崔桥镇和大李庄乡各设了多少卡点？")
    assert {"43个", "21个"} <= set(each.formatted("bold"))
    assert "村级设置堵卡点43个" in each.plain and "设置卡点21个" in each.plain  # each figure with its quote
    diff = say(fake, chat, "崔桥镇比大李庄乡多设了几个卡点？")
    assert "43个 − 大李庄乡21个 = 22个" in diff.plain


def test_two_people_in_a_group_each_keep_their_own_thread(fake, bot):
    bot()
    group, alice, bob = -3003, 501, 502
    mention = f"@{NAME} "
    assert say(fake, group, mention + SEED, user_id=alice).formatted("bold") == ["43个"]
    bob_first = say(fake, group, mention + "大李庄乡劝阻了多少辆车？", user_id=bob)
    assert "160辆" in bob_first.formatted("bold")
    alice_next = say(fake, group, mention + "那大李庄乡呢？", user_id=alice)  # alice's context: checkpoints
    reading = alice_next.plain.splitlines()[0]
    assert reading.startswith("按“大李庄乡") and "卡点" in reading and "车" not in reading
    assert alice_next.formatted("bold") == ["21个"]
    bob_next = say(fake, group, mention + "那崔桥镇呢？", user_id=bob)  # bob's context: vehicles turned back
    reading = bob_next.plain.splitlines()[0]
    assert reading.startswith("按“崔桥镇") and "车" in reading and "卡点" not in reading


def test_a_reply_to_an_older_answer_follows_that_answer(fake, bot):
    bot()
    group, user = -3004, 601
    first = say(fake, group, f"@{NAME} {SEED}", user_id=user)
    say(fake, group, f"@{NAME} 大李庄乡劝阻了多少辆车？", user_id=user)  # a different topic since
    older = fake.bot_message_dict(TOKEN, first)
    reply = say(fake, group, "那大李庄乡呢？", user_id=user, reply_to=older)
    reading = reply.plain.splitlines()[0]
    assert reading.startswith("按“大李庄乡") and "卡点" in reading and "车" not in reading
    assert reply.formatted("bold") == ["21个"]


def test_context_expires(fake, bot):
    bot(context_ttl=1.0)
    chat = 3005
    assert say(fake, chat, SEED).formatted("bold") == ["43个"]
    time.sleep(1.5)
    late = say(fake, chat, "那大李庄乡呢？")
    assert late.formatted("bold") == [] and "没有上一个问题" in late.plain


def test_the_thread_survives_a_restart(fake, bot):
    first = bot()
    chat = 3006
    assert say(fake, chat, SEED).formatted("bold") == ["43个"]
    first.stop()
    bot()  # a new process would open the same data folder
    follow = say(fake, chat, "那大李庄乡呢？")
    assert follow.plain.startswith("按“大李庄乡") and "21个" in follow.formatted("bold")
