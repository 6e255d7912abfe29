"""The incremental index against a full rebuild, in one run: add one document, change one, remove
one, on a corpus of many small documents (CMRC 2018 dev + trial passages, one .txt file each).

    python bench/bench_incremental.py                     # 500 documents
    python bench/bench_incremental.py --docs 0            # every passage (1,104)
    python bench/bench_incremental.py --docs 200 --questions 20 --json

Steps, each timed (seconds of wall time, the model already loaded, so both sides pay the same):
  full build   every file embedded (Engine.open with rebuild=True, a fresh index folder)
  add one      a new file in the folder, Engine.refresh()
  change one   a file's text changed (a sentence appended), Engine.refresh()
  remove one   a file deleted, Engine.refresh()  (nothing to embed: the assembly alone)
After each step the same files are built from scratch into another folder (a full rebuild, also
timed) and the two engines are compared: the same chunks, the same vectors, and the same answers
to a sample of the passages' questions (some about the added and the changed document). Any
difference is printed and the exit status is 1.

--stub replaces the model with a stand-in that makes a fixed random unit vector from each
text's hash (no model call): what is left is the index's own work (hashing files, reading
segments, building FAISS and BM25, saving), so the assembly can be timed and the equality
checked on every passage in minutes. Its answers are compared but mean nothing; the rows say so.

Prints a table; asserts the equality only (timing depends on the machine and its load).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CMRC = ROOT.parent / "shared" / "benchmarks" / "cmrc2018"
SOURCES = ("cmrc2018_dev.json", "cmrc2018_trial.json")


def passages(folder: Path) -> list[dict]:
    """Every passage of CMRC dev and trial: title, context and its questions."""
    out = []
    for name in SOURCES:
        data = json.loads((folder / name).read_text(encoding="utf-8"))
        for article in data["data"]:
            for p in article["paragraphs"]:
                out.append({"title": article.get("title", ""), "context": p["context"],
                            "questions": [q["question"] for q in p["qas"]]})
    return out


def write_doc(folder: Path, i: int, p: dict) -> Path:
    path = folder / f"p{i:05d}.txt"
    path.write_text(f"{p['title']}\n\n{p['context']}\n", encoding="utf-8")
    return path


class StubEncoder:
    """A stand-in for the model (--stub): a deterministic random unit vector per text."""

    name = "bench-stub"
    model_id = "bench-stub:hash-vectors"
    path = source = "bench/bench_incremental.py"
    backend = "none"
    dim = 384

    def _vectors(self, texts: list[str]):
        import hashlib

        import numpy as np

        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            seed = int.from_bytes(hashlib.sha256(t.encode("utf-8")).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            out[i] = v / np.linalg.norm(v)
        return out

    def encode_query(self, texts, batch_size=64):
        return self._vectors(texts)

    def encode_document(self, texts, batch_size=64, progress=False):
        return self._vectors(texts)


def answers(engine, questions: list[str]) -> list[dict]:
    out = []
    for q in questions:
        a = engine.ask(q).to_json()
        a.pop("ms")
        out.append(a)
    return out


def compare(engine, fresh, questions: list[str]) -> list[str]:
    """How the incrementally built engine differs from a full rebuild (empty: it does not)."""
    import numpy as np

    diffs = []
    if [asdict(c) for c in engine.chunks] != [asdict(c) for c in fresh.chunks]:
        diffs.append("chunks differ")
    if engine.store.vectors.shape != fresh.store.vectors.shape or not np.array_equal(engine.store.vectors,
                                                                                      fresh.store.vectors):
        diffs.append("vectors differ")
    for q, a, b in zip(questions, answers(engine, questions), answers(fresh, questions)):
        if a != b:
            diffs.append(f"answer to {q!r} differs: {a.get('answer')!r} vs {b.get('answer')!r}")
    return diffs


def run(args: argparse.Namespace) -> dict:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from wenda.bot.config import Config
    from wenda.index.engine import Engine

    items = passages(args.cmrc)
    if args.docs:
        items = items[: args.docs + 1]
    held_out = items.pop()                       # the document that is added
    work = Path(tempfile.mkdtemp(prefix="wenda-bench-incremental-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for i, p in enumerate(items):
        write_doc(corpus, i, p)
    rng = random.Random(args.seed)
    changed_i, removed_i = len(items) // 2, len(items) // 3
    base = Config.from_env(os.environ).engine.with_paths(corpus, work / "idx")
    sample = rng.sample([q for p in items for q in p["questions"]], args.questions)
    sample += held_out["questions"][:3] + items[changed_i]["questions"][:3]

    rows: list[dict] = []
    failures: list[str] = []
    from wenda.index.embed.load import load_encoder

    # loaded once: no step below pays for it
    encoder = StubEncoder() if args.stub else load_encoder(base, progress=False)
    t = time.perf_counter()
    engine = Engine.open(base, progress=False, rebuild=True, encoder=encoder)
    full_s = time.perf_counter() - t
    rows.append({"step": "full build", "docs": len(items), "sentences": len(engine.chunks),
                 "embedded": engine.store.manifest.embedded, "seconds": full_s, "full_rebuild_s": full_s})
    print(f"full build: {len(items)} documents, {len(engine.chunks)} sentences, {full_s:.1f} s", file=sys.stderr)

    def step(name: str, change) -> None:
        nonlocal engine
        change()
        t0 = time.perf_counter()
        engine = engine.refresh()
        seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        fresh = Engine.open(base.with_paths(index_dir=work / f"fresh-{len(rows)}"), progress=False,
                            rebuild=True, encoder=encoder)
        fresh_s = time.perf_counter() - t0
        diffs = compare(engine, fresh, sample)
        failures.extend(f"{name}: {d}" for d in diffs)
        rows.append({"step": name, "docs": engine.info.documents, "sentences": len(engine.chunks),
                     "embedded": engine.store.manifest.embedded, "seconds": seconds, "full_rebuild_s": fresh_s,
                     "equal_to_full_rebuild": not diffs})
        print(f"{name}: {seconds:.2f} s (full rebuild {fresh_s:.1f} s), equal: {not diffs}", file=sys.stderr)
        shutil.rmtree(work / f"fresh-{len(rows) - 1}", ignore_errors=True)
        shutil.rmtree(work / f"fresh-{len(rows) - 1}.segments", ignore_errors=True)

    step("add one", lambda: write_doc(corpus, len(items), held_out))
    changed = corpus / f"p{changed_i:05d}.txt"
    step("change one", lambda: changed.write_text(
        changed.read_text(encoding="utf-8").rstrip("\n") + "本段于今年经过修订，内容以此为准。\n", encoding="utf-8"))
    step("remove one", lambda: (corpus / f"p{removed_i:05d}.txt").unlink())
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return {"model": encoder.model_id, "questions": len(sample), "cpus": os.cpu_count(), "rows": rows,
            "failures": failures, "folder": str(work) if args.keep else None}


def table(result: dict) -> str:
    lines = [f"model {result['model']}{' (a stand-in: no embedding; answers compared but meaningless)' if result['model'].startswith('bench-stub') else ''}; {result['questions']} questions compared after each step; "
             f"{result['cpus']} CPUs (shared: read times as upper bounds)", "",
             "| step | documents | sentences | embedded | seconds | full rebuild s | % of full | equal to full rebuild |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in result["rows"]:
        share = 100 * r["seconds"] / r["full_rebuild_s"] if r["full_rebuild_s"] else 0
        equal = {True: "yes", False: "NO", None: "—"}[r.get("equal_to_full_rebuild")]
        lines.append(f"| {r['step']} | {r['docs']} | {r['sentences']} | {r['embedded']} | {r['seconds']:.2f} | "
                     f"{r['full_rebuild_s']:.1f} | {share:.1f} % | {equal} |")
    for f in result["failures"]:
        lines.append(f"DIFFERENCE: {f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=500, help="documents in the corpus (0: every passage, 1,104)")
    ap.add_argument("--questions", type=int, default=30, help="sampled questions compared after each step")
    ap.add_argument("--cmrc", type=Path, default=CMRC, help="folder of cmrc2018_dev.json and cmrc2018_trial.json")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpus and index folders")
    ap.add_argument("--stub", action="store_true", help="a hash-vector stand-in for the model: times the index's own "
                    "work (assembly) without embedding")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not all((args.cmrc / name).is_file() for name in SOURCES):
        print(f"bench_incremental: CMRC 2018 files not found in {args.cmrc} (use --cmrc)", file=sys.stderr)
        return 2
    result = run(args)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else table(result))
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
