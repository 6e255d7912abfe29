"""Fuzz the engine at length: 10,000 hostile or odd questions, the same strategies and checks as
tests/test_fuzz.py (which runs a few hundred in CI). Prints throughput, latency percentiles, the
slowest inputs and any failed check; exits 1 if a check failed.

    python bench/bench_fuzz.py                    # 10,000 inputs on the bundled article
    python bench/bench_fuzz.py --examples 2000 --seed 7 --json

Every input is checked (well-formed Answer, verbatim quotes, valid Telegram HTML, < 5 s); a
failing input is recorded and the run goes on. The ~20,000-character inputs of the test suite are
asked too. Uses WENDA_CACHE_DIR / WENDA_MODEL like the CLI.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=10_000, help="how many generated inputs (default 10,000)")
    ap.add_argument("--seed", type=int, default=0, help="hypothesis seed (default 0)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)

    from hypothesis import HealthCheck, Phase, given, seed, settings

    from wenda.index.engine import Engine
    from test_fuzz import Corpus, check_answer, long_inputs, question_strategies

    t_open = time.perf_counter()
    engine = Engine.open(progress=False)
    engine.ask("崔桥镇设了多少卡点")  # warm up
    open_s = time.perf_counter() - t_open
    corpus = Corpus(engine)
    families = question_strategies()
    rows: list[tuple[str, str, float]] = []
    failures: list[dict] = []

    def one(family: str, q: str) -> None:
        try:
            _, seconds = check_answer(engine, corpus, q)
        except Exception as e:  # record it and go on: the report lists every failure
            failures.append({"family": family, "question": q[:200], "length": len(q),
                             "error": f"{type(e).__name__}: {str(e)[:300]}"})
            return
        rows.append((family, q, seconds))
        if len(rows) % 1000 == 0:
            print(f"  … {len(rows)} inputs", file=sys.stderr, flush=True)

    def run_family(name: str, count: int) -> None:
        @seed(args.seed)
        @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(families[name])
        def run(q: str) -> None:
            one(name, q)

        run()

    t0 = time.perf_counter()
    # The families take turns, so each gets its share (a family that runs out, like "empty",
    # leaves its share to the others).
    left, todo = args.examples, sorted(families)
    while left > 0 and todo:
        share = max(1, left // len(todo))
        name = todo.pop(0)
        before = len(rows) + len(failures)
        run_family(name, share)
        left -= len(rows) + len(failures) - before
    for name, q in long_inputs().items():
        one(f"long:{name}", q)
    wall = time.perf_counter() - t0

    times = sorted(s for _, _, s in rows)
    n = len(rows) + len(failures)

    def pct(p: float) -> float:
        return times[min(len(times) - 1, int(p * len(times)))] if times else 0.0

    slowest = sorted(rows, key=lambda r: -r[2])[:5]
    by_family: dict[str, list[float]] = {}
    for fam, _, s in rows:
        by_family.setdefault(fam.split(":")[0], []).append(s)
    summary = {
        "inputs": n, "checked_ok": len(rows), "failed": len(failures), "engine_open_s": round(open_s, 2),
        "wall_s": round(wall, 1), "inputs_per_s": round(n / wall, 1) if wall else None,
        "latency_ms": {"p50": round(pct(0.50) * 1000, 1), "p99": round(pct(0.99) * 1000, 1),
                       "max": round((times[-1] if times else 0) * 1000, 1)},
        "slowest": [{"family": f, "length": len(q), "ms": round(s * 1000, 1), "question": q[:60]}
                    for f, q, s in slowest],
        "families": {f: {"inputs": len(v), "mean_ms": round(statistics.fmean(v) * 1000, 1),
                         "max_ms": round(max(v) * 1000, 1)} for f, v in sorted(by_family.items())},
        "failures": failures[:20],
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        print(f"inputs fuzzed: {n} ({len(rows)} passed every check, {len(failures)} failed) in {wall:.1f} s "
              f"→ {summary['inputs_per_s']} inputs/s (engine open {open_s:.1f} s)")
        lat = summary["latency_ms"]
        print(f"latency: p50 {lat['p50']} ms · p99 {lat['p99']} ms · max {lat['max']} ms")
        print("slowest inputs:")
        for r in summary["slowest"]:
            print(f"  {r['ms']:8.1f} ms  {r['family']:<28} {r['length']:>6} chars  {r['question']!r}")
        print("per family (inputs · mean · max ms):")
        for f, v in summary["families"].items():
            print(f"  {f:<16} {v['inputs']:>6} · {v['mean_ms']:7.1f} · {v['max_ms']:8.1f}")
        for fail in failures[:20]:
            print(f"FAILED [{fail['family']}] {fail['question'][:80]!r}: {fail['error']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
