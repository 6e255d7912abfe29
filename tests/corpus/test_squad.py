"""The one SQuAD reader (corpus/squad.py): passages as Documents, questions tied to their passage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wenda.corpus.load import CorpusError, load_corpus
from wenda.corpus.squad import SquadError, SquadQuestion, parse_squad, read_squad

CMRC_TRIAL = Path("/work/shared/benchmarks/cmrc2018/cmrc2018_trial.json")

DATA = {
    "version": "test",
    "data": [
        {"title": " 长江 ", "paragraphs": [
            {"context": "长江全长6300公里。长江流经11个省级行政区。",
             "qas": [
                 {"id": "q1", "question": "长江有多长？",
                  "answers": [{"text": "6300公里"}, {"text": "6300公里"}, {"text": "  "}, {"text": "6300"}]},
                 {"id": "q2", "question": "   ", "answers": [{"text": "x"}]},  # no question: left out
                 {"id": "q3", "question": "长江流入哪个湖？", "answers": []},  # unanswerable: kept, no answers
             ]},
            {"context": "  \n ", "qas": [{"id": "q4", "question": "空段落？", "answers": [{"text": "空"}]}]},
            {"context": 42, "qas": []},
        ]},
        "not an article",
        {"paragraphs": [  # no title
            {"context": "黄河全长5464公里。", "qas": [{"question": "黄河有多长？", "answers": [{"text": "5464公里"}]}]},
        ]},
        {"title": "空", "paragraphs": "not a list"},
    ],
}


def test_passages_become_documents_numbered_in_file_order():
    squad = parse_squad(json.dumps(DATA, ensure_ascii=False), "rivers.json")
    assert [d.doc_id for d in squad.documents] == ["rivers.json#0", "rivers.json#1"]
    assert [d.title for d in squad.documents] == ["长江", "rivers.json#1"]  # untitled: named by its id
    assert squad.documents[0].text.startswith("长江全长6300公里。")
    assert [s.text for s in squad.documents[0].sentences()] == ["长江全长6300公里。", "长江流经11个省级行政区。"]


def test_questions_keep_their_passage_and_distinct_answers():
    squad = parse_squad(json.dumps(DATA, ensure_ascii=False), "rivers.json")
    assert squad.questions == [
        SquadQuestion(id="q1", text="长江有多长？", answers=("6300公里", "6300"), doc="rivers.json#0"),
        SquadQuestion(id="q3", text="长江流入哪个湖？", answers=(), doc="rivers.json#0"),
        SquadQuestion(id=None, text="黄河有多长？", answers=("5464公里",), doc="rivers.json#1"),
    ]
    docs = {d.doc_id: d.text for d in squad.documents}
    for q in squad.questions:
        assert all(a in docs[q.doc] for a in q.answers)


@pytest.mark.parametrize("text, message", [
    ("{not json", "is not valid JSON: .* at line 1"),
    ("[1, 2]", "is not SQuAD-style JSON"),
    ('{"data": {"title": "x"}}', "is not SQuAD-style JSON"),
    ('{"version": "1.1"}', "is not SQuAD-style JSON"),
])
def test_what_is_not_squad_is_said_plainly(text, message):
    with pytest.raises(SquadError, match=message):
        parse_squad(text, "x.json")


def test_read_squad_names_the_file(tmp_path):
    path = tmp_path / "rivers.json"
    path.write_text(json.dumps(DATA, ensure_ascii=False), encoding="utf-8-sig")  # a BOM is fine
    squad = read_squad(path)
    assert [d.doc_id for d in squad.documents] == ["rivers.json#0", "rivers.json#1"]
    with pytest.raises(SquadError, match="cannot read .*missing.json"):
        read_squad(tmp_path / "missing.json")
    (tmp_path / "gbk.json").write_bytes(json.dumps(DATA, ensure_ascii=False).encode("gbk"))
    with pytest.raises(SquadError, match="gbk.json is not UTF-8"):
        read_squad(tmp_path / "gbk.json")
    (tmp_path / "bad.json").write_text('{"data": 1}', encoding="utf-8")
    with pytest.raises(SquadError, match=r"bad.json is not SQuAD-style JSON"):
        read_squad(tmp_path / "bad.json")


def test_the_corpus_loader_reads_the_same_passages(tmp_path):
    path = tmp_path / "rivers.json"
    path.write_text(json.dumps(DATA, ensure_ascii=False), encoding="utf-8")
    loaded = load_corpus(tmp_path)
    read = read_squad(path).documents
    assert [(d.doc_id, d.title, d.text) for d in loaded] == [(d.doc_id, d.title, d.text) for d in read]
    (tmp_path / "rivers.json").write_text('{"data": 1}', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"rivers.json is not SQuAD-style JSON"):
        load_corpus(tmp_path)
    (tmp_path / "rivers.json").write_text("{", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"rivers.json is not valid JSON"):
        load_corpus(tmp_path)


@pytest.mark.skipif(not CMRC_TRIAL.exists(), reason="needs /work/shared (CMRC 2018 trial)")
def test_cmrc_trial():
    squad = read_squad(CMRC_TRIAL)
    data = json.loads(CMRC_TRIAL.read_text(encoding="utf-8"))
    contexts = [p["context"] for a in data["data"] for p in a["paragraphs"] if p["context"].strip()]
    assert len(squad.documents) == len(contexts)
    assert len(squad.questions) == 1000  # 1002 in the file, two with an empty question
    assert all(q.answers for q in squad.questions)
    docs = {d.doc_id: d.text for d in squad.documents}
    inside = sum(any(a in docs[q.doc] for a in q.answers) for q in squad.questions)
    assert inside / len(squad.questions) > 0.99  # gold answers are spans of their own paragraph
