"""How dense search grows with the corpus: exact (FAISS flat) beside IVF, 10k → 100k → 1M sentences.

    python bench/bench_growth.py                          # 10k, 100k, 1M; a 2,000-sentence real sample
    python bench/bench_growth.py --sizes 10000 100000 --sample 1000 --json
    python bench/bench_growth.py --vectors INDEX/vectors.npy --queries 300
    python bench/bench_growth.py --end-to-end                       # the answer path, 10k → 100k → 1M
    python bench/bench_growth.py --end-to-end --sizes 1000000 --ann-dir /tmp/growth-ann --json

Prints numbers; asserts nothing. Two parts, in one run:

* real vectors: sentences of CMRC 2018 dev (../shared/benchmarks, or --squad), recombined
  (clauses of different sentences joined) so that no sentence repeats, embedded by the model
  as passages; questions embedded as queries. Recall@10 of IVF (index/vectors.py settings)
  against exact search, and both latencies. --vectors takes the vectors of a built index
  instead (its first rows are held out as queries).
* growth: random L2-normalised 384-d vectors (the model's dimension) at each size, in a fresh
  process each so that RSS is clean: build seconds, single-query p50/p99 (one thread, as
  wenda searches), recall@10 of IVF against exact (random vectors have no clusters: the
  hard case for IVF, real sentences cluster), and RSS after each index is built.

--end-to-end measures the whole answer path instead (index/answer.py Answerer over
Retriever.search), each size in a fresh process:

* a synthetic corpus of N sentences: real CMRC 2018 dev sentences recombined (a sentence and a
  clause of another joined, so that no sentence repeats), in paragraphs of 2-8 sentences,
  sections of 5 paragraphs named after CMRC articles' titles (so questions that name one are
  restricted to its sentences, as in wenda), documents of 4 sections;
* BM25 over the sentences' jieba tokens (query.tokens of each chunk's context), built by bm25s
  as the store builds it. Jieba costs ~1-3 ms a sentence, so each distinct sentence and clause
  is tokenised once and a recombined sentence's tokens are its parts' (punctuation is a hard
  boundary for jieba: checked on a sample, the share printed);
* the dense side over random L2-normalised vectors (the model's 384 dimensions), the index
  wenda builds for N (index/vectors.py, index/data/ann.json), or the same index saved by
  bench/fit_ann.py --save (--ann-dir; its build seconds then come from that run);
* a stand-in encoder: each question's vector is a fixed random unit vector (seeded by the
  question). The model's speed is not what is measured here (its query pass is ~10 ms whatever
  the corpus size, bench/bench_model.py); retrieval, fusion and the answer step are;
* CMRC dev questions asked through Answerer(retriever, Lexicon.empty()).answer (the refusal's
  explanation, Answerer.why_not, left out: it is linear in the corpus; timed with it up to 100k as
  "answer_full"): p50/p99 of the
  answer, of Retriever.search alone and of the dense search alone; RSS of the process per
  million sentences; with exact (flat) search beside the ANN index in the same process up to
  --exact-up-to: its latencies, recall@10 of the ANN ids, and the share of equal answers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CMRC = ROOT.parent / "shared" / "benchmarks" / "cmrc2018" / "cmrc2018_dev.json"
DIM = 384
K = 10


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def latencies(index, queries: np.ndarray, k: int) -> tuple[list[float], np.ndarray]:
    from wenda.index.vectors import single_thread

    ms, found = [], []
    with single_thread(1):
        for q in queries:
            t = time.perf_counter()
            _, ids = index.search(q.reshape(1, -1), k)
            ms.append((time.perf_counter() - t) * 1000)
            found.append(ids[0])
    return ms, np.asarray(found)


def recall(found: np.ndarray, truth: np.ndarray, k: int = K) -> float:
    return float(np.mean([len(set(f[:k]) & set(t[:k])) / k for f, t in zip(found, truth)]))


def pct(ms: list[float], p: float) -> float:
    return round(float(np.percentile(ms, p)), 3)


def compare(vectors: np.ndarray, queries: np.ndarray) -> dict:
    """Exact and IVF over the same vectors: build time, latency, recall@10, RSS."""
    from wenda.index.vectors import build_index

    out = {"n": len(vectors), "rss_start_mib": round(rss_mib())}
    for kind in ("flat", "ivf"):
        t = time.perf_counter()
        index = build_index(vectors, kind)
        build = time.perf_counter() - t
        ms, found = latencies(index, queries, 100)
        out[kind] = {"build_s": round(build, 2), "p50_ms": pct(ms, 50), "p99_ms": pct(ms, 99),
                     "rss_mib": round(rss_mib())}
        if kind == "flat":
            truth = found
        else:
            out[kind]["recall@10"] = round(recall(found, truth), 4)
        del index
    return out


def random_unit(n: int, seed: int, block: int = 100_000) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = np.empty((n, DIM), dtype=np.float32)
    for s in range(0, n, block):
        x = rng.standard_normal((min(block, n - s), DIM), dtype=np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        out[s:s + len(x)] = x
    return out


def child_growth(n: int, queries: int) -> dict:
    vectors = random_unit(n, seed=n)
    qs = random_unit(queries, seed=1)
    return compare(vectors, qs)


# -- real sentences, recombined ------------------------------------------------------------
def real_texts(squad: Path, n: int, n_questions: int, seed: int = 7) -> tuple[list[str], list[str]]:
    from wenda.index.evaluation import load_squad

    data = json.loads(squad.read_text(encoding="utf-8"))
    sentences = []
    for art in data["data"]:
        for para in art["paragraphs"]:
            sentences += [s for s in re.split(r"(?<=[。！？])", para["context"]) if len(s) >= 8]
    rng = random.Random(seed)
    clauses = [c for s in sentences for c in re.split(r"(?<=，)", s) if c]
    texts = set()
    while len(texts) < n:
        a, b = rng.choice(sentences), rng.choice(clauses)
        texts.add(a.rstrip("。！？") + "，" + b.rstrip("，") + "。")
    questions = [x["q"] for x in load_squad(squad)]
    rng.shuffle(questions)
    return sorted(texts), questions[:n_questions]


def real_part(args) -> dict:
    if args.vectors:
        vectors = np.load(args.vectors).astype(np.float32)
        queries, vectors = vectors[:args.queries], vectors[args.queries:]
        source = f"{args.vectors} (first {args.queries} rows held out as queries)"
    else:
        from wenda.bot.config import Config
        from wenda.index.embed.load import load_encoder

        encoder = load_encoder(Config.from_env(os.environ).engine, progress=False)
        texts, questions = real_texts(args.squad, args.sample, args.queries)
        t = time.perf_counter()
        vectors = encoder.encode_document(texts)
        source = (f"{len(texts)} recombined CMRC dev sentences, embedded in {time.perf_counter() - t:.0f} s; "
                  f"{len(questions)} CMRC dev questions as queries")
        queries = encoder.encode_query(questions)
    r = compare(vectors, queries)
    r["source"] = source
    return r


def run_child(n: int, queries: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(n), "--queries", str(queries)]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"growth child {n} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def render(r: dict) -> str:
    from wenda.index.vectors import ANN_KIND, EXACT_LIMIT, IVF_PROBE_SHARE

    lines = [f"IVF ~sqrt(n) lists, {IVF_PROBE_SHARE:.1%} of them scanned (index/data/ann.json); wenda builds "
             f"{ANN_KIND} above {EXACT_LIMIT:,} sentences",
             f"{'vectors':>10} {'kind':>5} {'build s':>8} {'p50 ms':>8} {'p99 ms':>8} {'recall@10':>9} {'RSS MiB':>8}"]

    def rows(x: dict, label: str) -> None:
        for kind in ("flat", "ivf"):
            k = x[kind]
            rec = f"{k['recall@10']:.4f}" if "recall@10" in k else "exact"
            lines.append(f"{label:>10} {kind:>5} {k['build_s']:>8.2f} {k['p50_ms']:>8.3f} {k['p99_ms']:>8.3f} "
                         f"{rec:>9} {k['rss_mib']:>8}")

    if r.get("real"):
        lines.append(f"real: {r['real']['source']}")
        rows(r["real"], f"{r['real']['n']:,}")
    lines.append("random unit vectors (timing; the hard case for recall):")
    for g in r["growth"]:
        rows(g, f"{g['n']:,}")
    return "\n".join(lines)


# -- end to end: a synthetic corpus through the answer path ---------------------------------
def cmrc_pieces(squad: Path) -> tuple[list[str], list[str], list[str]]:
    """(sentences, clauses, article titles) of a SQuAD-style file."""
    data = json.loads(squad.read_text(encoding="utf-8"))
    sentences, titles = [], []
    for art in data["data"]:
        titles.append(art.get("title") or art["id"])
        for para in art["paragraphs"]:
            sentences += [x.rstrip("。！？") for x in re.split(r"(?<=[。！？])", para["context"]) if len(x) >= 8]
    clauses = sorted({c.rstrip("，") for x in sentences for c in re.split(r"(?<=，)", x) if len(c) >= 4})
    return sorted(set(sentences)), clauses, sorted(set(titles))


def synthetic_corpus(n: int, squad: Path, seed: int = 7):
    """n chunks (Chunk objects, in corpus order) and their BM25 token lists; see the module doc."""
    from wenda.corpus.types import Chunk
    from wenda.index.query import tokens

    import pickle

    sentences, clauses, titles = cmrc_pieces(squad)
    rng = np.random.default_rng(seed)
    cache = Path(os.environ.get("TMPDIR", "/tmp")) / f"wenda-growth-tokens-{squad.stem}.pkl"
    try:  # the pieces' tokens, kept between the sizes' processes (jieba takes minutes over them)
        tok_s, tok_c, tok_t = pickle.loads(cache.read_bytes())
        assert len(tok_s) == len(sentences) and len(tok_c) == len(clauses) and set(tok_t) == set(titles)
    except (OSError, AssertionError, pickle.UnpicklingError, ValueError):
        tok_s = [tokens(x) for x in sentences]
        tok_c = [tokens(x) for x in clauses]
        tok_t = {t: tokens(t) for t in titles}
        cache.write_bytes(pickle.dumps((tok_s, tok_c, tok_t)))
    seen: set[tuple[int, int]] = set()
    chunks, token_lists = [], []
    paragraph = section = 0
    while len(chunks) < n:
        doc = f"synthetic/{section // 4:06d}.txt"
        title = titles[int(rng.integers(len(titles)))]
        for _ in range(5):  # paragraphs of this section
            size = int(rng.integers(2, 9))
            start = 0
            for _ in range(size):
                while True:
                    a, b = int(rng.integers(len(sentences))), int(rng.integers(len(clauses)))
                    if (a, b) not in seen and clauses[b] not in sentences[a]:
                        seen.add((a, b))
                        break
                text = f"{sentences[a]}，{clauses[b]}。"
                chunks.append(Chunk(id=len(chunks), doc=doc, section=title, kind="body", text=text, start=start,
                                    end=start + len(text), paragraph=paragraph, heading="", key="", title="", date=""))
                token_lists.append(tok_t[title] + tok_s[a] + tok_c[b])
                start += len(text)
                if len(chunks) == n:
                    return chunks, token_lists
            paragraph += 1
        section += 1
    return chunks, token_lists


class StandInEncoder:
    """Returns a fixed random unit vector for each question (seeded by its text): the dense search
    runs as it would, without the model's cost, which does not grow with the corpus."""

    model_id = "stand-in"
    dim = DIM

    def encode_query(self, texts: list[str]) -> np.ndarray:
        import zlib

        out = np.stack([np.random.default_rng(zlib.crc32(t.encode())).standard_normal(DIM) for t in texts])
        return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


