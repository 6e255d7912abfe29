"""The dense vector index: exact search up to a size, an inverted-file index (IVF) above it.

    index = build_index(vectors)               # IndexFlatIP, or IndexIVFFlat above EXACT_LIMIT
    ids, scores = search(index, vectors, qvec, k, allowed)

Exact inner-product search grows linearly: one query on one core, 2 loaded cores
(bench/bench_growth.py): 2-9 ms at 10k vectors, 24-55 ms at 100k, ~480 ms at 1M. IVF scans
IVF_NPROBE of ~sqrt(n) lists (3 % of 1M vectors): ~23 ms at 1M, built in ~60 s; recall@10
against exact search 0.99 on the model's vectors of CMRC sentences. (HNSW was measured too:
270 s to build 100k vectors on these cores.) Up to EXACT_LIMIT the index stays exact, so
answers on today's corpora (≤ ~10k sentences) are unchanged.

FAISS runs a single query on one thread: starting OpenMP's threads for one query costs more
than the search itself (flat, 10k: ~20 ms vs ~2 ms on 2 loaded cores).
"""

from __future__ import annotations

import contextlib
import threading

import faiss
import numpy as np

EXACT_LIMIT = 100_000  # sentences; above it the index is IVF (exact search passes ~25 ms near here)
IVF_NPROBE = 32  # lists scanned per query

_omp_lock = threading.Lock()


def kind_for(n: int) -> str:
    """"flat" (exact) up to EXACT_LIMIT vectors, "ivf" above."""
    return "flat" if n <= EXACT_LIMIT else "ivf"


def ivf_lists(n: int) -> int:
    """About sqrt(n) lists, at least 1, and at most n / 39 (FAISS's k-means wants ≥ 39 points a list)."""
    return max(1, min(int(n ** 0.5), n // 39))


def build_index(vectors: np.ndarray, kind: str = "auto") -> faiss.Index:
    """An inner-product index over L2-normalised float32 ``vectors`` [n, dim]."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n, dim = vectors.shape
    if kind == "auto":
        kind = kind_for(n)
    if kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif kind == "ivf":
        nlist = ivf_lists(n)
        index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
        sample = np.random.default_rng(0).choice(n, size=min(n, 50 * nlist), replace=False)
        index.train(vectors[np.sort(sample)])
        index.nprobe = min(IVF_NPROBE, nlist)
    else:
        raise ValueError(f"unknown vector index kind {kind!r} (flat, ivf, auto)")
    index.add(vectors)
    return index


def is_exact(index: faiss.Index) -> bool:
    return isinstance(index, faiss.IndexFlat)


@contextlib.contextmanager
def single_thread(n_queries: int):
    """FAISS on one thread for a few queries; larger batches keep FAISS's own thread count."""
    if n_queries > 4:
        yield
        return
    with _omp_lock:
        before = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            yield
        finally:
            faiss.omp_set_num_threads(before)


def search(index: faiss.Index, vectors: np.ndarray, qvec: np.ndarray, k: int,
           allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Top-k ids and inner products for one query [1, dim], within ``allowed`` ids when given.

    An exact index searches with FAISS (a selector for ``allowed``). An IVF index searches its
    lists for the whole corpus, and scores ``allowed`` exactly (a filtered IVF search loses
    recall when few ids are allowed; a subset is small enough to score directly)."""
    k = min(k, index.ntotal if allowed is None else len(allowed))
    if k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    qvec = np.ascontiguousarray(qvec, dtype=np.float32).reshape(1, -1)
    if allowed is not None and not is_exact(index):
        allowed = np.asarray(allowed, dtype=np.int64)
        scores = vectors[allowed] @ qvec[0]
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return allowed[top], scores[top].astype(np.float32)
    params = None
    if allowed is not None:
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64)))
    with single_thread(len(qvec)):
        scores, ids = index.search(qvec, k, params=params)
    keep = ids[0] >= 0
    return ids[0][keep], scores[0][keep]
