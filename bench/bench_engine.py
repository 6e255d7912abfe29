"""Speed and memory of the engine, next to a BM25-only baseline, in one run. Prints numbers; asserts nothing.

    python bench/bench_engine.py                      # the bundled article and its questions
    python bench/bench_engine.py --asks 500 --runs 5  # longer
    python bench/bench_engine.py --corpus DIR --questions QUESTIONS.jsonl|SQUAD.json --json

What it measures, all with the index already cached (it is built first when missing):

* cold start to first answer, as a user meets it: `wenda ask QUESTION` in a fresh process
  (python -m wenda), wall time, median over --runs; beside it the floor, fresh processes that
  only start the interpreter (`python -c pass`) and only import numpy, faiss and onnxruntime and
  open the model's ONNX session (what any answer needs before wenda's own work);
* where a cold start goes: CPU seconds per phase (imports, model, index, jieba's dictionary,
  first answer) in one fresh process;
* in a fresh process each (so imports count): import + Engine.open, then the first ask, then
  answers per second and per-question latency over --asks questions, and the peak RSS —
  for the engine (`wenda`), a BM25-only system over the same index (`bm25-only`: the stored
  chunks and BM25 index, no model, top-3 sentences per question, no answer extraction) and a
  dense-only one (`dense-only`: the model and the vector index, top-3 sentences, no extraction).

    python bench/bench_engine.py --corpus cmrc2018_dev.json --questions cmrc2018_dev.json --index DIR

Uses WENDA_CACHE_DIR / WENDA_MODEL like the CLI; pass --cache DIR to use another cache.

Bytecode: with PYTHONDONTWRITEBYTECODE set (as on some build machines) an editable checkout
compiles wenda's sources at every start (~0.1-0.2 s). --pycache DIR lets every measured process
(wenda and the baselines alike) keep bytecode in DIR (PYTHONPYCACHEPREFIX), as an installed
package has it, without writing into any checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONS = ROOT / "tests" / "data" / "article_questions.jsonl"


def _rss_mib(ru_maxrss: int) -> float:
    return round(ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def load_question_texts(path: Path) -> list[str]:
    from wenda.index.evaluation import load_questions, load_squad

    items = load_squad(path) if path.suffix.lower() == ".json" else load_questions(path)
    return [x["q"] for x in items]


# -- the measured processes (run as `bench_engine.py --child wenda|bm25`) ---------------------
def child(system: str, corpus: str | None, questions_path: Path, asks: int, index: str | None = None) -> dict:
    t0 = time.perf_counter()
    from wenda.bot.config import Config
    from wenda.index.engine import Engine
    from wenda.index.evaluation import latency_summary, peak_rss_mib

    questions = load_question_texts(questions_path)
    config = Config.from_env(os.environ).engine.with_paths(corpus, index)
    if system == "wenda":
        engine = Engine.open(config, progress=False)
        ask = engine.ask
    elif system == "dense":
        from wenda.index.embed.load import load_encoder
        from wenda.index.evaluation.baselines import DenseBaseline
        from wenda.index.store import Store

        dense = DenseBaseline(Store.load(config.index_path), load_encoder(config, progress=False))

        def ask(q: str):
            return dense.quotes(q, 3)
    else:
        from wenda.index.evaluation.baselines import BM25Baseline
        from wenda.index.store import Store

        bm25 = BM25Baseline(Store.load(config.index_path))

        def ask(q: str):
            return bm25.quotes(q, 3)
    t_open = time.perf_counter()
    ask(questions[0])
    t_first = time.perf_counter()
    rss_open = peak_rss_mib()
    ms, cpu_ms = [], []
    t_loop = time.perf_counter()
    for i in range(asks):
        t, c = time.perf_counter(), time.process_time()
        ask(questions[i % len(questions)])
        ms.append((time.perf_counter() - t) * 1000)
        cpu_ms.append((time.process_time() - c) * 1000)
    loop = time.perf_counter() - t_loop
    return {
        "system": system,
        "open_s": round(t_open - t0, 3),
        "first_answer_s": round(t_first - t0, 3),
        "first_ask_ms": round((t_first - t_open) * 1000, 1),
        "asks": asks,
        "answers_per_s": round(asks / loop, 1) if loop > 0 else None,
        "latency": latency_summary(ms),
        "cpu_latency": latency_summary(cpu_ms),  # CPU ms per question: steadier on a busy machine
        "peak_rss_after_first_mib": rss_open,
        "peak_rss_mib": peak_rss_mib(),
    }


def child_phases(corpus: str | None, question: str, index: str | None = None) -> dict:
    """Where a cold start goes, in CPU seconds (steadier than wall time on a busy machine)."""
    clock = time.process_time
    marks: list[tuple[str, float]] = [("start", clock())]

    def mark(label: str) -> None:
        marks.append((label, clock()))

    import numpy  # noqa: F401
    import faiss  # noqa: F401
    mark("import numpy, faiss")
    import onnxruntime  # noqa: F401
    mark("import onnxruntime")
    from wenda.bot.config import Config
    from wenda.index.engine import Engine
    from wenda.index.store import Store
    mark("import wenda")
    config = Config.from_env(os.environ).engine.with_paths(corpus, index)
    from wenda.index.embed.load import load_encoder
    load_encoder(config, progress=False)  # kept for the process: Engine.open reuses it
    mark("model: provision check, tokenizer, ONNX session")
    Store.load(config.index_path)
    mark("index files: checked and read")
    engine = Engine.open(config, progress=False)
    mark("Engine.open (the rest, reading the index again)")
    from wenda.index import query

    query.tokens(question)
    query._posseg()
    mark("jieba: dictionary and tagger")
    engine.ask(question)
    mark("first answer")
    return {label: round(t - marks[i][1], 3) for i, (label, t) in enumerate(marks[1:])}


def run_child(system: str, args: argparse.Namespace, env: dict, python: str | None = None) -> dict:
    """One measured process; `python`: another checkout's interpreter (its own wenda) for a baseline."""
    cmd = [python or sys.executable, str(Path(__file__).resolve()), "--child", system, "--asks", str(args.asks),
           "--questions", str(args.questions)]
    if args.corpus:
        cmd += ["--corpus", args.corpus]
    if args.index:
        cmd += ["--index", args.index]
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"bench child {system} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def timed_cli(cmd: list[str], env: dict) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak RSS (MiB) and exit code of one fresh CLI process. (Linux
    counts the forked copy of this process in the child's peak RSS: a child smaller than this
    one, such as `python -c pass`, reads as this one's size, ~70 MiB.)"""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stderr:
        proc.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, _rss_mib(usage.ru_maxrss), proc.returncode


