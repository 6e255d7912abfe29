"""Evaluation metrics: plain functions, questions in, a dict of metrics out.

Two kinds of data:

* a questions file (JSONL, one object per line: `q`, `answerable`, `keys`, `answer_any`) —
  questions about a corpus whose answers and source sentences are known;
* SQuAD-style data (e.g. CMRC 2018): every paragraph is one document of a pooled corpus and
  each question is asked against the whole pool.

The system under test is passed in as functions, so the same metrics serve the engine, the
plain baselines and hand-made fakes in the tests:

    ask(question) -> Answer                 (found, answer, quotes best first)
    rank(question, k) -> list[Quote]        (the k best sentences, best first)

Text matching ("is this gold string in that quote?") compares normalised text: NFKC (full-width
→ half-width), lower case, whitespace removed — the corpus and the gold strings can differ in
exactly those ways and still mean the same characters.
"""

from __future__ import annotations

import json
import math
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from wenda.corpus.types import Answer, Quote

Ask = Callable[[str], Answer]
Rank = Callable[[str, int], list[Quote]]

MRR_DEPTH = 10  # the article set's MRR looks this deep into the ranking
SQUAD_DEPTH = 5  # SQuAD-style sets are scored @1 and @5


class EvalDataError(Exception):
    """An evaluation file that cannot be read; the message names the file and line."""


# -- text matching ---------------------------------------------------------------------------
_SPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """The form both sides of a match are compared in: NFKC, lower case, no whitespace."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def contains_any(text: str | None, needles: Iterable[str]) -> bool:
    """Whether any (non-empty) needle occurs in text, both normalised."""
    hay = norm(text)
    return any(n and n in hay for n in (norm(x) for x in needles))


def first_hit(texts: Sequence[str], needles: Sequence[str]) -> int | None:
    """1-based rank of the first text holding a needle, or None when none does."""
    for i, t in enumerate(texts, 1):
        if contains_any(t, needles):
            return i
    return None


def hit_at(rank: int | None, k: int) -> bool:
    return rank is not None and rank <= k


def reciprocal_rank(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / rank


def mean(values: Sequence[float]) -> float | None:
    """The mean, or None for no values (a metric that does not apply, not a zero)."""
    return sum(values) / len(values) if values else None


# -- latency ---------------------------------------------------------------------------------
def percentile(values: Sequence[float], p: float) -> float | None:
    """The p-th percentile (0–100) with linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def latency_summary(ms: Sequence[float]) -> dict[str, float | int | None]:
    """p50/p95/p99/mean/max of per-question latencies in milliseconds."""
    out: dict[str, float | int | None] = {"n": len(ms)}
    for p in (50, 95, 99):
        v = percentile(ms, p)
        out[f"p{p}_ms"] = None if v is None else round(v, 3)
    out["mean_ms"] = None if not ms else round(sum(ms) / len(ms), 3)
    out["max_ms"] = None if not ms else round(max(ms), 3)
    return out


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    out = fn()
    return out, (time.perf_counter() - t0) * 1000


