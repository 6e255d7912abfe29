"""QuestionsEvaluator: the article-style questions file (load_questions), on the engine or a ranker.

    evaluator = QuestionsEvaluator(questions)          # settings: hits, mrr_depth, warmup
    evaluator(engine.ask, rank=engine.quotes)           # the engine's metrics (answers, refusals, quotes)
    evaluator.ranking(baseline.quotes)                  # a ranker's quote metrics only

The system under test is passed in as functions, so the same metrics serve the engine, the plain
baselines and hand-made fakes in the tests:

    ask(question) -> Answer                 (found, answer, quotes best first)
    rank(question, k) -> list[Quote]        (the k best sentences, best first)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wenda.corpus.types import Answer, Quote
from wenda.index.evaluation.metrics import (contains_any, first_hit, hit_at, latency_summary, mean,
                                            reciprocal_rank, timed)

Ask = Callable[[str], Answer]
Rank = Callable[[str, int], list[Quote]]

MRR_DEPTH = 10  # the article set's MRR looks this deep into the ranking
QUOTE_HITS = (1, 3)  # quote hit@k for these k


class QuestionsEvaluator:
    """Metrics of a questions file: each question has `q`, `answerable`, `keys` and `answer_any`.

    hits        the k of quote_hit@k (a `keys` string in one of the first k quotes)
    mrr_depth   how deep rank(q, depth) is asked, and the depth of mrr@depth
    warmup      one untimed call before the timed ones
    """

    def __init__(self, questions: list[dict], *, hits: Sequence[int] = QUOTE_HITS,
                 mrr_depth: int = MRR_DEPTH, warmup: bool = True):
        self.questions = questions
        self.hits = tuple(hits)
        self.mrr_depth = mrr_depth
        self.warmup = warmup

    def __call__(self, ask: Ask, rank: Rank | None = None) -> dict:
        """The engine's metrics.

        answer_accuracy   answerable: found and an `answer_any` string in the answer
        strict_accuracy   answerable: that, and a `keys` string in the first quote
        refusal_accuracy  unanswerable: found is False
        overall_accuracy  every question: strict for answerable ones, refusal for the others
        quote_hit@k       answerable: a `keys` string in one of the first k quotes of ask
        mrr@depth         answerable: 1/rank of the first quote holding a key in rank(q, depth) (needs rank)
        found_rate        every question: share answered (found)
        misses            the questions not correct: question, expected, got, first quote
        latency           per ask, in ms (with `warmup`, one untimed ask comes first)
        """
        questions, depth = self.questions, self.mrr_depth
        verdicts = []
        ms: list[float] = []
        misses = []
        mrr: list[float] = []
        if questions and self.warmup:
            ask(questions[0]["q"])
        for item in questions:
            ans, t = timed(lambda: ask(item["q"]))
            ms.append(t)
            v = judge(item, ans)
            verdicts.append((item, ans, v))
            if item["answerable"] and rank is not None:
                mrr.append(reciprocal_rank(first_hit([q.text for q in rank(item["q"], depth)], item["keys"])))
            if not v["correct"]:
                misses.append(miss(item, ans, v))
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
            **{f"quote_hit@{k}": mean([hit_at(v["quote_rank"], k) for _, _, v in answerable]) for k in self.hits},
            f"mrr@{depth}": mean(mrr) if rank is not None else None,
            "found_rate": mean([bool(a.found) for _, a, _ in verdicts]),
            "latency": latency_summary(ms),
            "misses": misses,
        }

    def ranking(self, rank: Rank) -> dict:
        """A ranker's quote metrics: quote_hit@k and mrr@depth over the answerable questions.

        A quote hits when it holds one of the question's `keys`. Latency is of rank(q, depth) per
        question (all questions); with `warmup`, one untimed call comes first.
        """
        questions, depth = self.questions, self.mrr_depth
        ranks: list[int | None] = []
        ms: list[float] = []
        if questions and self.warmup:
            rank(questions[0]["q"], depth)
        for item in questions:
            quotes, t = timed(lambda: rank(item["q"], depth))
            ms.append(t)
            if item["answerable"]:
                ranks.append(first_hit([qt.text for qt in quotes], item["keys"]))
        return {
            "n": len(questions),
            "answerable": len(ranks),
            **{f"quote_hit@{k}": mean([hit_at(r, k) for r in ranks]) for k in self.hits},
            f"mrr@{depth}": mean([reciprocal_rank(r) for r in ranks]),
            "latency": latency_summary(ms),
        }


def judge(item: dict, ans: Answer) -> dict:
    """One question's verdicts: answer (a gold answer in the answer), quote_rank (first quote with a key), correct."""
    quotes = [q.text for q in ans.quotes]
    if item["answerable"]:
        answer_ok = bool(ans.found) and contains_any(ans.answer, item["answer_any"])
        quote_rank = first_hit(quotes, item["keys"])
        return {"answer": answer_ok, "quote_rank": quote_rank,
                "correct": answer_ok and quote_rank == 1}
    return {"answer": None, "quote_rank": None, "correct": not ans.found}


def miss(item: dict, ans: Answer, v: dict) -> dict:
    """What a question that was not correct looks like in the report, and why it missed."""
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
