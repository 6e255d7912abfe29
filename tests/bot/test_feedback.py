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
