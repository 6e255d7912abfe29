"""index/: the answer engine end to end, with the real model, FAISS and BM25."""

from __future__ import annotations

import json
import shutil

import pytest

from wenda.corpus.types import Answer
from wenda.index.engine import Engine, EngineError
from wenda.index.store import read_manifest
from support import DATA, INVENTED, engine_config

QUESTIONS = [json.loads(line) for line in (DATA / "article_questions.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


@pytest.mark.parametrize("item", QUESTIONS, ids=[q["q"] for q in QUESTIONS])
def test_article_questions(article_engine, item):
    ans = article_engine.ask(item["q"])
    if not item["answerable"]:
        assert not ans.found, ans.answer
        return
    assert ans.found, ans.quotes[:1]
    assert any(a in ans.answer for a in item["answer_any"]), ans.answer
    assert any(k in ans.quotes[0].text for k in item["keys"]), ans.quotes[0].text


def test_seed_question_gives_figure_section_and_quote(article_engine):
    ans = article_engine.ask("崔桥镇设了多少卡点")
    assert ans.found
    assert ans.figures == ["43个"]
    assert ans.section == "崔桥镇"
    assert ans.answer == "崔桥镇：村级设置堵卡点43个"
    assert "村级设置堵卡点43个" in ans.quotes[0].text
    assert ans.quotes[0].section == "崔桥镇" and ans.quotes[0].doc == "fugou_covid_towns.txt"


def test_refusal_does_not_borrow_another_sections_number(article_engine):
    ans = article_engine.ask("白潭镇设了多少个卡点？")
    assert not ans.found and ans.answer is None and ans.figures == []
    # related passages may be listed, but only from the section asked about
    assert all(q.section == "白潭镇" for q in ans.quotes)


def test_json_contract(article_engine):
    chunks = article_engine.store.chunks
    paragraphs: dict[int, str] = {}
    for c in chunks:
        paragraphs[c.paragraph] = paragraphs.get(c.paragraph, "") + c.text
    for q in ("崔桥镇设了多少卡点", "今天郑州的天气怎么样？"):
        out = article_engine.ask(q).to_json()
        assert set(out) == {"question", "found", "answer", "section", "figures", "quotes", "ms"}
        assert out["question"] == q and isinstance(out["found"], bool) and isinstance(out["ms"], float)
        assert len(out["quotes"]) <= 3
        for quote in out["quotes"]:
            assert set(quote) == {"text", "doc", "section", "score"}
            # verbatim: one sentence, or two neighbouring ones, of a paragraph of the corpus
            assert any(quote["text"] in p for p in paragraphs.values()), quote["text"]
            from wenda.corpus.text import split_sentences
            assert len(split_sentences(quote["text"])) <= 2
        json.dumps(out, ensure_ascii=False)


@pytest.mark.parametrize("bad", ["", "   ", "\n\t"])
def test_empty_question_is_an_error_not_a_crash(article_engine, bad):
    ans = article_engine.ask(bad)
    assert not ans.found and ans.error and "空" in ans.error
    assert "error" in ans.to_json()


def test_very_long_and_odd_input_is_answered(article_engine):
    for q in ("崔桥镇设了多少卡点" * 2300, "😀" * 500, "'; DROP TABLE x; --<b>", "？？？", "崔橋鎮設了多少個卡點"):
        ans = article_engine.ask(q)
        assert isinstance(ans, Answer) and ans.error is None


def test_traditional_and_fullwidth_questions_match_simplified(article_engine):
    a = article_engine.ask("崔橋鎮設了多少個卡點？")
    b = article_engine.ask("崔桥镇设了多少个卡点?")
    assert a.found and b.found and a.figures == b.figures == ["43个"]


def test_examples_come_from_the_corpus(article_engine):
    examples = article_engine.examples(3)
    assert len(examples) == 3
    for ex in examples:
        assert article_engine.ask(ex).found, ex




@pytest.fixture()
def invented(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in INVENTED.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def test_nothing_is_article_specific(invented, tmp_path):
    engine = Engine.open(engine_config(invented, tmp_path / "idx"), progress=False)
    assert engine.section_names() == ["青山镇", "绿水镇"]
    cases = {
        "青山镇设了多少个卡点？": "12个",
        "绿水镇设置了几个卡点": "7个",
        "绿水镇捐了多少钱": "2万元",
        "青山镇排查了多少返乡人员？": "356人",
    }
    for q, fig in cases.items():
        ans = engine.ask(q)
        assert ans.found and ans.figures == [fig], (q, ans)
    assert engine.ask("青山镇镇长是谁").answer.endswith("李四检查卡点")
    assert "钱七" in engine.ask("绿水镇的通讯员是谁？").answer
    assert "孙八" in engine.ask("绿水镇党委书记叫什么名字").answer
    assert not engine.ask("绿水镇排查了多少返乡人员？").found
    assert not engine.ask("青山镇捐了多少钱？").found


def test_index_is_reused_then_rebuilt_when_the_corpus_changes(invented, tmp_path):
    idx = tmp_path / "idx"
    Engine.open(engine_config(invented, idx), progress=False)
    first = read_manifest(idx)
    Engine.open(engine_config(invented, idx), progress=False)
    assert read_manifest(idx).built_at == first.built_at or read_manifest(idx) == first  # reused
    path = invented / "towns.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("卡点12个", "卡点15个"), encoding="utf-8")
    engine = Engine.open(engine_config(invented, idx), progress=False)
    assert read_manifest(idx).corpus_hash != first.corpus_hash
    assert engine.ask("青山镇设了多少个卡点？").figures == ["15个"]


@pytest.mark.parametrize("damage", ["truncate-vectors", "delete-faiss", "other-model", "garbage-manifest"])
def test_damaged_or_foreign_index_is_rebuilt(invented, tmp_path, damage):
    idx = tmp_path / "idx"
    Engine.open(engine_config(invented, idx), progress=False)
    if damage == "truncate-vectors":
        data = (idx / "vectors.npy").read_bytes()
        (idx / "vectors.npy").write_bytes(data[: len(data) // 2])
    elif damage == "delete-faiss":
        (idx / "dense.faiss").unlink()
    elif damage == "other-model":
        m = json.loads((idx / "manifest.json").read_text(encoding="utf-8"))
        m["model"] = "some/other-model"
        (idx / "manifest.json").write_text(json.dumps(m), encoding="utf-8")
    else:
        (idx / "manifest.json").write_text("{not json", encoding="utf-8")
    engine = Engine.open(engine_config(invented, idx), progress=False)
    assert engine.ask("青山镇设了多少个卡点？").figures == ["12个"]
    assert read_manifest(idx).chunks == len(engine.store.chunks)


def test_unusable_corpus_or_index_dir_names_the_path(invented, tmp_path):
    with pytest.raises(EngineError, match="missing"):
        Engine.open(engine_config(tmp_path / "missing", tmp_path / "idx"), progress=False)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(EngineError, match="a-file"):
        Engine.open(engine_config(invented, blocker / "idx"), progress=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(EngineError, match="empty"):
        Engine.open(engine_config(empty, tmp_path / "idx2"), progress=False)
    shutil.rmtree(empty)