# -- data ------------------------------------------------------------------------------------
def load_questions(path: str | Path) -> list[dict]:
    """A questions file: JSONL with q, answerable, keys, answer_any (other fields are kept)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except OSError as e:
        raise EvalDataError(f"cannot read questions file {p}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise EvalDataError(f"{p} is not UTF-8") from e
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalDataError(f"{p}:{n}: not JSON ({e.msg})") from e
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            raise EvalDataError(f"{p}:{n}: expected an object with a string \"q\"")
        answerable = bool(item.get("answerable", True))
        keys = [str(k) for k in item.get("keys") or []]
        answer_any = [str(a) for a in item.get("answer_any") or []]
        if answerable and not (keys and answer_any):
            raise EvalDataError(f"{p}:{n}: an answerable question needs \"keys\" and \"answer_any\"")
        out.append({**item, "answerable": answerable, "keys": keys, "answer_any": answer_any})
    if not out:
        raise EvalDataError(f"no questions in {p}")
    return out


def squad_questions(data: dict, name: str) -> list[dict]:
    """The questions of SQuAD-style data: q, answers (gold texts), doc (the paragraph's doc_id), id.

    `doc` is numbered exactly as corpus.load.squad_documents numbers the paragraphs of a file
    called `name` (a running index over paragraphs with a non-empty context), so it can be
    compared with Quote.doc when the file itself is the corpus.
    """
    out = []
    n = 0
    for article in data.get("data", []):
        for para in article.get("paragraphs", []):
            context = para.get("context")
            if not isinstance(context, str) or not context.strip():
                continue
            doc = f"{name}#{n}"
            n += 1
            for qa in para.get("qas", []):
                q = qa.get("question")
                answers = list(dict.fromkeys(str(a.get("text", "")) for a in qa.get("answers", [])
                                             if str(a.get("text", "")).strip()))
                if isinstance(q, str) and q.strip() and answers:
                    out.append({"id": qa.get("id"), "q": q, "answers": answers, "doc": doc})
    return out


def load_squad(path: str | Path) -> list[dict]:
    """squad_questions for a file, with doc ids as the engine gives them when the file is the corpus."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise EvalDataError(f"cannot read {p}: {e.strerror or e}") from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise EvalDataError(f"{p} is not UTF-8 JSON: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise EvalDataError(f"{p} is not SQuAD-style JSON (expected {{\"data\": [...]}})")
    out = squad_questions(data, p.name)
    if not out:
        raise EvalDataError(f"no answerable questions in {p}")
    return out


# -- the article-style questions file --------------------------------------------------------
def _warm(fn: Callable[[], Any], warmup: bool) -> None:
    if warmup:
        fn()


def evaluate_ranking(rank: Rank, questions: list[dict], depth: int = MRR_DEPTH,
                     warmup: bool = True) -> dict:
    """Quote metrics of a ranker on a questions file: hit@1, hit@3 and MRR@depth over answerable ones.

    A quote hits when it holds one of the question's `keys`. Latency is of rank(q, depth) per
    question (all questions); with `warmup`, one untimed call comes first.
    """
    ranks: list[int | None] = []
    ms: list[float] = []
    if questions:
        _warm(lambda: rank(questions[0]["q"], depth), warmup)
    for item in questions:
        quotes, t = _timed(lambda: rank(item["q"], depth))
        ms.append(t)
        if item["answerable"]:
            ranks.append(first_hit([qt.text for qt in quotes], item["keys"]))
    return {
        "n": len(questions),
        "answerable": len(ranks),
        "quote_hit@1": mean([hit_at(r, 1) for r in ranks]),
        "quote_hit@3": mean([hit_at(r, 3) for r in ranks]),
        f"mrr@{depth}": mean([reciprocal_rank(r) for r in ranks]),
        "latency": latency_summary(ms),
    }


def judge(item: dict, ans: Answer) -> dict:
    """One question's verdicts: answer (a gold answer in the answer), quote (a key in quote 1), correct."""
    quotes = [q.text for q in ans.quotes]
    if item["answerable"]:
        answer_ok = bool(ans.found) and contains_any(ans.answer, item["answer_any"])
        quote_rank = first_hit(quotes, item["keys"])
        return {"answer": answer_ok, "quote_rank": quote_rank,
                "correct": answer_ok and quote_rank == 1}
    return {"answer": None, "quote_rank": None, "correct": not ans.found}


def evaluate_questions(ask: Ask, questions: list[dict], rank: Rank | None = None,
                       depth: int = MRR_DEPTH, warmup: bool = True) -> dict:
    """The engine's metrics on a questions file.

    answer_accuracy   answerable: found and an `answer_any` string in the answer
    strict_accuracy   answerable: that, and a `keys` string in the first quote
    refusal_accuracy  unanswerable: found is False
    overall_accuracy  every question: strict for answerable ones, refusal for the others
    quote_hit@1, @3   answerable: a `keys` string in the first / any of the (≤3) quotes of ask
    mrr@depth         answerable: 1/rank of the first quote holding a key in rank(q, depth) (needs rank)
    found_rate        every question: share answered (found)
    misses            the questions not correct: question, expected, got, first quote
    latency           per ask, in ms (with `warmup`, one untimed ask comes first)
    """
    verdicts = []
    ms: list[float] = []
    misses = []
    mrr: list[float] = []
    if questions:
        _warm(lambda: ask(questions[0]["q"]), warmup)
    for item in questions:
        ans, t = _timed(lambda: ask(item["q"]))
        ms.append(t)
        v = judge(item, ans)
        verdicts.append((item, ans, v))
        if item["answerable"] and rank is not None:
            mrr.append(reciprocal_rank(first_hit([q.text for q in rank(item["q"], depth)], item["keys"])))
        if not v["correct"]:
            misses.append(_miss(item, ans, v))
    answerable = [(i, a, v) for i, a, v in verdicts if i["answerable"]]
    refusals = [(i, a, v) for i, a, v in verdicts if not i["answerable"]]
    return {
        "n": len(questions),
        "answerable": len(answerable),
        "unanswerable": len(refusals),
        "answer_accuracy": mean([v["answer"] for _, _, v in answerable]),
        "strict_accuracy": mean([v["correct"] for _, _, v in answerable]),
        "refusal_accuracy": mean([v["correct"] for _, _, v in refusals]),
        "overall_accuracy": mean([v["correct"] for _, _, v in verdicts]),
        "quote_hit@1": mean([hit_at(v["quote_rank"], 1) for _, _, v in answerable]),
        "quote_hit@3": mean([hit_at(v["quote_rank"], 3) for _, _, v in answerable]),
        f"mrr@{depth}": mean(mrr) if rank is not None else None,
        "found_rate": mean([bool(a.found) for _, a, _ in verdicts]),
        "latency": latency_summary(ms),
        "misses": misses,
    }


def _miss(item: dict, ans: Answer, v: dict) -> dict:
    if item["answerable"]:
        expected = " / ".join(item["answer_any"])
        if not ans.found:
            why = "refused"
        elif not v["answer"]:
            why = "wrong answer"
        else:
            why = "key not in first quote"
    else:
        expected, why = "(refusal)", "answered an unanswerable question"
    return {
        "q": item["q"],
        "id": item.get("id"),
        "expected": expected,
        "keys": list(item["keys"]),
        "got": ans.answer if ans.found else "(refused)",
        "first_quote": ans.quotes[0].text if ans.quotes else None,
        "quote_rank": v["quote_rank"],
        "why": why,
    }


# -- SQuAD-style data ------------------------------------------------------------------------
def evaluate_squad(rank: Rank, questions: list[dict], ask: Ask | None = None,
                   depth: int = SQUAD_DEPTH, warmup: bool = True,
                   progress: Callable[[int, int], None] | None = None) -> dict:
    """Metrics on SQuAD-style questions asked against the pooled corpus.

    answer_in_quote@1, @depth   a gold answer text inside the first / one of the first `depth` quotes
    passage_hit@1, @depth       the first / one of the first `depth` quotes comes from the question's paragraph
    passage_mrr@depth           1/rank of the first quote from the question's paragraph
    found_rate                  share the engine answered (needs ask)
    answer_contains             found and a gold answer text inside the answer (needs ask)
    latency                     per ask when given (the answering path), else per rank(q, depth)
    """
    in_quote: list[int | None] = []
    passage: list[int | None] = []
    found: list[bool] = []
    contains: list[bool] = []
    ms: list[float] = []
    if questions:
        _warm(lambda: ask(questions[0]["q"]) if ask else rank(questions[0]["q"], depth), warmup)
    for i, item in enumerate(questions):
        q = item["q"]
        if ask is not None:
            ans, t = _timed(lambda: ask(q))
            quotes = rank(q, depth)
            found.append(bool(ans.found))
            contains.append(bool(ans.found) and contains_any(ans.answer, item["answers"]))
        else:
            quotes, t = _timed(lambda: rank(q, depth))
        ms.append(t)
        in_quote.append(first_hit([qt.text for qt in quotes], item["answers"]))
        passage.append(next((j for j, qt in enumerate(quotes, 1) if qt.doc == item["doc"]), None))
        if progress is not None:
            progress(i + 1, len(questions))
    return {
        "n": len(questions),
        "answer_in_quote@1": mean([hit_at(r, 1) for r in in_quote]),
        f"answer_in_quote@{depth}": mean([hit_at(r, depth) for r in in_quote]),
        "passage_hit@1": mean([hit_at(r, 1) for r in passage]),
        f"passage_hit@{depth}": mean([hit_at(r, depth) for r in passage]),
        f"passage_mrr@{depth}": mean([reciprocal_rank(r) for r in passage]),
        "found_rate": mean(found) if ask is not None else None,
        "answer_contains": mean(contains) if ask is not None else None,
        "latency": latency_summary(ms),
    }


def peak_rss_mib() -> float:
    """This process's peak resident memory so far, in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    import resource
    import sys

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
