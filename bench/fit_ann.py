"""Fit the dense index's choice (index/data/ann.json): exact search up to a measured size, and
which approximate index above it, with its parameters.

    python bench/fit_ann.py                         # measure, print, and write index/data/ann.json
    python bench/fit_ann.py --sizes 100000 --no-write --json

What is measured, in one run, each size in a fresh process (so that RSS is the index's own):

* random L2-normalised 384-d vectors (the model's dimension) at --sizes (default 100k and 1M):
  exact (IndexFlatIP), IVF (IndexIVFFlat, ~sqrt(n) lists) and HNSW (IndexHNSWFlat, inner
  product): build seconds, single-query p50/p99 on one thread (as wenda searches), recall@10
  against exact search for each nprobe / efSearch tried, and RSS added by the index. Random
  vectors have no clusters: the hard case for recall; they are what timing is measured on.
* real vectors: --real (default: the vectors.npy of the CMRC 2018 dev index in the test cache,
  10,660 sentences embedded by the default model) with CMRC dev questions embedded by the model
  as queries: recall@10 of each setting against exact search on what the model makes.
* exact search at --exact-sizes (10k … 100k): its milliseconds per query grow linearly with n.

The fit: exact stays while its p50 (a linear fit over --exact-sizes) is within DENSE_BUDGET_MS;
above, each approximate kind takes the smallest nprobe / efSearch that reaches recall@10 ≥
RECALL on the real vectors; of those within DENSE_BUDGET_MS at the largest size the one built
fastest is chosen (else the fastest to search). Latencies are CPU milliseconds of the searching
thread (time.thread_time): on a shared, loaded machine wall time is mostly waiting for a core;
both are kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from bench_growth import random_unit, rss_mib  # the same vectors bench_growth's end-to-end run times
from bench_growth import recall as growth_recall

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "index" / "data" / "ann.json"
CMRC = ROOT.parent / "shared" / "benchmarks" / "cmrc2018" / "cmrc2018_dev.json"
REAL = Path(os.environ.get("WENDA_TEST_CACHE", "/work/cache")) / "idx-cmrc-dev-main" / "vectors.npy"
DIM = 384
K = 10
RECALL = 0.98  # recall@10 against exact search the approximate index must keep (issue 14, goal 4)
MARGIN = 0.01  # settings are fitted to RECALL + MARGIN on the real sample: larger corpora lose a little recall
DENSE_BUDGET_MS = 10.0  # p50 of one exact dense query that keeps exact search: the 25 ms end-to-end goal less BM25 and the answer step
NPROBES = (8, 16, 32, 64, 128)
EF_SEARCHES = (16, 32, 64, 128, 256)
HNSW_M = 32  # links per vector
HNSW_EF_CONSTRUCTION = 40  # FAISS's default


def exact_top(vectors: np.ndarray, queries: np.ndarray, k: int = K) -> np.ndarray:
    """The true top-k ids by brute force (blocks of vectors, all queries at once)."""
    best_s = np.full((len(queries), 0), -np.inf, dtype=np.float32)
    best_i = np.zeros((len(queries), 0), dtype=np.int64)
    for s in range(0, len(vectors), 200_000):
        sc = queries @ vectors[s:s + 200_000].T
        idx = np.argpartition(-sc, k - 1, axis=1)[:, :k]
        best_s = np.concatenate([best_s, np.take_along_axis(sc, idx, 1)], 1)
        best_i = np.concatenate([best_i, idx + s], 1)
        keep = np.argsort(-best_s, axis=1, kind="stable")[:, :k]
        best_s, best_i = np.take_along_axis(best_s, keep, 1), np.take_along_axis(best_i, keep, 1)
    return best_i


def recall(found: np.ndarray, truth: np.ndarray, k: int = K) -> float:
    return round(growth_recall(found, truth, k), 4)


def timed_search(index, queries: np.ndarray, params=None) -> tuple[dict, np.ndarray]:
    """Single-query searches on one thread: p50/p99 ms and the top-10 ids of each."""
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    ms, cpu, found = [], [], []
    try:
        for q in queries:
            t, c = time.perf_counter(), time.thread_time()
            _, ids = index.search(q.reshape(1, -1), K, params=params)
            ms.append((time.perf_counter() - t) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
            found.append(ids[0])
    finally:
        faiss.omp_set_num_threads(before)
    p = lambda xs, q: round(float(np.percentile(xs, q)), 3)  # noqa: E731
    return {"p50_ms": p(ms, 50), "p99_ms": p(ms, 99), "cpu_p50_ms": p(cpu, 50), "cpu_p99_ms": p(cpu, 99)}, \
        np.asarray(found)


def build(kind: str, vectors: np.ndarray):
    """The index measured: exact and IVF exactly as wenda builds them (index/vectors.py); HNSW with
    the links fitted here (HNSW_M), not the ones ann.json holds now."""
    import faiss

    from wenda.index.vectors import build_index

    if kind != "hnsw":
        return build_index(vectors, kind)
    index = faiss.IndexHNSWFlat(DIM, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.add(vectors)
    return index


def sweep(kind: str, index, queries: np.ndarray, truth: np.ndarray) -> dict:
    """Each search setting: its latency and recall@10 against `truth`."""
    import faiss

    out = {}
    if kind == "flat":
        t, found = timed_search(index, queries)
        return {"exact": {**t, "recall@10": recall(found, truth)}}
    for value in (NPROBES if kind == "ivf" else EF_SEARCHES):
        if kind == "ivf":
            params = faiss.SearchParametersIVF(nprobe=min(value, index.nlist))
        else:
            params = faiss.SearchParametersHNSW(efSearch=value)
        t, found = timed_search(index, queries, params)
        out[str(value)] = {**t, "recall@10": recall(found, truth)}
    return out


def measure(kind: str, vectors: np.ndarray, queries: np.ndarray, truth: np.ndarray, save: Path | None = None) -> dict:
    import faiss

    faiss.omp_set_num_threads(os.cpu_count() or 1)
    base = rss_mib()
    t = time.perf_counter()
    index = build(kind, vectors)
    row = {"build_s": round(time.perf_counter() - t, 2), "index_rss_mib": round(rss_mib() - base)}
    row["settings"] = sweep(kind, index, queries, truth)
    if save is not None and kind != "flat":  # for bench_growth.py --end-to-end --ann-dir: the same index, not built twice
        save.mkdir(parents=True, exist_ok=True)
        faiss.write_index(index, str(save / f"{kind}-{len(vectors)}.faiss"))
    return row


def child(n: int, kinds: list[str], n_queries: int, save: Path | None = None) -> dict:
    vectors = random_unit(n, seed=n)
    queries = random_unit(n_queries, seed=1)
    truth = exact_top(vectors, queries)
    return {"n": n, **{kind: measure(kind, vectors, queries, truth, save) for kind in kinds}}


def real_part(path: Path, n_queries: int) -> dict:
    """Recall of every setting on the model's own vectors (CMRC dev sentences, questions as queries)."""
    from wenda.bot.config import Config
    from wenda.index.embed.load import load_encoder
    from wenda.index.evaluation import load_squad

    vectors = np.ascontiguousarray(np.load(path), dtype=np.float32)
    encoder = load_encoder(Config.from_env(os.environ).engine, progress=False)
    questions = [x["q"] for x in load_squad(CMRC)][:: max(1, len(load_squad(CMRC)) // n_queries)][:n_queries]
    queries = np.ascontiguousarray(encoder.encode_query(questions), dtype=np.float32)
    truth = exact_top(vectors, queries)
    return {"n": len(vectors), "source": f"{path} ({len(vectors):,} CMRC 2018 dev sentences, the default model); "
                                          f"{len(questions)} CMRC dev questions as queries",
            **{kind: measure(kind, vectors, queries, truth) for kind in ("ivf", "hnsw")}}


MISSING: list[str] = []  # measurements --cached-only left out


def run_child(args: list[str], results: Path, name: str, cached_only: bool = False) -> dict:
    """One measurement in a fresh process, kept as results/NAME.json: a later run reuses it (so a
    long one, such as HNSW at 1M, can run on its own and join the fit)."""
    kept = results / f"{name}.json"
    if kept.exists():
        return json.loads(kept.read_text(encoding="utf-8"))
    if cached_only:
        MISSING.append(name)
        return {}
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"fit_ann child {args} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    results.mkdir(parents=True, exist_ok=True)
    kept.write_text(json.dumps(result), encoding="utf-8")
    print(f"{name}: {json.dumps(result)[:300]}", file=sys.stderr, flush=True)
    return result


def exact_ms_per_million(rows: list[dict]) -> float:
    """Least-squares slope through the origin of exact p50 against n, in ms per million vectors."""
    n = np.asarray([r["n"] for r in rows], dtype=float) / 1e6
    ms = np.asarray([r["flat"]["settings"]["exact"]["cpu_p50_ms"] for r in rows])
    return float((n @ ms) / (n @ n))


def smallest_setting(settings: dict) -> str | None:
    ok = [v for v, s in settings.items() if s["recall@10"] >= RECALL + MARGIN]
    return min(ok, key=int) if ok else None


def fit(result: dict) -> dict:
    """The numbers for ann.json (see the module doc). IVF's setting is a share of its lists: the
    real sample has ~sqrt(10k) lists, a million sentences ~sqrt(1M); the same share keeps recall."""
    slope = exact_ms_per_million([r for r in result["exact"] if "flat" in r])
    limit = int(DENSE_BUDGET_MS / slope * 1e6) // 10_000 * 10_000
    choices = {}
    for kind in ("ivf", "hnsw"):
        setting = smallest_setting(result["real"][kind]["settings"])
        measured = [g for g in result["growth"] if kind in g]
        if setting is None or not measured:
            continue
        largest = max(measured, key=lambda g: g["n"])
        if kind == "ivf":
            from wenda.index.vectors import ivf_lists

            share = round(int(setting) / ivf_lists(result["real"]["n"]), 3)
            setting = str(min(ivf_lists(largest["n"]), max(1, round(share * ivf_lists(largest["n"])))))
        tried = largest[kind]["settings"]
        near = min((v for v in tried if int(v) >= int(setting)), key=int, default=max(tried, key=int))
        choices[kind] = (setting, tried[near]["cpu_p50_ms"], largest[kind]["build_s"], largest["n"], near)
    if not choices:
        raise SystemExit(f"no approximate setting reaches recall@10 {RECALL} on the real vectors")
    fast = [k for k in choices if choices[k][1] <= DENSE_BUDGET_MS]
    kind = min(fast, key=lambda k: choices[k][2]) if fast else min(choices, key=lambda k: choices[k][1])
    ivf = smallest_setting(result["real"]["ivf"]["settings"])
    hnsw = smallest_setting(result["real"]["hnsw"]["settings"])
    from wenda.index.vectors import ivf_lists

    return {
        "exact_limit": limit,
        "kind": kind,
        "ivf_probe_share": round(int(ivf) / ivf_lists(result["real"]["n"]), 3) if ivf else None,
        "hnsw_m": HNSW_M,
        "ef_construction": HNSW_EF_CONSTRUCTION,
        "ef_search": int(hnsw) if hnsw else None,
        "why": {
            "exact_ms_per_million": round(slope, 1),
            "dense_budget_ms": DENSE_BUDGET_MS,
            "recall_goal": RECALL,
            "candidates": {k: {"setting": v[0], "at": v[3], "cpu_p50_ms": v[1], "of_setting": v[4], "build_s": v[2]}
                           for k, v in choices.items()},
            "not_measured": MISSING,
        },
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--exact-sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--real", type=Path, default=REAL, help="vectors.npy of a built index (real sentence vectors)")
    p.add_argument("--no-write", action="store_true", help="print only; leave index/data/ann.json alone")
    p.add_argument("--json", action="store_true")
    p.add_argument("--results", type=Path, default=Path("/tmp/wenda-fit-ann"),
                   help="each measurement's JSON is kept here and reused by later runs (default /tmp/wenda-fit-ann)")
    p.add_argument("--only", nargs="+", choices=["flat", "ivf", "hnsw"],
                   help="measure only these kinds at --sizes (and nothing else); no fit")
    p.add_argument("--cached-only", action="store_true",
                   help="fit from the kept measurements only; those missing are listed as not measured")
    p.add_argument("--save", type=Path, help="write each approximate index built on random vectors here (KIND-N.faiss)")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    p.add_argument("--kinds", nargs="+", default=["flat", "ivf", "hnsw"], help=argparse.SUPPRESS)
    p.add_argument("--real-child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.child:
        print(json.dumps(child(args.child, args.kinds, args.queries, args.save)))
        return 0
    if args.real_child:
        print(json.dumps(real_part(args.real, args.queries)))
        return 0
    t0 = time.time()
    q = ["--queries", str(args.queries)]
    save = ["--save", str(args.save)] if args.save else []

    def at(n: int, kinds) -> dict:
        row = {"n": n}
        for kind in kinds:
            row.update(run_child(["--child", str(n), "--kinds", kind, *q, *save], args.results,
                                 f"{kind}-{n}-q{args.queries}", args.cached_only))
        return row

    if args.only:
        print(json.dumps([at(n, args.only) for n in args.sizes], indent=1))
        return 0
    result = {
        "real": run_child(["--real-child", "--real", str(args.real), *q], args.results, f"real-q{args.queries}"),
        "exact": [at(n, ["flat"]) for n in args.exact_sizes],
        "growth": [at(n, ["flat", "ivf", "hnsw"]) for n in args.sizes],
    }
    chosen = fit(result)
    chosen["measured"] = {
        "command": "python bench/fit_ann.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "date": time.strftime("%Y-%m-%d", time.gmtime(t0)),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared, loaded: load average "
                   f"{os.getloadavg()[0]:.1f}), {platform.python_version()}",
        "queries": args.queries,
        "data": "random L2-normalised 384-d vectors at " + ", ".join(f"{n:,}" for n in args.sizes)
                + " (timing, RSS); " + result["real"]["source"] + " (recall)",
        "minutes": round((time.time() - t0) / 60, 1),
    }
    chosen["results"] = result
    print(json.dumps(chosen, indent=1, ensure_ascii=False) if args.json else json.dumps(
        {k: v for k, v in chosen.items() if k != "results"}, indent=1, ensure_ascii=False))
    if not args.no_write:
        OUT.write_text(json.dumps(chosen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
