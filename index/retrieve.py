"""Hybrid retrieval: dense vectors and BM25 (keywords) from a search backend, fused by reciprocal rank.

The work per question is bounded by what the question touches, never by the corpus: the
chunks with a BM25 score (the postings of its words), the dense top-k ids, and their
paragraphs. Nothing of size n (sentences) or m (paragraphs) is sorted, summed or allocated per
question besides the backend's BM25 score array (the SearchBackend protocol returns one), which
is only read at the chunks that matter.
"""

from __future__ import annotations

import numpy as np

from wenda.corpus.types import Chunk, Hit
from wenda.index.backend import SearchBackend
from wenda.index.embed import Encoder
from wenda.index.query import tokens
from wenda.index.store import Store

RRF_K = 60
PARAGRAPH_DEPTH = 100  # paragraphs taken from each ranking when paragraphs are fused


def rrf(rankings: list[np.ndarray], n: int, k: int = RRF_K, weights: list[float] | None = None) -> np.ndarray:
    """Reciprocal-rank fusion of several rankings (arrays of chunk ids, best first) into scores."""
    fused = np.zeros(n, dtype=np.float32)
    for i, ids in enumerate(rankings):
        w = 1.0 if weights is None else weights[i]
        fused[ids] += w / (k + np.arange(1, len(ids) + 1, dtype=np.float32))
    return fused


def sparse_rrf(rankings: list[np.ndarray], k: int = RRF_K) -> tuple[np.ndarray, np.ndarray]:
    """`rrf` over only the ids the rankings hold: (ids ascending, their float32 fused scores),
    the same values rrf gives them (summed in the same order, in float32)."""
    ids = np.unique(np.concatenate([np.asarray(r, dtype=np.int64) for r in rankings])) if rankings else \
        np.zeros(0, dtype=np.int64)
    fused = np.zeros(len(ids), dtype=np.float32)
    for r in rankings:
        fused[np.searchsorted(ids, r)] += 1.0 / (k + np.arange(1, len(r) + 1, dtype=np.float32))
    return ids, fused


def best_first(ids: np.ndarray, scores: np.ndarray, depth: int) -> np.ndarray:
    """Positions of the `depth` highest scores, best first, ties in the order of ``ids`` (which
    must be ascending): what a stable argsort of -scores gives, without sorting all of them."""
    n = len(scores)
    if depth <= 0:
        return np.zeros(0, dtype=np.int64)
    if n > depth:
        kth = np.partition(scores, n - depth)[n - depth]  # the depth-th highest score
        keep = np.flatnonzero(scores >= kth)  # every score tied with it stays a candidate
    else:
        keep = np.arange(n)
    return keep[np.argsort(-scores[keep], kind="stable")][:depth]


