"""index/: the answer engine end to end, with the real model, FAISS and BM25."""

from __future__ import annotations

import json
import shutil

import pytest

from wenda.corpus.types import Answer
from wenda.index import query, store
from wenda.index.engine import Engine, EngineError, IndexInfo
from wenda.index.query import MAX_QUESTION_CHARS
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
        assert {"question", "found", "answer", "section", "figures", "quotes", "ms"} <= set(out)
        assert set(out) - {"question", "found", "answer", "section", "figures", "quotes", "ms"} <= {"near", "suggest"}
        assert out["found"] or "near" not in out or isinstance(out["near"], str)
        assert out["question"] == q and isinstance(out["found"], bool) and isinstance(out["ms"], float)
        assert len(out["quotes"]) <= 3
        for quote in out["quotes"]:
            assert set(quote) == {"text", "doc", "section", "score"}
            # verbatim: one sentence, or two neighbouring ones, of a paragraph of the corpus
            assert any(quote["text"] in p for p in paragraphs.values()), quote["text"]
            from wenda.corpus.text import split_sentences
            assert len(split_sentences(quote["text"])) <= 2
        json.dumps(out, ensure_ascii=False)
    refusal = article_engine.ask("白潭镇设了多少个卡点？").to_json()  # another section has the figure
    assert not refusal["found"] and "白潭镇" in refusal["near"]


@pytest.mark.parametrize("bad", ["", "   ", "\n\t"])
def test_empty_question_is_an_error_not_a_crash(article_engine, bad):
    ans = article_engine.ask(bad)
    assert not ans.found and ans.error and "空" in ans.error
    assert "error" in ans.to_json()


def test_odd_input_and_a_question_at_the_length_limit_are_answered(article_engine):
    at_limit = ("崔桥镇设了多少卡点" * 200)[:MAX_QUESTION_CHARS]
    padded = "  崔桥镇设了多少卡点" + " " * 2 * MAX_QUESTION_CHARS  # surrounding whitespace does not count
    for q in (at_limit, padded, "😀" * 500, "'; DROP TABLE x; --<b>", "？？？", "崔橋鎮設了多少個卡點"):
        ans = article_engine.ask(q)
        assert isinstance(ans, Answer) and ans.error is None, q[:20]
    assert article_engine.ask(padded).figures == ["43个"]


def test_a_question_over_the_limit_is_declined_with_a_message_not_cut(article_engine):
    """One limit for the bot and the engine; a longer question is never silently cut and answered."""
    from wenda.bot.config import MAX_QUESTION

    assert MAX_QUESTION == MAX_QUESTION_CHARS
    too_long = "崔桥镇设了多少卡点" + "的" * MAX_QUESTION_CHARS
    ans = article_engine.ask(too_long)
    assert not ans.found and ans.answer is None and ans.quotes == [] and ans.figures == []
    assert ans.error and str(MAX_QUESTION_CHARS) in ans.error and str(len(too_long)) in ans.error
    assert ans.question == too_long and ans.to_json()["error"] == ans.error
    assert article_engine.quotes(too_long) == []


def test_traditional_and_fullwidth_questions_match_simplified(article_engine):
    a = article_engine.ask("崔橋鎮設了多少個卡點？")
    b = article_engine.ask("崔桥镇设了多少个卡点?")
    assert a.found and b.found and a.figures == b.figures == ["43个"]


def test_examples_come_from_the_corpus(article_engine):
    examples = article_engine.examples(3)
    assert len(examples) == 3
    for ex in examples:
        assert article_engine.ask(ex).found, ex


def test_an_example_names_its_section_once(invented, tmp_path):
    """A sentence that starts with its section's name («青山镇共设置卡点12个») is not prefixed with it again."""
    engine = Engine.open(engine_config(invented, tmp_path / "idx"), progress=False)
    examples = engine.examples(3)
    assert examples
    for ex in examples:
        for section in engine.section_names():
            assert section + section not in ex, ex
        assert engine.ask(ex).found, ex



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


def test_info_says_what_is_served_and_whether_it_was_built_now(invented, tmp_path):
    idx = tmp_path / "idx"
    config = engine_config(invented, idx)
    first = Engine.open(config, progress=False).info
    assert isinstance(first, IndexInfo) and first.built_now
    assert first.corpus == str(invented) and first.index_dir == str(idx) and first.model == config.model
    assert first.documents == 1 and first.dim == 384 and first.build_seconds > 0
    engine = Engine.open(config, progress=False)
    assert not engine.info.built_now
    assert engine.info.sentences == len(engine.chunks) == read_manifest(idx).chunks
    assert engine.info.model_id == engine.encoder.model_id and engine.info.built_at == first.built_at
    assert engine.rebuild().info.built_now


