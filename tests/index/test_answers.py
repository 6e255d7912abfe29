"""Answer types, units and qualifiers through the real engine: the bundled article and two invented
documents (tests/data/answers), questions in tests/data/answer_questions.jsonl."""

from __future__ import annotations

import shutil

import pytest

from support import DATA, REPO, engine_config, figures_of_another_unit, misses, questions
from wenda.index.engine import Engine

QUESTIONS = questions("answer_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("answers")
    corpus = root / "corpus"
    shutil.copytree(DATA / "answers", corpus)
    for f in (REPO / "corpus" / "data").glob("*.txt"):  # the bundled article beside them
        shutil.copy(f, corpus / f.name)
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_the_set_has_both_kinds():
    assert sum(q["answerable"] for q in QUESTIONS) >= 25
    assert sum(not q["answerable"] for q in QUESTIONS) >= 15


def test_answers_at_least_95_percent(engine):
    answerable = [q for q in QUESTIONS if q["answerable"]]
    wrong = misses(engine, answerable)
    assert 1 - len(wrong) / len(answerable) >= 0.95, wrong


def test_refusals_at_least_95_percent(engine):
    refusals = [q for q in QUESTIONS if not q["answerable"]]
    wrong = misses(engine, refusals)
    assert 1 - len(wrong) / len(refusals) >= 0.95, wrong


def test_no_answered_figure_has_another_unit(engine):
    """The measure word agrees, or the figure stands right beside the very noun asked (102幅 横幅 for 多少条横幅)."""
    checked, wrong = figures_of_another_unit(engine, QUESTIONS)
    assert wrong == []
    assert checked >= 15


def test_a_figure_about_something_else_is_refused_though_the_sentence_names_the_noun(engine):
    # the sentence speaks of 卡点 but its figure counts 口罩
    ans = engine.ask("商务中心区设了多少卡点？")
    assert not ans.found
    assert "10000" not in (ans.answer or "")


def test_a_clock_question_gets_a_clock_time(engine):
    ans = engine.ask("宿舍几点熄灯？")
    assert ans.found and "21:30" in ans.answer and "6人间" not in ans.answer


def test_the_answer_line_is_the_listed_item(engine):
    ans = engine.ask("崔桥镇悬挂了多少条横幅")
    assert ans.found and "102幅" in ans.answer and "标语" not in ans.answer


def test_a_traditional_corpus_is_matched_in_simplified_and_quoted_as_written(tmp_path):
    import opencc

    to_trad = opencc.OpenCC("s2t")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in (DATA / "answers").glob("*.txt"):
        (corpus / f.name).write_text(to_trad.convert(f.read_text(encoding="utf-8")), encoding="utf-8")
    eng = Engine.open(engine_config(corpus, tmp_path / "idx"), progress=False)
    ans = eng.ask("县里投放了多少辆新能源公交车？")
    assert ans.found and "24輛" in ans.answer and "公交車" in ans.quotes[0].text  # the original script
    ans = eng.ask("考核合格的乡镇奖励多少钱")
    assert ans.found and "8萬元" in ans.answer
    assert not eng.ask("县里投放了多少辆燃油公交车？").found
    assert not eng.ask("每个村要配几名环境检查员？").found
    # every quote, a sentence with its neighbour too, is the corpus's own text: never the simplified form
    written = "".join("".join(f.read_text(encoding="utf-8").split()) for f in corpus.glob("*.txt"))
    quotes = [x for q in ("县里投放了多少辆新能源公交车？", "考核合格的乡镇奖励多少钱", "牵头单位是谁", "为什么要开展这项工作")
              for x in eng.ask(q).quotes]
    assert quotes and any("。" in x.text.rstrip("。") for x in quotes), [x.text for x in quotes]  # one of two sentences
    assert all("".join(x.text.split()) in written for x in quotes)