CPU_MS: dict[int, list[float]] = {}  # id(list of wall ms) → the same calls' CPU ms (this thread's)


def timed(fn, items) -> tuple[list[float], list]:
    """Wall milliseconds of fn on each item (and, in CPU_MS, the thread's CPU milliseconds: on a
    shared, loaded machine wall time includes waiting for a core)."""
    ms, cpu, out = [], [], []
    for x in items:
        t, c = time.perf_counter(), time.thread_time()
        out.append(fn(x))
        ms.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    CPU_MS[id(ms)] = cpu
    return ms, out


def summary(ms: list[float]) -> dict:
    cpu = CPU_MS.get(id(ms), [])
    return {"p50_ms": pct(ms, 50), "p99_ms": pct(ms, 99), "max_ms": pct(ms, 100),
            "cpu_p50_ms": pct(cpu, 50) if cpu else None, "cpu_p99_ms": pct(cpu, 99) if cpu else None}


def answer_key(a) -> tuple:
    return (a.found, a.answer, a.quotes[0].text if a.quotes else "")


def e2e_child(n: int, n_questions: int, squad: Path, ann_dir: Path | None, exact_up_to: int,
              kind: str = "auto", ivf_nprobe: int | None = None, full_up_to: int = 100_000) -> dict:
    import bm25s
    import faiss

    from wenda.index import vectors as vector_index
    from wenda.index.answer import Answerer
    from wenda.index.backend import FaissBM25
    from wenda.index.evaluation import load_squad
    from wenda.index.lexicon import Lexicon
    from wenda.index.query import tokens
    from wenda.index.retrieve import Retriever
    from wenda.index.store import FORMAT_VERSION, Manifest, Store

    out: dict = {"n": n}
    rss0 = rss_mib()
    t = time.perf_counter()
    chunks, token_lists = synthetic_corpus(n, squad)
    out["corpus_s"] = round(time.perf_counter() - t, 1)
    sample = chunks[:: max(1, n // 500)]
    t = time.perf_counter()
    whole = [tokens(c.context()) for c in sample]
    out["tokens_ms_per_sentence"] = round((time.perf_counter() - t) * 1000 / len(sample), 2)
    out["tokens_equal_share"] = round(float(np.mean([w == token_lists[c.id] for w, c in zip(whole, sample)])), 4)
    t = time.perf_counter()
    bm25 = bm25s.BM25()
    bm25.index(token_lists, show_progress=False)
    out["bm25_build_s"] = round(time.perf_counter() - t, 1)
    del token_lists
    vectors = random_unit(n, seed=n)  # the vectors bench/fit_ann.py measured at this size
    kind = vector_index.kind_for(n) if kind == "auto" else kind
    saved = ann_dir / f"{kind}-{n}.faiss" if ann_dir else None
    t = time.perf_counter()
    if saved is not None and saved.exists():
        index = faiss.read_index(str(saved))
        out["dense_index"] = f"{kind}, loaded from {saved} (built by bench/fit_ann.py --save)"
    else:
        index = vector_index.build_index(vectors, kind)
        out["dense_index"] = f"{kind}, built here"
    if ivf_nprobe and isinstance(index, faiss.IndexIVF):  # a setting other than the fitted share
        vector_index.IVF_PROBE_SHARE = ivf_nprobe / index.nlist
    vector_index.configure(index)
    out["dense_settings"] = {"nprobe": index.nprobe, "nlist": index.nlist} if isinstance(index, faiss.IndexIVF) else (
        {"efSearch": index.hnsw.efSearch, "M": vector_index.HNSW_M} if isinstance(index, faiss.IndexHNSW) else {})
    out["dense_build_s"] = round(time.perf_counter() - t, 1)
    out["kind"] = kind
    backend = FaissBM25(index, vectors, bm25)
    manifest = Manifest(format=FORMAT_VERSION, model="stand-in", model_id="stand-in", dim=DIM, corpus_hash="",
                        corpus="synthetic", chunks=n, documents=len({c.doc for c in chunks}), build_seconds=0.0,
                        built_at="")
    store = Store(manifest, chunks, vectors, backend)
    encoder = StandInEncoder()
    answerer = Answerer(Retriever(store, encoder), Lexicon.empty())
    out["rss_mib"] = round(rss_mib() - rss0)
    out["rss_gib_per_million"] = round((rss_mib() - rss0) / 1024 / n * 1e6, 2)

    questions = [x["q"] for x in load_squad(squad)]
    random.Random(1).shuffle(questions)
    questions = questions[:n_questions]
    answerer.answer(questions[0])  # warm: jieba's tagger, the decision file
    if n <= full_up_to:  # the whole answer, the refusal's explanation included
        ms_full, _ = timed(answerer.answer, questions)
        out["answer_full"] = summary(ms_full)
    # The refusal's explanation (Answerer.why_not) checks every sentence of every other section when
    # a question names one (index/answer.py: linear in the corpus, ~1 minute a refusal at 1M): left
    # out here, so that what is timed is what grows with the corpus otherwise.
    answerer.why_not = lambda q, best: ("", [])
    ms_answer, answers = timed(answerer.answer, questions)
    analysed = [answerer.analyse(q) for q in questions]

    def allowed_of(q):
        if not q.sections:
            return None
        return np.asarray(sorted(i for s in q.sections for i in answerer.sections.ids[s]), dtype=np.int64)

    restricted = [allowed_of(q) for q in analysed]
    ms_search, _ = timed(lambda i: answerer.retriever.search(analysed[i].text, restricted[i], k=50),
                         range(len(questions)))
    qvecs = [encoder.encode_query([q.text]) for q in analysed]
    ms_dense, dense_ids = timed(lambda i: backend.dense(qvecs[i], None, 100)[0], range(len(questions)))
    out["questions"] = len(questions)
    out["restricted_to_a_section"] = sum(a is not None for a in restricted)
    out["answer"], out["search"], out["dense"] = summary(ms_answer), summary(ms_search), summary(ms_dense)
    out["load_average"] = round(os.getloadavg()[0], 1)
    out["slowest"] = [questions[i] for i in np.argsort(ms_answer)[-3:][::-1]]
    if n <= exact_up_to and kind != "flat":
        why_not = answerer.why_not
        del answerer
        t = time.perf_counter()
        flat = vector_index.build_index(vectors, "flat")
        exact_backend = FaissBM25(flat, vectors, bm25)
        exact = Answerer(Retriever(Store(manifest, chunks, vectors, exact_backend), encoder), Lexicon.empty())
        exact.why_not = why_not
        build = time.perf_counter() - t
        exact.answer(questions[0])
        ms_e, answers_e = timed(exact.answer, questions)
        ms_ed, ids_e = timed(lambda i: exact_backend.dense(qvecs[i], None, 100)[0], range(len(questions)))
        out["exact"] = {"build_s": round(build, 1), "answer": summary(ms_e), "dense": summary(ms_ed)}
        out["recall@10"] = recall(np.asarray([d[:K] for d in dense_ids]), np.asarray([d[:K] for d in ids_e]))
        out["answers_equal_share"] = round(float(np.mean([answer_key(a) == answer_key(b)
                                                          for a, b in zip(answers, answers_e)])), 4)
    return out


def render_e2e(rows: list[dict]) -> str:
    """CPU milliseconds of the answering thread (wall in brackets: on a loaded machine it is mostly waiting)."""
    lines = ["end to end: synthetic corpus of recombined CMRC dev sentences, random vectors, a stand-in query "
             "encoder (the model's ~10 ms query pass not included); CMRC dev questions; CPU ms (wall ms)",
             f"{'sentences':>10} {'index':>5} {'BM25 s':>7} {'dense s':>8} {'answer p50':>16} {'p99':>16} "
             f"{'search p50':>10} {'dense p50':>9} {'MiB':>6} | with why_not p50/p99 | exact: answer p50/p99, equal"]
    for r in rows:
        a, e, f = r["answer"], r.get("exact"), r.get("answer_full")
        full = f"{f['cpu_p50_ms']:.1f} / {f['cpu_p99_ms']:.1f}" if f else ""
        tail = (f"{e['answer']['cpu_p50_ms']:.1f} / {e['answer']['cpu_p99_ms']:.1f}, {r['answers_equal_share']:.0%}"
                if e else "")
        lines.append(f"{r['n']:>10,} {r['kind']:>5} {r['bm25_build_s']:>7.1f} {r['dense_build_s']:>8.1f} "
                     f"{a['cpu_p50_ms']:>7.1f} ({a['p50_ms']:>6.0f}) {a['cpu_p99_ms']:>7.1f} ({a['p99_ms']:>6.0f}) "
                     f"{r['search']['cpu_p50_ms']:>10.1f} {r['dense']['cpu_p50_ms']:>9.2f} {r['rss_mib']:>6} | "
                     f"{full} | {tail}")
    return "\n".join(lines)


def run_e2e(args) -> list[dict]:
    rows = []
    for n in args.sizes:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--e2e-child", str(n), "--questions", str(args.questions),
               "--squad", str(args.squad), "--exact-up-to", str(args.exact_up_to), "--kind", args.kind]
        if args.ivf_nprobe:
            cmd += ["--ivf-nprobe", str(args.ivf_nprobe)]
        if args.ann_dir:
            cmd += ["--ann-dir", str(args.ann_dir)]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"end-to-end child {n} failed ({out.returncode}):\n{out.stderr[-3000:]}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    p.add_argument("--sample", type=int, default=2000, help="recombined real sentences to embed (default 2000)")
    p.add_argument("--queries", type=int, default=200, help="queries per measurement (default 200)")
    p.add_argument("--squad", type=Path, default=CMRC, help="SQuAD-style JSON for the real sentences")
    p.add_argument("--vectors", type=Path, help="vectors.npy of a built index, instead of embedding --sample")
    p.add_argument("--no-real", action="store_true", help="skip the real-vector part")
    p.add_argument("--json", action="store_true")
    p.add_argument("--end-to-end", action="store_true", help="the answer path on a synthetic corpus (see above)")
    p.add_argument("--questions", type=int, default=200, help="questions per size, --end-to-end (default 200)")
    p.add_argument("--ann-dir", type=Path, help="indexes saved by bench/fit_ann.py --save, reused (--end-to-end)")
    p.add_argument("--exact-up-to", type=int, default=1_000_000,
                   help="also run exact search beside the ANN index up to this size (--end-to-end)")
    p.add_argument("--kind", default="auto", choices=["auto", "flat", "ivf", "hnsw"],
                   help="dense index (--end-to-end; default: what wenda builds for the size, index/data/ann.json)")
    p.add_argument("--ivf-nprobe", type=int, help="IVF lists scanned per query, instead of the fitted share")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    p.add_argument("--e2e-child", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.e2e_child:
        print(json.dumps(e2e_child(args.e2e_child, args.questions, args.squad, args.ann_dir, args.exact_up_to,
                                   args.kind, args.ivf_nprobe), ensure_ascii=False))
        return 0
    if args.end_to_end:
        t0 = time.time()
        rows = run_e2e(args)
        result = {"command": "python bench/bench_growth.py " + " ".join(argv if argv is not None else sys.argv[1:]),
                  "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(t0)),
                  "machine": f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end",
                  "minutes": round((time.time() - t0) / 60, 1), "sizes": rows}
        print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else render_e2e(rows))
        return 0
    if args.child:
        print(json.dumps(child_growth(args.child, args.queries)))
        return 0
    result = {"real": None if args.no_real else real_part(args),
              "growth": [run_child(n, args.queries) for n in args.sizes]}
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
