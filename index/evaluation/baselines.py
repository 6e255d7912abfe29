"""Plain baselines over the same sentences as the engine, for evaluation side by side.

Each ranks the Store's chunks (one per sentence) with one signal only — no section routing,
no re-scoring, no answer extraction — and returns the top k as Quotes:

    BM25Baseline(store).quotes(q, k)            bm25s scores over the jieba tokens of every sentence
    DenseBaseline(store, encoder).quotes(q, k)  FAISS inner product with the query's embedding

The question is normalised the same way the engine normalises it (NFKC, Traditional →
Simplified) so that the comparison is about ranking, not about input cleaning.
"""

from __future__ import annotations

import numpy as np

from wenda.corpus.types import Chunk, Quote
from wenda.index.query import normalize
from wenda.index.retrieve import Retriever
from wenda.index.store import Encoder, Store


def _quote(chunk: Chunk, score: float) -> Quote:
    return Quote(text=chunk.text, doc=chunk.doc, section=chunk.section or None, score=round(float(score), 4))


class BM25Baseline:
    name = "bm25"

    def __init__(self, store: Store):
        self.retriever = Retriever(store, None)

    def quotes(self, question: str, k: int = 5) -> list[Quote]:
        if not isinstance(question, str) or not question.strip():
            return []
        scores = self.retriever.bm25_scores(normalize(question))
        order = np.argsort(-scores, kind="stable")[:k]
        chunks = self.retriever.chunks
        return [_quote(chunks[i], scores[i]) for i in order if scores[i] > 0]


class DenseBaseline:
    name = "dense"

    def __init__(self, store: Store, encoder: Encoder):
        self.retriever = Retriever(store, encoder)

    def quotes(self, question: str, k: int = 5) -> list[Quote]:
        if not isinstance(question, str) or not question.strip():
            return []
        ids, scores = self.retriever.dense(self.retriever.embed(normalize(question)), None, k)
        chunks = self.retriever.chunks
        return [_quote(chunks[i], s) for i, s in zip(ids, scores)]


BASELINES = {"bm25": BM25Baseline, "dense": DenseBaseline}


def baseline(name: str, store: Store, encoder: Encoder | None = None):
    """A baseline by name ('bm25' or 'dense') over a store (dense needs the encoder)."""
    if name == "bm25":
        return BM25Baseline(store)
    if name == "dense":
        if encoder is None:
            raise ValueError("the dense baseline needs the encoder")
        return DenseBaseline(store, encoder)
    raise ValueError(f"unknown baseline {name!r} (expected one of {', '.join(BASELINES)})")
