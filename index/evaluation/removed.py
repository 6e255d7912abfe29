"""The own-passage-removed variant of SQuAD-style data (SQuAD 2.0 style unanswerables): each
question is asked against the pool without its own passage, where the right answer is a refusal.

    ask = without_passage(engine.answerer)      # ask(question, doc) -> Answer
    ask("崔桥镇有多少个卡点", "data.json#3")

The pool is indexed once; a question's own passage is left out by restricting the search to
the other chunk ids (the Retriever's `allowed`), so nothing is rebuilt per question.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from wenda.corpus.types import Answer
from wenda.index.answer import Answerer


class _Without:
    """A retriever that never returns the chunks of one document (set per question)."""

    def __init__(self, retriever, ids_of: dict[str, np.ndarray]):
        self._retriever = retriever
        self._ids_of = ids_of
        self._keep = np.ones(len(retriever.chunks), dtype=bool)
        self.left_out: str | None = None

    def leave_out(self, doc: str | None) -> None:
        if self.left_out is not None and self.left_out in self._ids_of:
            self._keep[self._ids_of[self.left_out]] = True
        self.left_out = doc
        if doc is not None and doc in self._ids_of:
            self._keep[self._ids_of[doc]] = False

    def search(self, text: str, allowed: np.ndarray | None = None, k: int = 50, **kw):
        keep = self._keep if allowed is None else self._keep[allowed]
        ids = np.flatnonzero(self._keep) if allowed is None else np.asarray(allowed)[keep]
        return self._retriever.search(text, ids.astype(np.int64), k=k, **kw)

    def __getattr__(self, name):
        return getattr(self._retriever, name)


class WithoutPassage:
    """An answerer over the same pool that leaves one document out per call."""

    def __init__(self, answerer: Answerer):
        ids: dict[str, list[int]] = {}
        for c in answerer.retriever.chunks:
            ids.setdefault(c.doc, []).append(c.id)
        self._proxy = _Without(answerer.retriever, {d: np.asarray(v, dtype=np.int64) for d, v in ids.items()})
        self.answerer = Answerer(self._proxy, answerer.lexicon)
        decision = getattr(answerer, "decision", None)
        if decision is not None:
            self.answerer.decision = decision

    def answer(self, question: str, doc: str) -> Answer:
        self._proxy.leave_out(doc)
        try:
            return self.answerer.answer(question)
        finally:
            self._proxy.leave_out(None)

    def rank(self, question: str, doc: str):
        """answerer.rank(question) with `doc` left out: (Query, candidates best first)."""
        self._proxy.leave_out(doc)
        try:
            return self.answerer.rank(question)
        finally:
            self._proxy.leave_out(None)


def without_passage(answerer: Answerer) -> Callable[[str, str], Answer]:
    """ask(question, doc): the answer with the chunks of document `doc` left out of the pool."""
    return WithoutPassage(answerer).answer
