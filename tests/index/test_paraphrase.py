"""Questions in the asker's words, not the documents' (tests/data/paraphrase_questions.jsonl): synonyms,
colloquial phrasing, typos, Traditional characters, English mixed in, and questions that the documents
cannot answer by design (an attribute of a section that lacks it, a sibling qualifier, an absent
entity), through a real engine over the bundled article and three other documents."""

from __future__ import annotations

import json
import shutil

import pytest

from support import DATA, REPO, answered_right, engine_config
from wenda.index import extract
from wenda.index.engine import Engine
from wenda.index.query import counted_noun, measure_word

QUESTIONS = [json.loads(line) for line in (DATA / "paraphrase_questions.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("paraphrase")
    corpus = root / "corpus"
    shutil.copytree(DATA / "answers", corpus)
    shutil.copy(DATA / "villages" / "spring_farming.txt", corpus / "spring_farming.txt")
    for f in (REPO / "corpus" / "data").glob("*.txt"):  # the bundled article beside them
        shutil.copy(f, corpus / f.name)
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 110
    assert sum(not q["answerable"] for q in QUESTIONS) >= 40
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)


def test_answers_at_least_95_percent(engine):
    answerable = [q for q in QUESTIONS if q["answerable"]]
    wrong = [(q["q"], engine.ask(q["q"]).answer) for q in answerable if not answered_right(engine, q)]
    assert 1 - len(wrong) / len(answerable) >= 0.95, wrong


def test_refusals_at_least_95_percent(engine):
    refusals = [q for q in QUESTIONS if not q["answerable"]]
    wrong = [(q["q"], engine.ask(q["q"]).answer) for q in refusals if not answered_right(engine, q)]
    assert 1 - len(wrong) / len(refusals) >= 0.95, wrong


def test_no_answered_figure_has_another_unit(engine):
    """The measure word agrees, or the figure stands right beside the very noun asked."""
    checked = 0
    for item in QUESTIONS:
        measure = measure_word(item["q"])
        ans = engine.ask(item["q"])
        if ans.found and measure and ans.figures:
            checked += 1
            fig = ans.figures[0]
            noun = counted_noun(item["q"])
            assert (extract.measure_agrees(fig, measure)
                    or (noun and noun in ans.answer
                        and extract.unit_class(extract.unit_of(fig)) == extract.unit_class(measure))), (item["q"], fig)
    assert checked >= 30
