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

import numpy as np
import pytest

from wenda.bot.config import Config, ConfigError
from wenda.index import query, vectors
from wenda.index.answer import Answerer
from wenda.index.engine import Engine
from wenda.index.milvus import MilvusBackend, MilvusError, backend_for, encode_token, parse_store, update_for
from wenda.index.retrieve import Retriever
from support import DATA, engine_config

pytest.importorskip("pymilvus", reason="pymilvus is not installed: pip install 'wenda[milvus]' to run the Milvus tests")
pytest.importorskip("milvus_lite", reason="milvus-lite is not installed: pip install 'wenda[milvus]' to run the Milvus tests")


def _questions(name: str) -> list[str]:
    return [json.loads(line)["q"] for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


ARTICLE_QUESTIONS = _questions("article_questions.jsonl")
DOC_QUESTIONS = _questions("doc_questions.jsonl")


def _token_lists(engine: Engine) -> list[list[str]]:
    return [query.tokens(c.context()) for c in engine.chunks]


def _milvus(engine: Engine, path) -> MilvusBackend:
    return MilvusBackend.build(f"milvus-lite:{path}", engine.chunks, engine.store.vectors, _token_lists(engine))


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


def test_remove_and_add_a_document_keep_bm25_exact(docs_engine, tmp_path):
    """Per-document delete and insert: the remaining chunks score as a bm25s index built on them alone,
    and adding the document back gives the original scores again (Milvus keeps N, df and avgdl)."""
    import bm25s

    chunks, toks = docs_engine.chunks, _token_lists(docs_engine)
    backend = _milvus(docs_engine, tmp_path / "m.db")
    gone = chunks[0].doc
    assert any(c.doc != gone for c in chunks)
    backend.remove([gone])
    keep = np.asarray([i for i, c in enumerate(chunks) if c.doc != gone])
    alone = bm25s.BM25()
    alone.index([toks[i] for i in keep], show_progress=False)
    full = docs_engine.store.bm25
    for q in DOC_QUESTIONS:
        qt = query.tokens(q)
        got = backend.bm25_scores(qt)
        assert not got[[i for i, c in enumerate(chunks) if c.doc == gone]].any(), q
        want = np.zeros(len(chunks), dtype=np.float32)
        want[keep] = alone.get_scores(qt)
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-6, err_msg=q)
        ids, _ = backend.dense(docs_engine.answerer.retriever.embed(q), None, 10)
        assert all(chunks[i].doc != gone for i in ids)
    back = [i for i, c in enumerate(chunks) if c.doc == gone]
    backend.add([chunks[i] for i in back], docs_engine.store.vectors[back], [toks[i] for i in back])
    for q in DOC_QUESTIONS[:10]:
        qt = query.tokens(q)
        np.testing.assert_allclose(backend.bm25_scores(qt), full.get_scores(qt), rtol=1e-4, atol=1e-6, err_msg=q)
    backend.close()


def _bm25s_on(token_lists, qt):
    import bm25s

    index = bm25s.BM25()
    index.index(token_lists, show_progress=False)
    return index.get_scores(qt)


def test_backend_for_builds_once_and_rebuilds_on_change(docs_engine, tmp_path):
    config = docs_engine.config
    assert backend_for(config, docs_engine.chunks, docs_engine.store.vectors, _token_lists(docs_engine)) is None
    lite = dataclasses.replace(config, store=f"milvus-lite:{tmp_path / 'w.db'}")
    chunks, vecs, toks = docs_engine.chunks, docs_engine.store.vectors, _token_lists(docs_engine)
    first = backend_for(lite, chunks, vecs, toks)
    first.remove([chunks[0].doc])  # changes the collection, not its recorded content
    again = backend_for(lite, chunks, vecs)  # the same content: the collection is opened, not rebuilt
    assert again.name == first.name and again.size == len(chunks)
    assert again.dense(vecs[0:1], None, 1)[0][0] != 0  # chunk 0 stays removed: nothing was rebuilt
    qt = query.tokens(DOC_QUESTIONS[0])
    assert np.array_equal(again.bm25_scores(qt), first.bm25_scores(qt))
    fewer = backend_for(lite, chunks[:-5], vecs[:-5])  # other content: rebuilt, tokenised here
    assert fewer.size == len(chunks) - 5 and fewer.name != first.name
    assert fewer.client.list_collections() == [fewer.name]  # the older build of this index is dropped
    np.testing.assert_allclose(fewer.bm25_scores(qt),
                               _bm25s_on(toks[:-5], qt), rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(fewer.dense(vecs[0:1], None, 1)[1], [1.0], atol=1e-5)
    # the incremental step: the last 5 chunks come back; the collection is renamed for its content,
    # so opening the full index again finds it instead of building
    update_for(lite, fewer, [], chunks[-5:], vecs[-5:], toks[-5:], chunks, vecs)
    assert fewer.name == first.name and fewer.client.list_collections() == [first.name]
    fewer.remove([chunks[0].doc])  # a mark only this collection carries
    full = backend_for(lite, chunks, vecs)
    assert full.name == first.name and full.dense(vecs[0:1], None, 1)[0][0] != 0
    first.close()


def test_parse_store():
    assert parse_store("faiss") == ("faiss", "")
    assert parse_store("milvus-lite:/tmp/x/i.db") == ("milvus-lite", "/tmp/x/i.db")
    assert parse_store("milvus://milvus:19530") == ("milvus", "http://milvus:19530")
    for bad in ("qdrant://x:1", "milvus-lite:/tmp/x", "milvus://host", "milvus://host:port", "milvus-lite:"):
        with pytest.raises(ValueError, match="not"):
            parse_store(bad)
    assert encode_token("卡点").isascii() and encode_token("卡点") != encode_token("卡")


def test_long_and_rare_tokens_are_searched(tmp_path, article_engine):
    """Tokens of every length, Latin and Chinese, score and count as in bm25s."""
    toks = [["中华人民共和国国务院办公厅"], ["a" * 300], ["a" * 299, "短"], ["短", "covid19"], ["中华人民"]]
    chunks = article_engine.chunks[:len(toks)]
    backend = MilvusBackend.build(f"milvus-lite:{tmp_path / 't.db'}", chunks, article_engine.store.vectors[:len(toks)],
                                  toks)
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
