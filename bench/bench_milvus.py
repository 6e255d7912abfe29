"""FAISS + bm25s beside Milvus Lite on the same questions, in one run: answers equal, latency, build time.

    python bench/bench_milvus.py                               # CMRC 2018 dev, every question
    python bench/bench_milvus.py --limit 500 --json            # the first 500 questions
    python bench/bench_milvus.py --passages 150              # a subset: the first 150 passages and their questions
    python bench/bench_milvus.py --squad FILE.json --bm25-depth 1000
    python bench/bench_milvus.py --minutes 30                  # as many questions as 30 minutes allow

Prints numbers; asserts nothing. The corpus is the SQuAD-style file itself (each passage a
document), indexed once with the FAISS backend (cached in WENDA_CACHE_DIR like the CLI's) and
copied into a fresh Milvus Lite database (its build time is measured). Both run the whole
answer path, the same Answerer and Retriever code: only the three SearchBackend calls (dense,
bm25_scores, document_frequency) go to FAISS + bm25s or to Milvus (index/milvus.py,
Retriever(store, encoder, backend)). For each question, in alternating order: the answer and first quote of each,
and the latency of each; and of the search calls alone (dense top-100 + BM25 scores).
Every question whose answer or first quote differs is printed with why: the dense top-100
or the BM25 top-100 ranking differs (and whether only by exact ties).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CMRC = ROOT.parent / "shared" / "benchmarks" / "cmrc2018" / "cmrc2018_dev.json"


def _why(engine, backend, question: str) -> str:
    """Where the two backends' candidates part for one question."""
    from wenda.index import query, vectors

    store, retriever = engine.store, engine.answerer.retriever
    qvec = retriever.embed(question)
    f_ids, f_sc = vectors.search(store.faiss_index, store.vectors, qvec, 100)
    m_ids, m_sc = backend.dense(qvec, None, 100)
    out = []
    if not np.array_equal(f_ids, m_ids):
        same_scores = np.allclose(store.vectors[m_ids] @ qvec[0], f_sc, atol=1e-5)
        out.append("dense order differs " + ("only among tied cosines" if same_scores else "(not ties)"))
    toks = query.tokens(question)
    want = np.asarray(store.bm25.get_scores(toks), dtype=np.float32)
    got = backend.bm25_scores(toks)
    w_top, g_top = np.argsort(-want, kind="stable")[:100], np.argsort(-got, kind="stable")[:100]
    if not np.array_equal(w_top[want[w_top] > 0], g_top[got[g_top] > 0]):
        tied = np.allclose(got[w_top], want[w_top], rtol=1e-4)
        out.append("BM25 top-100 order differs " + ("only among tied scores" if tied else "(scores differ)"))
    if not np.array_equal(got > 0, want > 0):
        out.append(f"BM25 matches differ ({int((want > 0).sum())} vs {int((got > 0).sum())}: depth cut)")
    return "; ".join(out) or "same candidates and scores up to float rounding; the answer picked differs"


