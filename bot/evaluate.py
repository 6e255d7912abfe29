"""`wenda eval`: run the evaluators of index/evaluation on the engine and the plain baselines, print a table.

    wenda eval QUESTIONS.jsonl [--baseline bm25] [--baseline dense] [--limit N] [--json]
    wenda eval --squad FILE.json [--baseline bm25] [--baseline dense] [--limit N] [--json]

A --squad run also asks every question with its own passage left out of the pool (SQuAD 2.0
style: the right reply is a refusal) unless args.removed is False. The baseline "rules" (when
the command line offers it: args.baseline) is the engine with the hand-set answer rule instead
of the fitted decision (index/decide.py).

Only glue and printing live here; every metric is computed in index/evaluation/.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from wenda.bot.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from wenda.index.config import EngineConfig
from wenda.index.evaluation import (MRR_DEPTH, SQUAD_DEPTH, EvalDataError, QuestionsEvaluator, SquadEvaluator,
                                    load_questions, load_squad, peak_rss_mib)
from wenda.index.evaluation.baselines import baseline
from wenda.index.evaluation.removed import without_passage

SYSTEMS = ("wenda", "rules", "bm25", "dense")
PROGRESS_EVERY = 250  # questions between progress lines on stderr (long SQuAD runs)

# (metric key, label) rows of the side-by-side table, per kind of data
QUESTION_ROWS = [
    ("answer_accuracy", "answer accuracy (answerable)"),
    ("strict_accuracy", "answer + key in quote 1"),
    ("refusal_accuracy", "refusal accuracy (unanswerable)"),
    ("overall_accuracy", "overall correct (all questions)"),
    ("found_rate", "found rate"),
    ("quote_hit@1", "quote hit@1"),
    ("quote_hit@3", "quote hit@3"),
    (f"mrr@{MRR_DEPTH}", f"MRR@{MRR_DEPTH} (first quote with a key)"),
]
SQUAD_ROWS = [
    ("answer_in_quote@1", "answer in quote@1"),
    (f"answer_in_quote@{SQUAD_DEPTH}", f"answer in quote@{SQUAD_DEPTH}"),
    ("passage_hit@1", "passage hit@1"),
    (f"passage_hit@{SQUAD_DEPTH}", f"passage hit@{SQUAD_DEPTH}"),
    (f"passage_mrr@{SQUAD_DEPTH}", f"passage MRR@{SQUAD_DEPTH}"),
    ("found_rate", "found rate"),
    ("answer_contains", "gold answer in answer (punctuation aside)"),
    ("answer_contains_strict", "gold answer in answer, punctuation kept"),
    ("precision", "precision of given answers"),
    ("em", "span exact match (CMRC)"),
    ("f1", "span F1 (CMRC)"),
    ("removed_refused", "refused, own passage removed"),
    ("precision_both", "precision of given answers, both variants"),
]
LATENCY_ROWS = [("p50_ms", "latency p50"), ("p95_ms", "latency p95"), ("p99_ms", "latency p99")]


def open_engine(config: EngineConfig, progress: bool = True):
    """The engine under test (a seam for the tests, which hand in their session engine)."""
    from wenda.index.engine import Engine

    return Engine.open(config, progress=progress)


def load_questions_file(path: str) -> list[dict]:
    """load_questions, leaving out (and saying so) the 👎 lines of `wenda feedback --export` whose
    right answer nobody has filled in yet; the rest of such a file is evaluated as usual."""
    import tempfile
    from pathlib import Path

    from wenda.bot.feedback import pending

    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        kept = [line for line in lines if not (line.strip() and pending(json.loads(line)))]
    except (OSError, UnicodeDecodeError, ValueError, AttributeError):
        return load_questions(path)  # it says what is wrong with the file
    skipped = sum(1 for line in lines if line.strip()) - sum(1 for line in kept if line.strip())
    if not skipped:
        return load_questions(path)
    print(f"wenda eval: {skipped} 👎 questions in {path} have no right answer yet (keys, answer_any): "
          "left out until they are filled in", file=sys.stderr)
    if not any(line.strip() for line in kept):
        raise EvalDataError(f"every question in {path} is 👎 feedback without its right answer: fill in "
                            "\"keys\" (words the quote must contain) and \"answer_any\" (accepted answers), "
                            "or set \"answerable\": false when the corpus does not say")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / Path(path).name
        copy.write_text("\n".join(kept) + "\n", encoding="utf-8")
        return load_questions(copy)


def _usage(msg: str) -> int:
    print(f"wenda eval: {msg}", file=sys.stderr)
    return EXIT_USAGE


def run_eval(args: argparse.Namespace, config: EngineConfig) -> int:
    """`wenda eval`; config is the engine's, with --corpus/--index applied (--squad replaces the corpus)."""
    if bool(args.questions) == bool(args.squad):
        return _usage("give a questions file (QUESTIONS.jsonl) or --squad FILE.json, not both")
    if args.squad and args.corpus:
        return _usage("--corpus does not apply with --squad: the SQuAD file's passages are the corpus")
    if args.limit is not None and args.limit <= 0:
        return _usage("--limit must be a positive number of questions")
    names = list(dict.fromkeys(args.baseline or []))
    try:
        if args.squad:
            questions = load_squad(args.squad)
        else:
            questions = load_questions_file(args.questions)
    except EvalDataError as e:
        print(f"wenda: {e}", file=sys.stderr)
        return EXIT_ERROR
    total = len(questions)
    if args.limit:
        questions = questions[: args.limit]

    t0 = time.perf_counter()
    engine = open_engine(config.with_paths(args.squad) if args.squad else config, progress=True)
    open_seconds = time.perf_counter() - t0
    info = engine.info

    systems: dict[str, dict] = {}
    removed = getattr(args, "removed", True)
    if args.squad:
        squad = SquadEvaluator(questions)
        systems["wenda"] = _squad_system(squad, engine, removed, "wenda")
        for name in names:
            if name == "rules":
                systems[name] = _with_rules(engine, lambda: _squad_system(squad, engine, removed, name))
            else:
                systems[name] = squad(baseline(name, engine.store, engine.encoder).quotes, progress=_progress(name))
    else:
        evaluator = QuestionsEvaluator(questions)
        systems["wenda"] = evaluator(engine.ask, rank=engine.quotes)
        for name in names:
            if name == "rules":
                systems[name] = _with_rules(engine, lambda: evaluator(engine.ask, rank=engine.quotes))
            else:
                systems[name] = evaluator.ranking(baseline(name, engine.store, engine.encoder).quotes)

    report = {
        "kind": "squad" if args.squad else "questions",
        "file": str(args.squad or args.questions),
        "questions": len(questions),
        "questions_in_file": total,
        "corpus": str(engine.corpus),
        "index": {
            "dir": str(engine.index_dir),
            "model": info.model,
            "model_id": info.model_id,
            "documents": info.documents,
            "sentences": info.sentences,
            "build_seconds": info.build_seconds,
            "built_now": info.built_now,
            "open_seconds": round(open_seconds, 3),
        },
        "systems": systems,
        "peak_rss_mib": peak_rss_mib(),
        "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(render(report))
    return EXIT_OK


def _squad_system(squad: SquadEvaluator, engine, removed: bool, name: str) -> dict:
    """The engine's SQuAD metrics, with the own-passage-removed variant's when asked."""
    out = squad(engine.quotes, ask=engine.ask, progress=_progress(name))
    if removed:
        gone = squad.removed(without_passage(engine.answerer), progress=_progress(f"{name} (passage removed)"))
        out["removed_refused"] = gone["refused"]
        out["removed"] = gone
        # SQuAD 2.0 style: an answer with the passage removed counts as a wrong answer given
        n = out["n"]
        right = (out["answer_contains"] or 0.0) * n
        given = (out["found_rate"] or 0.0) * n + (gone["answered"] or 0.0) * gone["n"]
        out["precision_both"] = right / given if given else None
    return out


def _with_rules(engine, run):
    """run() with the engine answering by the hand-set rule (the baseline of the fitted decision)."""
    from wenda.index import decide

    engine.answerer.decision = decide.RULES
    try:
        return run()
    finally:
        engine.answerer.decision = None


def _progress(name: str):
    def tick(done: int, total: int) -> None:
        if total > PROGRESS_EVERY and (done % PROGRESS_EVERY == 0 or done == total):
            print(f"wenda eval: {name} {done}/{total}", file=sys.stderr, flush=True)

    return tick


# -- text output -----------------------------------------------------------------------------
def fmt(key: str, value) -> str:
    """A metric for the table: shares as percentages, MRR as a fraction, ms with one decimal, None as —."""
    if value is None:
        return "—"
    if key.endswith("_ms"):
        return f"{value:.1f} ms"
    if "mrr" in key:
        return f"{value:.3f}"
    if isinstance(value, float):
        return f"{100 * value:.1f}%"
    return str(value)


def table(report: dict) -> list[list[str]]:
    """The side-by-side rows (metric, then one cell per system present), header first."""
    systems = report["systems"]
    cols = [s for s in SYSTEMS if s in systems]
    rows = [["metric", *cols]]
    spec = SQUAD_ROWS if report["kind"] == "squad" else QUESTION_ROWS
    for key, label in spec:
        rows.append([label, *(fmt(key, systems[s].get(key)) for s in cols)])
    for key, label in LATENCY_ROWS:
        rows.append([label, *(fmt(key, systems[s]["latency"].get(key)) for s in cols)])
    return rows


def _align(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render(report: dict) -> str:
    idx = report["index"]
    wenda = report["systems"]["wenda"]
    if report["kind"] == "squad":
        what = f"{report['questions']} questions (of {report['questions_in_file']}) against the pooled passages"
    else:
        what = (f"{report['questions']} questions (of {report['questions_in_file']}): "
                f"{wenda['answerable']} answerable, {wenda['unanswerable']} unanswerable")
    built = "built in this run" if idx["built_now"] else "cached"
    out = [
        f"wenda eval — {report['file']}",
        what,
        f"corpus: {report['corpus']} — {idx['documents']} documents, {idx['sentences']} sentences",
        f"model:  {idx['model']} ({idx['model_id']})",
        f"index:  build {idx['build_seconds']:.1f} s ({built}); opened in {idx['open_seconds']:.1f} s",
        "",
        _align(table(report)),
        "",
        f"latency: per question, warm (one untimed warm-up question first); {report['cpus']} CPUs",
        f"peak RSS: {report['peak_rss_mib']:.0f} MiB (this process, all systems)",
    ]
    misses = wenda.get("misses") or []
    if misses:
        out += ["", f"misses ({len(misses)}):"]
        for miss in misses:
            out.append(f"  ✗ {miss['q']}  [{miss['why']}]")
            out.append(f"      expected: {miss['expected']}" + (f"   key: {' / '.join(miss['keys'])}" if miss["keys"] else ""))
            out.append(f"      got:      {miss['got']}")
            if miss["first_quote"]:
                out.append(f"      quote 1:  {miss['first_quote']}")
    return "\n".join(out)
