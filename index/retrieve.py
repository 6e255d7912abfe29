"""Hybrid retrieval: dense vectors and BM25 (keywords) from a search backend, fused by reciprocal rank."""

from __future__ import annotations

import numpy as np

from wenda.corpus.types import Chunk, Hit
from wenda.index.backend import SearchBackend
from wenda.index.embed import Encoder
from wenda.index.query import tokens
from wenda.index.store import Store

RRF_K = 60


def rrf(rankings: list[np.ndarray], n: int, k: int = RRF_K, weights: list[float] | None = None) -> np.ndarray:
    """Reciprocal-rank fusion of several rankings (arrays of chunk ids, best first) into scores."""
    fused = np.zeros(n, dtype=np.float32)
    for i, ids in enumerate(rankings):
        w = 1.0 if weights is None else weights[i]
        fused[ids] += w / (k + np.arange(1, len(ids) + 1, dtype=np.float32))
    return fused


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
        self.n_paragraphs = int(self.paragraph_of.max()) + 1 if len(self.paragraph_of) else 0
        self.members: dict[int, list[int]] = {}
        for c in store.chunks:
            self.members.setdefault(c.paragraph, []).append(c.id)

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

        Sentences are ranked by reciprocal-rank fusion of BM25 and dense ranks. Paragraphs
        are ranked the same way (BM25 summed over their sentences, dense by their best
        sentence); every sentence of the best `paragraphs` paragraphs joins the top-k
        sentences, so the right sentence of the right passage is always a candidate.
        """
        n = len(self.chunks)
        bm = self.bm25_scores(text)
        if allowed is not None:
            mask = np.full(n, -np.inf, dtype=np.float32)
            mask[allowed] = 0.0
            bm_masked = bm + mask
        else:
            bm_masked = bm
        depth = max(k, 100)
        bm_order = np.argsort(-bm_masked, kind="stable")[:depth]
        bm_order = bm_order[bm_masked[bm_order] > 0]
        rankings = [bm_order]
        dense_scores = np.zeros(n, dtype=np.float32)
        if self.encoder is not None:
            if qvec is None:
                qvec = self.embed(text)
            d_ids, d_scores = self.dense(qvec, allowed, depth)
            dense_scores[d_ids] = d_scores
            rankings.insert(0, d_ids)
        fused = rrf(rankings, n)
        order = [int(i) for i in np.argsort(-fused, kind="stable")[:k] if fused[i] > 0]
        passage = self._paragraph_scores(bm_masked, dense_scores, rankings[0] if self.encoder else None)
        seen = set(order)
        for p in np.argsort(-passage, kind="stable")[:paragraphs]:
            if passage[p] <= 0:
                break
            for i in self.members[int(p)]:
                if i not in seen and (allowed is None or fused[i] > 0 or bm_masked[i] >= 0):
                    order.append(i)
                    seen.add(i)
        return [Hit(self.chunks[i], float(fused[i]), float(dense_scores[i]), float(bm[i]),
                    float(passage[self.paragraph_of[i]]))
                for i in order]

    def _paragraph_scores(self, bm: np.ndarray, dense: np.ndarray, dense_ids: np.ndarray | None) -> np.ndarray:
        """Paragraph fusion: BM25 summed over sentences, dense by the best retrieved sentence."""
        m = self.n_paragraphs
        p_bm = np.bincount(self.paragraph_of, weights=np.where(np.isfinite(bm), np.maximum(bm, 0), 0), minlength=m)
        rankings = [np.argsort(-p_bm, kind="stable")[: 100]]
        rankings[0] = rankings[0][p_bm[rankings[0]] > 0]
        if dense_ids is not None and len(dense_ids):
            p_dense = np.full(m, -np.inf)
            np.maximum.at(p_dense, self.paragraph_of[dense_ids], dense[dense_ids])
            order = np.argsort(-p_dense, kind="stable")
            rankings.append(order[np.isfinite(p_dense[order])][:100])
        return rrf(rankings, m)
