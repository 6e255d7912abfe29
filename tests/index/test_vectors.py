"""The dense vector index (index/vectors.py): exact up to EXACT_LIMIT, the fitted approximate
index (index/data/ann.json) above, on real FAISS."""

from __future__ import annotations

import json

import faiss
import numpy as np
import pytest

from wenda.index import vectors

ANN_INDEX = {"ivf": faiss.IndexIVFFlat, "hnsw": faiss.IndexHNSWFlat}


def clustered(n: int, dim: int = 64, centres: int = 200, seed: int = 0) -> np.ndarray:
    """Unit vectors around a few hundred directions, as sentence embeddings cluster by topic."""
    rng = np.random.default_rng(seed)
    c = rng.standard_normal((centres, dim)).astype(np.float32)
    x = c[rng.integers(0, centres, n)] + 0.35 * rng.standard_normal((n, dim)).astype(np.float32)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def low_rank(n: int, dim: int = 64, latent: int = 12, centres: int = 200, seed: int = 0) -> np.ndarray:
    """Unit vectors of a low intrinsic dimension, in clusters: sentence embeddings' shape (the
    model's 384 numbers vary along far fewer directions). On these, as on the model's own vectors
    (bench/fit_ann.py), the fitted settings keep recall; uniform noise in every direction is the
    case no approximate index handles."""
    rng = np.random.default_rng(seed)
    fixed = np.random.default_rng(99)
    proj = fixed.standard_normal((latent, dim)).astype(np.float32)
    c = fixed.standard_normal((centres, latent)).astype(np.float32)
    x = (c[rng.integers(0, centres, n)] + 0.5 * rng.standard_normal((n, latent)).astype(np.float32)) @ proj
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_the_fitted_numbers_are_complete_and_name_their_measurement():
    ann = json.loads((vectors.Path(vectors.__file__).with_name("data") / "ann.json").read_text(encoding="utf-8"))
    assert ann["kind"] in ("ivf", "hnsw") and ann["kind"] == vectors.ANN_KIND
    assert 10_000 < ann["exact_limit"] == vectors.EXACT_LIMIT  # today's corpora (≤ ~10k sentences) stay exact
    assert 0 < ann["ivf_probe_share"] == vectors.IVF_PROBE_SHARE <= 1
    assert ann["ef_search"] == vectors.HNSW_EF_SEARCH >= 10 and ann["hnsw_m"] == vectors.HNSW_M >= 4
    assert ann["ef_construction"] == vectors.HNSW_EF_CONSTRUCTION >= ann["ef_search"] or ann["ef_construction"] >= 16
    assert {"command", "date", "machine", "data"} <= set(ann["measured"])
    assert vectors.ivf_probes(1000) == round(1000 * ann["ivf_probe_share"]) and vectors.ivf_probes(1) == 1


def test_kind_follows_the_size():
    assert vectors.kind_for(10) == "flat"
    assert vectors.kind_for(vectors.EXACT_LIMIT) == "flat"
    assert vectors.kind_for(vectors.EXACT_LIMIT + 1) == vectors.ANN_KIND
    small = vectors.build_index(clustered(500))
    assert isinstance(small, faiss.IndexFlatIP) and vectors.is_exact(small) and small.ntotal == 500
    with pytest.raises(ValueError, match="unknown vector index kind"):
        vectors.build_index(clustered(10), "annoy")


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_approximate_recall_against_exact(kind):
    x = low_rank(20_000)
    queries = low_rank(200, seed=1)
    exact = vectors.build_index(x, "flat")
    ann = vectors.build_index(x, kind)
    assert isinstance(ann, ANN_INDEX[kind]) and ann.ntotal == len(x) and not vectors.is_exact(ann)
    assert vectors.kind_of(ann) == kind
    hits = 0
    for q in queries:
        e_ids, e_scores = vectors.search(exact, x, q[None], 10)
        a_ids, a_scores = vectors.search(ann, x, q[None], 10)
        assert np.all(np.diff(a_scores) <= 1e-6)                  # best first
        np.testing.assert_allclose(a_scores, x[a_ids] @ q, atol=1e-5)
        hits += len(set(e_ids) & set(a_ids))
    assert hits / (10 * len(queries)) >= 0.98


def test_allowed_subset_is_exact_on_every_kind():
    x = clustered(5_000)
    q = clustered(1, seed=3)
    allowed = np.arange(17, 5_000, 97)                            # 52 scattered ids
    want = allowed[np.argsort(-(x[allowed] @ q[0]), kind="stable")][:10]
    for kind in ("flat", "ivf", "hnsw"):
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


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_an_index_read_from_a_file_searches_with_the_fitted_settings(kind, tmp_path):
    x = clustered(5_000)
    built = vectors.build_index(x, kind)
    faiss.write_index(built, str(tmp_path / "dense.faiss"))
    loaded = faiss.read_index(str(tmp_path / "dense.faiss"))
    if kind == "ivf":
        loaded.nprobe = 1                                          # whatever the file says
    else:
        loaded.hnsw.efSearch = 1
    for q in clustered(20, seed=5):
        assert list(vectors.search(loaded, x, q[None], 10)[0]) == list(vectors.search(built, x, q[None], 10)[0])
    assert vectors.search_parameters(vectors.build_index(x, "flat")) is None


def test_store_serves_an_ivf_index(article_engine, tmp_path, monkeypatch):
    """Above the limit the store builds the approximate index; it saves, loads and answers the same questions."""
    from wenda.index.engine import Engine

    monkeypatch.setattr(vectors, "EXACT_LIMIT", 10)
    engine = Engine.open(article_engine.config.with_paths(index_dir=tmp_path / "ivf"), progress=False)
    assert isinstance(engine.store.faiss_index, ANN_INDEX[vectors.ANN_KIND])
    monkeypatch.undo()
    again = Engine.open(article_engine.config.with_paths(index_dir=tmp_path / "ivf"), progress=False)
    assert isinstance(again.store.faiss_index, ANN_INDEX[vectors.ANN_KIND]) and not again.info.built_now
    q = "崔桥镇设了多少卡点"
    assert again.ask(q).figures == article_engine.ask(q).figures
