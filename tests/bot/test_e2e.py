"""End to end over real HTTP: the real Application (and `wenda serve` as a subprocess) against a
fake Telegram Bot API server on 127.0.0.1 (tests/support/fake_telegram.py).

The bot long-polls getUpdates, answers with sendMessage, and the test plays the users through
the fake server's side door. Nothing leaves the machine.

Set WENDA_TRANSCRIPT=path to have the seed exchange written out (docs/telegram.md quotes it).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from typing import Any

import pytest

from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.format import NOT_FOUND, split_message
from wenda.bot.handlers import reply_for
from support.bots import BotThread
from support.fake_telegram import FakeTelegram, Sent, killed_on_exit, sigterm

from support import DATA, REPO, engine_config
SHARED_QUESTIONS = REPO.parent / "shared" / "eval" / "article_questions.jsonl"

TOKEN = "700000001:AAFakeTokenForTheEndToEndTests_0123456789"
TOKEN_REINDEX = "700000002:AAFakeTokenForTheReindexBotTests_012345678"
TOKEN_SERVE = "700000003:AAFakeTokenForTheServeSubprocess_012345678"
ADMIN = 4242
SEED = "崔桥镇设了多少卡点"


@pytest.fixture(scope="module")
def fake():
    server = FakeTelegram().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def live(fake, article_engine):
    """The bot on the bundled article, default settings (rate 5/30), polling the fake server."""
    fake.add_bot(TOKEN)
    app = build_application(TOKEN, article_engine, Settings(admins=frozenset({ADMIN})), base_url=fake.base_url)
    runner = BotThread(app).start()
    yield fake
    runner.stop()


def ask(fake: FakeTelegram, chat_id: int, text: str, n: int = 1, timeout: float = 30, **kw: Any) -> list[Sent]:
    fake.user_text(TOKEN, chat_id, text, **kw)
    return fake.wait_sent(TOKEN, chat_id, n, timeout=timeout)


def record(label: str, user: str, replies: list[Sent]) -> None:
    """With WENDA_TRANSCRIPT=path, append the exchange (docs/telegram.md shows one)."""
    path = os.environ.get("WENDA_TRANSCRIPT")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"label": label, "user": user, "bot": [{"html": r.text, "plain": r.plain,
                                                                       "buttons": [t for t, _ in r.buttons]}
                                                                      for r in replies]}, ensure_ascii=False) + "\n")


def expected_pieces(engine: Any, question: str) -> list[str]:
    return split_message(reply_for(engine.ask(question), engine.section_names()))


# -- the seed question, refusals, groups, non-text, floods, long questions ----------------------

def test_seed_question_answers_43_with_the_quote(live, article_engine):
    user_msg = live.user_text(TOKEN, 101, SEED)
    sent = live.wait_sent(TOKEN, 101, 1)
    assert len(sent) == 1
    reply = sent[0]
    assert reply.parse_mode == "HTML" and reply.reply_to == user_msg["message_id"]
    assert reply.formatted("bold") == ["43个"]
    assert reply.plain.startswith("崔桥镇：村级设置堵卡点43个")
    [quote] = reply.formatted("expandable_blockquote")  # a long quote, collapsed on a phone
    assert "村级设置堵卡点43个" in quote
    assert reply.formatted("underline") == ["43个"]  # the figure marked inside the quote too
    assert "fugou_covid_towns.txt · 崔桥镇" in reply.plain
    assert [t for t, _ in reply.buttons] == ["👍", "👎", "更多出处", "查看原文"]
    # the answer takes milliseconds: no «typing…» call before it
    assert not [p for m, p in live.calls(TOKEN, "sendChatAction") if int(p["chat_id"]) == 101]
    assert not live.rejected(TOKEN)
    record("private chat", SEED, sent)


def test_set_my_commands_and_start(live, article_engine):
    menus = live.bots[TOKEN].menus
    assert [c["command"] for c in menus["default"]] == ["start", "help", "sources", "new"]
    assert [c["command"] for c in menus["all_group_chats"]] == ["start", "help", "sources", "new", "ask"]
    assert [c["command"] for c in menus[f"chat:{ADMIN}"]] == ["start", "help", "sources", "new",
                                                              "reindex", "docs", "forget"]
    assert set(menus) == {"default", "all_group_chats", f"chat:{ADMIN}"}
    [start] = ask(live, 108, "/start")
    record("/start", "/start", [start])
    for section in article_engine.section_names():
        assert section in start.plain
    for q in article_engine.examples(3):
        assert q in start.plain
    [sources] = ask(live, 109, "/sources")
    assert "fugou_covid_towns.txt" in sources.plain and "崔桥镇：34 句" in sources.plain


def test_a_user_rates_an_answer_and_opens_its_source(live, article_engine):
    """The transcript docs/telegram.md shows: an answer, 👎, 查看原文."""
    [reply] = ask(live, 111, "大李庄乡设置了多少个卡点？")
    record("rating: the answer", "大李庄乡设置了多少个卡点？", [reply])
    down = next(d for t, d in reply.buttons if t == "👎")
    uid, qid = live.press(TOKEN, reply, down)
    assert live.wait_answer(TOKEN, qid)["text"] == "谢谢反馈"
    live.wait_call(TOKEN, "editMessageReplyMarkup")
    now = next(s for s in live.sent(TOKEN, 111) if s.message_id == reply.message_id)
    record("rating: after 👎 (the bot answers «谢谢反馈» and ticks the button)", "👎", [now])
    assert [t for t, _ in now.buttons][:2] == ["👍", "👎 ✓"]
    source = next(d for t, d in reply.buttons if t == "查看原文")
    live.press(TOKEN, reply, source)
    [_, passage] = live.wait_sent(TOKEN, 111, 2)
    record("rating: 查看原文", "查看原文", [passage])
    assert "".join(passage.formatted("underline")) == article_engine.ask("大李庄乡设置了多少个卡点？").quotes[0].text
    assert not live.rejected(TOKEN)


def test_refusal_for_a_town_the_article_does_not_answer(live, article_engine):
    [reply] = ask(live, 102, "白潭镇设了多少个卡点？")
    record("not in the corpus", "白潭镇设了多少个卡点？", [reply])
    assert reply.plain.startswith(NOT_FOUND)
    for section in article_engine.section_names():
        assert section in reply.plain
    own = " ".join(c.text for c in article_engine.store.chunks if c.section == "白潭镇")
    assert all(n in own for n in re.findall(r"\d+", reply.plain)), reply.plain
    assert "43" not in reply.plain and reply.formatted("bold") == []


def test_group_chatter_is_ignored_and_mentions_and_replies_are_answered(live):
    live.user_text(TOKEN, -201, "大家好，崔桥镇设了多少卡点？我记得很多")
    time.sleep(1.0)
    assert live.sent(TOKEN, -201) == []
    [reply] = ask(live, -201, f"@wenda_test_bot {SEED}")
    record("group, mentioned", f"@wenda_test_bot {SEED}", [reply])
    assert len(live.sent(TOKEN, -201)) == 1  # the chatter before it got nothing
    assert reply.formatted("bold") == ["43个"]
    follow = live.bot_message_dict(TOKEN, reply)
    sent = ask(live, -201, "大李庄乡设置了多少个卡点？", n=2, reply_to=follow)
    assert "21个" in sent[1].formatted("bold")
    [_, _, via_ask] = ask(live, -201, "/ask@wenda_test_bot 崔桥镇设了多少卡点", n=3)
    assert via_ask.formatted("bold") == ["43个"]


def test_sticker_gets_a_note_in_private_and_silence_in_a_group(live):
    sticker = {"sticker": {"file_id": "CAACAgIAAxkB", "file_unique_id": "AgAD", "type": "regular", "width": 512,
                           "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"}}
    live.inject(TOKEN, {"message": live.message(TOKEN, -202, None, extra=sticker)})
    live.inject(TOKEN, {"message": live.message(TOKEN, 103, None, extra=sticker)})
    [note] = live.wait_sent(TOKEN, 103, 1)
    assert note.plain.startswith("我只能回答文字问题")
    time.sleep(0.5)
    assert live.sent(TOKEN, -202) == []


def test_a_burst_of_20_questions_is_answered_in_full_and_in_order(fake, article_engine):
    """20 questions in about 2 s against a budget of 5 per 2 s: some wait, none is lost."""
    token = "700000004:AAFakeTokenForTheBurstTestsBot_0123456789"
    fake.add_bot(token, username="wenda_burst_bot")
    app = build_application(token, article_engine, Settings(rate=(5, 2.0), corpus_check=0), base_url=fake.base_url)
    runner = BotThread(app).start()
    try:
        questions = [SEED if i % 2 == 0 else "大李庄乡设置了多少个卡点？" for i in range(20)]
        for q in questions:
            fake.user_text(token, 106, q)
            time.sleep(0.1)
        deadline = time.monotonic() + 60
        while sum(1 for s in fake.sent(token, 106) if s.formatted("bold")) < 20 and time.monotonic() < deadline:
            time.sleep(0.05)
        sent = fake.wait_sent(token, 106, 21, settle=0.5)
    finally:
        runner.stop()
    waits = [s for s in sent if s.plain.startswith("问题有点多")]
    answers = [s for s in sent if s.formatted("bold")]
    assert len(waits) >= 1 and len(answers) == 20 and len(sent) == len(waits) + 20
    assert [a.formatted("bold") for a in answers] == [["43个"] if q == SEED else ["21个"] for q in questions]
    assert sent.index(waits[0]) == 5  # the sixth question is the first to wait, and the chat is told then


def test_a_10000_character_question_is_declined_quickly(live):
    t0 = time.monotonic()
    [reply] = ask(live, 105, "崔桥镇设了多少卡点" * 1112)  # 10,008 characters
    assert time.monotonic() - t0 < 10
    assert reply.plain.startswith("问题太长了（10008 字）")


def test_html_rejected_by_telegram_is_resent_as_plain_text(live):
    live.bots[TOKEN].reject_html = 1
    [reply] = ask(live, 106, SEED)
    assert reply.parse_mode is None and "【43个】" in reply.plain and "<b>" not in reply.text
    assert any("can't parse entities" in why for _, _, why in live.rejected(TOKEN))


def test_questions_through_the_bot_equal_the_engine(live, article_engine):
    files = [DATA / "article_questions.jsonl"]
    if SHARED_QUESTIONS.exists():
        files.append(SHARED_QUESTIONS)
    questions = [json.loads(line)["q"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    expected = {q: expected_pieces(article_engine, q) for q in questions}  # before the bot uses the engine
    chats = {q: 3000 + i for i, q in enumerate(questions)}
    for q, chat in chats.items():
        live.user_text(TOKEN, chat, q)
    for q, chat in chats.items():
        got = live.wait_sent(TOKEN, chat, len(expected[q]), timeout=60)
        assert [s.text for s in got] == expected[q], q
        ans = article_engine.ask(q)
        if ans.found and ans.span:
            assert ans.span in got[0].formatted("bold")
        elif not ans.found:
            assert got[0].plain.startswith(NOT_FOUND)
    assert not [r for r in live.rejected(TOKEN) if int(r[1].get("chat_id", 0)) in set(chats.values())]


# -- /reindex ----------------------------------------------------------------------------------

def test_reindex_by_an_admin_swaps_the_corpus_and_a_stranger_may_not(fake, article_engine, tmp_path):
    from wenda.index.engine import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "lianshi.md").write_text("# 练市镇：织密防控网\n\n练市镇在各村入口设置卡点12个，每天安排60名志愿者值守。\n\n"
                                       "全镇共排查返乡人员305人。\n", encoding="utf-8")

    def rebuild() -> Engine:  # a real rebuild (new corpus folder, new index) in the bot's reindex thread
        return Engine.open(engine_config(corpus, tmp_path / "index"), rebuild=True, progress=False)

    fake.add_bot(TOKEN_REINDEX, username="wenda_reindex_bot")
    app = build_application(TOKEN_REINDEX, article_engine, Settings(admins=frozenset({ADMIN})),
                            base_url=fake.base_url, reindex=rebuild)
    runner = BotThread(app).start()
    try:
        fake.user_text(TOKEN_REINDEX, 501, "/reindex")
        [denied] = fake.wait_sent(TOKEN_REINDEX, 501, 1)
        assert denied.plain == "抱歉，只有管理员可以重建索引。"
        fake.user_text(TOKEN_REINDEX, ADMIN, "/reindex")
        fake.user_text(TOKEN_REINDEX, 502, SEED)  # asked while the rebuild may be running: still answered
        assert fake.wait_sent(TOKEN_REINDEX, 502, 1)[0].formatted("bold") == ["43个"]
        started, done = fake.wait_sent(TOKEN_REINDEX, ADMIN, 2, timeout=60)
        assert started.plain.startswith("开始重建索引") and done.plain.startswith("索引已重建：1 个文档、1 个部分、3 句")
        fake.user_text(TOKEN_REINDEX, 503, "练市镇设了多少卡点？")
        assert fake.wait_sent(TOKEN_REINDEX, 503, 1)[0].formatted("bold") == ["12个"]
        assert not fake.rejected(TOKEN_REINDEX)
    finally:
        runner.stop()


# -- `wenda serve` as a real process -----------------------------------------------------------

def _serve_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WENDA_ALLOWED", "WENDA_ADMINS",
                                                                        "WENDA_RATE"))}
    env.update(extra)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def test_wenda_serve_subprocess_answers_and_stops_cleanly_on_sigterm(fake, article_engine):
    fake.add_bot(TOKEN_SERVE, username="wenda_serve_bot")
    proc = subprocess.Popen([sys.executable, "-m", "wenda", "serve"], cwd=REPO,
                            env=_serve_env(TELEGRAM_BOT_TOKEN=TOKEN_SERVE, TELEGRAM_API_BASE_URL=fake.base_url),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with killed_on_exit(proc):
        fake.wait_call(TOKEN_SERVE, "getUpdates", timeout=120)
        fake.user_text(TOKEN_SERVE, 601, SEED)
        [reply] = fake.wait_sent(TOKEN_SERVE, 601, 1, timeout=60)
        assert reply.formatted("bold") == ["43个"] and "村级设置堵卡点43个" in reply.formatted("expandable_blockquote")[0]
        assert [c["command"] for c in fake.bots[TOKEN_SERVE].commands][0] == "start"
        out, err = sigterm(proc)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and TOKEN_SERVE not in err + out
    assert "@wenda_serve_bot" in err and "stopped" in err


def test_wenda_serve_without_a_token_exits_2_with_a_clear_message():
    proc = subprocess.run([sys.executable, "-m", "wenda", "serve"], cwd=REPO, env=_serve_env(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in proc.stderr and "@BotFather" in proc.stderr
    assert "Traceback" not in proc.stderr