def contains(keys: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether each of ``at`` is among ``keys`` (ascending): a binary search each."""
    if not len(keys):
        return np.zeros(len(at), dtype=bool)
    pos = np.minimum(np.searchsorted(keys, at), len(keys) - 1)
    return keys[pos] == at


def lookup(keys: np.ndarray, values: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The value of each of ``at`` among ``keys`` (ascending, distinct; ``values`` beside them), 0 where absent."""
    out = np.zeros(len(at), dtype=values.dtype)
    if len(keys):
        pos = np.minimum(np.searchsorted(keys, at), len(keys) - 1)
        hit = keys[pos] == at
        out[hit] = values[pos[hit]]
    return out


class Paragraphs:
    """Chunk ids grouped by paragraph number (a CSR layout: one int array, no per-paragraph list)."""

    def __init__(self, paragraph_of: np.ndarray):
        self.order = np.argsort(paragraph_of, kind="stable")  # chunk ids, paragraph by paragraph, ascending within
        size = int(paragraph_of.max()) + 1 if len(paragraph_of) else 0
        self.starts = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(np.bincount(paragraph_of, minlength=size), out=self.starts[1:])

    def __len__(self) -> int:
        return len(self.starts) - 1

    def members(self, p: int) -> np.ndarray:
        return self.order[self.starts[p]:self.starts[p + 1]]


class Retriever:
    """Retrieval over a store's chunks through its search backend (index/backend.py): the only
    parts of the index it uses are the chunks and the backend's dense, bm25_scores and
    document_frequency."""

    def __init__(self, store: Store, encoder: Encoder | None, backend: SearchBackend | None = None):
        self.store = store
        self.encoder = encoder
        self.backend: SearchBackend = store.backend if backend is None else backend
        if self.backend.size != len(store.chunks):
            raise ValueError(f"the search backend holds {self.backend.size} chunks, the store {len(store.chunks)}")
        self.paragraph_of = np.asarray([c.paragraph for c in store.chunks], dtype=np.int64)
        self.paragraphs = Paragraphs(self.paragraph_of)
        self.n_paragraphs = len(self.paragraphs)

    @property
    def chunks(self) -> list[Chunk]:
        return self.store.chunks

    def embed(self, text: str) -> np.ndarray:
        return np.asarray(self.encoder.encode_query([text]), dtype=np.float32).reshape(1, -1)

    def dense(self, qvec: np.ndarray, allowed: np.ndarray | None, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k chunk ids and cosine scores, optionally within `allowed` ids."""
        return self.backend.dense(qvec, allowed, k)

    def document_frequency(self, word: str) -> int:
        """How many sentences have ``word`` among their BM25 tokens (query.tokens of their context),
        as the backend's index says (never a scan of the corpus). 0 for a word no sentence has."""
        return self.backend.document_frequency(word)

    def bm25_scores(self, text: str) -> np.ndarray:
        return np.asarray(self.backend.bm25_scores(tokens(text)), dtype=np.float32)

    def search(self, text: str, allowed: np.ndarray | None = None, k: int = 50,
               qvec: np.ndarray | None = None, paragraphs: int = 3) -> list[Hit]:
        """Fused hits for a query, restricted to `allowed` chunk ids when given.

        Sentences are ranked by reciprocal-rank fusion of BM25 and dense ranks (ties by chunk
        id). Paragraphs are ranked the same way (BM25 summed over their sentences, dense by
        their best sentence); every sentence of the best `paragraphs` paragraphs joins the
        top-k sentences, so the right sentence of the right passage is always a candidate.
        """
        bm = self.bm25_scores(text)
        within = None  # the allowed ids, ascending and distinct
        if allowed is not None:
            within = np.unique(np.asarray(allowed, dtype=np.int64))
            matched = within[bm[within] > 0]
        else:
            matched = np.flatnonzero(bm > 0)  # the chunks the question's words occur in
        matched_scores = bm[matched]
        depth = max(k, 100)
        rankings = [matched[best_first(matched, matched_scores, depth)]]
        d_ids = d_scores = None
        if self.encoder is not None:
            if qvec is None:
                qvec = self.embed(text)
            d_ids, d_scores = self.dense(qvec, allowed, depth)
            d_ids = np.asarray(d_ids, dtype=np.int64)
            d_scores = np.asarray(d_scores, dtype=np.float32)
            rankings.insert(0, d_ids)
        ids, fused = sparse_rrf(rankings)
        top = ids[best_first(ids, fused, k)]
        p_ids, passage = self._paragraph_scores(matched, matched_scores, d_ids, d_scores)

        order = [int(i) for i in top]
        seen = set(order)
        for p in p_ids[best_first(p_ids, passage, paragraphs)]:
            members = self.paragraphs.members(int(p))
            if within is not None:  # outside `allowed`, only a sentence already fused may join
                inside = contains(within, members) & (bm[members] >= 0)
                members = members[inside | (lookup(ids, fused, members) > 0)]
            for i in members.tolist():
                if i not in seen:
                    order.append(i)
                    seen.add(i)
        at = np.asarray(order, dtype=np.int64)
        h_fused = lookup(ids, fused, at)
        h_dense = np.zeros(len(at), dtype=np.float32)
        if d_ids is not None:
            d_order = np.argsort(d_ids, kind="stable")
            h_dense = lookup(d_ids[d_order], d_scores[d_order], at)
        h_passage = lookup(p_ids, passage, self.paragraph_of[at])
        return [Hit(self.chunks[i], float(h_fused[j]), float(h_dense[j]), float(bm[i]), float(h_passage[j]))
                for j, i in enumerate(order)]

    def _paragraph_scores(self, matched: np.ndarray, matched_scores: np.ndarray, d_ids: np.ndarray | None,
                          d_scores: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Paragraph fusion: BM25 summed over sentences, dense by the best retrieved sentence.
        (paragraph numbers ascending, their fused float32 scores), only paragraphs either ranks."""
        rankings = []
        paras, inverse = np.unique(self.paragraph_of[matched], return_inverse=True)
        p_bm = np.bincount(inverse, weights=matched_scores.astype(np.float64), minlength=len(paras))
        rankings.append(paras[best_first(paras, p_bm, PARAGRAPH_DEPTH)])
        if d_ids is not None and len(d_ids):
            paras, inverse = np.unique(self.paragraph_of[d_ids], return_inverse=True)
            p_dense = np.full(len(paras), -np.inf)
            np.maximum.at(p_dense, inverse, d_scores.astype(np.float64))
            rankings.append(paras[best_first(paras, p_dense, PARAGRAPH_DEPTH)])
        return sparse_rrf(rankings)
