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

README's "Speed" block is rendered from the runs kept in the repository, bench/runs/*.json (the
long ones cannot be redone on every release: the 1M-sentence growth run takes an hour):

    python bench/results.py --readme          # rewrite README's speed block from bench/runs/
    python bench/results.py --readme --rerun-speed   # first redo engine.json and build.json (minutes)

bench/runs/engine.json is `bench/bench_engine.py --json` (cold start, warm latency; wenda beside
BM25-only, dense-only and, when given --baseline-python, another checkout); build.json is
`bench/bench_model.py --build N --json`; bot.json is `bench/bench_load.py --json`; growth.json
holds `bench/bench_growth.py --end-to-end --json` runs.

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


RUNS = ROOT / "bench" / "runs"
README = ROOT / "README.md"
BEGIN = "<!-- speed: begin (generated by `python bench/results.py --readme` from bench/runs/*.json; edit there, not here) -->"
END = "<!-- speed: end -->"


def _load(name: str) -> dict | None:
    path = RUNS / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _ms(x: float | None) -> str:
    return "—" if x is None else (f"{x:.1f}" if x < 100 else f"{x:,.0f}")


def engine_block(e: dict) -> list[str]:
    names = ["wenda"] + (["baseline"] if "baseline" in e["systems"] else []) + ["bm25", "dense"]
    heads = {"wenda": "wenda", "baseline": "baseline", "bm25": "BM25 only", "dense": "dense only"}
    cold = e["cli_cold_start"]
    out = [f"**Start and per question** (the bundled article, index cached; `{e.get('command', 'python bench/bench_engine.py --json')}`, "
           f"{e.get('date', '')}, load average {e['load_average']} at the end). *baseline*: "
           f"{e.get('baseline_is', 'another checkout')}, measured in the same run. BM25 only and dense only answer "
           "nothing: they rank the same stored sentences (dense only includes the query's model pass, the floor of "
           "any answer).", ""]
    rows = [["", *[heads[n] for n in names]]]
    rows.append(["cold `wenda ask`, wall median (min)", *[
        f"{cold[n]['median_s']:.2f} s ({cold[n]['min_s']:.2f})" if n in cold else "—" for n in names]])
    rows.append(["cold `wenda ask`, CPU (min of runs)", *[f"{cold[n]['min_cpu_s']:.2f} s" if n in cold else "—" for n in names]])
    rows.append(["cold `wenda ask`, peak RSS", *[f"{cold[n]['peak_rss_mib']} MiB" if n in cold else "—" for n in names]])
    sysd = e["systems"]
    rows.append(["in-process import + open", *[f"{sysd[n]['open_s']:.2f} s" for n in names]])
    rows.append(["warm wall per question p50 / p99", *[
        f"{_ms(sysd[n]['latency']['p50_ms'])} / {_ms(sysd[n]['latency']['p99_ms'])} ms" for n in names]])
    rows.append(["warm CPU per question p50 / p99", *[
        f"{_ms(sysd[n]['cpu_latency']['p50_ms'])} / {_ms(sysd[n]['cpu_latency']['p99_ms'])} ms" for n in names]])
    rows.append([f"answers per second, one thread ({sysd['wenda']['asks']} asks)", *[
        f"{sysd[n]['answers_per_s']:,.1f}" for n in names]])
    rows.append(["engine process peak RSS", *[f"{sysd[n]['peak_rss_mib']:.0f} MiB" for n in names]])
    out += [md_table(rows), ""]
    phases = e.get("cold_start_cpu_s") or {}
    if phases:
        out += ["Where a cold start goes (CPU s, one fresh process): " + "; ".join(
            f"{k} {v:.2f}" for k, v in phases.items() if isinstance(v, (int, float))) + ".", ""]
    return out


def build_block(b: dict) -> list[str]:
    rows = [["encoder threads", "ms per sentence (wall)", "CPU ms per sentence", "vectors vs the first row"]]
    for r in b["runs"]:
        rows.append([r["label"], f"{r['ms_per_sentence']:.2f}", f"{r['cpu_ms_per_sentence']:.2f}",
                     "—" if r is b["runs"][0] else f"min cosine {r['min_cos']:.5f}"])
    return [f"**Index build** (`{b['command']}`, {b['date']}: {b['sentences']:,} CMRC 2018 dev sentences, mean "
            f"{b['mean_chars']:.0f} characters, {b['cpus']} cores, load average {b['load_average']}; the "
            f"tokenizer alone {b['tokenizer_ms_per_sentence']:.2f} ms per sentence). The encoder is the floor of a "
            "build; besides it, each sentence is tokenised and tagged by jieba (~3 ms of CPU, index/tags.py) and "
            "BM25 and FAISS are built (well under 1 ms a sentence).", "",
            md_table(rows), ""]


