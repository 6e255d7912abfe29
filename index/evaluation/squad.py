"""SquadEvaluator: SQuAD-style questions (load_squad) asked against the pooled passages.

    evaluator = SquadEvaluator(questions)               # settings: depth, warmup
    evaluator(engine.quotes, ask=engine.ask)            # the engine (ranking and answering)
    evaluator(baseline.quotes)                          # a ranker only
    evaluator.removed(without_passage(engine.answerer)) # the own-passage-removed variant (refusals)

Each question has `q`, `answers` (gold texts) and `doc` (its passage's doc_id, compared with
Quote.doc).
"""

from __future__ import annotations

from collections.abc import Callable

from wenda.corpus.types import Answer
from wenda.index.evaluation.metrics import (cmrc_em, cmrc_f1, contains_any, first_hit, hit_at, latency_summary,
                                            mean, reciprocal_rank, timed)
from wenda.index.evaluation.questions import Ask, Rank

AskWithout = Callable[[str, str], Answer]  # ask(question, doc): the answer with passage `doc` left out

SQUAD_DEPTH = 5  # SQuAD-style sets are scored @1 and @5


class SquadEvaluator:
    """Metrics on SQuAD-style questions.

    depth   how many quotes rank(q, depth) gives; the metrics are @1 and @depth
    warmup  one untimed call before the timed ones
    """

    def __init__(self, questions: list[dict], *, depth: int = SQUAD_DEPTH, warmup: bool = True):
        self.questions = questions
        self.depth = depth
        self.warmup = warmup

    def __call__(self, rank: Rank, ask: Ask | None = None,
                 progress: Callable[[int, int], None] | None = None) -> dict:
        """The metrics; progress(done, total) is called after each question when given.

        answer_in_quote@1, @depth   a gold answer text inside the first / one of the first `depth` quotes
        passage_hit@1, @depth       the first / one of the first `depth` quotes comes from the question's paragraph
        passage_mrr@depth           1/rank of the first quote from the question's paragraph
        found_rate                  share the engine answered (needs ask)
        answer_contains             found and a gold answer text inside the answer line (needs ask), both
                                    without punctuation as the official script compares (metrics.unpunctuated)
        answer_contains_strict      the same with punctuation kept (a gold ending in 。 is not inside a line
                                    that ends without it)
        precision                   of the answered questions, the share whose answer line holds a gold answer
        em, f1                      CMRC 2018's exact match and character F1 of the answer's span (the
                                    answer line when it has no span; a refusal scores 0), over all questions
        latency                     per ask when given (the answering path), else per rank(q, depth)
        """
        questions, depth = self.questions, self.depth
        in_quote: list[int | None] = []
        passage: list[int | None] = []
        found: list[bool] = []
        contains: list[bool] = []
        strict: list[bool] = []
        em: list[float] = []
        f1: list[float] = []
        ms: list[float] = []
        if questions and self.warmup:
            if ask is not None:
                ask(questions[0]["q"])
            else:
                rank(questions[0]["q"], depth)
        for i, item in enumerate(questions):
            q = item["q"]
            if ask is not None:
                ans, t = timed(lambda: ask(q))
                quotes = rank(q, depth)
                found.append(bool(ans.found))
                contains.append(bool(ans.found) and contains_any(ans.answer, item["answers"], punctuation=False))
                strict.append(bool(ans.found) and contains_any(ans.answer, item["answers"]))
                pred = (ans.span or ans.answer or "") if ans.found else ""
                em.append(cmrc_em(item["answers"], pred))
                f1.append(cmrc_f1(item["answers"], pred))
            else:
                quotes, t = timed(lambda: rank(q, depth))
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
            "answer_contains_strict": mean(strict) if ask is not None else None,
            "precision": mean([c for c, f in zip(contains, found) if f]) if ask is not None else None,
            "em": mean(em) if ask is not None else None,
            "f1": mean(f1) if ask is not None else None,
            "latency": latency_summary(ms),
        }

    def removed(self, ask: AskWithout, progress: Callable[[int, int], None] | None = None) -> dict:
        """The own-passage-removed variant: every question asked with its own passage left out.

        refused     share refused (the right reply: the pool no longer holds the passage)
        answered    share answered; `answered_gold` of them still quote a gold answer text
                    (another passage may say the same thing)
        """
        refused: list[bool] = []
        gold: list[bool] = []
        for i, item in enumerate(self.questions):
            ans = ask(item["q"], item["doc"])
            refused.append(not ans.found)
            if ans.found:
                gold.append(contains_any(ans.answer, item["answers"], punctuation=False))
            if progress is not None:
                progress(i + 1, len(self.questions))
        return {
            "n": len(self.questions),
            "refused": mean(refused),
            "answered": mean([not r for r in refused]),
            "answered_gold": mean(gold),
        }
