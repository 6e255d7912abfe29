"""Fit the answer decision (index/decide.py) and write index/data/decision.json.

    python bench/fit_decision.py --squad TRIAL.json --squad DRCD.json [--index-dir DIR ...]
                                 [--every 2] [--precision 0.9] [--out index/data/decision.json]

For every question of each SQuAD-style file (its passages pooled, one index per file), the best
few candidates of the engine (decide.DEPTH) give one row each: decide.features, labelled 1 when
the candidate holds a gold answer — in its answer clause (--label clause: extract.clause_of around
its span, what the answer line shows) or anywhere in its sentence (--label sentence: the decision
is whether the passage answers; the span inside it is the extractor's job). The packaged file
uses --label sentence: with clause labels the answerable questions CMRC's spans let through at
0.90 precision were 2 %. The same question asked with its own passage left out of the pool
(SQuAD 2.0 style, index/evaluation/removed.py) gives rows labelled 0: there the right reply is
a refusal. Vetoed candidates (decide.vetoed) are never answered and are left out of the fit.

A logistic regression (scikit-learn, standardised features) is fitted on the rows; the
threshold is the lowest probability at which the answers given (best non-vetoed candidate of
each question, both variants together) are at least `--precision` right. `--every N` keeps the
questions of every N-th passage of a file for fitting (N=2: even passages; the odd ones are held
out for reporting, and their metrics are printed).

--questions FILE.jsonl[=PATHS] adds a questions file of our own kind (q, answerable, keys,
answer_any: the paraphrased, colloquial questions users ask, which the encyclopedia files lack)
over PATHS (its corpus: files or folders, comma-separated; default the bundled article). A candidate is
labelled 1 when its sentence holds one of the question's keys and one of its answers (with
--label clause: its answer clause holds the answer); every candidate of an unanswerable question
is labelled 0. --qweight weighs these rows against the SQuAD rows.

--index DIR names the index folder for a file (same order as --squad); --reuse OLD an earlier
index of the same file (another tokenizer or parser version) whose sentence vectors are reused,
so that only sentences it lacks are embedded again.

--head N pools only a file's first N passages (in file order; the derived file is written into the --rows
folder). --folds K reports leave-sets-out numbers: the --questions files split into K folds, each decided by
a model fitted without it. @FILE reads arguments from FILE, one per line (# starts a comment):
bench/own_questions.args names our own questions files and their corpora.

A refit with our own questions, leave-sets-out numbers reported, is run as (fitted_on.command records
the command in the file written):

    python bench/fit_decision.py --label sentence --sample 250 --rows /tmp/fit_rows \
        --squad ../shared/benchmarks/cmrc2018/cmrc2018_trial.json --every 1 --head 0 \
        --squad ../shared/benchmarks/drcd/DRCD_dev.json --every 2 --head 400 \
        @bench/own_questions.args --folds 5 --out /tmp/decision.json

The packaged index/data/decision.json predates the recorded command (CMRC trial and DRCD dev's first
400 passages, 250 questions each, --label sentence) and was kept: in session 20 this refit, measured
through the engine with each set decided by a model fitted without it, answered 20 more of 2,491 own
answerable questions and 8 fewer of 799 refusals, the same trade a lower threshold makes (README).

Needs the bench extra (scikit-learn): pip install -e ".[bench]".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from wenda.bot.config import Config, ConfigError
from wenda.corpus.squad import SquadError, read_squad
from wenda.index import decide, extract
from wenda.index.engine import Engine, EngineError
from wenda.index.evaluation.metrics import contains_any
from wenda.index.evaluation.removed import WithoutPassage

ROOT = Path(__file__).resolve().parent.parent


class CachedEncoder:
    """The engine's encoder, with the document vectors of an earlier index reused by sentence context
    (vectors depend on the text and the model only, not on the tokenizer or the parser's version)."""

    def __init__(self, encoder, old: Path):
        from wenda.index.store import Store

        self._encoder = encoder
        store = Store.load(old)
        if store.manifest.model_id != encoder.model_id:
            raise SystemExit(f"fit_decision: {old} was built with another model ({store.manifest.model_id})")
        self._known = {c.context(): store.vectors[i] for i, c in enumerate(store.chunks)}
        for name in ("name", "model_id", "dim", "path", "backend", "source"):
            setattr(self, name, getattr(encoder, name))

    def encode_query(self, texts, batch_size: int = 64):
        return self._encoder.encode_query(texts, batch_size)

    def encode_document(self, texts, batch_size: int = 64, progress: bool = False):
        new = [t for t in dict.fromkeys(texts) if t not in self._known]
        if new:
            print(f"fit_decision: embedding {len(new)} of {len(texts)} sentences", file=sys.stderr)
            for t, v in zip(new, self._encoder.encode_document(new, batch_size, progress=progress)):
                self._known[t] = v
        return np.stack([self._known[t] for t in texts]).astype(np.float32)


def open_engine(squad: str, index_dir: str | None, reuse: str | None = None) -> Engine:
    """The engine over a SQuAD file's pooled passages; `reuse`: an older index whose vectors are reused."""
    config = Config.from_env(os.environ).engine.with_paths(squad, index_dir)
    if reuse:
        from wenda.corpus.load import corpus_hash, load_corpus
        from wenda.index.embed.load import load_encoder
        from wenda.index.store import Store, read_manifest

        manifest = read_manifest(config.index_path)
        if manifest is None or manifest.stale_because(config.model, corpus_hash(config.corpus)):
            encoder = CachedEncoder(load_encoder(config), Path(reuse))
            store = Store.build(load_corpus(config.corpus), encoder, config.model, corpus_hash(config.corpus),
                                str(config.corpus), progress=True)
            store.save(config.index_path)
    return Engine.open(config, progress=True)


def passage_number(doc: str) -> int:
    return int(doc.rsplit("#", 1)[1])


def first_passages(path: str, n: int, folder: Path) -> Path:
    """A SQuAD file holding only the first `n` passages of `path`, in file order (its articles cut after the
    n-th passage), written once into `folder` as STEM-headN.json."""
    out = folder / f"{Path(path).stem}-head{n}.json"
    if not out.exists():
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        kept, count = [], 0
        for article in data["data"]:
            if count >= n:
                break
            paragraphs = article["paragraphs"][:n - count]
            count += len(paragraphs)
            kept.append({**article, "paragraphs": paragraphs})
        folder.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({**data, "data": kept}, ensure_ascii=False), encoding="utf-8")
    return out