def bot_block(b: dict) -> list[str]:
    """bench/bench_load.py --floor --json, its rows labelled in the order --floor runs them."""
    labels = ["engine alone, 1 thread", "engine alone, one thread per core",
              "bot, real engine, «typing…» for every question", "bot, instant engine, «typing…» for every question",
              "bot, real engine, typing as in production: baseline", "bot, real engine, typing as in production",
              "bot, instant engine, typing as in production: baseline", "bot, instant engine, typing as in production"]
    rows = [["", "answers/s (wall)", "latency p50 / p99", "CPU per answer", "capacity on all cores"]]
    for label, r in zip(labels, b["rows"]):
        if "ask_ms" in r:
            lat, cpu = f"{_ms(r['ask_ms']['p50'])} / {_ms(r['ask_ms']['p99'])} ms per ask", r["cpu_ms_per_answer"]
            cap = f"{b['cores'] * 1000 / cpu:.0f}/s" if "per core" in label else ""
        else:
            lat = f"{r['latency_s']['p50']:.1f} / {r['latency_s']['p99']:.1f} s"
            cpu, cap = r["bot_cpu_ms_per_answer"], f"{r['capacity_answers_per_s']:.0f}/s"
        rows.append([label, f"{r['answers_per_s']:.1f}", lat, f"{cpu:.1f} ms", cap])
    return [f"**The bot** (`{b['command']}`, {b['date']}, load average {b.get('load_average', '?')}): "
            f"{b['questions']} questions arriving at once from {b['chats']} chats, through the local fake Bot API "
            "over HTTP, no send cap of the bot's own. *instant engine*: the real engine's answers computed "
            "before the load, so what is left is the bot's own work; *baseline*: "
            f"{b.get('baseline_is', 'main before this work')}, same run. Capacity is the cores over the CPU "
            "per answer: wall-clock answers/s on a shared machine only say what the bot got of it.",
            "", md_table(rows), ""]


def growth_block(g: dict) -> list[str]:
    rows = [["sentences", "dense index", "BM25 build", "answer p50 / p99, CPU (wall)", "search p50", "dense p50",
             "peak RSS", "RSS per million sentences"]]
    runs = []
    for run in g["runs"]:
        for size in run["sizes"]:
            runs.append((size["n"], size, run))
    for n, size, run in sorted(runs, key=lambda x: x[0]):
        a = size["answer"]
        kind = size["kind"] + (f" (M {size['dense_settings']['M']}, efSearch {size['dense_settings']['efSearch']})"
                               if size["kind"] == "hnsw" else "")
        rows.append([f"{n:,}", kind, f"{size['bm25_build_s']:.0f} s",
                     f"{_ms(a['cpu_p50_ms'])} / {_ms(a['cpu_p99_ms'])} ms ({_ms(a['p50_ms'])} / {_ms(a['p99_ms'])})",
                     f"{_ms(size['search']['cpu_p50_ms'])} ms", f"{size['dense']['cpu_p50_ms']:.2f} ms",
                     f"{size['rss_mib']:,} MiB", f"{size['rss_gib_per_million']:.1f} GiB"])
        ex = size.get("exact")
        if ex and size["kind"] != "flat":  # the baseline: exact search over the same corpus, same run
            rows.append([f"{n:,}", "exact, same run", "", f"{_ms(ex['answer']['cpu_p50_ms'])} / "
                         f"{_ms(ex['answer']['cpu_p99_ms'])} ms ({_ms(ex['answer']['p50_ms'])} / {_ms(ex['answer']['p99_ms'])})",
                         "", f"{ex['dense']['cpu_p50_ms']:.2f} ms", "", ""])
    cmds = "; ".join(f"`{r['command']}` ({r['date']}, {r['machine']})" for r in g["runs"])
    return ["**Growth** (" + g["what"] + "). " + cmds + ".", "", md_table(rows), ""]


def speed_block() -> str:
    parts = [BEGIN, ""]
    for name, block in (("engine.json", engine_block), ("build.json", build_block), ("bot.json", bot_block),
                        ("growth.json", growth_block)):
        data = _load(name)
        if data is not None:
            parts += block(data)
        else:
            parts += [f"(bench/runs/{name}: not measured yet)", ""]
    parts.append(END)
    return "\n".join(parts)


def splice_readme(block: str, readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"bench/results.py: {readme} has no speed block ({BEGIN!r} … {END!r})")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(head + block + tail, encoding="utf-8")


def rerun_speed(baseline_python: str | None, baseline_label: str) -> None:
    RUNS.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, str(ROOT / "bench" / "bench_engine.py"), "--runs", "5", "--asks", "200", "--json"]
    if baseline_python:
        cmd += ["--baseline-python", baseline_python]
    print(f"running: {' '.join(cmd)}", file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True)
    data = json.loads(proc.stdout)
    data["command"] = "python bench/bench_engine.py --runs 5 --asks 200 --json" + (
        " --baseline-python BASELINE" if baseline_python else "")
    data["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    data["baseline_is"] = baseline_label
    (RUNS / "engine.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    cmd = [sys.executable, str(ROOT / "bench" / "bench_model.py"), "--build", "1000", "--squad", str(CMRC_DEV),
           "--threads", "2", "--json", str(RUNS / "build.json")]
    if CMRC_DEV.exists():
        print(f"running: {' '.join(cmd)}", file=sys.stderr, flush=True)
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)


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
        "hit@k* — one of them comes from the question's own paragraph; "
        "*gold answer in answer* — found and a gold answer text inside the answer line, both without the punctuation marks CMRC's official script removes (*punctuation kept*: the stricter match). Text is compared after NFKC, lower-casing and removing whitespace.",
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
    p.add_argument("--readme", action="store_true", help="only rewrite README's speed block from bench/runs/*.json")
    p.add_argument("--rerun-speed", action="store_true", help="with --readme: first redo bench/runs/engine.json "
                   "and build.json")
    p.add_argument("--baseline-python", help="with --rerun-speed: another checkout's interpreter, timed as the baseline")
    p.add_argument("--baseline-label", default="main before this session's work",
                   help="what --baseline-python runs, as README says it")
    args = p.parse_args(argv)
    if args.readme:
        if args.rerun_speed:
            rerun_speed(args.baseline_python, args.baseline_label)
        block = speed_block()
        splice_readme(block)
        print(block)
        return 0
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
