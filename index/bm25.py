"""BM25 over the chunks' token lists: built by bm25s, read and scored with numpy alone.

    keywords = BM25Index.build(token_lists)      # bm25s computes every (token, chunk) score
    keywords.save(directory)                     # bm25s's own files: bm25s.BM25.load reads them
    keywords = BM25Index.load(directory)         # numpy (memory-mapped) and json; no bm25s, no scipy
    scores = keywords.get_scores(["卡点"])        # float32 [num_docs], equal to bm25s's get_scores
    keywords.document_frequency("卡点")           # the token's inverted list's length

bm25s stores its eager index as a sparse matrix in CSC layout: for each token id t, the chunks
``indices[indptr[t]:indptr[t+1]]`` holding it and their precomputed scores ``data[...]``. A
query's score is the sum of its tokens' columns, one token after another in the query's order
(a repeated token counts again), which is what bm25s does; so answering needs only those three
arrays and the vocabulary, and a process that only answers never imports bm25s (nor scipy, which
bm25s imports: about a third of a second of every cold start).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

# The file names bm25s.BM25.save writes (and BM25.load reads) inside an index's bm25/ folder.
DATA, INDICES, INDPTR = "data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy"
VOCAB, PARAMS, NONOCCURRENCE = "vocab.index.json", "params.index.json", "nonoccurrence_array.index.npy"


class BM25Index:
    """An eager BM25 index: per-token inverted lists of chunk ids with their scores."""

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, vocab: dict[str, int],
                 params: dict, nonoccurrence: np.ndarray | None = None):
        if len(data) != len(indices) or not len(indptr) or int(indptr[-1]) != len(data):
            raise ValueError(f"inconsistent BM25 arrays: {len(data)} scores, {len(indices)} chunk ids, "
                             f"{len(indptr)} list offsets ending at {int(indptr[-1]) if len(indptr) else None}")
        if len(indices) and not 0 <= int(indices.min()) <= int(indices.max()) < int(params["num_docs"]):
            raise ValueError(f"inconsistent BM25 arrays: chunk ids outside 0 .. {int(params['num_docs']) - 1}")
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.vocab_dict = vocab  # token → id (bm25s's name for it)
        self.params = params  # bm25s's parameters, saved beside the arrays
        self.num_docs = int(params["num_docs"])
        self.dtype = np.dtype(params.get("dtype", "float32"))
        self.nonoccurrence = nonoccurrence  # per-token score of a chunk without it (bm25l, bm25+ only)

    # -- building (the only part that needs bm25s) -----------------------------------------
    @classmethod
    def build(cls, token_lists: list[list[str]]) -> BM25Index:
        """Index these token lists with bm25s's defaults (imported here, at build time only)."""
        import logging

        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build step at DEBUG
        index = bm25s.BM25()
        index.index([list(t) for t in token_lists], show_progress=False)
        return cls.of(index)

    @classmethod
    def of(cls, index) -> BM25Index:
        """The arrays of a bm25s.BM25 already built (its public scores, vocab_dict and parameters)."""
        params = {"k1": index.k1, "b": index.b, "delta": index.delta, "method": index.method,
                  "idf_method": index.idf_method, "dtype": index.dtype, "int_dtype": index.int_dtype,
                  "num_docs": int(index.scores["num_docs"]), "version": _bm25s_version(),
                  "backend": index.backend}
        return cls(np.asarray(index.scores["data"]), np.asarray(index.scores["indices"]),
                   np.asarray(index.scores["indptr"]), dict(index.vocab_dict), params,
                   None if index.nonoccurrence_array is None else np.asarray(index.nonoccurrence_array))

    # -- files ------------------------------------------------------------------------------
    def save(self, directory: str | Path) -> None:
        """The files bm25s.BM25.save writes, with the same names and contents."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        np.save(d / DATA, self.data, allow_pickle=False)
        np.save(d / INDICES, self.indices, allow_pickle=False)
        np.save(d / INDPTR, self.indptr, allow_pickle=False)
        if self.nonoccurrence is not None:
            np.save(d / NONOCCURRENCE, self.nonoccurrence, allow_pickle=False)
        (d / VOCAB).write_text(json.dumps(self.vocab_dict, ensure_ascii=False, separators=(",", ":")),
                               encoding="utf-8")
        (d / PARAMS).write_text(json.dumps(self.params, indent=4), encoding="utf-8")

    @classmethod
    def load(cls, directory: str | Path, mmap: bool = True) -> BM25Index:
        """Read an index bm25s (or `save`) wrote; the arrays memory-mapped unless mmap=False.
        Raises OSError or ValueError when a file is missing or unreadable."""
        d = Path(directory)
        params = json.loads((d / PARAMS).read_text(encoding="utf-8"))
        vocab = json.loads((d / VOCAB).read_text(encoding="utf-8"))
        nonoccurrence = np.load(d / NONOCCURRENCE, allow_pickle=False) if (d / NONOCCURRENCE).exists() else None

        def array(name: str) -> np.ndarray:
            # a plain ndarray over the mapped file: slicing a np.memmap makes a memmap each time,
            # which took a query's scoring from ~0.3 to ~0.7 ms on 3k sentences
            return np.asarray(np.load(d / name, mmap_mode="r" if mmap else None, allow_pickle=False))

        return cls(array(DATA), array(INDICES), array(INDPTR), vocab, params, nonoccurrence)

    # -- scoring ----------------------------------------------------------------------------
    def token_ids(self, toks: list[str]) -> np.ndarray:
        """The ids of the tokens the index knows, in the query's order (repeats kept), as bm25s
        takes them; a token without an inverted list (bm25s's empty token) is left out."""
        columns = len(self.indptr) - 1
        ids = [i for i in (self.vocab_dict.get(t) for t in toks) if i is not None and i < columns]
        return np.asarray(ids, dtype=np.int64)

    def get_scores(self, toks: list[str]) -> np.ndarray:
        """BM25 score of every chunk for these query tokens, dtype of the index (float32): the
        same values as bm25s.BM25.get_scores, summed in the same order. All 0 for no known token."""
        ids = self.token_ids(toks)
        scores = np.zeros(self.num_docs, dtype=self.dtype)
        for t in ids.tolist():
            start, end = int(self.indptr[t]), int(self.indptr[t + 1])
            np.add.at(scores, self.indices[start:end], self.data[start:end])
        if self.nonoccurrence is not None and len(ids):
            scores += self.nonoccurrence[ids].sum()
        return scores

    def words_by(self, group: np.ndarray) -> dict[int, list[str]]:
        """The tokens each group of chunks holds (`group[i]`: the group of chunk i, a number ≥ 0), read
        from the inverted lists: no chunk is segmented again."""
        ids = {i: w for w, i in self.vocab_dict.items() if w}
        counts = np.diff(self.indptr)
        token = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
        pairs = np.unique(np.asarray(group, dtype=np.int64)[self.indices] * len(counts) + token)
        out: dict[int, list[str]] = {}
        for g, t in zip((pairs // len(counts)).tolist(), (pairs % len(counts)).tolist()):
            if t in ids:
                out.setdefault(g, []).append(ids[t])
        return out

    def document_frequency(self, word: str) -> int:
        """How many chunks hold `word` (its inverted list's length), 0 for a word not indexed."""
        tid = self.vocab_dict.get(word)
        if tid is None or tid + 1 >= len(self.indptr):
            return 0
        return int(self.indptr[tid + 1] - self.indptr[tid])

    def words(self) -> list[str]:
        """Every token some chunk holds (the vocabulary, without bm25s's empty token)."""
        return [w for w in self.vocab_dict if w]


def _bm25s_version() -> str:
    import bm25s  # already imported by whoever built the index

    return getattr(bm25s, "__version__", "")
