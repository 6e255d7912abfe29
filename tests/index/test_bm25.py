"""index/bm25.py: BM25 read and scored with numpy gives exactly what bm25s gives, and a process
that answers never imports bm25s or scipy.

Real corpora (the bundled article, the test documents, CMRC 2018 trial passages where this
machine has them), tokenised by the engine's own query.tokens, indexed by real bm25s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import bm25s
import numpy as np
import pytest
from support import DATA, REPO

from wenda.corpus.load import load_corpus
from wenda.corpus.squad import read_squad
from wenda.index.bm25 import BM25Index
from wenda.index.query import tokens
from wenda.index.store import chunks_from

CMRC_TRIAL = Path("/work/shared/benchmarks/cmrc2018/cmrc2018_trial.json")
CMRC_PASSAGES = 300


def _questions(path: Path) -> list[str]:
    return [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _corpus(name: str) -> tuple[list[list[str]], list[str]]:
    """(the token lists of a real corpus's sentences, as the index makes them; questions about it)."""
    if name == "article":
        docs, questions = load_corpus(REPO / "corpus" / "data"), _questions(DATA / "article_questions.jsonl")
    elif name == "docs":
        docs, questions = load_corpus(DATA / "docs"), _questions(DATA / "doc_questions.jsonl")
    else:
        if not CMRC_TRIAL.is_file():
            pytest.skip(f"the CMRC 2018 trial set is not on this machine ({CMRC_TRIAL})")
        squad = read_squad(CMRC_TRIAL)
        docs = squad.documents[:CMRC_PASSAGES]
        kept = {d.doc_id for d in docs}
        questions = [q.text for q in squad.questions if q.doc in kept]
    token_lists = [tokens(c.context()) for c in chunks_from(docs)]
    return token_lists, questions


@pytest.fixture(scope="module", params=["article", "docs", "cmrc-trial"])
def indexed(request):
    """(bm25s's index, ours built from the same token lists, the token lists, query token lists)."""
    token_lists, questions = _corpus(request.param)
    theirs = bm25s.BM25()
    theirs.index([list(t) for t in token_lists], show_progress=False)
    queries = [tokens(q) for q in questions]
    # a repeated word counts again, as in bm25s; a word no sentence has adds nothing
    queries += [q + q[:1] for q in queries[:20] if q] + [["没有这个词的句子"] + queries[0]]
    return theirs, BM25Index.build(token_lists), token_lists, [q for q in queries if q]


def _ranked(scores: np.ndarray, k: int = 100) -> list[int]:
    order = np.argsort(-scores, kind="stable")
    return [int(i) for i in order[:k] if scores[i] > 0]


def test_scores_equal_bm25s_on_real_corpora(indexed):
    theirs, ours, token_lists, queries = indexed
    assert ours.num_docs == len(token_lists) and len(queries) >= 20
    matched = 0
    for q in queries:
        want = theirs.get_scores(q)
        got = ours.get_scores(q)
        assert got.dtype == np.float32 and got.shape == want.shape
        assert np.array_equal(got, want), q  # every float32 bit: the same sums in the same order
        assert _ranked(got) == _ranked(want), q  # so the same ids, ties in the same order
        matched += bool(got.max() > 0)
    assert matched >= len(queries) * 0.9  # the questions do find their words


def test_saved_files_round_trip_with_bm25s(indexed, tmp_path):
    """What we save, bm25s loads; what bm25s saves, we load (memory-mapped): the same scores."""
    theirs, ours, _, queries = indexed
    ours.save(tmp_path / "ours")
    theirs.save(str(tmp_path / "theirs"), show_progress=False)
    assert sorted(p.name for p in (tmp_path / "ours").iterdir()) == sorted(p.name for p in (tmp_path / "theirs").iterdir())
    by_bm25s = bm25s.BM25.load(str(tmp_path / "ours"))
    from_bm25s = BM25Index.load(tmp_path / "theirs")
    assert isinstance(from_bm25s.data.base, np.memmap) and isinstance(from_bm25s.indices.base, np.memmap)
    for q in queries[:30]:
        want = theirs.get_scores(q)
        assert np.array_equal(by_bm25s.get_scores(q), want), q
        assert np.array_equal(from_bm25s.get_scores(q), want), q
        assert np.array_equal(BM25Index.load(tmp_path / "ours", mmap=False).get_scores(q), want), q


def test_document_frequency_and_words_are_the_corpus_s(indexed):
    _, ours, token_lists, queries = indexed
    holds = [set(toks) for toks in token_lists]
    assert set(ours.words()) == set().union(*holds)
    for word in sorted({t for q in queries[:40] for t in q}):
        assert ours.document_frequency(word) == sum(word in h for h in holds), word


def test_no_known_word_scores_zero_and_never_fails():
    ours = BM25Index.build([["卡点", "设置"], ["卡点"], ["捐款"]])
    assert ours.get_scores([]).tolist() == [0.0, 0.0, 0.0]
    assert ours.get_scores(["", "不在其中"]).tolist() == [0.0, 0.0, 0.0]  # bm25s's empty token has no list
    assert ours.document_frequency("") == 0 and ours.document_frequency("不在其中") == 0
    assert ours.document_frequency("卡点") == 2
    scores = ours.get_scores(["卡点"])
    assert scores[0] > 0 and scores[1] > 0 and scores[2] == 0


def test_damaged_arrays_are_refused(tmp_path):
    ours = BM25Index.build([["卡点", "设置"], ["卡点"]])
    ours.save(tmp_path)
    np.save(tmp_path / "indices.csc.index.npy", ours.indices[:-1])
    with pytest.raises(ValueError, match="inconsistent BM25 arrays"):
        BM25Index.load(tmp_path)
    np.save(tmp_path / "indices.csc.index.npy", ours.indices + 5)  # ids of chunks the index does not have
    with pytest.raises(ValueError, match="chunk ids outside 0 .. 1"):
        BM25Index.load(tmp_path)


def test_answering_imports_neither_bm25s_nor_scipy(article_engine):
    """A fresh process opens the cached index and answers: bm25s (and the scipy it pulls in, a
    third of a cold start) stay unimported; the answer is the one this process's engine gives."""
    question = "崔桥镇设了多少卡点"
    code = ("import sys, json\n"
            "from support import engine_config\n"
            "from wenda.index.engine import Engine\n"
            f"a = Engine.open(engine_config(), progress=False).ask({question!r})\n"
            "print(json.dumps([a.found, a.answer, 'bm25s' in sys.modules, 'scipy' in sys.modules]))\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "tests"), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    found, answer, bm25s_loaded, scipy_loaded = json.loads(out.stdout.strip().splitlines()[-1])
    want = article_engine.ask(question)
    assert (found, answer) == (want.found, want.answer) and found
    assert not bm25s_loaded and not scipy_loaded