def clause(s) -> str:
    """The answer clause a candidate would show (its span's clause; the sentence without a span)."""
    text = s.hit.chunk.text
    if s.span is None:
        return text
    if s.span.start < 0:
        return s.span.text + text
    return extract.clause_of(text, s.span)


def collect(engine: Engine, questions, removed: bool):
    """Rows (features, label, veto, question number) of the best candidates of every question;
    removed=True asks each with its own passage left out (every row labelled 0)."""
    answerer = engine.answerer
    without = WithoutPassage(answerer) if removed else None
    rows = []
    for n, (text, golds, doc) in enumerate(questions):
        q, ranked = without.rank(text, doc) if without is not None else answerer.rank(text)
        if not ranked:
            continue
        for s, f, veto in decide.candidates(answerer, q, ranked):
            in_clause = 0 if removed else int(contains_any(clause(s), golds))
            in_sentence = 0 if removed else int(contains_any(s.hit.chunk.text, golds))
            rows.append((f, in_clause, veto is not None, -1 - n if removed else n, in_sentence))
    return rows


def corpus_of(paths: str, folder: Path) -> Path:
    """A corpus folder holding the files (and the files of the folders) named in `paths`."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for name in filter(None, paths.split(",")):
        src = Path(name)
        for f in ([src] if src.is_file() else sorted(x for x in src.iterdir() if x.is_file())):
            dst = folder / f.name
            if not dst.exists() or dst.read_bytes() != f.read_bytes():
                shutil.copy(f, dst)
    return folder


def collect_questions(engine: Engine, items: list[dict]):
    """Rows (features, clause label, veto, question number, sentence label) of a questions file's
    questions: a candidate is right when its sentence holds a key and an answer (its clause: the answer)."""
    answerer = engine.answerer
    rows = []
    for n, item in enumerate(items):
        q, ranked = answerer.rank(item["q"])
        for s, f, veto in decide.candidates(answerer, q, ranked):
            text = s.hit.chunk.text
            ok = item["answerable"] and contains_any(text, item["keys"])
            in_sentence = int(bool(ok) and contains_any(text, item["answer_any"]))
            in_clause = int(bool(ok) and contains_any(clause(s), item["answer_any"]))
            rows.append((f, in_clause, veto is not None, n, in_sentence))
    return rows


def answered(probs: np.ndarray, labels: np.ndarray, vetoed: np.ndarray, groups: np.ndarray):
    """Per question: (best non-vetoed probability, its label); -1 where every candidate is vetoed."""
    best: dict[int, tuple[float, int]] = {}
    for p, y, v, g in zip(probs, labels, vetoed, groups):
        if v:
            best.setdefault(int(g), (-1.0, 0))
            continue
        if int(g) not in best or p > best[int(g)][0]:
            best[int(g)] = (float(p), int(y))
    got = np.array(list(best.values()))
    return got[:, 0], got[:, 1]


def pick_threshold(p: np.ndarray, y: np.ndarray, target: float) -> tuple[float, float, float]:
    """The lowest threshold whose answers are at least `target` precise: (threshold, precision, answered share)."""
    order = np.argsort(-p, kind="stable")
    ps, ys = p[order], y[order]
    right = np.cumsum(ys)
    given = np.arange(1, len(ys) + 1)
    prec = right / given
    ok = [i for i in range(len(ps)) if ps[i] >= 0 and prec[i] >= target
          and (i + 1 == len(ps) or ps[i + 1] < ps[i])]  # cut only between distinct probabilities
    if not ok:
        return 1.0, float("nan"), 0.0
    i = max(ok)
    return float(ps[i]), float(prec[i]), float(given[i] / len(ps))


def fit_model(X, y, vetoed, groups, weight, use, C: float, target: float):
    """The regression fitted on the rows `use` marks (standardised over them; vetoed rows left out) and the
    threshold at which its answers to those rows' questions are `target` precise: (model, mean, scale,
    threshold, precision, answered share)."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = X[use].mean(axis=0), X[use].std(axis=0)
    scale[scale == 0] = 1.0
    keep = use & ~vetoed
    model = LogisticRegression(C=C, max_iter=2000).fit((X[keep] - mean) / scale, y[keep], sample_weight=weight[keep])
    probs = model.predict_proba((X[use] - mean) / scale)[:, 1]
    p, yq = answered(probs, y[use], vetoed[use], groups[use])
    return (model, mean, scale, *pick_threshold(p, yq, target))


