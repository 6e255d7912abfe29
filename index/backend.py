"""The search seam: what retrieval asks of the vectors and the keyword index, and the default
implementation over FAISS (index/vectors.py) and BM25 (index/bm25.py: built by bm25s, scored
with numpy, so answering never imports bm25s).

    backend = FaissBM25.build(chunks, vectors, token_lists)   # token_lists[i] = query.tokens(chunks[i].context())
    ids, cosines = backend.dense(qvec, allowed, k)
    scores = backend.bm25_scores(query.tokens(text))
    backend.document_frequency("卡点")

The Retriever (index/retrieve.py) uses nothing else, so another engine (index/milvus.py) can
stand in for this one. Chunk ids are positions in Store.chunks: 0 .. size-1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from wenda.corpus.types import Chunk
from wenda.index import vectors as vector_index
from wenda.index.bm25 import BM25Index


class SearchBackend(Protocol):
    size: int  # number of chunks; ids are 0 .. size-1 (Store.chunks order)

    def dense(self, qvec: np.ndarray, allowed: np.ndarray | None, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k chunk ids and cosines for one query vector [1, dim], best first, within `allowed` ids."""
        ...

    def bm25_scores(self, toks: list[str]) -> np.ndarray:
        """BM25 score of every chunk for these query tokens: float32 [size], 0 where a chunk has none."""
        ...

    def document_frequency(self, word: str) -> int:
        """How many chunks have `word` among their BM25 tokens."""
        ...


class FaissBM25:
    """FAISS over the L2-normalised vectors (exact or IVF, index/vectors.py) and BM25 over the
    chunks' token lists (index/bm25.py)."""

    def __init__(self, index: faiss.Index, vectors: np.ndarray, bm25):
        """`bm25`: a BM25Index, or a bm25s.BM25 already built (its arrays are taken)."""
        self.index = index
        self.vectors = vectors
        self.bm25 = bm25 if isinstance(bm25, BM25Index) else BM25Index.of(bm25)
        self.size = int(index.ntotal)

    @classmethod
    def build(cls, chunks: list[Chunk], vectors: np.ndarray, token_lists: list[list[str]]) -> FaissBM25:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if not (len(chunks) == len(vectors) == len(token_lists)):
            raise ValueError(f"{len(chunks)} chunks, {len(vectors)} vectors and {len(token_lists)} token lists")
        return cls(vector_index.build_index(vectors), vectors, BM25Index.build(token_lists))

    # -- files (the index directory keeps them so that a load does not rebuild) -----------------
    def save(self, directory: Path) -> None:
        faiss.write_index(self.index, str(directory / "dense.faiss"))
        self.bm25.save(directory / "bm25")

    @classmethod
    def load(cls, directory: Path, vectors: np.ndarray) -> FaissBM25:
        index = faiss.read_index(str(directory / "dense.faiss"))
        return cls(index, vectors, BM25Index.load(directory / "bm25"))

    def consistent(self, n: int, dim: int) -> bool:
        """Whether both structures hold n chunks of dimension dim."""
        return self.size == n and self.index.d == dim and self.bm25.num_docs == n

    # -- SearchBackend ----------------------------------------------------------------------
    def dense(self, qvec: np.ndarray, allowed: np.ndarray | None, k: int) -> tuple[np.ndarray, np.ndarray]:
        return vector_index.search(self.index, self.vectors, qvec, k, allowed)

    def bm25_scores(self, toks: list[str]) -> np.ndarray:
        if not toks:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.bm25.get_scores(toks), dtype=np.float32)

    def document_frequency(self, word: str) -> int:
        """Read from the index in O(1) (the inverted list's length), never a scan of the corpus."""
        return self.bm25.document_frequency(word.lower())

    def words(self) -> list[str]:
        """Every BM25 token of every chunk (query.tokens of its context), once each."""
        return self.bm25.words()
