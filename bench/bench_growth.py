"""How dense search grows with the corpus: exact (FAISS flat) beside IVF, 10k → 100k → 1M sentences.

    python bench/bench_growth.py                          # 10k, 100k, 1M; a 2,000-sentence real sample
    python bench/bench_growth.py --sizes 10000 100000 --sample 1000 --json
    python bench/bench_growth.py --vectors INDEX/vectors.npy --queries 300

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
    from wenda.index.vectors import EXACT_LIMIT, IVF_NPROBE

    lines = [f"IVF ~sqrt(n) lists, nprobe={IVF_NPROBE}; wenda switches to it above {EXACT_LIMIT:,} sentences",
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    p.add_argument("--sample", type=int, default=2000, help="recombined real sentences to embed (default 2000)")
    p.add_argument("--queries", type=int, default=200, help="queries per measurement (default 200)")
    p.add_argument("--squad", type=Path, default=CMRC, help="SQuAD-style JSON for the real sentences")
    p.add_argument("--vectors", type=Path, help="vectors.npy of a built index, instead of embedding --sample")
    p.add_argument("--no-real", action="store_true", help="skip the real-vector part")
    p.add_argument("--json", action="store_true")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.child:
        print(json.dumps(child_growth(args.child, args.queries)))
        return 0
    result = {"real": None if args.no_real else real_part(args),
              "growth": [run_child(n, args.queries) for n in args.sizes]}
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
