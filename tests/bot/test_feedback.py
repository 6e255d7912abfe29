"""Feedback: votes in a real SQLite file, `wenda feedback` (summary, --export) and `wenda eval`
reading the export, so a complaint becomes a test once someone writes down the right answer."""

from __future__ import annotations

import json
import sqlite3

import pytest

from wenda.bot.cli import main as cli_main
from wenda.bot.feedback import FILENAME, Feedback, pending
from wenda.bot.format import NOT_FOUND

from support import DATA

RIGHT = "崔桥镇设了多少卡点"
WRONG = "大李庄乡设置了多少个卡点？"
MISSING = "白潭镇设了多少个卡点？"


def record(store: Feedback, engine, chat: int, question: str) -> str:
    a = engine.ask(question)
    return store.shown(chat, question, a.answer or NOT_FOUND, a.found, a.quotes if a.found else [])


@pytest.fixture()
def voted(tmp_path, article_engine, monkeypatch):
    """A data folder where users voted: 👍 twice on one answer, 👎 on two others (one twice)."""
    monkeypatch.setenv("WENDA_DATA_DIR", str(tmp_path))
    store = Feedback(tmp_path)
    right, wrong, missing = (record(store, article_engine, 1, q) for q in (RIGHT, WRONG, MISSING))
    assert store.vote(right, 1, up=True) and store.vote(right, 2, up=True)
    assert store.vote(wrong, 1, up=False) and store.vote(wrong, 2, up=False)
    assert store.vote(missing, 3, up=False)
    assert not store.vote("nosuchid", 1, up=True)
    store.close()
    return tmp_path


def run(argv, capsys):
    code = cli_main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_votes_are_kept_with_the_answer_and_nothing_else(voted, article_engine):
    with sqlite3.connect(voted / FILENAME) as db:
        columns = [r[1] for r in db.execute("PRAGMA table_info(shown)")]
        votes = db.execute("SELECT up, COUNT(*) FROM votes GROUP BY up ORDER BY up").fetchall()
        row = db.execute("SELECT question, answer, quotes FROM shown WHERE question = ?", (WRONG,)).fetchone()
    assert columns == ["id", "chat", "question", "answer", "found", "quotes", "more_from", "at"]
    assert votes == [(0, 3), (1, 2)]
    a = article_engine.ask(WRONG)
    assert row[1] == a.answer and [q["text"] for q in json.loads(row[2])] == [q.text for q in a.quotes]


def test_feedback_summary(voted, capsys):
    code, out, _ = run(["feedback"], capsys)
    assert code == 0
    assert "answers with buttons: 3" in out
    assert "votes: 5 (👍 2, 👎 3, 40% 👍)" in out
    most = [line.strip() for line in out.split("most 👎 questions:")[1].strip().splitlines()]
    assert most == [f"2 × {WRONG}", f"1 × {MISSING}"]


def test_no_feedback_yet_is_a_clear_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WENDA_DATA_DIR", str(tmp_path / "empty"))
    code, _, err = run(["feedback"], capsys)
    assert code == 1 and "no feedback yet" in err and "Traceback" not in err


def test_export_then_eval_reads_it(voted, tmp_path, article_engine, monkeypatch, capsys):
    import wenda.bot.evaluate

    monkeypatch.setattr(wenda.bot.evaluate, "open_engine", lambda config, progress=True: article_engine)
    out_file = tmp_path / "complaints.jsonl"
    code, _, err = run(["feedback", "--export", str(out_file)], capsys)
    assert code == 0 and "wrote 2" in err
    items = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [i["q"] for i in items] == [WRONG, MISSING]
    wrong, missing = items
    assert wrong["bot_found"] and wrong["bot_answer"] == article_engine.ask(WRONG).answer
    assert wrong["bot_quote"] == article_engine.ask(WRONG).quotes[0].text
    assert not missing["bot_found"] and missing["bot_answer"] == NOT_FOUND
    assert all(pending(i) for i in items)

    # nobody has written down the right answers yet: eval says what to fill in
    code, _, err = run(["eval", str(out_file)], capsys)
    assert code == 1 and "keys" in err and "answer_any" in err and "Traceback" not in err

    # one complaint completed (the corpus does not say: answerable false), the other still open
    missing.update(answerable=False)
    out_file.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    code, out, err = run(["eval", str(out_file), "--json"], capsys)
    assert code == 0 and "1 👎 questions" in err
    report = json.loads(out)
    assert report["questions"] == 1
    assert report["systems"]["wenda"]["refusal_accuracy"] == 1.0  # the bot does refuse it


def test_an_ordinary_questions_file_reads_as_before(article_engine, monkeypatch, capsys):
    from wenda.bot.evaluate import load_questions_file
    from wenda.index.evaluation import load_questions

    path = DATA / "article_questions.jsonl"
    assert load_questions_file(str(path)) == load_questions(path)
    capsys.readouterr()


# -- workers sharing feedback: one SQLite file (one host), or Redis (WENDA_STATE, several hosts) ----

@pytest.fixture(params=["sqlite", "redis"])
def open_shared(request, tmp_path, monkeypatch):
    """Opens the feedback store two workers share, as build_application does (open_feedback), with
    the environment `wenda feedback` then reads it from."""
    from wenda.bot.feedback import open_feedback

    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        monkeypatch.setenv("WENDA_STATE", url)
        monkeypatch.setenv("WENDA_DATA_DIR", str(tmp_path / "unused"))
        return lambda: open_feedback(url, tmp_path / "unused")
    monkeypatch.delenv("WENDA_STATE", raising=False)
    monkeypatch.setenv("WENDA_DATA_DIR", str(tmp_path))
    return lambda: open_feedback(None, tmp_path)


def test_a_button_pressed_in_another_worker_finds_its_answer_and_the_votes_add_up(open_shared, article_engine,
                                                                                   capsys):
    a, b = open_shared(), open_shared()  # two workers
    right, wrong, missing = (record(a, article_engine, 7, q) for q in (RIGHT, WRONG, MISSING))
    shown = b.context(wrong)  # worker B, where the 👎 under worker A's answer arrives
    assert shown is not None and shown.question == WRONG and shown.chat == 7
    assert [q.text for q in shown.quotes] == [q.text for q in article_engine.ask(WRONG).quotes]
    b.showed_more(wrong, 3)
    a.showed_more(wrong, 2)  # more_from only grows
    assert a.context(wrong).more_from == 3 and b.context("nosuchid") is None
    assert a.ask_id(RIGHT) == b.ask_id(RIGHT) and b.question_of(a.ask_id(RIGHT)) == RIGHT
    assert b.vote(right, 1, up=True) and a.vote(right, 2, up=False) and b.vote(right, 2, up=True)  # changed
    assert b.vote(wrong, 1, up=False) and a.vote(wrong, 2, up=False) and a.vote(missing, 3, up=False)
    assert not a.vote("nosuchid", 1, up=True)
    summary = b.summary()
    assert (summary.answers, summary.up, summary.down) == (3, 2, 3)
    assert summary.questions_down == [(WRONG, 2), (MISSING, 1)]
    for store in (a, b):
        store.close()
    code, out, _ = run(["feedback"], capsys)
    assert code == 0 and "answers with buttons: 3" in out and "votes: 5 (👍 2, 👎 3, 40% 👍)" in out
    code, out, _ = run(["feedback", "--export", "-"], capsys)
    items = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [i["q"] for i in items] == [WRONG, MISSING] and all(pending(i) for i in items)
    assert items[0]["bot_quote"] == article_engine.ask(WRONG).quotes[0].text and not items[1]["bot_found"]
