"""index/milvus.py: the Milvus backend gives what the FAISS + bm25s backend gives, on Milvus Lite.

Real model, real FAISS, real bm25s, a real Milvus Lite database in a temporary folder. Skipped,
saying why, only when pymilvus or milvus-lite cannot be imported."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from wenda.bot.config import Config, ConfigError
from wenda.index import query, vectors
from wenda.index.answer import Answerer
from wenda.index.engine import Engine
from wenda.index.milvus import MilvusBackend, MilvusError, backend_for, encode_token, parse_store
from wenda.index.retrieve import Retriever
from support import DATA, INVENTED, engine_config

pytest.importorskip("pymilvus", reason="pymilvus is not installed: pip install 'wenda[milvus]' to run the Milvus tests")
pytest.importorskip("milvus_lite", reason="milvus-lite is not installed: pip install 'wenda[milvus]' to run the Milvus tests")


def _questions(name: str) -> list[str]:
    return [json.loads(line)["q"] for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


ARTICLE_QUESTIONS = _questions("article_questions.jsonl")
DOC_QUESTIONS = _questions("doc_questions.jsonl")


def _token_lists(engine: Engine) -> list[list[str]]:
    return [query.tokens(c.context()) for c in engine.chunks]


def _milvus(engine: Engine, path) -> MilvusBackend:
    return MilvusBackend.build(f"milvus-lite:{path}", engine.chunks, engine.store.vectors, _token_lists(engine),
                               files=engine.store.manifest.sources)


@pytest.fixture(scope="module")
def docs_engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("docs")
    shutil.copytree(DATA / "docs", root / "corpus")
    return Engine.open(engine_config(root / "corpus", root / "index"), progress=False)


@pytest.fixture(scope="module")
def article_milvus(article_engine, tmp_path_factory):
    backend = _milvus(article_engine, tmp_path_factory.mktemp("milvus") / "article.db")
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def docs_milvus(docs_engine, tmp_path_factory):
    backend = _milvus(docs_engine, tmp_path_factory.mktemp("milvus") / "docs.db")
    yield backend
    backend.close()


def _check_parity(engine: Engine, backend: MilvusBackend, questions: list[str], k: int = 20) -> None:
    store, retriever = engine.store, engine.answerer.retriever
    assert backend.size == len(engine.chunks)
    rng = np.random.default_rng(0)
    allowed = np.sort(rng.choice(len(engine.chunks), size=len(engine.chunks) // 3, replace=False))
    for q in questions:
        qvec = retriever.embed(q)
        for subset in (None, allowed):
            f_ids, f_scores = vectors.search(store.faiss_index, store.vectors, qvec, k, subset)
            m_ids, m_scores = backend.dense(qvec, subset, k)
            assert len(m_ids) == len(f_ids) == k, q
            np.testing.assert_allclose(m_scores, f_scores, rtol=0, atol=1e-5, err_msg=q)
            # the same ranking: Milvus's ids carry FAISS's scores in order, and equal ids wherever a
            # score is not tied with a neighbour's (tied ones may come in either order)
            np.testing.assert_allclose(store.vectors[m_ids] @ qvec[0], f_scores, rtol=0, atol=1e-5, err_msg=q)
            gaps = np.abs(np.diff(f_scores))
            untied = np.ones(k, dtype=bool)
            untied[:-1] &= gaps > 1e-6
            untied[1:] &= gaps > 1e-6
            assert np.array_equal(m_ids[untied], f_ids[untied]), (q, f_ids, m_ids)
            if subset is not None:
                assert np.isin(m_ids, subset).all()
        toks = query.tokens(q)
        want = np.asarray(store.bm25.get_scores(toks), dtype=np.float32)
        got = backend.bm25_scores(toks)
        assert got.dtype == np.float32 and got.shape == want.shape
        assert np.array_equal(got > 0, want > 0), q  # the same chunks match (all of them, below 16,384)
        top = np.argsort(-want, kind="stable")[:100]
        top = top[want[top] > 0]
        np.testing.assert_allclose(got[top], want[top], rtol=1e-4, err_msg=q)


def test_article_parity_with_faiss_and_bm25s(article_engine, article_milvus):
    _check_parity(article_engine, article_milvus, ARTICLE_QUESTIONS)


def test_document_parity_with_faiss_and_bm25s(docs_engine, docs_milvus):
    _check_parity(docs_engine, docs_milvus, DOC_QUESTIONS)


def test_document_frequency_equals_bm25s(article_engine, article_milvus):
    retriever = article_engine.answerer.retriever
    words = sorted({w for t in _token_lists(article_engine) for w in t})
    sample = words[::max(1, len(words) // 150)] + ["不存在的词语", "", "two words"]
    got = [article_milvus.document_frequency(w) for w in sample]
    assert got == [retriever.document_frequency(w) for w in sample]
    assert max(got) > 1


def test_whole_answer_path_gives_the_same_answers(article_engine, article_milvus, docs_engine, docs_milvus):
    """The Answerer on a Retriever that asks Milvus answers every question as the FAISS engine does."""
    for engine, backend, questions in ((article_engine, article_milvus, ARTICLE_QUESTIONS),
                                       (docs_engine, docs_milvus, DOC_QUESTIONS)):
        on_milvus = Answerer(Retriever(engine.store, engine.encoder, backend), engine.answerer.lexicon)
        for q in questions:
            want, got = engine.answerer.answer(q), on_milvus.answer(q)
            assert (got.found, got.answer) == (want.found, want.answer), q
            assert [x.text for x in got.quotes[:1]] == [x.text for x in want.quotes[:1]], q


def test_remove_and_add_a_file_keep_bm25_exact(docs_engine, tmp_path):
    """Per-file delete and insert (update to the store without one file, then with it again): the
    remaining chunks score as a bm25s index built on them alone, and adding the file back gives the
    original scores again (Milvus keeps N, df and avgdl); only that file's rows move."""
    import bm25s

    chunks, toks, vecs = docs_engine.chunks, _token_lists(docs_engine), docs_engine.store.vectors
    files = docs_engine.store.manifest.sources
    backend = _milvus(docs_engine, tmp_path / "m.db")
    assert backend.last_change.inserted == dict(Counter(c.doc for c in chunks)) and not backend.last_change.deleted
    gone = chunks[0].doc
    keep = [i for i, c in enumerate(chunks) if c.doc != gone]
    assert 0 < len(keep) < len(chunks)
    change = backend.update([chunks[i] for i in keep], vecs[keep], files={n: h for n, h in files.items() if n != gone})
    assert change.inserted == {} and change.deleted == {gone: len(chunks) - len(keep)}
    assert backend.count() == len(keep) and backend.rows_of(files[gone]) == 0
    alone = bm25s.BM25()
    alone.index([toks[i] for i in keep], show_progress=False)
    for q in DOC_QUESTIONS:
        qt = query.tokens(q)
        np.testing.assert_allclose(backend.bm25_scores(qt), alone.get_scores(qt), rtol=1e-4, atol=1e-6, err_msg=q)
        ids, _ = backend.dense(docs_engine.answerer.retriever.embed(q), None, 10)
        assert all(chunks[keep[i]].doc != gone for i in ids)
    change = backend.update(chunks, vecs, files=files)
    assert change.inserted == {gone: len(chunks) - len(keep)} and change.deleted == {}
    full = docs_engine.store.bm25
    for q in DOC_QUESTIONS[:10]:
        qt = query.tokens(q)
        np.testing.assert_allclose(backend.bm25_scores(qt), full.get_scores(qt), rtol=1e-4, atol=1e-6, err_msg=q)
    backend.close()


