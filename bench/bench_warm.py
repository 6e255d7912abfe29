"""Warm per-question time of the engine, and its floor (the query's own model pass), in one process.

    python bench/bench_warm.py --squad cmrc2018_dev.json --limit 300 [--answers OUT.jsonl] [--json]
    python bench/bench_warm.py --questions tests/data/article_questions.jsonl

The engine is opened (index cached) and warmed on the first --warmup questions; then every
question is asked once, timed in CPU seconds of the process (time.process_time) and wall
seconds; then the query's model pass alone (encoder.encode_query of the same question), the
floor of a question's time. Prints p50 / p99 / max of each. --answers writes each answer
(Answer.to_json without its time) a line, to compare two versions of wenda question by question.

Runs on any version of wenda (it reads stored part-of-speech tags where the version keeps them,
index/segments.use_tags, after tagging an index built before they were kept: segments.add_tags;
--no-tags leaves them unread), so two checkouts can be compared in one
session: `/path/to/other/.venv/bin/python bench/bench_warm.py ...`.
Uses WENDA_CACHE_DIR / WENDA_MODEL like the CLI.
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
DEFAULT_QUESTIONS = ROOT / "tests" / "data" / "article_questions.jsonl"


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def summary(cpu: list[float], wall: list[float]) -> dict:
    ms = lambda xs, p: round(1000 * percentile(xs, p), 2)  # noqa: E731
    return {"cpu_p50_ms": ms(cpu, 50), "cpu_p99_ms": ms(cpu, 99), "cpu_max_ms": ms(cpu, 100),
            "wall_p50_ms": ms(wall, 50), "wall_p99_ms": ms(wall, 99), "wall_max_ms": ms(wall, 100),
            "wall_mean_ms": round(1000 * statistics.fmean(wall), 2)}


def timed(fn, items) -> tuple[list, list[float], list[float]]:
    out, cpu, wall = [], [], []
    for x in items:
        c0, w0 = time.process_time(), time.perf_counter()
        out.append(fn(x))
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return out, cpu, wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--squad", type=Path, help="SQuAD-style file: its passages are the corpus, its questions asked")
    src.add_argument("--questions", type=Path, help=f"questions JSONL over the default corpus ({DEFAULT_QUESTIONS.name})")
    ap.add_argument("--limit", type=int, default=300, help="questions asked (the file's first; default 300)")
    ap.add_argument("--warmup", type=int, default=20, help="questions asked first, untimed (default 20)")
    ap.add_argument("--no-tags", action="store_true", help="do not read stored part-of-speech tags")
    ap.add_argument("--answers", type=Path, help="write every answer here, one JSON a line")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args(argv)

    from wenda.bot.config import Config
    from wenda.index.engine import Engine
    from wenda.index.evaluation import load_questions, load_squad

    if args.limit <= 0 or args.warmup < 0:
        print("bench_warm: --limit must be positive and --warmup not negative", file=sys.stderr)
        return 2
    path = args.squad or args.questions or DEFAULT_QUESTIONS
    items = load_squad(path) if args.squad else load_questions(path)
    questions = [x["q"] for x in items][: args.limit]
    config = Config.from_env(os.environ).engine
    config = config.with_paths(args.squad) if args.squad else config
    engine = Engine.open(config, progress=False)
    tags = "not kept by this version"
    try:
        from wenda.index.segments import add_tags, use_tags
    except ImportError:
        use_tags = None
    if use_tags is not None:
        tags = "not read (--no-tags)"
        if not args.no_tags:
            add_tags(engine.index_dir, engine.store.manifest)  # an index built before tags were kept
            use_tags(engine.index_dir, engine.store.manifest)
            tags = "read"
    for q in questions[: args.warmup]:
        engine.ask(q)
    answers, cpu, wall = timed(engine.ask, questions)
    _, fcpu, fwall = timed(lambda q: engine.encoder.encode_query([q]), questions)
    report = {"file": str(path), "questions": len(questions), "sentences": len(engine.chunks), "tags": tags,
              "found": sum(a.found for a in answers), "ask": summary(cpu, wall),
              "floor (encode_query)": summary(fcpu, fwall), "load": os.getloadavg()[0]}
    if args.answers:
        with open(args.answers, "w", encoding="utf-8") as f:
            for a in answers:
                row = a.to_json()
                row.pop("ms", None)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"{report['file']}: {report['questions']} questions over {report['sentences']} sentences, "
              f"tags {tags}, {report['found']} answered, load {report['load']:.1f}")
        for name in ("ask", "floor (encode_query)"):
            s = report[name]
            print(f"  {name:22} CPU p50 {s['cpu_p50_ms']:7.2f} p99 {s['cpu_p99_ms']:7.2f} max {s['cpu_max_ms']:7.2f} ms"
                  f" | wall p50 {s['wall_p50_ms']:7.2f} p99 {s['wall_p99_ms']:7.2f} max {s['wall_max_ms']:7.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
