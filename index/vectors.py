"""The dense vector index: exact search up to a measured size, an approximate index above it.

    index = build_index(vectors)               # IndexFlatIP up to EXACT_LIMIT, else ANN_KIND
    ids, scores = search(index, vectors, qvec, k, allowed)

Which index, from which size, and its parameters are fitted numbers, kept in
index/data/ann.json and written by bench/fit_ann.py from measurements it names there (random
unit vectors at 100k and 1M for timing and RSS, the model's vectors of CMRC sentences for
recall). What each number means:

    exact_limit      sentences up to which search stays exact (IndexFlatIP): exact search's
                     single-query p50 grows linearly, and is within the dense budget up to here
    kind             the approximate index above it: "ivf" (IndexIVFFlat) or "hnsw" (IndexHNSWFlat)
    ivf_probe_share  IVF: the share of its ~sqrt(n) lists (ivf_lists) scanned per query
    hnsw_m           HNSW: links per vector in the graph
    ef_construction  HNSW: candidates kept while a vector is linked in (build time vs graph quality)
    ef_search        HNSW: candidates kept while a query walks the graph (latency vs recall)

Up to exact_limit the index stays exact, so answers on today's corpora (≤ ~10k sentences) are
unchanged. A search restricted to ``allowed`` ids on an approximate index scores those ids
exactly (a filtered graph or list search loses recall when few ids are allowed).

FAISS runs a single query on one thread: starting OpenMP's threads for one query costs more
than the search itself (flat, 10k: ~20 ms vs ~2 ms on 2 loaded cores).
"""

from __future__ import annotations

import contextlib
import json
import threading
from pathlib import Path

import faiss
import numpy as np

ANN = json.loads((Path(__file__).with_name("data") / "ann.json").read_text(encoding="utf-8"))
EXACT_LIMIT: int = ANN["exact_limit"]  # sentences; above it the index is ANN_KIND
ANN_KIND: str = ANN["kind"]
IVF_PROBE_SHARE: float = ANN["ivf_probe_share"]
HNSW_M: int = ANN["hnsw_m"]
HNSW_EF_CONSTRUCTION: int = ANN["ef_construction"]
HNSW_EF_SEARCH: int = ANN["ef_search"]
KINDS = ("flat", "ivf", "hnsw")

_omp_lock = threading.Lock()


def kind_for(n: int) -> str:
    """"flat" (exact) up to EXACT_LIMIT vectors, ANN_KIND above."""
    return "flat" if n <= EXACT_LIMIT else ANN_KIND


def ivf_lists(n: int) -> int:
    """About sqrt(n) lists, at least 1, and at most n / 39 (FAISS's k-means wants ≥ 39 points a list)."""
    return max(1, min(int(n ** 0.5), n // 39))


def ivf_probes(nlist: int) -> int:
    """Lists an IVF index of nlist lists scans per query: IVF_PROBE_SHARE of them, at least one."""
    return max(1, min(nlist, round(IVF_PROBE_SHARE * nlist)))


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
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    else:
        raise ValueError(f"unknown vector index kind {kind!r} ({', '.join(KINDS)}, auto)")
    index.add(vectors)
    configure(index)
    return index


def configure(index: faiss.Index) -> faiss.Index:
    """The fitted search settings on an index (one built here or read from a file)."""
    if isinstance(index, faiss.IndexIVF):
        index.nprobe = ivf_probes(index.nlist)
    elif isinstance(index, faiss.IndexHNSW):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def kind_of(index: faiss.Index) -> str:
    if isinstance(index, faiss.IndexFlat):
        return "flat"
    if isinstance(index, faiss.IndexIVF):
        return "ivf"
    if isinstance(index, faiss.IndexHNSW):
        return "hnsw"
    return type(index).__name__


def is_exact(index: faiss.Index) -> bool:
    return isinstance(index, faiss.IndexFlat)


def search_parameters(index: faiss.Index) -> faiss.SearchParameters | None:
    """The fitted settings for one search (so that an index read from a file searches as one built here)."""
    if isinstance(index, faiss.IndexIVF):
        return faiss.SearchParametersIVF(nprobe=ivf_probes(index.nlist))
    if isinstance(index, faiss.IndexHNSW):
        return faiss.SearchParametersHNSW(efSearch=HNSW_EF_SEARCH)
    return None


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

    An exact index searches with FAISS (a selector for ``allowed``). An approximate index
    searches the whole corpus with its fitted settings, and scores ``allowed`` exactly (a
    filtered IVF or HNSW search loses recall when few ids are allowed; a subset is small enough
    to score directly)."""
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
    params = search_parameters(index)
    if allowed is not None:
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64)))
    with single_thread(len(qvec)):
        scores, ids = index.search(qvec, k, params=params)
    keep = ids[0] >= 0
    return ids[0][keep], scores[0][keep]