def cold_start(python: str, question: str, args: argparse.Namespace, env: dict, cli: list[str] | None = None) -> dict:
    """`wenda ask QUESTION` (or the command ``cli``) in fresh processes of ``python``: wall and CPU
    seconds, peak RSS."""
    if cli is None:
        cli = [python, "-m", "wenda", "ask", question, "--json"]
        if args.corpus:
            cli += ["--corpus", args.corpus]
        if args.index:
            cli += ["--index", args.index]
    # First run: provisions the model and builds the index when missing (not counted).
    _, _, _, rc = timed_cli(cli, env)
    if rc != 0:
        raise SystemExit(f"`{' '.join(cli)}` failed with exit code {rc}")
    walls, cpus, rss = [], [], []
    for _ in range(args.runs):
        w, c, r, _ = timed_cli(cli, env)
        walls.append(w)
        cpus.append(c)
        rss.append(r)
    return {"python": python, "runs": args.runs, "median_s": round(statistics.median(walls), 3),
            "min_s": round(min(walls), 3), "max_s": round(max(walls), 3), "min_cpu_s": round(min(cpus), 3),
            "peak_rss_mib": max(rss)}


def floor_commands(python: str, env: dict) -> dict[str, list[str]]:
    """The floor under a cold start: the interpreter alone, and the imports and ONNX session any
    answer needs (the model's optimised graph, opened as index/embed/onnx_runtime.py opens it)."""
    os.environ.update({k: env[k] for k in ("WENDA_CACHE_DIR",) if k in env})
    from wenda.bot.config import Config
    from wenda.index.embed.cache import provision
    from wenda.index.embed.onnx_runtime import ONNX_FILE, optimised_path

    model = optimised_path(provision(Config.from_env(env).engine.models_dir, progress=False) / ONNX_FILE)
    session = ("import numpy, faiss, onnxruntime as ort\n"
               "o = ort.SessionOptions()\n"
               "o.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL\n"
               "o.inter_op_num_threads = o.intra_op_num_threads = 1\n"
               f"ort.InferenceSession({str(model)!r}, sess_options=o, providers=['CPUExecutionProvider'])\n")
    return {"python -c pass": [python, "-c", "pass"],
            "numpy+faiss+onnxruntime+session": [python, "-c", session]}


