"""Fuzz the engine at length: tests/index/test_fuzz.py run with 10,000 generated questions instead
of the few hundred of CI — the same strategies, the same checks, the same ~20,000-character inputs.
Prints throughput, latency per family, the slowest inputs, and on a failed check pytest's report
of the (shrunk) failing input; exits with pytest's code (0: every input passed).

    python bench/bench_fuzz.py                    # 10,000 inputs on the bundled article
    python bench/bench_fuzz.py --examples 2000 --seed 7 --json

It runs `python -m pytest tests/index/test_fuzz.py` in a subprocess with WENDA_FUZZ_EXAMPLES (the
count) and WENDA_FUZZ_LOG (a file where the test writes one line per checked input), and reports
from that file. The model cache is WENDA_TEST_CACHE when set, else the CLI's (WENDA_CACHE_DIR or the
user's cache), so a converted model is reused. Needs the test extra: pip install -e ".[test,bench]".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wenda.bot.config import Config, ConfigError
from wenda.index.evaluation.metrics import mean, percentile

ROOT = Path(__file__).resolve().parent.parent
TEST = ROOT / "tests" / "index" / "test_fuzz.py"


def positive(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {text!r}")
    return int(text)


def run_pytest(examples: int, seed: int, log: Path, env: dict[str, str]) -> tuple[int, str, float]:
    """pytest's exit code, its output and the wall seconds of the run."""
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(TEST),
           f"--hypothesis-seed={seed}"]
    env = {**env, "WENDA_FUZZ_EXAMPLES": str(examples), "WENDA_FUZZ_LOG": str(log)}
    print(f"running: {' '.join(cmd)} (WENDA_FUZZ_EXAMPLES={examples})", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, check=False)
    return proc.returncode, proc.stdout, time.perf_counter() - t0


def read_log(log: Path) -> list[dict]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


def summarise(rows: list[dict], code: int, wall: float) -> dict:
    """The report: counts, throughput while fuzzing, latency overall and per family, the slowest inputs."""
    ms = [r["seconds"] * 1000 for r in rows]
    span = rows[-1]["t"] - rows[0]["t"] if len(rows) > 1 else 0.0
    families: dict[str, list[float]] = {}
    for r in rows:
        families.setdefault(r["family"].split(":")[0], []).append(r["seconds"] * 1000)

    def ms1(v: float | None) -> float | None:
        return None if v is None else round(v, 1)

    return {
        "passed": code == 0,
        "pytest_exit_code": code,
        "inputs_checked": len(rows),
        "wall_s": round(wall, 1),
        "inputs_per_s": round(len(rows) / span, 1) if span > 0 else None,
        "latency_ms": {"p50": ms1(percentile(ms, 50)), "p99": ms1(percentile(ms, 99)), "max": ms1(max(ms, default=None))},
        "slowest": [{"family": r["family"], "length": r["length"], "ms": round(r["seconds"] * 1000, 1),
                     "question": r["question"]} for r in sorted(rows, key=lambda r: -r["seconds"])[:5]],
        "families": {f: {"inputs": len(v), "mean_ms": ms1(mean(v)), "max_ms": ms1(max(v))}
                     for f, v in sorted(families.items())},
    }


def render(summary: dict, output: str) -> str:
    rate = summary["inputs_per_s"]
    lines = [f"inputs checked: {summary['inputs_checked']} in {summary['wall_s']:.1f} s of pytest "
             f"(engine start included) → {'—' if rate is None else rate} inputs/s while fuzzing"]
    lat = summary["latency_ms"]
    lines.append(f"latency: p50 {lat['p50']} ms · p99 {lat['p99']} ms · max {lat['max']} ms")
    lines.append("slowest inputs:")
    for r in summary["slowest"]:
        lines.append(f"  {r['ms']:8.1f} ms  {r['family']:<28} {r['length']:>6} chars  {r['question']!r}")
    lines.append("per family (inputs · mean · max ms):")
    for f, v in summary["families"].items():
        lines.append(f"  {f:<16} {v['inputs']:>6} · {v['mean_ms']:7.1f} · {v['max_ms']:8.1f}")
    if summary["passed"]:
        lines.append("every input passed every check")
    else:
        lines += [f"FAILED (pytest exit code {summary['pytest_exit_code']}); pytest's report:", output[-6000:]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=positive, default=10_000, help="how many generated inputs (default 10,000)")
    ap.add_argument("--seed", type=int, default=0, help="hypothesis seed (default 0)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    if not env.get("WENDA_TEST_CACHE"):
        try:
            env["WENDA_TEST_CACHE"] = str(Config.from_env(os.environ).engine.cache_dir)
        except ConfigError as e:
            print(f"bench_fuzz: {e}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="wenda-fuzz-") as tmp:
        log = Path(tmp) / "inputs.jsonl"
        code, output, wall = run_pytest(args.examples, args.seed, log, env)
        rows = read_log(log)
    summary = summarise(rows, code, wall)
    if args.json:
        print(json.dumps({**summary, "pytest_output_tail": None if code == 0 else output[-6000:]},
                         ensure_ascii=False, indent=1))
    else:
        print(render(summary, output))
    return code


if __name__ == "__main__":
    sys.exit(main())
