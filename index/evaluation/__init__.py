"""Evaluation: one evaluator per kind of data, its settings as constructor arguments, plain data in
and a dict of metrics out.

    data.py        load_questions (article-style JSONL), load_squad (SQuAD-style JSON), EvalDataError
    questions.py   QuestionsEvaluator — answers, refusals, quote hits and MRR of a questions file
    squad.py       SquadEvaluator — answer-in-quote and passage hits on pooled SQuAD-style passages
    metrics.py     the shared metric functions: text matching, hit@k, MRR, latency percentiles, memory
    baselines.py   BM25-only and dense-only rankers over the engine's sentences

Nothing here is about building the index: the evaluators take the system under test as
functions (ask, rank), the baselines a Store and an Encoder.
"""

from wenda.index.evaluation.data import EvalDataError, load_questions, load_squad, squad_questions
from wenda.index.evaluation.metrics import latency_summary, peak_rss_mib
from wenda.index.evaluation.questions import MRR_DEPTH, QuestionsEvaluator
from wenda.index.evaluation.squad import SQUAD_DEPTH, SquadEvaluator

__all__ = [
    "EvalDataError", "MRR_DEPTH", "QuestionsEvaluator", "SQUAD_DEPTH", "SquadEvaluator", "latency_summary",
    "load_questions", "load_squad", "peak_rss_mib", "squad_questions",
]
