"""The dense vector index (index/vectors.py): exact below EXACT_LIMIT, IVF above, on real FAISS."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from wenda.index import vectors


def clustered(n: int, dim: int = 64, centres: int = 200, seed: int = 0) -> np.ndarray:
    """Unit vectors around a few hundred directions, as sentence embeddings cluster by topic."""
    rng = np.random.default_rng(seed)
    c = rng.standard_normal((centres, dim)).astype(np.float32)
    x = c[rng.integers(0, centres, n)] + 0.35 * rng.standard_normal((n, dim)).astype(np.float32)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_kind_follows_the_size():
    assert vectors.kind_for(10) == "flat"
    assert vectors.kind_for(vectors.EXACT_LIMIT) == "flat"
    assert vectors.kind_for(vectors.EXACT_LIMIT + 1) == "ivf"
    small = vectors.build_index(clustered(500))
    assert isinstance(small, faiss.IndexFlatIP) and vectors.is_exact(small) and small.ntotal == 500
    with pytest.raises(ValueError, match="unknown vector index kind"):
        vectors.build_index(clustered(10), "annoy")


def test_ivf_recall_against_exact():
    x = clustered(40_000)
    queries = clustered(200, seed=1)
    exact = vectors.build_index(x, "flat")
    ivf = vectors.build_index(x, "ivf")
    assert isinstance(ivf, faiss.IndexIVFFlat) and ivf.ntotal == len(x) and not vectors.is_exact(ivf)
    hits = 0
    for q in queries:
        e_ids, e_scores = vectors.search(exact, x, q[None], 10)
        a_ids, a_scores = vectors.search(ivf, x, q[None], 10)
        assert np.all(np.diff(a_scores) <= 1e-6)                  # best first
        np.testing.assert_allclose(a_scores, x[a_ids] @ q, atol=1e-5)
        hits += len(set(e_ids) & set(a_ids))
    assert hits / (10 * len(queries)) >= 0.98


def test_allowed_subset_is_exact_on_every_kind():
    x = clustered(5_000)
    q = clustered(1, seed=3)
    allowed = np.arange(17, 5_000, 97)                            # 52 scattered ids
    want = allowed[np.argsort(-(x[allowed] @ q[0]), kind="stable")][:10]
    for kind in ("flat", "ivf"):
        ids, scores = vectors.search(vectors.build_index(x, kind), x, q, 10, allowed)
        assert list(ids) == list(want), kind
        assert set(ids) <= set(allowed)
    ids, _ = vectors.search(vectors.build_index(x, "ivf"), x, q, 500, allowed)
    assert sorted(ids) == sorted(allowed)                         # k above the subset: all of it
    empty_ids, _ = vectors.search(vectors.build_index(x, "flat"), x, q, 10, np.zeros(0, dtype=np.int64))
    assert len(empty_ids) == 0


def test_single_query_runs_on_one_thread_and_restores_the_setting():
    before = faiss.omp_get_max_threads()
    seen = []
    with vectors.single_thread(1):
        seen.append(faiss.omp_get_max_threads())
    with vectors.single_thread(64):                               # a batch keeps FAISS's threads
        seen.append(faiss.omp_get_max_threads())
    assert seen == [1, before]
    assert faiss.omp_get_max_threads() == before
    x = clustered(3_000)
    index = vectors.build_index(x, "flat")
    one, _ = vectors.search(index, x, x[:1], 20)
    _, many = index.search(x[:8], 20)                              # the same ids with all threads
    assert list(one) == list(many[0])


def test_store_serves_an_ivf_index(article_engine, tmp_path, monkeypatch):
    """Above the limit the store builds IVF; it saves, loads and answers the same questions."""
    from wenda.index.engine import Engine

    monkeypatch.setattr(vectors, "EXACT_LIMIT", 10)
    engine = Engine.open(article_engine.config.with_paths(index_dir=tmp_path / "ivf"), progress=False)
    assert isinstance(engine.store.faiss_index, faiss.IndexIVFFlat)
    monkeypatch.undo()
    again = Engine.open(article_engine.config.with_paths(index_dir=tmp_path / "ivf"), progress=False)
    assert isinstance(again.store.faiss_index, faiss.IndexIVFFlat) and not again.info.built_now
    q = "崔桥镇设了多少卡点"
    assert again.ask(q).figures == article_engine.ask(q).figures