def held_out(X, y, vetoed, groups, weight, own_groups, folds: int, C: float, target: float) -> dict:
    """Leave-sets-out: the questions files split into `folds` folds (file i in fold i mod folds); each fold's
    questions decided by a model fitted without them (the SQuAD rows and the other folds). What the fitted
    model alone would do: its best non-vetoed candidate answered above the threshold."""
    out = {"folds": folds, "answered": 0, "right": 0, "questions": 0, "answerable": 0}
    for k in range(folds):
        mine = np.zeros(len(y), bool)
        for i, (_, lo, hi, _) in enumerate(own_groups):
            if i % folds == k:
                mine |= (groups >= lo) & (groups < hi)
        if not mine.any():
            continue
        model, mean, scale, threshold, *_ = fit_model(X, y, vetoed, groups, weight, ~mine, C, target)
        probs = model.predict_proba((X[mine] - mean) / scale)[:, 1]
        p, yq = answered(probs, y[mine], vetoed[mine], groups[mine])
        out["answered"] += int((p >= threshold).sum())
        out["right"] += int(((p >= threshold) & (yq == 1)).sum())
        out["questions"] += int(len(p))
    out["answerable"] = sum(sum(x["answerable"] for x in items) for *_, items in own_groups)
    out["precision"] = out["right"] / out["answered"] if out["answered"] else None
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                 fromfile_prefix_chars="@")
    # @FILE: one argument per line; blank lines and lines starting with # are skipped (bench/own_questions.args)
    ap.convert_arg_line_to_args = lambda line: [] if not line.strip() or line.lstrip().startswith("#") else [line.strip()]
    ap.add_argument("--squad", action="append", default=[], help="SQuAD-style file (repeat)")
    ap.add_argument("--index", action="append", default=[], help="the index folder for that file")
    ap.add_argument("--reuse", action="append", default=[], help="an older index of that file to take vectors from")
    ap.add_argument("--every", action="append", type=int, default=[], help="fit on every N-th passage (per file)")
    ap.add_argument("--head", action="append", type=int, default=[],
                    help="pool only that file's first N passages, in file order (0: all; per file)")
    ap.add_argument("--describe", action="append", default=[], help="where that file's data comes from (kept in the data file)")
    ap.add_argument("--questions", action="append", default=[], metavar="FILE.jsonl[=PATHS]",
                    help="a questions file of our own (repeat); PATHS: its corpus, files or folders, "
                         "comma-separated (default: the bundled article)")
    ap.add_argument("--qweight", type=float, default=1.0, help="weight of a questions file's rows against SQuAD rows")
    ap.add_argument("--label", choices=["clause", "sentence"], default="clause",
                    help="a candidate is right when its answer clause (or its whole sentence) holds a gold answer")
    ap.add_argument("--sample", type=int, default=0, help="at most N fitting questions per file, spread evenly")
    ap.add_argument("--rows", help="folder to keep each file's collected rows in (reused when present)")
    ap.add_argument("--precision", type=float, default=0.90, help="precision of given answers to reach")
    ap.add_argument("--out", default=str(ROOT / "index" / "data" / "decision.json"))
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength of the regression")
    ap.add_argument("--folds", type=int, default=0,
                    help="also report leave-sets-out numbers over the --questions files in this many folds")
    args = ap.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("fit_decision: needs scikit-learn (pip install -e \".[bench]\")", file=sys.stderr)
        return 2

    rows = []  # (features, label, vetoed, question group, weight)
    fitted_on = []
    label = 4 if args.label == "sentence" else 1  # the collected rows' sentence or clause label
    for i, path in enumerate(args.squad):
        every = args.every[i] if i < len(args.every) else 1
        head = args.head[i] if i < len(args.head) else 0
        try:
            if head:
                path = str(first_passages(path, head, Path(args.rows or "/tmp/fit_decision")))
            sq = read_squad(path)
        except SquadError as e:
            print(f"fit_decision: {e}", file=sys.stderr)
            return 1
        qs = [(x.text, x.answers, x.doc) for x in sq.questions if x.answers]
        fit = [x for x in qs if passage_number(x[2]) % every == 0]
        if args.sample and len(fit) > args.sample:
            fit = [fit[int(j * len(fit) / args.sample)] for j in range(args.sample)]
        cache = Path(args.rows) / f"{Path(path).stem}-{every}-{len(fit)}-v2.json" if args.rows else None
        if cache is not None and cache.exists():
            got = [tuple(r) for r in json.loads(cache.read_text(encoding="utf-8"))]
            for f, *_ in got:  # rows kept before a derived feature was added
                f.setdefault("rule", decide.rule_verdict(f))
        else:
            try:
                engine = open_engine(path, args.index[i] if i < len(args.index) else None,
                                     args.reuse[i] if i < len(args.reuse) else None)
            except (EngineError, ConfigError) as e:
                print(f"fit_decision: {e}", file=sys.stderr)
                return 1
            t0 = time.perf_counter()
            got = collect(engine, fit, False) + collect(engine, fit, True)
            print(f"fit_decision: {Path(path).name}: {len(fit)} questions × 2 variants in "
                  f"{time.perf_counter() - t0:.0f} s", file=sys.stderr)
            if cache is not None:
                cache.parent.mkdir(parents=True, exist_ok=True)
                cache.write_text(json.dumps(got), encoding="utf-8")
        base = len(rows) and max(abs(r[3]) for r in rows) + 1
        rows += [(r[0], r[label], r[2], r[3] + base if r[3] >= 0 else r[3] - base, 1.0) for r in got]
        fitted_on.append({"file": Path(path).name, "source": args.describe[i] if i < len(args.describe) else "",
                          "questions": len(fit), "of": len(qs), "passages_in_pool": len(sq.documents),
                          "passages": "all" if every == 1 else f"every {every}th (numbers ≡ 0 mod {every})",
                          "variants": ["own passage", "own passage removed (label 0)"]})

    own_groups = []
    for spec in args.questions:
        from wenda.index.evaluation.data import EvalDataError, load_questions

        path, _, over = spec.partition("=")
        over = over or str(ROOT / "corpus" / "data")
        try:
            items = load_questions(path)
        except EvalDataError as e:
            print(f"fit_decision: {e}", file=sys.stderr)
            return 1
        work = Path(args.rows or "/tmp/fit_decision") / f"own-{Path(path).stem}"
        config = Config.from_env(os.environ).engine.with_paths(corpus_of(over, work / "corpus"), work / "index")
        try:
            engine = Engine.open(config, progress=True)
        except (EngineError, ConfigError) as e:
            print(f"fit_decision: {e}", file=sys.stderr)
            return 1
        got = collect_questions(engine, items)
        base = len(rows) and max(abs(r[3]) for r in rows) + 1
        rows += [(r[0], r[label], r[2], r[3] + base, args.qweight) for r in got]
        own_groups.append((Path(path).name, base, base + len(items), items))
        fitted_on.append({"file": Path(path).name, "source": f"our own questions over {over}",
                          "questions": len(items), "answerable": sum(x["answerable"] for x in items),
                          "weight": args.qweight})

    if not rows:
        print("fit_decision: give --squad or --questions", file=sys.stderr)
        return 2
    names = list(rows[0][0])
    X = np.array([[r[0][n] for n in names] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows])
    vetoed = np.array([r[2] for r in rows])
    groups = np.array([r[3] for r in rows])
    weight = np.array([r[4] for r in rows])
    model, mean, scale, threshold, precision, share = fit_model(X, y, vetoed, groups, weight, np.ones(len(y), bool),
                                                          args.C, args.precision)
    probs = model.predict_proba((X - mean) / scale)[:, 1]
    p, _ = answered(probs, y, vetoed, groups)
    normal = groups >= 0
    pn, yn = answered(probs[normal], y[normal], vetoed[normal], groups[normal])
    pr, _ = answered(probs[~normal], y[~normal], vetoed[~normal], groups[~normal])
    report = {
        "rows": int(len(y)), "positives": int(y.sum()), "questions": int(len(p)),
        "answered_own_passage": float(np.mean(pn >= threshold)),
        "right_own_passage": float(np.mean((pn >= threshold) & (yn == 1))),
        "refused_removed": float(np.mean(pr < threshold)),
        "precision_both": precision, "answered_share_both": share,
    }
    for name, lo, hi, items in own_groups:
        mine = (groups >= lo) & (groups < hi)
        pq, yq2 = answered(probs[mine], y[mine], vetoed[mine], groups[mine])
        n_ans = sum(x["answerable"] for x in items)
        report[name] = {"answerable_right_above": int(((pq >= threshold) & (yq2 == 1)).sum()),
                        "answerable": n_ans, "answered_above": int((pq >= threshold).sum()),
                        "questions_with_candidates": int(len(pq))}
    if args.folds and own_groups:
        report["held_out"] = held_out(X, y, vetoed, groups, weight, own_groups, args.folds, args.C, args.precision)
    out = {
        "about": "Logistic regression over index/decide.features, written by bench/fit_decision.py; "
                 "answer when the best non-vetoed candidate's probability >= threshold.",
        "features": names,
        "coef": [round(float(c), 6) for c in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "mean": [round(float(m), 6) for m in mean],
        "scale": [round(float(s), 6) for s in scale],
        "threshold": round(threshold, 6),
        "precision_target": args.precision,
        "depth": decide.DEPTH,
        "fitted_on": {"command": " ".join(["python bench/fit_decision.py", *(argv if argv is not None else sys.argv[1:])]),
                      "data": fitted_on, "C": args.C, "label": args.label, "fit": report,
                      "fitted_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    print(f"threshold {threshold:.4f} (precision {precision:.3f} on the fitting questions, target {args.precision})")
    for n, c in sorted(zip(names, model.coef_[0]), key=lambda x: -abs(x[1])):
        print(f"  {n:14s} {c:+.3f}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