def _bm25s_on(token_lists, qt):
    import bm25s

    index = bm25s.BM25()
    index.index(token_lists, show_progress=False)
    return index.get_scores(qt)


def test_backend_for_opens_updates_or_rebuilds(docs_engine, tmp_path):
    config = docs_engine.config
    chunks, vecs, toks = docs_engine.chunks, docs_engine.store.vectors, _token_lists(docs_engine)
    files = docs_engine.store.manifest.sources
    assert backend_for(config, chunks, vecs, toks, files) is None  # faiss: the caller keeps its own
    lite = dataclasses.replace(config, store=f"milvus-lite:{tmp_path / 'w.db'}")
    first = backend_for(lite, chunks, vecs, toks, files)
    assert sum(first.last_change.inserted.values()) == len(chunks)
    again = backend_for(lite, chunks, vecs, files=files)  # the same content: opened, nothing moves
    assert again.name == first.name and again.size == len(chunks)
    assert again.last_change.inserted == {} and again.last_change.deleted == {}
    qt = query.tokens(DOC_QUESTIONS[0])
    assert np.array_equal(again.bm25_scores(qt), first.bm25_scores(qt))
    fewer = backend_for(lite, chunks[:-5], vecs[:-5], files=files)  # the last file lost 5 sentences
    last = chunks[-1].doc
    n_last = sum(c.doc == last for c in chunks)
    assert fewer.last_change.deleted == {last: n_last} and fewer.last_change.inserted == {last: n_last - 5}
    assert fewer.size == len(chunks) - 5 and fewer.count() == len(chunks) - 5
    np.testing.assert_allclose(fewer.bm25_scores(qt), _bm25s_on(toks[:-5], qt), rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(fewer.dense(vecs[0:1], None, 1)[1], [1.0], atol=1e-5)
    # an update cut off half-way (rows in, no ledger row for them): the collection is not trusted, but rebuilt
    fewer.client.delete(fewer.ledger, filter=f'source == "{files[last]}"')
    rebuilt = backend_for(lite, chunks, vecs, files=files)
    assert sum(rebuilt.last_change.inserted.values()) == len(chunks) and rebuilt.count() == len(chunks)
    assert sorted(rebuilt.client.list_collections()) == sorted([rebuilt.name, rebuilt.ledger])
    np.testing.assert_allclose(rebuilt.bm25_scores(qt), docs_engine.store.bm25.get_scores(qt), rtol=1e-4, atol=1e-6)
    first.close()


def test_ledger_is_read_whole_past_one_call(docs_engine, docs_milvus, monkeypatch):
    """The ledger (one row per file) reads the same through the iterator used past a query's limit."""
    from wenda.index import milvus

    whole = docs_milvus.held()
    assert whole == {h: sum(c.doc == n for c in docs_engine.chunks) for n, h in docs_engine.store.manifest.sources.items()}
    monkeypatch.setattr(milvus, "MAX_TOPK", 3)  # fewer than the 7 files: one query cannot hold them
    assert docs_milvus.held() == whole


TOWN_QUESTIONS = ["青山镇设了多少个卡点？", "绿水镇捐了多少钱", "青山镇排查了多少返乡人员？", "绿水镇党委书记叫什么名字"]


def _same_as_fresh_build(engine: Engine, tmp_path, questions: list[str]) -> None:
    """The refreshed engine's Milvus backend gives what a collection built anew on its store gives
    (dense ids and scores, BM25 scores, document frequencies, answers), and what FAISS + bm25s give."""
    backend = engine.answerer.retriever.backend
    assert isinstance(backend, MilvusBackend) and backend.size == len(engine.chunks)
    fresh = _milvus(engine, tmp_path / f"fresh{len(engine.chunks)}.db")
    retriever = engine.answerer.retriever
    for q in questions:
        qvec = retriever.embed(q)
        a_ids, a_sc = backend.dense(qvec, None, 30)
        b_ids, b_sc = fresh.dense(qvec, None, 30)
        assert np.array_equal(a_ids, b_ids), q
        np.testing.assert_allclose(a_sc, b_sc, rtol=0, atol=1e-6, err_msg=q)
        qt = query.tokens(q)
        np.testing.assert_allclose(backend.bm25_scores(qt), fresh.bm25_scores(qt), rtol=1e-5, atol=1e-7, err_msg=q)
        for w in qt:
            assert backend.document_frequency(w) == fresh.document_frequency(w) == \
                engine.store.backend.document_frequency(w), (q, w)
    _check_parity(engine, backend, questions)
    on_fresh = Answerer(Retriever(engine.store, engine.encoder, fresh), engine.answerer.lexicon)
    on_faiss = Answerer(Retriever(engine.store, engine.encoder), engine.answerer.lexicon)
    for q in questions:
        got, want, faiss_ = engine.ask(q), on_fresh.answer(q), on_faiss.answer(q)
        assert (got.found, got.answer, [x.text for x in got.quotes[:1]]) == \
            (want.found, want.answer, [x.text for x in want.quotes[:1]]) == \
            (faiss_.found, faiss_.answer, [x.text for x in faiss_.quotes[:1]]), q
    fresh.close()


def _rows_per_file(engine: Engine) -> dict[str, int]:
    """Milvus's own row count for each file of the store, by the file's hash."""
    backend = engine.answerer.retriever.backend
    return {name: backend.rows_of(digest) for name, digest in engine.store.manifest.sources.items()}


def test_refresh_moves_only_the_changed_files_rows(tmp_path, article_engine):
    """Engine.refresh on Milvus Lite: adding, changing and removing one file inserts and deletes that
    file's rows only (Milvus's per-file row counts say so), and afterwards the collection answers as
    one built anew and as FAISS + bm25s."""
    corpus = tmp_path / "corpus"
    shutil.copytree(DATA / "docs", corpus)
    config = dataclasses.replace(engine_config(corpus, tmp_path / "idx"), store=f"milvus-lite:{tmp_path / 'm.db'}")
    engine = Engine.open(config, progress=False, encoder=article_engine.encoder)
    per_doc = dict(Counter(c.doc for c in engine.chunks))
    backend = engine.answerer.retriever.backend
    assert backend.last_change.inserted == per_doc and backend.count() == len(engine.chunks)
    questions = DOC_QUESTIONS[:12] + TOWN_QUESTIONS

    (corpus / "towns.txt").write_text(INVENTED["towns.txt"], encoding="utf-8")  # add
    engine = engine.refresh()
    towns = sum(c.doc == "towns.txt" for c in engine.chunks)
    assert towns > 0
    assert engine.answerer.retriever.backend.last_change.inserted == {"towns.txt": towns}
    assert engine.answerer.retriever.backend.last_change.deleted == {}
    assert _rows_per_file(engine) == {**per_doc, "towns.txt": towns}
    _same_as_fresh_build(engine, tmp_path, questions)
    assert engine.ask("青山镇设了多少个卡点？").found

    news = (corpus / "news.txt").read_text(encoding="utf-8")  # change: a sentence more
    (corpus / "news.txt").write_text(news.rstrip() + "\n\n青山镇另设流动卡点5个。\n", encoding="utf-8")
    engine = engine.refresh()
    now = dict(Counter(c.doc for c in engine.chunks))
    assert now["news.txt"] == per_doc["news.txt"] + 1
    assert engine.answerer.retriever.backend.last_change.inserted == {"news.txt": now["news.txt"]}
    assert engine.answerer.retriever.backend.last_change.deleted == {"news.txt": per_doc["news.txt"]}
    assert _rows_per_file(engine) == now
    _same_as_fresh_build(engine, tmp_path, questions + ["青山镇另设了多少个流动卡点"])

    (corpus / "notice.txt").unlink()  # remove
    engine = engine.refresh()
    assert engine.answerer.retriever.backend.last_change.inserted == {}
    assert engine.answerer.retriever.backend.last_change.deleted == {"notice.txt": per_doc["notice.txt"]}
    assert _rows_per_file(engine) == {d: n for d, n in now.items() if d != "notice.txt"}
    assert engine.answerer.retriever.backend.count() == len(engine.chunks)
    _same_as_fresh_build(engine, tmp_path, questions)


def test_parse_store():
    assert parse_store("faiss") == ("faiss", "")
    assert parse_store("milvus-lite:/tmp/x/i.db") == ("milvus-lite", "/tmp/x/i.db")
    assert parse_store("milvus://milvus:19530") == ("milvus", "http://milvus:19530")
    for bad in ("qdrant://x:1", "milvus-lite:/tmp/x", "milvus://host", "milvus://host:port", "milvus-lite:"):
        with pytest.raises(ValueError, match="not"):
            parse_store(bad)
    assert encode_token("卡点").isascii() and encode_token("卡点") != encode_token("卡")


@pytest.mark.parametrize("seal", [False, True])
def test_long_and_rare_tokens_are_searched(tmp_path, article_engine, seal):
    """Tokens of every length, Latin and Chinese, score and count as in bm25s, in a growing segment
    (as the engine keeps a Lite collection) and in a sealed one (bench_milvus --seal)."""
    toks = [["中华人民共和国国务院办公厅"], ["a" * 300], ["a" * 299, "短"], ["短", "covid19"], ["中华人民"]]
    chunks = article_engine.chunks[:len(toks)]
    backend = MilvusBackend.build(f"milvus-lite:{tmp_path / 't.db'}", chunks, article_engine.store.vectors[:len(toks)],
                                  toks, seal=seal)
    for q in (["a" * 300], ["短"], ["中华人民共和国国务院办公厅", "covid19"], ["中华人民"]):
        np.testing.assert_allclose(backend.bm25_scores(q), _bm25s_on(toks, q), rtol=1e-4)
        assert backend.bm25_scores(q).max() > 0
    assert [backend.document_frequency(w) for w in ("a" * 300, "短", "COVID19", "中华")] == [1, 2, 1, 0]
    backend.close()


def test_wenda_store_setting(tmp_path):
    env = {"WENDA_CACHE_DIR": str(tmp_path)}
    assert Config.from_env(env).engine.store == "faiss"
    assert Config.from_env({**env, "WENDA_STORE": "milvus-lite:/x/i.db"}).engine.store == "milvus-lite:/x/i.db"
    with pytest.raises(ConfigError, match="WENDA_STORE"):
        Config.from_env({**env, "WENDA_STORE": "elastic"})
    run = subprocess.run([sys.executable, "-m", "wenda", "model", "info"], capture_output=True, text=True, cwd=tmp_path,
                         env={**os.environ, "WENDA_STORE": "milvus:/x"}, timeout=120)
    assert run.returncode == 2, run.stderr
    assert "WENDA_STORE" in run.stderr and "Traceback" not in run.stderr


def test_unreachable_server_is_a_message(docs_engine):
    with pytest.raises(MilvusError, match="127.0.0.1:9"):
        MilvusBackend.build("milvus://127.0.0.1:9", docs_engine.chunks[:2], docs_engine.store.vectors[:2],
                            [["a"], ["b"]])