@pytest.mark.parametrize("change", ["a stop word", "the chunking version", "the tokenizer version"])
def test_a_change_in_how_the_index_is_made_rebuilds_it(invented, tmp_path, monkeypatch, caplog, change):
    idx = tmp_path / "idx"
    Engine.open(engine_config(invented, idx), progress=False)
    before = read_manifest(idx)
    assert before.fingerprint == store.fingerprint()
    assert not Engine.open(engine_config(invented, idx), progress=False).info.built_now  # nothing changed
    if change == "a stop word":
        monkeypatch.setattr(query, "STOPWORDS", query.STOPWORDS | {"卡点"})
    elif change == "the chunking version":
        monkeypatch.setattr(store, "CHUNKING_VERSION", store.CHUNKING_VERSION + 1)
    else:
        monkeypatch.setattr(query, "TOKENIZER_VERSION", query.TOKENIZER_VERSION + 1)
    with caplog.at_level("INFO", logger="wenda.index"):
        engine = Engine.open(engine_config(invented, idx), progress=False)
    assert engine.info.built_now
    after = read_manifest(idx)
    assert after.fingerprint == store.fingerprint() != before.fingerprint
    assert after.built_at >= before.built_at and after.corpus_hash == before.corpus_hash
    [line] = [r.getMessage() for r in caplog.records if "building index" in r.getMessage()]
    assert "tokenizer, its word lists, parsing or chunking changed" in line
    assert not Engine.open(engine_config(invented, idx), progress=False).info.built_now  # and then reused


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


def test_document_frequency_comes_from_the_index(article_engine):
    """Retriever.document_frequency == the number of sentences whose BM25 tokens hold the word."""
    retriever = article_engine.answerer.retriever
    toks = [set(query.tokens(c.context())) for c in article_engine.chunks]
    words = sorted({w for t in toks for w in t})[:300] + ["不存在的词语", ""]
    for w in words:
        assert retriever.document_frequency(w) == sum(w in t for t in toks), w
    assert max(retriever.document_frequency(w) for w in words) > 1


class CountingEncoder:
    """The engine's real encoder, counting the texts each encode_query call embeds."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.model_id = encoder.model_id
        self.calls: list[list[str]] = []

    def encode_query(self, texts, batch_size=64):
        self.calls.append(list(texts))
        return self.encoder.encode_query(texts, batch_size)


def test_a_words_vector_does_not_depend_on_its_batch(article_engine):
    """What lets the lexicon embed a question's words one by one when first needed instead of
    in one batch per question: the padding of a batch changes no row (bit for bit)."""
    words = ["卡口", "领导小组", "县", "新冠肺炎疫情防控", "二"]
    together = article_engine.encoder.encode_query(words)
    for i, w in enumerate(words):
        assert (article_engine.encoder.encode_query([w])[0] == together[i]).all(), w


def test_question_words_are_embedded_once_when_first_looked_up(article_engine):
    """Lexicon.prepare embeds nothing; a word the corpus never uses is embedded on its first
    look-up and kept; a word the corpus uses, or one a text holds as written, costs no call."""
    from wenda.index.lexicon import Lexicon

    words = article_engine.answerer.lexicon
    counting = CountingEncoder(article_engine.encoder)
    lex = Lexicon(words.words, words.vectors, counting, words.fit)
    lex.prepare(["卡口", "检查", "某某词"])
    assert counting.calls == []
    assert lex.weight_in("卡口", "设卡口9个") == (1.0, "卡口")   # held as written: no vector needed
    assert lex.known("卡点") and lex.near("卡点") is not None and counting.calls == []
    weight, word = lex.weight_in("卡口", "全镇共有卡点43个")
    assert word == "卡点" and weight > 0.5              # the article's word for it, as before
    assert counting.calls == [["卡口"]]
    assert (lex.vector("卡口") == article_engine.encoder.encode_query(["卡口"])[0]).all()
    lex.near("卡口"), lex.related("卡口", "卡点")
    assert counting.calls == [["卡口"]]                  # kept: never embedded twice


def test_recent_keeps_the_most_recently_used():
    from wenda.index.lexicon import Recent

    kept = Recent(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1                            # a is now the most recent
    kept.put("c", 3)
    assert "b" not in kept and kept.get("a") == 1 and kept.get("c") == 3 and len(kept) == 2
    assert kept.get("missing") is None