def bench(args: argparse.Namespace) -> dict:
    env = dict(os.environ)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.cache:
        env["WENDA_CACHE_DIR"] = args.cache
    if args.pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(args.pycache).resolve())
    question = load_question_texts(args.questions)[0]
    cold = {}
    baselines = [("baseline" if i == 0 else f"baseline {i + 1}", b) for i, b in enumerate(args.baseline_python)]
    for label, python in [("wenda", sys.executable)] + baselines:
        cold[label] = cold_start(python, question, args, env)
    for label, cmd in floor_commands(sys.executable, env).items():
        cold[label] = cold_start(sys.executable, question, args, env, cli=cmd)
    systems = {name: run_child(name, args, env) for name in ("wenda", "bm25", "dense")}
    for b in args.baseline_python[:1]:  # the same engine loop in the baseline checkout, same run
        systems["baseline"] = run_child("wenda", args, env, python=b)
    phases = run_child("phases", args, env)
    return {
        "corpus": args.corpus or "(bundled article)",
        "questions": str(args.questions),
        "cpus": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 1),
        "bytecode": f"cached in {env['PYTHONPYCACHEPREFIX']}" if args.pycache else (
            "not written (PYTHONDONTWRITEBYTECODE)" if env.get("PYTHONDONTWRITEBYTECODE") else "as usual"),
        "cli_cold_start": cold,
        "systems": systems,
        "cold_start_cpu_s": phases,
    }


def render(r: dict) -> str:
    names = ["wenda"] + (["baseline"] if "baseline" in r["systems"] else []) + ["bm25", "dense"]
    cols = [r["systems"][n] for n in names]
    w = cols[0]

    def row(label: str, fn) -> str:
        return f"{label:<34}" + "".join(f"{fn(s):>12}" for s in cols)

    lines = [
        f"corpus: {r['corpus']}   questions: {r['questions']}   CPUs: {r['cpus']}   "
        f"load average: {r['load_average']}   bytecode: {r.get('bytecode', '?')}",
        "cold start, `wenda ask` in a fresh process (index cached):",
    ]
    for label, c in r["cli_cold_start"].items():
        lines.append(f"  {label:<32} wall median {c['median_s']:.2f} s (min {c['min_s']:.2f}, max {c['max_s']:.2f}; "
                     f"{c['runs']} runs), CPU min {c['min_cpu_s']:.2f} s, peak RSS {c['peak_rss_mib']:.0f} MiB"
                     f"   [{c['python']}]")
    lines += [
        "",
        f"{'in one fresh process':<34}" + "".join(f"{h:>12}" for h in
                                                  ["wenda"] + (["baseline"] if "baseline" in names else [])
                                                  + ["bm25-only", "dense-only"]),
        row("import + open (s)", lambda s: f"{s['open_s']:.2f}"),
        row("… + first answer (s)", lambda s: f"{s['first_answer_s']:.2f}"),
        row(f"answers per second ({w['asks']} asks)", lambda s: f"{s['answers_per_s']:.1f}"),
        row("latency p50 (ms)", lambda s: f"{s['latency']['p50_ms']:.2f}"),
        row("latency p95 (ms)", lambda s: f"{s['latency']['p95_ms']:.2f}"),
        row("latency p99 (ms)", lambda s: f"{s['latency']['p99_ms']:.2f}"),
        row("CPU per question p50 (ms)", lambda s: f"{s['cpu_latency']['p50_ms']:.2f}"),
        row("CPU per question p99 (ms)", lambda s: f"{s['cpu_latency']['p99_ms']:.2f}"),
        row("peak RSS (MiB)", lambda s: f"{s['peak_rss_mib']:.0f}"),
        "",
        "where a cold start goes (CPU s, one fresh process):",
    ]
    lines += [f"  {label:<62}{s:>6.2f}" for label, s in r.get("cold_start_cpu_s", {}).items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", help="corpus folder or file (default: WENDA_CORPUS or the bundled article)")
    p.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS,
                   help="questions to ask: JSONL (q, …) or SQuAD-style JSON (default: the article's)")
    p.add_argument("--asks", type=int, default=200, help="questions asked for the throughput loop (default 200)")
    p.add_argument("--runs", type=int, default=3, help="fresh `wenda ask` processes for the cold start (default 3)")
    p.add_argument("--cache", help="WENDA_CACHE_DIR for this run (default: the environment's)")
    p.add_argument("--index", help="index folder (default: WENDA_INDEX or the cache's folder for the corpus)")
    p.add_argument("--json", action="store_true", help="print the numbers as JSON")
    p.add_argument("--pycache", metavar="DIR",
                   help="measured processes keep bytecode in DIR (PYTHONPYCACHEPREFIX), as an installed package does")
    p.add_argument("--baseline-python", action="append", default=[], metavar="PYTHON",
                   help="also time the cold start with this interpreter (e.g. another checkout's venv)")
    p.add_argument("--child", choices=["wenda", "bm25", "dense", "phases"], help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.child:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        if args.child == "phases":
            print(json.dumps(child_phases(args.corpus, load_question_texts(args.questions)[0], args.index)))
        else:
            print(json.dumps(child(args.child, args.corpus, args.questions, args.asks, args.index)))
        return 0
    result = bench(args)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