def first_passages(path: Path, n: int) -> Path:
    """A SQuAD-style file of the first n passages of `path` (and their questions), in a temporary folder."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out, left = [], n
    for art in data["data"]:
        if left <= 0:
            break
        paras = art["paragraphs"][:left]
        left -= len(paras)
        out.append({**art, "paragraphs": paras})
    sub = Path(tempfile.mkdtemp(prefix="wenda-squad-")) / f"{path.stem}_first{n}.json"
    sub.write_text(json.dumps({**data, "data": out}, ensure_ascii=False), encoding="utf-8")
    return sub


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--squad", type=Path, default=CMRC, help="SQuAD-style file: the corpus and its questions")
    ap.add_argument("--limit", type=int, default=0, help="the first N questions only (0: all)")
    ap.add_argument("--passages", type=int, default=0,
                    help="a subset: the corpus is the file's first N passages, the questions theirs (0: all)")
    ap.add_argument("--db", type=Path, default=None, help="the Milvus Lite file (default: a temporary one)")
    ap.add_argument("--bm25-depth", type=int, default=None, help="BM25 hits fetched from Milvus (default: 16384)")
    ap.add_argument("--minutes", type=float, default=0,
                    help="stop asking after this many minutes and report the questions asked (0: no limit)")
    ap.add_argument("--seal", action="store_true",
                    help="flush the Milvus Lite collection after the build (sealed: faster; what the engine does "
                         "not do, since Lite keeps BM25 statistics per segment and the engine updates per file)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from wenda.bot.config import Config
    from wenda.index.answer import Answerer
    from wenda.index.engine import Engine
    from wenda.index.evaluation import latency_summary, load_squad
    from wenda.index.milvus import MilvusBackend
    from wenda.index.retrieve import Retriever
    from wenda.index.query import tokens

    if not args.squad.is_file():
        print(f"bench_milvus: no such file {args.squad} (pass --squad)", file=sys.stderr)
        return 2
    if args.passages:
        args.squad = first_passages(args.squad, args.passages)
    questions = [x["q"] for x in load_squad(args.squad)]
    if args.limit:
        questions = questions[: args.limit]
    if args.minutes:  # a run cut short by time is a sample of the whole file, not its first passages
        questions = [questions[i] for i in np.random.default_rng(0).permutation(len(questions))]
    t0 = time.perf_counter()
    engine = Engine.open(Config.from_env(os.environ).engine.with_paths(args.squad), progress=False)
    open_s = time.perf_counter() - t0
    token_lists = [tokens(c.context()) for c in engine.chunks]
    db = args.db or Path(tempfile.mkdtemp(prefix="wenda-milvus-")) / "bench.db"
    t0 = time.perf_counter()
    backend = MilvusBackend.build(f"milvus-lite:{db}", engine.chunks, engine.store.vectors, token_lists,
                                  files=engine.store.manifest.sources, seal=args.seal)
    build_s = time.perf_counter() - t0
    if args.bm25_depth:
        backend.bm25_depth = args.bm25_depth
    faiss_answerer = engine.answerer
    milvus_retriever = Retriever(engine.store, engine.encoder, backend)
    milvus_answerer = Answerer(milvus_retriever, faiss_answerer.lexicon)
    faiss_retriever = faiss_answerer.retriever
    for q in questions[:5]:  # warm both
        faiss_answerer.answer(q), milvus_answerer.answer(q)

    ms = {"faiss": [], "milvus": []}
    search_ms = {"faiss": [], "milvus": []}
    equal, diffs = 0, []
    asked = len(questions)
    started = time.perf_counter()
    for i, q in enumerate(questions):
        if args.minutes and time.perf_counter() - started > 60 * args.minutes:
            asked = i
            break
        if i and i % 100 == 0:
            print(f"bench_milvus: {i}/{len(questions)} questions, {equal} equal, "
                  f"{(time.perf_counter() - started) / 60:.1f} min", file=sys.stderr, flush=True)
        pair = {}
        order = (("faiss", faiss_answerer, faiss_retriever), ("milvus", milvus_answerer, milvus_retriever))
        for name, answerer, retriever in (order if i % 2 == 0 else order[::-1]):
            t = time.perf_counter()
            pair[name] = answerer.answer(q)
            ms[name].append((time.perf_counter() - t) * 1000)
            qvec = retriever.embed(q)
            t = time.perf_counter()
            retriever.dense(qvec, None, 100)
            retriever.bm25_scores(q)
            search_ms[name].append((time.perf_counter() - t) * 1000)
        a, b = pair["faiss"], pair["milvus"]
        same = (a.found, a.answer, [x.text for x in a.quotes[:1]]) == (b.found, b.answer, [x.text for x in b.quotes[:1]])
        equal += same
        if not same:
            diffs.append({"q": q, "faiss": [a.answer, a.quotes[0].text if a.quotes else ""],
                          "milvus": [b.answer, b.quotes[0].text if b.quotes else ""], "why": _why(engine, backend, q)})

    result = {
        "corpus": str(args.squad), "sentences": len(engine.chunks), "questions": asked,
        "questions_in_file": len(questions),
        "answers_equal": equal, "answers_equal_share": round(equal / max(1, asked), 4),
        "faiss_open_s": round(open_s, 2), "milvus_build_s": round(build_s, 2),
        "bm25_depth": backend.bm25_depth, "sealed": args.seal,
        "answer_latency": {k: latency_summary(v) for k, v in ms.items()},
        "search_latency": {k: latency_summary(v) for k, v in search_ms.items()},
        "differences": diffs,
    }
    backend.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['corpus']}: {result['sentences']} sentences, {asked} of its {len(questions)} questions"
          f" ({'in an order shuffled with seed 0, stopped by --minutes' if args.minutes else 'in file order'})")
    print(f"answer and first quote equal: {equal}/{asked} = {100 * result['answers_equal_share']:.2f} %")
    print(f"FAISS index open (cached or built): {open_s:.1f} s; Milvus Lite build: {build_s:.1f} s"
          f" ({'sealed' if args.seal else 'unsealed: one growing segment, as the engine keeps it'})")
    print("| latency | FAISS + bm25s | Milvus Lite |\n| --- | ---: | ---: |")
    for label, table in (("answer", ms), ("search calls", search_ms)):
        f, m = latency_summary(table["faiss"]), latency_summary(table["milvus"])
        for p in ("p50_ms", "p99_ms"):
            print(f"| {label} {p[:3]} | {f[p]:.1f} ms | {m[p]:.1f} ms |")
    for d in diffs:
        print(f"- {d['q']}\n  FAISS:  {d['faiss'][0]} | {d['faiss'][1]}\n  Milvus: {d['milvus'][0]} | {d['milvus'][1]}"
              f"\n  why: {d['why']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
