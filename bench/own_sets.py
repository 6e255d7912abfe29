"""Every own questions file through a real engine over its corpus, one answer per question, and two such runs
compared: what each change gains and loses, question by question.

    python bench/own_sets.py run OUT.json [--only NAME ...]    # answers of every set, saved as JSON
    python bench/own_sets.py compare BEFORE.json AFTER.json    # the questions whose verdict or answer changed

The sets are those bench/own_questions.args names (questions file = corpus paths) and every held-out set
tests/data/unseenN_questions.jsonl over tests/data/unseenN. A question is judged as the held-out tests judge it
(tests/support.right: refused when unanswerable; else found, a gold answer in the answer line and a key in the
first quote). Each set's corpus is copied to WORK/corpus/NAME and indexed in WORK/index/NAME (WORK: --work, by
default the cache's own-sets folder), so a later run reuses the indexes of unchanged corpora.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def own_sets(repo: Path = REPO) -> dict[str, tuple[Path, list[Path]]]:
    """Set name → (questions file, corpus files and folders), in the order the args file gives, held-out sets last."""
    out: dict[str, tuple[Path, list[Path]]] = {}
    for line in (repo / "bench" / "own_questions.args").read_text(encoding="utf-8").splitlines():
        if line.startswith("--questions="):
            questions, _, paths = line[len("--questions="):].partition("=")
            name = Path(questions).name.removesuffix("_questions.jsonl")
            out[name] = (repo / questions, [repo / p for p in paths.split(",") if p])
    held = sorted((repo / "tests" / "data").glob("unseen*_questions.jsonl"),
                  key=lambda p: int(re.sub(r"\D", "", p.name) or 0))
    for questions in held:
        name = questions.name.removesuffix("_questions.jsonl")
        if name not in out and (repo / "tests" / "data" / name).is_dir():
            out[name] = (questions, [repo / "tests" / "data" / name])
    return out


def corpus_folder(paths: list[Path], folder: Path) -> Path:
    """A corpus folder holding exactly the given files and the files of the given folders."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for src in paths:
        for f in ([src] if src.is_file() else sorted(x for x in src.iterdir() if x.is_file())):
            shutil.copy(f, folder / f.name)
    return folder


def run(out: Path, work: Path, only: list[str]) -> None:
    sys.path.insert(0, str(REPO / "tests"))
    from support import engine_config, right  # the held-out tests' own judge and settings

    from wenda.index.engine import Engine
    from wenda.index.evaluation.data import load_questions

    results, totals, started = {}, [0, 0, 0, 0], time.perf_counter()
    for name, (questions, paths) in own_sets().items():
        if only and name not in only:
            continue
        corpus = corpus_folder(paths, work / "corpus" / name)
        engine = Engine.open(engine_config(corpus, work / "index" / name), progress=False)
        rows = []
        for item in load_questions(questions):
            ans = engine.ask(item["q"])
            rows.append({"q": item["q"], "answerable": item["answerable"], "right": bool(right(item, ans)),
                         "found": ans.found, "answer": ans.answer, "gold": item["answer_any"][:3],
                         "quote": ans.quotes[0].text[:120] if ans.quotes else None})
        asked = [r for r in rows if r["answerable"]]
        refused = [r for r in rows if not r["answerable"]]
        got = (sum(r["right"] for r in asked), len(asked), sum(r["right"] for r in refused), len(refused))
        totals = [a + b for a, b in zip(totals, got)]
        print(f"{name:14s} answers {got[0]:4d}/{got[1]:4d}  refusals {got[2]:4d}/{got[3]:4d}", flush=True)
        results[name] = rows
    out.write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"all sets: answers {totals[0]}/{totals[1]}, refusals {totals[2]}/{totals[3]} "
          f"({time.perf_counter() - started:.0f} s) -> {out}")


def compare(before: Path, after: Path) -> None:
    """Print each question whose verdict changed (+ right now, - right before) or whose wrong answer changed (~)."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    gained = lost = 0
    for name, rows in b.items():
        old = {r["q"]: r for r in a.get(name, [])}
        for r in rows:
            o = old.get(r["q"])
            if o is None or (o["right"] == r["right"] and (r["right"] or o["answer"] == r["answer"])):
                continue
            mark = "~" if o["right"] == r["right"] else "+" if r["right"] else "-"
            gained, lost = gained + (mark == "+"), lost + (mark == "-")
            kind = "answerable" if r["answerable"] else "unanswerable"
            print(f"{mark} {name} ({kind}): {r['q']}\n    before: {o['answer']}\n    after:  {r['answer']}   gold: {r['gold']}")
    print(f"gained {gained}, lost {lost}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="answer every own set and save the answers as JSON")
    r.add_argument("out", type=Path)
    r.add_argument("--only", nargs="*", default=[], metavar="NAME", help="only these sets (e.g. unseen25)")
    r.add_argument("--work", type=Path, default=None,
                   help="where corpora and indexes are kept (default: WENDA_CACHE_DIR/own-sets)")
    c = sub.add_parser("compare", help="the questions whose verdict or answer changed between two runs")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "run":
        import os

        from platformdirs import user_cache_dir

        base = Path(os.environ.get("WENDA_CACHE_DIR") or user_cache_dir("wenda"))
        run(args.out, args.work or base / "own-sets", args.only)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
