"""Inline mode end to end: a user types «@bot 问题» in some chat, the fake Bot API delivers the
inline query, the bot answers with answerInlineQuery (one article: the answer line, the quote and
its source, or «资料中没有找到»). With WENDA_ALLOWED_CHATS only its users (and admins) get answers."""

from __future__ import annotations

import time

import pytest

import wenda.bot.inline
from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.format import NOT_FOUND, source_line
from support.bots import BotThread
from support.fake_engine import FakeEngine
from support.fake_telegram import FakeTelegram, parse_html

TOKEN = "720000001:AAFakeTokenForTheInlineTests_0123456789abcd"
TOKEN_SLOW = "720000002:AAFakeTokenForTheInlineTests_slow456789abcd"
SEED = "崔桥镇设了多少卡点"
MEMBER, ADMIN, STRANGER = 501, 77, 9001


@pytest.fixture(scope="module")
def inline_bot(article_engine):
    fake = FakeTelegram().start()
    fake.add_bot(TOKEN)
    settings = Settings(allowed_chats=frozenset({MEMBER, -600}), admins=frozenset({ADMIN}), rate=(3, 60.0))
    runner = BotThread(build_application(TOKEN, article_engine, settings, base_url=fake.base_url)).start()
    yield fake, runner
    runner.stop()
    fake.stop()


def inline(fake: FakeTelegram, runner: BotThread, user: int, query: str, token: str = TOKEN) -> dict:
    uid, qid = fake.inline(token, user, query)
    runner.wait_done(uid)
    return fake.wait_answer(token, qid, kind="inline")


def test_inline_query_returns_the_answer_card(inline_bot, article_engine):
    fake, runner = inline_bot
    t0 = time.monotonic()
    answered = inline(fake, runner, MEMBER, SEED)
    assert time.monotonic() - t0 < 5  # well inside Telegram's limit
    [result] = answered["results"]
    ans = article_engine.ask(SEED)
    assert result["type"] == "article" and result["title"] == ans.answer
    assert result["description"] == source_line(ans.quotes[0])
    content = result["input_message_content"]
    plain, entities = parse_html(content["message_text"])
    assert plain.startswith(f"问：{SEED}\n{ans.answer}")
    assert ans.quotes[0].text in plain and source_line(ans.quotes[0]) in plain
    bold = [plain[e["offset"]:e["offset"] + e["length"]] for e in entities if e["type"] == "bold"]
    assert bold == [ans.span]
    assert int(answered["cache_time"]) <= 60 and str(answered["is_personal"]).lower() == "true"
    assert not fake.rejected(TOKEN) and runner.errors == []


def test_inline_not_found_says_so(inline_bot, article_engine):
    fake, runner = inline_bot
    q = "白潭镇设了多少个卡点？"
    assert not article_engine.ask(q).found
    [result] = inline(fake, runner, ADMIN, q)["results"]
    assert result["title"] == "资料中没有找到"
    plain, _ = parse_html(result["input_message_content"]["message_text"])
    assert plain == f"问：{q}\n{NOT_FOUND}"


def test_inline_is_only_for_allowed_users_and_empty_queries_cost_nothing(inline_bot):
    fake, runner = inline_bot
    [result] = inline(fake, runner, STRANGER, SEED)["results"]
    assert result["title"] == "抱歉，这个机器人只对指定的用户开放。"
    assert "43" not in str(result)
    assert inline(fake, runner, MEMBER, "   ")["results"] == []


def test_inline_questions_count_against_the_flood_budget(inline_bot):
    fake, runner = inline_bot
    user = -600  # an allowed id with a fresh budget of 3 per minute
    titles = [inline(fake, runner, user, f"{SEED}{'？' * i}")["results"][0]["title"] for i in range(4)]
    assert titles[:3] == [titles[0]] * 3 and "43个" in titles[0]
    assert titles[3] == "问题有点多，请稍后再试。"


def test_a_slow_answer_is_given_up_in_time(monkeypatch):
    class Slow(FakeEngine):
        def ask(self, question: str):
            time.sleep(1.5)
            return super().ask(question)

    monkeypatch.setattr(wenda.bot.inline, "INLINE_DEADLINE", 0.5)
    fake = FakeTelegram().start()
    fake.add_bot(TOKEN_SLOW)
    runner = BotThread(build_application(TOKEN_SLOW, Slow(), Settings(), base_url=fake.base_url)).start()
    try:
        t0 = time.monotonic()
        [result] = inline(fake, runner, 1, "甲镇多少卡点", token=TOKEN_SLOW)["results"]
        assert time.monotonic() - t0 < 1.4
        assert result["title"] == "这个问题一时答不完，请私聊我提问。"
    finally:
        runner.stop()
        fake.stop()
