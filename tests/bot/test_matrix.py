"""The bad-update matrix: every kind of update Telegram can send, through the fake Bot API over HTTP.

Each case injects one update (in a private chat, a group, or a channel) and checks the behaviour
docs/telegram.md §4 promises: an answer, a short note (private chats), or silence. A case is over
when the bot has finished processing its update (the test wraps the application's update
processor and waits for that update id), so silence is checked exactly, without sleeping.

Across the whole matrix: no error reaches the application's error handler, no log record at
ERROR or above is written by any logger (telegram, httpx, asyncio, wenda), and Telegram (the
fake) rejects nothing the bot sends.

The fake server runs in "deliver everything" mode here (it ignores allowed_updates), so callback
queries, inline queries and chat-member updates, which the bot does not ask for, reach it anyway.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from wenda.bot.app import ALLOWED_UPDATES, build_application
from wenda.bot.config import Settings
from wenda.bot.format import split_message
from wenda.bot.handlers import reply_for
from wenda.bot.messages import T_EDITED, T_EMPTY, T_NOT_TEXT, T_TOO_LONG, T_UNKNOWN_COMMAND
from support.bots import BotThread
from support.fake_telegram import FakeTelegram, Sent

TOKEN = "700000011:AAFakeTokenForTheBadUpdateMatrix_0123456789"
BOT_NAME = "wenda_test_bot"
BOT_ID = 700000011
SEED = "崔桥镇设了多少卡点"
NOTE = T_NOT_TEXT.split("，")[0]  # «我只能回答文字问题»
USER = {"id": 5150, "is_bot": False, "first_name": "用户", "language_code": "zh-hans"}
OTHER_BOT = {"id": 6160, "is_bot": True, "first_name": "别的机器人", "username": "other_helper_bot"}
ANON_ADMIN = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}


@pytest.fixture(scope="module")
def matrix(article_engine):
    fake = FakeTelegram().start()
    bot = fake.add_bot(TOKEN, username=BOT_NAME)
    bot.faults.deliver_everything = True
    app = build_application(TOKEN, article_engine, Settings(rate=(1000, 1.0), admins=frozenset({USER["id"]})),
                            base_url=fake.base_url)
    runner = BotThread(app).start()
    try:
        yield Matrix(fake, runner, article_engine)
    finally:
        runner.stop()
        fake.stop()


def errors_in(records: list[logging.LogRecord]) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in records if r.levelno >= logging.ERROR]


@pytest.fixture(autouse=True)
def nothing_logged_at_error(caplog):
    """No logger writes at ERROR or above: not at start-up (the first test's setup), not in any
    case, not at shutdown (the last test)."""
    yield
    assert errors_in(caplog.get_records("setup") + caplog.get_records("call")) == []


# -- building updates ------------------------------------------------------------------------

_ids = iter(range(10_000, 10**9))
_chat_ids = iter(range(1, 10**6))


def private_chat() -> dict:
    return {"id": 80_000 + next(_chat_ids), "type": "private", "first_name": "用户"}


def group_chat() -> dict:
    return {"id": -1_000_000_000_000 - next(_chat_ids), "type": "supergroup", "title": "测试群"}


def channel_chat() -> dict:
    return {"id": -1_002_000_000_000 - next(_chat_ids), "type": "channel", "title": "测试频道"}


def mention(text: str) -> dict:
    """Text that @mentions the bot, with the entity a Telegram client attaches."""
    return {"text": f"@{BOT_NAME} {text}", "entities": [{"type": "mention", "offset": 0, "length": len(BOT_NAME) + 1}]}


def command(text: str) -> dict:
    head = text.split()[0]
    return {"text": text, "entities": [{"type": "bot_command", "offset": 0, "length": len(head)}]}


@dataclass
class Case:
    name: str
    chat: Callable[[], dict]
    kind: str  # the update field: message, edited_message, channel_post, callback_query, …
    content: dict  # what the message carries (text, sticker, photo…) or the whole object
    expect: str  # "answer:<question>", "note:<prefix>", "silent"
    sender: dict | None = None
    reply_old: bool = False  # the message replies to an old message of the bot's
    delete_before_reply: bool = False  # the user's message is gone by the time the bot replies


STICKER = {"sticker": {"file_id": "CAACAgIAAxkB", "file_unique_id": "AgAD", "type": "regular", "width": 512,
                       "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"}}
PHOTO = [{"file_id": "AgACAgIAAxkB", "file_unique_id": "AQAD", "width": 90, "height": 90}]
VOICE = {"voice": {"file_id": "AwACAgIAAxkB", "file_unique_id": "AgADvo", "duration": 3, "mime_type": "audio/ogg"}}
LOCATION = {"location": {"latitude": 34.06, "longitude": 114.4}}
CONTACT = {"contact": {"phone_number": "+8613800000000", "first_name": "张三", "user_id": 777}}
POLL = {"poll": {"id": "5432", "question": "崔桥镇设了多少卡点？",
                 "options": [{"persistent_id": "0", "text": "43", "voter_count": 0},
                             {"persistent_id": "1", "text": "21", "voter_count": 0}],
                 "total_voter_count": 0, "is_closed": False, "is_anonymous": True, "type": "regular",
                 "allows_multiple_answers": False, "allows_revoting": False, "members_only": False}}
# As a Bot API server older than PTB sends it (no persistent_id): PTB cannot read the update.
UNREADABLE_POLL = {"poll": {**POLL["poll"], "options": [{"text": "43", "voter_count": 0}]}}
DOCUMENT = {"document": {"file_id": "BQACAgIAAxkB", "file_unique_id": "AgADdoc", "file_name": "问题.docx"}}
DICE = {"dice": {"emoji": "🎲", "value": 4}}
HTML_Q = "<b>崔桥镇</b>设了多少*卡点*？_x_ `y` [z](http://a.b) &amp; </blockquote> <script>&"
NEW_MEMBER = {"new_chat_members": [{"id": 9001, "is_bot": False, "first_name": "新人"}]}
BOT_ADDED = {"new_chat_members": [{"id": BOT_ID, "is_bot": True, "first_name": "问答", "username": BOT_NAME}]}
LEFT_MEMBER = {"left_chat_member": {"id": 9001, "is_bot": False, "first_name": "新人"}}
PINNED = {"pinned_message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private", "first_name": "x"},
                             "text": "旧消息"}}

CASES = [
    # non-text: a note in private chats, silence in groups
    Case("sticker/private", private_chat, "message", STICKER, f"note:{NOTE}"),
    Case("sticker/group", group_chat, "message", STICKER, "silent"),
    Case("photo without caption/private", private_chat, "message", {"photo": PHOTO}, f"note:{NOTE}"),
    Case("photo with caption/private", private_chat, "message", {"photo": PHOTO, "caption": SEED}, f"note:{NOTE}"),
    Case("photo with caption mentioning the bot/group", group_chat, "message",
         {"photo": PHOTO, "caption": f"@{BOT_NAME} {SEED}",
          "caption_entities": [{"type": "mention", "offset": 0, "length": len(BOT_NAME) + 1}]}, "silent"),
    Case("photo with empty caption/private", private_chat, "message", {"photo": PHOTO, "caption": ""}, f"note:{NOTE}"),
    Case("voice/private", private_chat, "message", VOICE, f"note:{NOTE}"),
    Case("voice/group", group_chat, "message", VOICE, "silent"),
    Case("location/private", private_chat, "message", LOCATION, f"note:{NOTE}"),
    Case("contact/private", private_chat, "message", CONTACT, f"note:{NOTE}"),
    Case("poll/private", private_chat, "message", POLL, f"note:{NOTE}"),
    Case("poll/group", group_chat, "message", POLL, "silent"),
    Case("update PTB cannot read (poll from an older Bot API)/private", private_chat, "message", UNREADABLE_POLL,
         "silent"),
    Case("document/private", private_chat, "message", DOCUMENT, f"note:{NOTE}"),
    Case("dice/private", private_chat, "message", DICE, f"note:{NOTE}"),
    # edits and channels
    Case("edited message/private", private_chat, "edited_message", {"text": SEED, "edit_date": 1}, f"note:{T_EDITED}"),
    Case("edited message/group", group_chat, "edited_message", {**mention(SEED), "edit_date": 1}, "silent"),
    Case("channel post", channel_chat, "channel_post", {"text": SEED}, "silent"),
    Case("channel post mentioning the bot", channel_chat, "channel_post", mention(SEED), "silent"),
    Case("edited channel post", channel_chat, "edited_channel_post", {"text": SEED, "edit_date": 1}, "silent"),
    # who sends it
    Case("message from a bot/private", private_chat, "message", {"text": SEED}, "silent", sender=OTHER_BOT),
    Case("message from a bot mentioning us/group", group_chat, "message", mention(SEED), "silent", sender=OTHER_BOT),
    Case("anonymous group admin mentioning us/group", group_chat, "message", mention(SEED), f"answer:{SEED}",
         sender=ANON_ADMIN),
    Case("forwarded message/private", private_chat, "message",
         {"text": SEED, "forward_origin": {"type": "user", "date": 1_600_000_000, "sender_user": USER}},
         f"answer:{SEED}"),
    Case("forwarded message without mention/group", group_chat, "message",
         {"text": SEED, "forward_origin": {"type": "hidden_user", "date": 1_600_000_000, "sender_user_name": "某人"}},
         "silent"),
    Case("reply to an old message of the bot/private", private_chat, "message", {"text": SEED}, f"answer:{SEED}",
         reply_old=True),
    Case("reply to an old message of the bot/group", group_chat, "message", {"text": SEED}, f"answer:{SEED}",
         reply_old=True),
    Case("question deleted before the reply/private", private_chat, "message", {"text": SEED}, f"answer:{SEED}",
         delete_before_reply=True),
    # commands
    Case("/start@otherbot/group", group_chat, "message", command("/start@other_helper_bot"), "silent"),
    Case("/ask@otherbot/group", group_chat, "message", command(f"/ask@other_helper_bot {SEED}"), "silent"),
    Case("/start@otherbot/private", private_chat, "message", command("/start@other_helper_bot"),
         f"note:{T_UNKNOWN_COMMAND}"),
    Case("unknown command/private", private_chat, "message", command("/weather 扶沟"), f"note:{T_UNKNOWN_COMMAND}"),
    Case("unknown command/group", group_chat, "message", command("/weather"), "silent"),
    Case("/start with trailing text/private", private_chat, "message", command("/start 你好 ！"), "note:你好！我回答"),
    Case(f"/help@{BOT_NAME} with trailing text/group", group_chat, "message", command(f"/help@{BOT_NAME} 怎么用"),
         "note:直接发送问题即可"),
    Case("/ask with the question/group", group_chat, "message", command(f"/ask {SEED}"), f"answer:{SEED}"),
    Case("/ask without a question/group", group_chat, "message", command("/ask"), f"note:{T_EMPTY.split('，')[0]}"),
    # hostile text
    Case("HTML and Markdown metacharacters/private", private_chat, "message", {"text": HTML_Q}, f"answer:{HTML_Q}"),
    Case("HTML metacharacters, mentioned/group", group_chat, "message", mention(HTML_Q), f"answer:{HTML_Q}"),
    Case("4,096+ characters/private", private_chat, "message", {"text": "崔" * 4097}, "note:问题太长了（4097 字）"),
    Case("5,000 characters, mentioned/group", group_chat, "message", mention("问" * 5000), "note:问题太长了（5000 字）"),
    Case("emoji and control characters/private", private_chat, "message", {"text": "😀\u202e\x00崔桥镇设了多少卡点\u200b"},
         "answer:😀\u202e\x00崔桥镇设了多少卡点\u200b"),
    # service messages: silence everywhere
    Case("someone joins/group", group_chat, "message", NEW_MEMBER, "silent"),
    Case("the bot is added/group", group_chat, "message", BOT_ADDED, "silent"),
    Case("someone leaves/group", group_chat, "message", LEFT_MEMBER, "silent"),
    Case("group created/group", group_chat, "message", {"group_chat_created": True}, "silent"),
    Case("message pinned/private", private_chat, "message", PINNED, "silent"),
    # updates the bot does not ask for (allowed_updates), delivered anyway
    Case("callback query/private", private_chat, "callback_query", {}, "silent"),
    Case("inline query", private_chat, "inline_query", {}, "silent"),
    Case("bot blocked by the user (my_chat_member)/private", private_chat, "my_chat_member", {}, "silent"),
    Case("bot removed from a group (my_chat_member)/group", group_chat, "my_chat_member", {}, "silent"),
]


class Matrix:
    def __init__(self, fake: FakeTelegram, runner: BotThread, engine: Any):
        self.fake, self.runner, self.engine = fake, runner, engine
        self.bot = fake.bots[TOKEN]

    def old_bot_message(self, chat: dict) -> dict:
        """A message the bot sent long ago in this chat (known to the server)."""
        mid = self.fake._message_id(self.bot, chat["id"])
        with self.fake.lock:
            self.bot.known_messages.add((chat["id"], mid))
        return {"message_id": mid, "date": 1_500_000_000, "chat": chat, "from": self.bot.user, "text": "很久以前的回答"}

    def build(self, case: Case, chat: dict) -> dict:
        sender = case.sender or USER
        if chat["type"] == "private" and case.sender is None:
            sender = {**USER, "id": chat["id"]}
        if case.kind == "callback_query":
            return {"id": str(next(_ids)), "from": sender, "chat_instance": "ci-1", "data": "again",
                    "message": self.old_bot_message(chat)}
        if case.kind == "inline_query":
            return {"id": str(next(_ids)), "from": sender, "query": SEED, "offset": "", "chat_type": "sender"}
        if case.kind == "my_chat_member":
            me = {"id": BOT_ID, "is_bot": True, "first_name": "问答", "username": BOT_NAME}
            return {"chat": chat, "from": sender, "date": int(time.time()),
                    "old_chat_member": {"user": me, "status": "member"},
                    "new_chat_member": ({"user": me, "status": "kicked", "until_date": 0} if chat["type"] == "private"
                                        else {"user": me, "status": "left"})}
        msg: dict[str, Any] = {"message_id": self.fake._message_id(self.bot, chat["id"]), "date": int(time.time()),
                               "chat": chat, **case.content}
        if chat["type"] != "channel":
            msg["from"] = sender
        if case.sender is ANON_ADMIN:
            msg["sender_chat"] = chat
        if case.reply_old:
            msg["reply_to_message"] = self.old_bot_message(chat)
        return msg

    def run(self, case: Case) -> list[Sent]:
        chat = case.chat()
        obj = self.build(case, chat)
        before = len(self.runner.errors)
        uid = self.fake.inject(TOKEN, {case.kind: obj})
        if case.delete_before_reply:
            with self.fake.lock:
                self.bot.known_messages.discard((chat["id"], obj["message_id"]))
        self.runner.wait_done(uid)
        assert self.runner.errors[before:] == [], [repr(e) for _, e in self.runner.errors[before:]]
        return self.fake.sent(TOKEN, chat["id"])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_update_matrix(matrix, case, caplog):
    sent = matrix.run(case)
    if case.expect == "silent":
        assert sent == [], [s.plain[:40] for s in sent]
    elif case.expect.startswith("note:"):
        assert len(sent) == 1, [s.plain[:40] for s in sent]
        assert sent[0].plain.startswith(case.expect[5:]), sent[0].plain
        assert not sent[0].formatted("blockquote")
    else:
        question = case.expect[7:]
        ans = matrix.engine.ask(question)
        expected = split_message(reply_for(ans, matrix.engine.section_names()))
        assert [s.text for s in sent] == expected
    if sent and case.kind == "message":
        assert sent[0].reply_to == (None if case.delete_before_reply else sent[0].params["reply_parameters"]
                                    ["message_id"])
    assert not matrix.fake.rejected(TOKEN), matrix.fake.rejected(TOKEN)
    assert errors_in(caplog.records) == []


def test_the_matrix_is_broad_enough():
    kinds = {c.kind for c in CASES}
    assert {"message", "edited_message", "channel_post", "edited_channel_post", "callback_query", "inline_query",
            "my_chat_member"} <= kinds
    assert len(CASES) >= 40
    assert sum(c.expect == "silent" for c in CASES) >= 15 and sum(c.expect.startswith("note") for c in CASES) >= 12


def test_the_bot_asks_telegram_only_for_messages_and_posts(matrix):
    polls = matrix.fake.calls(TOKEN, "getUpdates")
    assert polls and all(p.get("allowed_updates") == ALLOWED_UPDATES for _, p in polls)
    assert set(ALLOWED_UPDATES) == {"message", "edited_message", "channel_post", "edited_channel_post",
                                    "callback_query", "inline_query"}  # buttons (answers, /forget, 替换), inline mode


def test_a_long_answer_and_a_too_long_question_stay_within_telegram_limits(matrix):
    """What comes back for the 4,097-character question fits in one message and quotes nothing."""
    sent = matrix.run(Case("4097", private_chat, "message", {"text": "崔桥镇设了多少卡点" * 456}, "note:"))
    assert len(sent) == 1 and len(sent[0].plain) < 200
    assert sent[0].plain == T_TOO_LONG.format(n=9 * 456, limit=1000)


def test_an_unreadable_update_does_not_hold_up_the_ones_after_it(matrix, caplog):
    """PTB reads a getUpdates batch as a whole; one update it cannot read used to fail the whole
    batch, over and over (the offset never moves on). Now it is skipped, logged, and the others
    in the same batch are answered."""
    chat = private_chat()
    fake, token = matrix.fake, TOKEN
    with caplog.at_level(logging.WARNING, logger="wenda.bot"), fake.lock:  # one batch: hold the server
        bad = fake.inject(token, {"message": {"message_id": fake._message_id(matrix.bot, chat["id"]), "date": 0,
                                              "chat": chat, "from": {**USER, "id": chat["id"]}, **UNREADABLE_POLL}})
        good = fake.inject(token, {"message": {"message_id": fake._message_id(matrix.bot, chat["id"]), "date": 0,
                                               "chat": chat, "from": {**USER, "id": chat["id"]}, "text": SEED}})
    matrix.runner.wait_done(good)
    matrix.runner.wait_done(bad)
    [reply] = fake.sent(token, chat["id"])
    assert reply.formatted("bold") == ["43个"]
    assert any(f"update {bad} cannot be read (TypeError" in r.getMessage() for r in caplog.records)
    assert errors_in(caplog.records) == []


def test_the_bot_stops_without_an_error(matrix, caplog):
    """Shutting down is part of it (this test runs last: the matrix's bot stops here)."""
    matrix.runner.stop()
    assert errors_in(caplog.records) == [] and not matrix.runner.errors
