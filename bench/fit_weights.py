"""Fit the evidence weights of index/answer.py (WEIGHTS) on CMRC 2018 trial.

    python bench/fit_weights.py ../shared/benchmarks/cmrc2018/cmrc2018_trial.json

For every question, the engine's candidate sentences and their features are
collected; a sentence is positive when it holds a gold answer. A listwise fit
(softmax over each question's candidates, L2-regularised, deterministic L-BFGS)
gives the weights, rescaled so that `support` has weight 1.0.
It prints answer-in-quote@1/@5 with the current and the fitted weights, and the
fitted WEIGHTS to paste into index/answer.py. Only trial data is used: dev is for
reporting, the article questions for checking.

The questions are those with a gold answer, read by wenda.corpus.squad (the reader the corpus
loader uses for the same file). Needs the bench extra (scipy): pip install -e ".[bench]".
"""

from __future__ import annotations

import argparse
import os
import sys

import numpy as np

from wenda.bot.config import Config, ConfigError
from wenda.corpus.squad import SquadError, read_squad
from wenda.index import answer as answer_mod
from wenda.index.engine import Engine, EngineError


def squad_questions(path: str) -> list[tuple[str, tuple[str, ...]]]:
    """(question, gold answer texts) of every question with a gold answer."""
    return [(q.text, q.answers) for q in read_squad(path).questions if q.answers]


def collect(engine, questions) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per question: feature matrix of its candidates and 0/1 labels (gold answer in sentence)."""
    ans = engine.answerer
    names = list(answer_mod.WEIGHTS)
    rows = []
    for q_text, golds in questions:
        q = ans.analyse(q_text)
        allowed = None
        if q.sections:
            allowed = np.asarray(sorted(i for s in q.sections for i in ans.sections.ids[s]), dtype=np.int64)
        hits = ans.retriever.search(q.text, allowed, k=answer_mod.CANDIDATES)
        if not hits:
            continue
        top = answer_mod.Tops.of(hits)
        X = np.array([[ans.features(q, h, top)[n] for n in names] for h in hits])
        y = np.array([any(g in h.chunk.text for g in golds) for h in hits], dtype=float)
        ids = np.array([h.chunk.id for h in hits])
        rows.append((X, y, ids))
    return rows


def at_k(rows, w: np.ndarray, k: int) -> float:
    hits = 0
    for X, y, _ in rows:
        order = np.argsort(-(X @ w), kind="stable")[:k]
        hits += bool(y[order].any())
    return hits / max(1, len(rows))


def fit(rows, l2: float = 1e-3) -> np.ndarray:
    """Listwise fit: maximise the softmax probability of a gold sentence among each question's candidates."""
    from scipy.optimize import minimize

    data = [(X, y) for X, y, _ in rows if y.any() and not y.all()]
    dim = data[0][0].shape[1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * w @ w, 2 * l2 * w
        for X, y in data:
            s = X @ w
            s = s - s.max()
            p = np.exp(s)
            p /= p.sum()
            pos = p * y
            mass = pos.sum()
            total -= np.log(mass + 1e-12)
            grad += X.T @ (p - pos / (mass + 1e-12))
        return total / len(data), grad / len(data)

    w0 = np.zeros(dim)
    res = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x
    names = list(answer_mod.WEIGHTS)
    scale = abs(w[names.index("support")]) or 1.0
    return w / scale


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("squad", help="SQuAD-style training file (CMRC 2018 trial)")
    args = ap.parse_args()
    try:
        questions = squad_questions(args.squad)
        engine = Engine.open(Config.from_env(os.environ).engine.with_paths(args.squad))
    except (SquadError, ConfigError, EngineError) as e:
        print(f"fit_weights: {e}", file=sys.stderr)
        return 1
    rows = collect(engine, questions)
    names = list(answer_mod.WEIGHTS)
    current = np.array([answer_mod.WEIGHTS[n] for n in names])
    fitted = fit(rows)
    for label, w in (("current", current), ("fitted", fitted)):
        print(f"{label:8s} @1 {at_k(rows, w, 1):.3f}  @5 {at_k(rows, w, 5):.3f}")
    print("WEIGHTS = {")
    for n, v in zip(names, fitted):
        print(f'    "{n}": {v:.3f},')
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
