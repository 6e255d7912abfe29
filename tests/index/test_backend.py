"""index/backend.py: the FAISS + BM25 backend of a real index (the bundled article, the real
model), and what Engine.open takes from it instead of segmenting every sentence again."""

from __future__ import annotations

import bm25s
import numpy as np

from wenda.index import lexicon
from wenda.index.backend import FaissBM25
from wenda.index.bm25 import BM25Index
from wenda.index.engine import corpus_lexicon
from wenda.index.query import tokens
from wenda.index.store import Store


def test_words_are_every_token_of_every_sentence(article_engine):
    backend = article_engine.store.backend
    token_lists = [tokens(c.context()) for c in article_engine.chunks]
    assert sorted(backend.words()) == sorted({t for toks in token_lists for t in toks})
    words = tokens("崔桥镇设了多少卡点") + tokens("全县的防控工作")
    assert len(words) >= 4
    for word in words:
        assert backend.document_frequency(word) == sum(word in toks for toks in token_lists), word
    assert backend.document_frequency("卡点") > 1
    assert backend.document_frequency("没有这个词") == 0


def test_engine_lexicon_equals_the_one_made_from_the_sentences(article_engine):
    """The lexicon Engine.open makes from the BM25 vocabulary is lexicon.for_corpus's, which
    segments every sentence again: the same words, the same vectors, the same words of each document."""
    config = article_engine.config
    fast = corpus_lexicon(article_engine.store, article_engine.encoder, config)
    slow = lexicon.for_corpus(article_engine.chunks, article_engine.encoder, config.cache_dir)
    assert len(fast) > 100 and fast.words == slow.words
    assert np.array_equal(fast.vectors, slow.vectors)
    assert fast.documents == slow.documents and set(fast.documents) == {c.doc for c in article_engine.chunks}


def test_loaded_backend_scores_as_the_built_one(article_engine):
    store = Store.load(article_engine.config.index_path)
    assert isinstance(store.bm25, BM25Index) and isinstance(store.bm25.data.base, np.memmap)
    token_lists = [tokens(c.context()) for c in store.chunks]
    rebuilt = FaissBM25.build(store.chunks, store.vectors, token_lists)
    for q in ["崔桥镇设了多少卡点", "全县发放了多少份宣传单", "曹里乡的党员干部做了什么"]:
        toks = tokens(q)
        assert np.array_equal(store.backend.bm25_scores(toks), rebuilt.bm25_scores(toks)), q
        assert store.backend.bm25_scores(toks).max() > 0, q
    assert store.backend.bm25_scores([]).tolist() == [0.0] * store.backend.size


def test_backend_takes_a_bm25s_index_built_elsewhere(article_engine):
    """bench/bench_growth.py builds bm25s itself and hands it over: its arrays are taken."""
    store = article_engine.store
    token_lists = [tokens(c.context()) for c in store.chunks]
    theirs = bm25s.BM25()
    theirs.index(token_lists, show_progress=False)
    backend = FaissBM25(store.faiss_index, store.vectors, theirs)
    assert isinstance(backend.bm25, BM25Index) and backend.consistent(len(store.chunks), store.vectors.shape[1])
    toks = tokens("崔桥镇设了多少卡点")
    assert np.array_equal(backend.bm25_scores(toks), theirs.get_scores(toks))
