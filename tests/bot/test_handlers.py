"""The bot's handlers, one update at a time, against the fake Bot API.

Updates are built with `Update.de_json`, as PTB builds them from getUpdates, and
`Application.process_update` runs the real handler chain (gate, commands, messages, error
handler); what the bot sends goes over HTTP to the fake Telegram server (support.fake_telegram),
which records every call and answers as Telegram would.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Update

from wenda.bot import app as botapp
from wenda.bot.app import build_application
from wenda.bot.cli import main as cli_main
from wenda.bot.config import ConfigError, Settings
from wenda.bot.format import NOT_FOUND, html_to_text, render, split_message
from wenda.bot.handlers import reply_for
from wenda.bot.limits import ChatRateLimiter, RateError, parse_rate
from wenda.bot.redact import install_token_redaction
from wenda.bot.state import Wenda
from support.fake_engine import FakeEngine
from support.fake_telegram import FakeTelegram, parse_html, scope_key

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ"
BOT_ID = 123456789
BOT_NAME = "wenda_test_bot"
SEED = "崔桥镇设了多少卡点"


class Harness:
    """One Application on a fresh fake Bot API; `update` runs one update through the handlers and
    returns the sendMessage calls it caused (their parameters, refused ones included)."""

    def __init__(self, engine: Any, settings: Settings | None = None, reindex: Callable | None = None):
        self.fake = FakeTelegram().start()
        self.fake.add_bot(TOKEN, username=BOT_NAME)
        self.app = build_application(TOKEN, engine, settings or Settings(), reindex=reindex,
                                     base_url=self.fake.base_url)
        self.wenda: Wenda = self.app.bot_data["wenda"]
        self.update_id = 0

    async def __aenter__(self) -> Harness:
        await self.app.initialize()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.app.shutdown()
        await self.app.post_shutdown(self.app)
        self.fake.stop()

    @property
    def calls(self) -> list[tuple[str, dict]]:
        return self.fake.calls(TOKEN)

    def sent(self, since: int = 0) -> list[dict]:
        return [p for m, p in self.calls[since:] if m == "sendMessage"]

    def message(self, text: str | None = None, chat_id: int = 1001, user_id: int | None = None,
                **extra: Any) -> dict:
        return self.fake.message(TOKEN, chat_id, text, user_id=user_id or (chat_id if chat_id > 0 else 777),
                                 extra=extra or None)

    async def update(self, kind: str, msg: dict) -> list[dict]:
        """Process {kind: msg}; returns the sendMessage calls it caused."""
        self.update_id += 1
        since = len(self.calls)
        update = {"update_id": self.update_id, kind: msg}
        self.fake.remember(TOKEN, update)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return self.sent(since)

    async def say(self, text: str, chat_id: int = 1001, **kw: Any) -> list[dict]:
        return await self.update("message", self.message(text, chat_id, **kw))


def run(coro: Any) -> Any:
    return asyncio.run(coro)


# -- answering -------------------------------------------------------------------------------

def test_seed_question_in_private_chat_is_answered_with_the_figure_in_bold_and_the_quote(article_engine):
    async def scenario() -> None:
        async with Harness(article_engine) as h:
            await h.wenda.ask(SEED)  # warm up, as post_init does
            msg = h.message(SEED)
            since = len(h.calls)
            sent = await h.update("message", msg)
            assert len(sent) == 1
            text = sent[0]["text"]
            assert text.startswith("崔桥镇：村级设置堵卡点<b>43个</b>")
            quote = article_engine.ask(SEED).quotes[0].text
            assert len(quote) > 120  # a long quote is sent collapsed, the figure underlined inside it
            assert "<blockquote expandable>" in text and "<u>43个</u>" in text.split("<blockquote expandable>")[1]
            plain, entities = parse_html(text)
            assert quote in plain  # marking it changes nothing a user reads
            [under] = [e for e in entities if e["type"] == "underline"]
            assert plain[under["offset"]:under["offset"] + under["length"]] == "43个"
            assert "—— fugou_covid_towns.txt · 崔桥镇" in text
            assert sent[0]["parse_mode"] == "HTML"
            assert sent[0]["reply_parameters"]["message_id"] == msg["message_id"]
            buttons = [b["text"] for row in sent[0]["reply_markup"]["inline_keyboard"] for b in row]
            assert buttons[:2] == ["👍", "👎"] and "查看原文" in buttons
            # a fast answer is not preceded by «typing…» (it would cost a Bot API call per question)
            assert "sendChatAction" not in [m for m, _ in h.calls[since:]]
            assert text == reply_for(article_engine.ask(SEED), article_engine.section_names())

    run(scenario())


def test_typing_is_shown_only_when_the_answer_takes_longer_than_a_second():
    class SlowEngine(FakeEngine):
        def ask(self, question: str):
            time.sleep(1.6)
            return super().ask(question)

    async def scenario() -> None:
        async with Harness(SlowEngine()) as h:
            since = len(h.calls)
            sent = await h.say("甲镇多少卡点")
            assert "<b>7个</b>" in sent[0]["text"]
            methods = [m for m, _ in h.calls[since:]]
            assert methods.count("sendChatAction") == 1
            assert methods.index("sendChatAction") < methods.index("sendMessage")
            action = next(p for m, p in h.calls[since:] if m == "sendChatAction")
            assert action["action"] == "typing" and int(action["chat_id"]) == 1001

    run(scenario())


def test_refusal_names_the_sections_and_never_another_sections_number(article_engine):
    async def scenario() -> None:
        async with Harness(article_engine) as h:
            sent = await h.say("白潭镇设了多少个卡点？")
            assert len(sent) == 1
            text = html_to_text(sent[0]["text"])
            assert text.startswith(NOT_FOUND)
            for section in article_engine.section_names():
                assert section in text
            others = [c.text for c in article_engine.store.chunks if c.section != "白潭镇"]
            own = " ".join(c.text for c in article_engine.store.chunks if c.section == "白潭镇")
            for number in re.findall(r"\d+", text):
                assert number in own, f"{number} is not from 白潭镇"
            assert "43" not in text and not any(o in text for o in others)

    run(scenario())


def test_refusal_shows_no_related_passage_from_another_section():
    async def scenario() -> None:
        async with Harness(FakeEngine()) as h:
            text = (await h.say("今天天气怎么样"))[0]["text"]
            assert NOT_FOUND in text and "资料涵盖：甲镇、乙镇。" in text
            assert "9个" not in text and "<blockquote>" not in text

    run(scenario())


def test_user_text_and_corpus_text_are_html_escaped():
    engine = FakeEngine(quote="甲镇<script>&设置卡点7个</b>")
    async def scenario() -> None:
        async with Harness(engine) as h:
            text = (await h.say("<b>甲镇</b> 多少 & 卡点"))[0]["text"]
            parse_html(text)
            assert "&lt;script&gt;&amp;设置卡点<u>7个</u>&lt;/b&gt;" in text

    run(scenario())


def test_group_chatter_is_ignored_mentions_replies_and_ask_are_answered():
    async def scenario() -> None:
        async with Harness(FakeEngine()) as h:
            assert await h.say("今天甲镇设置了多少卡点，大家知道吗", chat_id=-100) == []
            assert await h.say("@someone_else 甲镇设置了多少卡点", chat_id=-100) == []
            assert await h.say("/ask@other_bot 甲镇多少卡点", chat_id=-100) == []
            sent = await h.say(f"@{BOT_NAME} 甲镇设置了多少卡点", chat_id=-100)
            assert len(sent) == 1 and "<b>7个</b>" in sent[0]["text"]
            assert h.wenda.snapshot.engine.asked[-1] == "甲镇设置了多少卡点"  # the mention is not part of it
            sent = await h.say("/ask 甲镇设置了多少卡点", chat_id=-100)
            assert "<b>7个</b>" in sent[0]["text"]
            sent = await h.say(f"/ask@{BOT_NAME} 甲镇设置了多少卡点", chat_id=-100)
            assert "<b>7个</b>" in sent[0]["text"]
            bot_msg = {"message_id": 99, "date": 0, "chat": {"id": -100, "type": "supergroup", "title": "群"},
                       "from": {"id": BOT_ID, "is_bot": True, "first_name": "问答", "username": BOT_NAME},
                       "text": "前一个回答"}
            sent = await h.say("那甲镇多少人值守？", chat_id=-100, reply_to_message=bot_msg)
            assert len(sent) == 1 and "<b>7个</b>" in sent[0]["text"]
            other = dict(bot_msg, **{"from": {"id": 5, "is_bot": False, "first_name": "人"}})
            assert await h.say("甲镇多少人值守？", chat_id=-100, reply_to_message=other) == []
            assert (await h.say("/ask", chat_id=-100))[0]["text"].startswith("请在命令或提及后面写上问题")

    run(scenario())


def test_non_text_messages_get_a_note_in_private_and_silence_in_groups():
    sticker = {"file_id": "CAAC", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512,
               "is_animated": False, "is_video": False}
    kinds: list[dict] = [
        {"sticker": sticker},
        {"photo": [{"file_id": "p", "file_unique_id": "p1", "width": 90, "height": 90}], "caption": "这是什么"},
        {"voice": {"file_id": "v", "file_unique_id": "v1", "duration": 3}},
        {"location": {"latitude": 34.06, "longitude": 114.4}},
        {"contact": {"phone_number": "+8612345", "first_name": "人"}},
    ]

    async def scenario() -> None:
        async with Harness(FakeEngine(), Settings(rate=(100, 1.0))) as h:
            for extra in kinds:
                sent = await h.update("message", h.message(None, 1001, **extra))
                assert len(sent) == 1 and sent[0]["text"].startswith("我只能回答文字问题"), extra
                assert await h.update("message", h.message(None, -100, **extra)) == []
            sent = await h.update("edited_message", h.message("甲镇多少卡点", 1001, edit_date=int(time.time())))
            assert len(sent) == 1 and "修改过的消息" in sent[0]["text"]
            assert await h.update("edited_message", h.message("甲镇多少卡点", -100, edit_date=1)) == []
            post = h.message("频道消息", -1009)
            post["chat"] = {"id": -1009, "type": "channel", "title": "频道"}
            post.pop("from")
            assert await h.update("channel_post", post) == []
            assert await h.update("edited_channel_post", dict(post, edit_date=1)) == []
            assert (await h.say("/nosuchcommand"))[0]["text"].startswith("不认识这个命令")
            assert await h.say("/nosuchcommand", chat_id=-100) == []
            assert h.wenda.snapshot.engine.asked == []

    run(scenario())


def test_a_very_long_question_is_declined_at_once():
    engine = FakeEngine()

    async def scenario() -> None:
        async with Harness(engine) as h:
            t0 = time.perf_counter()
            sent = await h.say("崔桥镇" * 3400)
            assert time.perf_counter() - t0 < 2
            assert len(sent) == 1 and sent[0]["text"].startswith("问题太长了（10200 字）")
            assert engine.asked == []
            sent = await h.say("甲镇多少卡点" + "啊" * 990)  # just under the limit: answered
            assert "<b>7个</b>" in sent[0]["text"]

    run(scenario())


def test_questions_over_the_budget_wait_their_turn_with_one_notice_and_none_is_lost():
    async def scenario() -> None:
        async with Harness(FakeEngine(), Settings(rate=(3, 0.6))) as h:
            t0 = time.monotonic()
            replies = [await h.say(f"甲镇多少卡点{i}") for i in range(8)]
            assert time.monotonic() - t0 >= 1.0  # 8 questions at 3 per 0.6 s: two windows of waiting
            assert all(r and "<b>7个</b>" in r[-1]["text"] for r in replies)  # each message got its answer
            texts = [m["text"] for r in replies for m in r]
            assert sum("<b>7个</b>" in t for t in texts) == 8  # every question answered
            waits = [t for t in texts if t.startswith("问题有点多")]
            assert 1 <= len(waits) <= 2  # at most once per window
            assert len(h.wenda.snapshot.engine.asked) == 8
            assert "<b>7个</b>" in (await h.say("甲镇多少卡点", chat_id=1002))[0]["text"]  # other chats unaffected

    run(scenario())


def test_commands_and_small_talk_do_not_use_up_the_budget():
    async def scenario() -> None:
        async with Harness(FakeEngine(), Settings(rate=(2, 30.0))) as h:
            for text in ("/start", "/help", "/sources", "你好", "谢谢", "/help"):
                sent = await h.say(text)
                assert sent and not sent[0]["text"].startswith("问题有点多"), text
            first, second = await h.say("甲镇多少卡点"), await h.say("乙镇多少卡点")
            assert "<b>7个</b>" in first[0]["text"] and "<b>7个</b>" in second[0]["text"]  # the budget was whole
            assert h.wenda.limiter.retry_in(1001) > 0  # and now it is used up

    run(scenario())


def test_a_real_flood_is_dropped_and_the_chat_is_told():
    async def scenario() -> None:
        async with Harness(FakeEngine(), Settings(rate=(1, 30.0), max_queue=3)) as h:
            await h.say("甲镇多少卡点")  # the budget: one question per 30 s
            processor = h.app.update_processor
            tasks = []
            for i in range(6):  # six more at once: three may wait, the rest are a flood
                h.update_id += 1
                update = {"update_id": h.update_id, "message": h.message(f"甲镇多少卡点{i}")}
                h.fake.remember(TOKEN, update)
                u = Update.de_json(update, h.app.bot)  # as the Application hands it to its processor
                tasks.append(asyncio.create_task(processor.process_update(u, h.app.process_update(u))))
            await asyncio.sleep(1.0)
            texts = [p["text"] for p in h.sent()]
            assert sum(t.startswith("问题有点多") for t in texts) == 1  # those waiting were told once
            floods = [t for t in texts if t.startswith("消息太多了")]
            assert len(floods) == 1  # the dropped ones: one message saying so, not silence
            assert processor.chats[1001][1] == 1 + 3  # one waiting for its place, three queued behind it
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    run(scenario())


def test_rejected_html_is_resent_as_plain_text(article_engine):
    async def scenario() -> None:
        async with Harness(article_engine) as h:
            h.fake.fail_next_send(TOKEN, 400, "Bad Request: can't parse entities: Unsupported start tag \"b\" "
                                                "at byte offset 3")
            msg = h.message(SEED)
            sent = await h.update("message", msg)
            assert len(sent) == 2
            plain = sent[1]
            assert "parse_mode" not in plain or plain["parse_mode"] is None
            assert "<" not in plain["text"] and "【43个】" in plain["text"]
            assert plain["reply_parameters"]["message_id"] == msg["message_id"]

    run(scenario())


def test_long_replies_are_split_into_valid_html_pieces():
    long_quote = "。".join(f"第{i}句，甲镇设置卡点{i}个，还有<尖括号>&符号" for i in range(400)) + "。"

    async def scenario() -> None:
        async with Harness(FakeEngine(quote=long_quote)) as h:
            sent = await h.say("甲镇多少卡点")
            assert len(sent) > 1
            visible = ""
            for p in sent:
                assert len(p["text"]) <= 4096
                plain, entities = parse_html(p["text"])  # every piece parses on its own
                visible += plain
            assert long_quote in visible
            assert "reply_parameters" in sent[0] and "reply_parameters" not in sent[1]

    run(scenario())


def test_errors_are_logged_without_the_token_and_the_user_is_told(caplog):
    install_token_redaction(TOKEN)

    async def scenario() -> None:
        async with Harness(FakeEngine(fail_on="", leak=TOKEN)) as h:
            with caplog.at_level(logging.INFO):
                sent = await h.say("甲镇多少卡点")
            assert len(sent) == 1 and sent[0]["text"].startswith("抱歉，处理这条消息时出错了")
            errors = [r for r in caplog.records if r.name.startswith("wenda.bot") and r.levelno >= logging.ERROR]
            assert errors and "RuntimeError" in errors[0].getMessage()
            assert f"update {h.update_id}" in errors[0].getMessage()

    run(scenario())
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


def test_token_is_redacted_from_every_logger(caplog):
    install_token_redaction(TOKEN)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("httpx").info('HTTP Request: POST https://api.telegram.org/bot%s/getMe "200 OK"', TOKEN)
        logging.getLogger("telegram.Bot").debug("Set Bot API URL: https://api.telegram.org/bot" + TOKEN)
        try:
            raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getUpdates")
        except ConnectionError:
            logging.getLogger("telegram.ext.Updater").exception("polling failed")
    text = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert "bot<TOKEN>/getMe" in text and "polling failed" in text
    assert TOKEN not in text and TOKEN.split(":")[1] not in text


# -- commands --------------------------------------------------------------------------------

def test_start_help_sources_and_set_my_commands(article_engine):
    async def scenario() -> None:
        async with Harness(article_engine, Settings(admins=frozenset({42, 43}))) as h:
            await h.app.post_init(h.app)
            menus = {scope_key(p.get("scope")): [c["command"] for c in p["commands"]]
                     for m, p in h.calls if m == "setMyCommands"}
            everyone = ["start", "help", "sources", "new"]
            assert menus == {"default": everyone, "all_group_chats": everyone + ["ask"],
                             "chat:42": everyone + ["reindex", "docs", "forget"],
                             "chat:43": everyone + ["reindex", "docs", "forget"]}
            [start_msg] = await h.say("/start")
            start = html_to_text(start_msg["text"])
            for section in article_engine.section_names():
                assert section in start
            for q in article_engine.examples(3):
                assert q in start
            assert "/ask" in start
            labels = [b["text"] for row in start_msg["reply_markup"]["inline_keyboard"] for b in row]
            assert labels == article_engine.examples(3)
            help_text = html_to_text((await h.say("/help"))[0]["text"])
            assert "/ask" in help_text and "5 个问题" in help_text
            assert "/reindex" not in help_text and "/forget" not in help_text
            admin_help = html_to_text((await h.say("/help", chat_id=42))[0]["text"])
            assert "/reindex" in admin_help and "/docs" in admin_help and "/forget" in admin_help
            sources = html_to_text((await h.say("/sources", chat_id=1002))[0]["text"])
            assert "fugou_covid_towns.txt" in sources
            for doc, section, n in article_engine.sources():
                assert f"{section}：{n} 句" in sources

    run(scenario())


def test_allowed_chats_refuse_others_once_per_chat():
    async def scenario() -> None:
        async with Harness(FakeEngine(), Settings(allowed_chats=frozenset({1001, -100}))) as h:
            assert "<b>7个</b>" in (await h.say("甲镇多少卡点", chat_id=1001))[0]["text"]
            first = await h.say("甲镇多少卡点", chat_id=2002)
            assert len(first) == 1 and first[0]["text"].startswith("抱歉，这个机器人只在指定的聊天中使用")
            assert await h.say("甲镇多少卡点", chat_id=2002) == []
            assert await h.say("/start", chat_id=2002) == []
            assert await h.say("随便聊聊", chat_id=-300) == []  # not addressed in a group: no refusal yet
            assert len(await h.say(f"@{BOT_NAME} 甲镇多少卡点", chat_id=-300)) == 1
            assert await h.say(f"@{BOT_NAME} 甲镇多少卡点", chat_id=-300) == []
            assert "<b>7个</b>" in (await h.say(f"@{BOT_NAME} 甲镇多少卡点", chat_id=-100))[0]["text"]
            assert len(h.wenda.snapshot.engine.asked) == 2

    run(scenario())


def test_reindex_admin_only_and_answers_keep_flowing_meanwhile():
    old, new = FakeEngine("old"), FakeEngine("new")
    release = threading.Event()
    started = threading.Event()

    def rebuild() -> FakeEngine:
        started.set()
        assert release.wait(10)
        return new

    async def scenario() -> None:
        async with Harness(old, Settings(admins=frozenset({42}), rate=(100, 1.0)), reindex=rebuild) as h:
            denied = await h.say("/reindex", chat_id=1001, user_id=1001)
            assert denied[0]["text"] == "抱歉，只有管理员可以重建索引。"
            assert not started.is_set()
            begun = await h.say("/reindex", chat_id=42, user_id=42)
            assert begun[0]["text"].startswith("开始重建索引")
            while not started.is_set():
                await asyncio.sleep(0.01)
            # a question while the rebuild runs is answered by the old engine
            assert "（old）" in (await h.say("甲镇多少卡点", chat_id=1001))[0]["text"]
            assert (await h.say("/reindex", chat_id=42, user_id=42))[0]["text"] == "索引正在重建中，请稍候。"
            since = len(h.calls)
            release.set()
            await asyncio.wait_for(h.wenda.reindex_task, 10)
            done = h.sent(since)
            assert done and done[0]["text"].startswith("索引已重建：1 个文档、2 个部分、5 句")
            assert "（new）" in (await h.say("甲镇多少卡点", chat_id=1001))[0]["text"]
            assert old.asked == ["甲镇多少卡点"] and new.asked == ["甲镇多少卡点"]

    run(scenario())


def test_reindex_failure_keeps_the_old_engine():
    from wenda.index.engine import EngineError

    def rebuild() -> FakeEngine:
        raise EngineError("corpus folder not found: /nowhere")

    async def scenario() -> None:
        async with Harness(FakeEngine("old"), Settings(admins=frozenset({42})), reindex=rebuild) as h:
            await h.say("/reindex", chat_id=42, user_id=42)
            since = len(h.calls)
            await asyncio.wait_for(h.wenda.reindex_task, 10)
            assert h.sent(since)[0]["text"].startswith("重建索引失败：corpus folder not found")
            assert "（old）" in (await h.say("甲镇多少卡点", chat_id=42))[0]["text"]

    run(scenario())


# -- configuration and `wenda serve` before the network -------------------------------------

def test_settings_from_env():
    s = Settings.from_env({"WENDA_ALLOWED_CHATS": "1, -1002, 3", "WENDA_ADMINS": "42", "WENDA_RATE": "2/10",
                           "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot"})
    assert s.allowed_chats == {1, -1002, 3} and s.admins == {42} and s.rate == (2, 10.0)
    assert s.base_url == "http://127.0.0.1:8081/bot"
    default = Settings.from_env({})
    assert default.allowed_chats is None and default.admins == frozenset() and default.rate == (5, 30.0)
    for bad in ({"WENDA_ADMINS": "alice"}, {"WENDA_RATE": "fast"}, {"WENDA_RATE": "0/10"},
                {"TELEGRAM_API_BASE_URL": "api.telegram.org"}):
        with pytest.raises(ConfigError):
            Settings.from_env(bad)


@pytest.mark.parametrize("value", [None, "", "not-a-token", "123:short", "abc:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ",
                                   TOKEN + " extra"])
def test_serve_without_a_valid_token_exits_2_before_any_network(monkeypatch, capsys, value):
    if value is None:
        monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    else:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", value)
    monkeypatch.setattr(botapp, "build_application", lambda *a, **k: pytest.fail("got past the token check"))
    code = cli_main(["serve"])
    err = capsys.readouterr().err
    assert code == 2
    assert "TELEGRAM_BOT_TOKEN" in err and "@BotFather" in err
    if value:
        assert value.strip() not in err


def test_serve_with_bad_settings_exits_2(monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("WENDA_RATE", "lots")
    code = cli_main(["serve"])
    assert code == 2 and "WENDA_RATE" in capsys.readouterr().err


def test_serve_engine_error_exits_1(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.delenv("WENDA_RATE", raising=False)
    monkeypatch.setattr(botapp, "build_application", lambda *a, **k: pytest.fail("built despite the error"))
    code = cli_main(["serve", "--corpus", str(tmp_path / "none")])
    err = capsys.readouterr().err
    assert code == 1 and "corpus folder not found" in err and TOKEN not in err


# -- flood control and formatting units ------------------------------------------------------

def test_rate_limiter_sliding_window():
    now = [0.0]
    lim = ChatRateLimiter(2, 10.0, clock=lambda: now[0])
    assert [lim.reserve(1) for _ in range(2)] == [0.0, 0.0]
    assert lim.reserve(1) == pytest.approx(10.0)  # full: the first place frees in 10 s; nothing taken
    assert lim.first_notice(1) and not lim.first_notice(1)  # told once per window
    assert lim.reserve(2) == 0.0  # other chats have budgets of their own
    now[0] = 5.0
    assert lim.reserve(1) == pytest.approx(5.0) and lim.retry_in(1) == pytest.approx(5.0)
    assert not lim.first_notice(1)
    now[0] = 10.0
    assert lim.reserve(1) == 0.0 and lim.reserve(1) == 0.0  # both places of the first window freed
    assert lim.reserve(1) == pytest.approx(10.0)
    assert lim.first_notice(1)  # a new window: one more notice
    assert parse_rate("5/30") == (5, 30.0) and parse_rate(None) == (5, 30.0) and parse_rate("10 / 1.5") == (10, 1.5)
    with pytest.raises(RateError):
        parse_rate("5 per minute")


def test_render_plain_text_for_the_cli_is_unchanged(article_engine):
    ans = article_engine.ask(SEED)
    text = render(ans, sections=article_engine.section_names())
    assert text.startswith("崔桥镇：村级设置堵卡点【43个】") and "「" in text and "<" not in text


_fragment = st.one_of(
    st.text(alphabet="甲乙丙。，！？；\n abc<>&\"'", min_size=1, max_size=40).map(lambda s: ("text", s)),
    st.sampled_from(["b", "i", "blockquote", "code"]).flatmap(
        lambda tag: st.text(alphabet="丁戊。，<&\n", min_size=1, max_size=300).map(lambda s: (tag, s))),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_fragment, min_size=1, max_size=40), st.integers(min_value=40, max_value=600))
def test_split_message_never_breaks_html(fragments, limit):
    import html as h

    text = "".join(h.escape(s) if kind == "text" else f"<{kind}>{h.escape(s)}</{kind}>" for kind, s in fragments)
    pieces = split_message(text, limit)
    visible = "".join(parse_html(p)[0] for p in pieces)  # each piece parses on its own
    assert visible.replace(" ", "").replace("\n", "") == html_to_text(text).replace(" ", "").replace("\n", "")
    if len(text) > limit:
        assert all(len(p) <= limit for p in pieces)


def test_serve_webhook_without_tornado_says_how_to_get_it(monkeypatch, capsys):
    import sys

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.delenv("WENDA_RATE", raising=False)
    monkeypatch.setitem(sys.modules, "tornado", None)  # import tornado → ImportError
    code = cli_main(["serve", "--webhook", "https://bot.example.org/hook"])
    assert code == 2 and "python-telegram-bot[webhooks]" in capsys.readouterr().err


def test_serve_against_an_unreachable_api_exits_1_without_leaking_the_token(monkeypatch, capsys, caplog,
                                                                             article_engine):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", f"http://127.0.0.1:{port}/bot")
    monkeypatch.delenv("WENDA_RATE", raising=False)
    with caplog.at_level(logging.DEBUG):
        code = cli_main(["serve"])
    err = capsys.readouterr().err
    assert code == 1 and "could not start the bot: NetworkError" in err
    assert TOKEN not in err + caplog.text and TOKEN.split(":")[1] not in err + caplog.text
    assert f"127.0.0.1:{port}/bot<TOKEN>" in caplog.text  # PTB logs the URL: redacted
