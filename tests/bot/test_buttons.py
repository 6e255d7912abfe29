"""The buttons under an answer and under /start, end to end: the real Application polling the fake
Bot API over HTTP (tests/support/fake_telegram.py), the real engine on the bundled article, the
feedback kept in a real SQLite file. The test plays the user: it taps buttons (`press`) and reads
what the bot answered, edited and sent."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.feedback import FILENAME
from wenda.bot.format import span_in_quote
from wenda.bot.handlers import reply_for
from wenda.bot.keyboard import MAX_DATA
from wenda.bot.passage import passage_of
from wenda.corpus.types import Quote
from support.bots import BotThread
from support.fake_telegram import FakeTelegram, Sent

TOKEN = "710000001:AAFakeTokenForTheButtonTests_0123456789abc"
SEED = "崔桥镇设了多少卡点"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, article_engine):
    data = tmp_path_factory.mktemp("buttons-data")
    fake = FakeTelegram().start()
    fake.add_bot(TOKEN)
    app = build_application(TOKEN, article_engine, Settings(rate=(100, 1.0), data_dir=data), base_url=fake.base_url)
    runner = BotThread(app).start()
    yield fake, runner, data
    runner.stop()
    fake.stop()


def ask(fake: FakeTelegram, chat_id: int, text: str, **kw: Any) -> Sent:
    before = len(fake.sent(TOKEN, chat_id))
    fake.user_text(TOKEN, chat_id, text, **kw)
    return fake.wait_sent(TOKEN, chat_id, before + 1)[before]


def button(sent: Sent, label: str) -> str:
    return next(data for text, data in sent.buttons if text.startswith(label))


def tap(fake: FakeTelegram, runner: BotThread, sent: Sent, label: str, user_id: int | None = None) -> dict:
    uid, qid = fake.press(TOKEN, sent, button(sent, label), user_id=user_id)
    runner.wait_done(uid)
    return fake.wait_answer(TOKEN, qid)


def current(fake: FakeTelegram, sent: Sent) -> Sent:
    return next(s for s in fake.sent(TOKEN, sent.chat_id) if s.message_id == sent.message_id)


# -- the reply itself -----------------------------------------------------------------------------

def test_an_answer_reads_well_on_a_phone_and_carries_its_buttons(bot, article_engine):
    fake, runner, _ = bot
    reply = ask(fake, 301, SEED)
    ans = article_engine.ask(SEED)
    assert reply.text == reply_for(ans, article_engine.section_names())
    assert reply.plain.startswith(ans.answer) and reply.formatted("bold") == [ans.span]
    [quote] = reply.formatted("expandable_blockquote")  # 230 characters: collapsed
    assert quote == ans.quotes[0].text
    assert reply.formatted("underline") == [ans.span]
    labels = [t for t, _ in reply.buttons]
    assert labels == ["👍", "👎", "更多出处", "查看原文"]
    assert all(0 < len(d.encode()) <= MAX_DATA for _, d in reply.buttons)
    assert not fake.rejected(TOKEN)


def test_span_is_placed_in_the_quote_by_the_answer_lines_context_never_guessed():
    quote = "甲村设卡点3个，乙村设卡点3个。"
    assert span_in_quote(quote, "乙村设卡点3个", "3个") == (quote.index("乙村") + 5, quote.index("乙村") + 7)
    assert span_in_quote(quote, "乙村：设卡点3个", "3个") is None  # «：设卡点» is in neither place: unknown
    assert span_in_quote(quote, "甲村设卡点3个", "3个") == (5, 7)
    assert span_in_quote(quote, "设卡点3个", "3个") is None  # both fit: not marked
    assert span_in_quote(quote, "卡点12个", "12个") is None  # not in the quote at all
    assert span_in_quote("共发放3000份。", "发放3000份", "3000份") == (3, 8)


# -- 👍 / 👎 ----------------------------------------------------------------------------------------

def test_votes_are_thanked_ticked_and_stored(bot, article_engine):
    fake, runner, data = bot
    reply = ask(fake, 302, SEED)
    answered = tap(fake, runner, reply, "👎")
    assert answered["text"] == "谢谢反馈"
    assert [t for t, _ in current(fake, reply).buttons][:2] == ["👍", "👎 ✓"]
    answered = tap(fake, runner, reply, "👍")  # a change of mind replaces the vote
    assert answered["text"] == "谢谢反馈"
    assert [t for t, _ in current(fake, reply).buttons][:2] == ["👍 ✓", "👎"]
    with sqlite3.connect(data / FILENAME) as db:
        rows = db.execute("SELECT s.chat, s.question, s.answer, s.quotes, v.user, v.up FROM votes v "
                          "JOIN shown s ON s.id = v.shown_id WHERE s.chat = 302").fetchall()
    ans = article_engine.ask(SEED)
    assert len(rows) == 1
    chat, question, line, quotes, user, up = rows[0]
    assert (chat, question, line, user, up) == (302, SEED, ans.answer, 302, 1)
    assert ans.quotes[0].text in quotes
    assert not fake.rejected(TOKEN)


def test_in_a_group_each_member_votes_once(bot):
    fake, runner, data = bot
    reply = ask(fake, -310, f"@wenda_test_bot {SEED}")
    for user in (1, 2, 2):
        tap(fake, runner, reply, "👎", user_id=user)
    with sqlite3.connect(data / FILENAME) as db:
        n = db.execute("SELECT COUNT(*) FROM votes v JOIN shown s ON s.id = v.shown_id WHERE s.chat = -310").fetchone()
    assert n == (2,)


# -- 更多出处, 查看原文 -------------------------------------------------------------------------------

def test_more_sources_replies_with_the_next_passages_then_the_button_goes(bot, article_engine):
    fake, runner, _ = bot
    reply = ask(fake, 303, SEED)
    ans = article_engine.ask(SEED)
    assert len(ans.quotes) > 1
    before = len(fake.sent(TOKEN, 303))
    tap(fake, runner, reply, "更多出处")
    more = fake.wait_sent(TOKEN, 303, before + 1)[before]
    assert more.reply_to == reply.message_id and more.plain.startswith("更多出处：")
    shown = more.formatted("blockquote") + more.formatted("expandable_blockquote")
    assert sorted(shown) == sorted(q.text for q in ans.quotes[1:4])
    labels = [t for t, _ in current(fake, reply).buttons]
    assert "更多出处" not in labels and "查看原文" in labels


def test_view_source_sends_the_whole_paragraph_with_the_quote_marked(bot, article_engine):
    fake, runner, _ = bot
    reply = ask(fake, 304, SEED)
    before = len(fake.sent(TOKEN, 304))
    tap(fake, runner, reply, "查看原文")
    source = fake.wait_sent(TOKEN, 304, before + 1)[before]
    quote = article_engine.ask(SEED).quotes[0]
    chunks = article_engine.chunks
    first = next(c for c in chunks if quote.text.startswith(c.text) and c.doc == quote.doc)
    paragraph = [c.text for c in chunks if c.paragraph == first.paragraph]
    assert len(paragraph) > 1  # more than the quote: the whole paragraph
    assert "".join(source.formatted("underline")) == quote.text
    assert source.plain.split("\n", 1)[1] == "".join(paragraph)
    assert source.formatted("bold") == ["fugou_covid_towns.txt · 崔桥镇"]


def test_passage_of_needs_the_exact_run_of_sentences(article_engine):
    chunks = article_engine.chunks
    c = chunks[10]
    found = passage_of(chunks, Quote(c.text, c.doc, c.section or None, 1.0))
    assert found is not None and (c.text, True) in found.sentences
    assert passage_of(chunks, Quote(c.text + "（改过）", c.doc, c.section or None, 1.0)) is None
    assert passage_of(chunks, Quote(c.text, "another.txt", c.section or None, 1.0)) is None


# -- /start, stale and foreign buttons ---------------------------------------------------------------

def test_a_start_example_button_asks_its_question(bot, article_engine):
    fake, runner, _ = bot
    start = ask(fake, 305, "/start")
    examples = article_engine.examples(3)
    assert [t for t, _ in start.buttons] == examples
    before = len(fake.sent(TOKEN, 305))
    answered = tap(fake, runner, start, examples[0])
    assert "text" not in answered or not answered["text"]
    reply = fake.wait_sent(TOKEN, 305, before + 1)[before]
    typed = ask(fake, 306, examples[0])
    assert reply.text == typed.text  # the same answer as the typed question
    assert [t for t, _ in reply.buttons][:2] == ["👍", "👎"]


def test_unknown_and_forgotten_buttons_get_an_answer_and_nothing_else(bot):
    fake, runner, _ = bot
    reply = ask(fake, 307, SEED)
    before = len(fake.sent(TOKEN, 307))
    uid, qid = fake.press(TOKEN, reply, "v:nosuchid:up")
    runner.wait_done(uid)
    assert fake.wait_answer(TOKEN, qid)["text"] == "这条回答太旧了，请重新提问。"
    uid, qid = fake.press(TOKEN, reply, "whatever")
    runner.wait_done(uid)
    assert not fake.wait_answer(TOKEN, qid).get("text")
    assert len(fake.sent(TOKEN, 307)) == before
    assert not fake.rejected(TOKEN) and runner.errors == []
