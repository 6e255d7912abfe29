"""Regenerate bench/RESULTS.md: wenda against plain BM25 and plain dense retrieval, plus speed and memory.

    python bench/results.py                  # run what is missing, reuse saved runs, write bench/RESULTS.md
    python bench/results.py --rerun          # run everything again
    python bench/results.py --limit 200      # quick: the first 200 questions of each set
    python bench/results.py --squad /work/shared/benchmarks/cmrc2018/cmrc2018_trial.json  # another set

Each evaluation is `wenda eval … --baseline bm25 --baseline dense --json` in its own process
(so each peak RSS is its own), saved as JSON under --json-dir (default: WENDA_CACHE_DIR/bench,
or the user's cache) and reused by later runs unless --rerun. The speed section comes from
bench/bench_engine.py --json. CMRC 2018 dev takes a while on 2 cores (the first run indexes
~10.7k sentences); `--skip-missing` renders only what is already saved.

Runs against the installed package (`pip install -e ".[bench]"`), like every bench script.
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

from wenda.bot.config import Config, ConfigError
from wenda.bot.evaluate import fmt, table

ROOT = Path(__file__).resolve().parent.parent

SHARED = Path(os.environ.get("WENDA_SHARED", "/work/shared"))
ARTICLE = SHARED / "eval" / "article_questions.jsonl"
CMRC_DEV = SHARED / "benchmarks" / "cmrc2018" / "cmrc2018_dev.json"


def default_json_dir() -> Path:
    """WENDA_CACHE_DIR/bench (or the user's cache), as the CLI reads the environment."""
    try:
        return Config.from_env(os.environ).engine.cache_dir / "bench"
    except ConfigError as e:
        raise SystemExit(f"bench/results.py: {e}") from e


def _key(kind: str, path: Path, limit: int | None) -> str:
    return f"{kind}-{path.stem}" + (f"-limit{limit}" if limit else "")


def run_json(cmd: list[str], out: Path, rerun: bool, skip_missing: bool) -> dict | None:
    if out.exists() and not rerun:
        return json.loads(out.read_text(encoding="utf-8"))
    if skip_missing:
        return None
    print(f"running: {' '.join(cmd)}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    data = json.loads(proc.stdout)
    data["wall_seconds"] = round(time.perf_counter() - t0, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return data


def eval_cmd(kind: str, path: Path, limit: int | None) -> list[str]:
    cmd = [sys.executable, "-m", "wenda", "eval"]
    cmd += ["--squad", str(path)] if kind == "squad" else [str(path)]
    cmd += ["--baseline", "bm25", "--baseline", "dense", "--json"]
    if limit:
        cmd += ["--limit", str(limit)]
    return cmd


def md_table(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join([" --- "] + [" ---: "] * (len(head) - 1)) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines)


def eval_section(title: str, report: dict, command: str) -> str:
    idx = report["index"]
    n = report["questions"]
    w = report["systems"]["wenda"]
    if report["kind"] == "squad":
        what = (f"{n} questions (of {report['questions_in_file']}), each asked against all "
                f"{idx['documents']} passages pooled ({idx['sentences']} sentences)")
    else:
        what = f"{n} questions: {w['answerable']} answerable, {w['unanswerable']} unanswerable"
    return "\n".join([
        f"### {title}",
        "",
        f"{what}. Index build {idx['build_seconds']:.1f} s; peak RSS of the run "
        f"{report['peak_rss_mib']:.0f} MiB (engine + both baselines in one process"
        + ("; the index was built in this run, so indexing counts too)." if idx["built_now"] else ", index cached)."),
        "",
        md_table(table(report)),
        "",
        f"`{command}`",
        "",
    ])


def bench_section(b: dict) -> str:
    c = b["cli_cold_start"]
    w, s = b["systems"]["wenda"], b["systems"]["bm25"]
    rows = [["in one fresh process", "wenda", "bm25-only"]]
    for label, fn in [
        ("import + open index (s)", lambda x: f"{x['open_s']:.2f}"),
        ("… + first answer (s)", lambda x: f"{x['first_answer_s']:.2f}"),
        (f"answers per second ({w['asks']} asks)", lambda x: f"{x['answers_per_s']:.1f}"),
        ("latency p50", lambda x: fmt("p50_ms", x["latency"]["p50_ms"])),
        ("latency p95", lambda x: fmt("p95_ms", x["latency"]["p95_ms"])),
        ("latency p99", lambda x: fmt("p99_ms", x["latency"]["p99_ms"])),
        ("peak RSS", lambda x: f"{x['peak_rss_mib']:.0f} MiB"),
    ]:
        rows.append([label, fn(w), fn(s)])
    return "\n".join([
        "### Start-up, throughput, memory (bundled article)",
        "",
        f"Cold start to the first answer as a user meets it — `wenda ask QUESTION` in a fresh process, "
        f"index cached: median **{c['median_s']:.2f} s** over {c['runs']} runs "
        f"(min {c['min_s']:.2f}, max {c['max_s']:.2f}), peak RSS {c['peak_rss_mib']:.0f} MiB.",
        "",
        md_table(rows),
        "",
        "bm25-only: the same stored sentences and BM25 index, no model, top-3 sentences per question, "
        "no answer extraction.",
        "",
        "`python bench/bench_engine.py`",
        "",
    ])


def render(reports: list[tuple[str, dict, str]], bench: dict | None) -> str:
    any_report = next((r for _, r, _ in reports), None)
    model = any_report["index"]["model"] if any_report else "?"
    parts = [
        "## Results",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} CPU cores ({platform.machine()}, no GPU), "
        f"model `{model}`. Regenerate with `python bench/results.py` (saved runs are reused; `--rerun` to redo).",
        "",
        "Columns: **wenda** (hybrid retrieval, re-scoring, answer extraction, refusal), **bm25** (plain BM25 "
        "over the same sentences, jieba tokens), **dense** (plain FAISS inner product over the same "
        "sentence vectors, query embedded with the same model). Baselines only rank sentences, so answer "
        "and refusal metrics are — for them. Latency is per question, warm (one untimed warm-up question "
        "first). The machine is shared with other jobs while these run: read build times and latencies as "
        "upper bounds.",
        "",
    ]
    for title, report, command in reports:
        parts.append(eval_section(title, report, command))
    if bench:
        parts.append(bench_section(bench))
    parts += [
        "Metric definitions (index/evaluation/): *answer accuracy* — found and a gold answer string in the "
        "answer; *answer + key in quote 1* — that, and the gold source sentence's key phrase in the first "
        "quote; *refusal accuracy* — unanswerable questions answered with found=False; *quote hit@k* — a key "
        "phrase in one of the first k quotes; *MRR@10* — over engine.quotes(q, 10). SQuAD-style sets: "
        "*answer in quote@k* — a gold answer text inside one of the first k quoted sentences; *passage "
        "hit@k* — one of them comes from the question's own paragraph; *gold answer in answer* — found and a "
        "gold answer text inside the extracted answer. Text is compared after NFKC, lower-casing and "
        "removing whitespace.",
        "",
    ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--article", type=Path, default=ARTICLE, help=f"questions file (default {ARTICLE})")
    p.add_argument("--squad", type=Path, action="append",
                   help=f"SQuAD-style file, repeatable (default {CMRC_DEV})")
    p.add_argument("--limit", type=int, help="only the first N questions of each set")
    p.add_argument("--json-dir", type=Path, help="where runs are saved and reused (default: WENDA_CACHE_DIR/bench)")
    p.add_argument("--rerun", action="store_true", help="run every evaluation again")
    p.add_argument("--skip-missing", action="store_true", help="only render runs already saved")
    p.add_argument("--no-bench", action="store_true", help="leave out bench/bench_engine.py")
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = p.parse_args(argv)
    json_dir = args.json_dir or default_json_dir()
    squads = args.squad or [CMRC_DEV]

    reports = []
    sets = [("questions", args.article)] + [("squad", s) for s in squads]
    for kind, path in sets:
        if not path.exists():
            print(f"skipping {path}: not found", file=sys.stderr)
            continue
        cmd = eval_cmd(kind, path, args.limit)
        report = run_json(cmd, json_dir / f"{_key(kind, path, args.limit)}.json", args.rerun, args.skip_missing)
        if report is None:
            print(f"skipping {path}: no saved run in {json_dir}", file=sys.stderr)
            continue
        shown = "wenda " + " ".join(cmd[cmd.index("eval"):])
        title = "Article questions" if kind == "questions" else f"{path.stem} (SQuAD-style, pooled)"
        if path.stem.startswith("cmrc2018_"):
            title = f"CMRC 2018 {path.stem.split('_', 1)[1]} (pooled passages)"
        reports.append((title, report, shown.replace(str(SHARED), "shared")))
    bench = None
    if not args.no_bench:
        bench = run_json([sys.executable, str(ROOT / "bench" / "bench_engine.py"), "--json"],
                         json_dir / "bench_engine.json", args.rerun, args.skip_missing)
    text = render(reports, bench)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    print(f"\nwrote {args.out} (runs saved in {json_dir})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
