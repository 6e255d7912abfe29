"""Questions in the asker's words, not the documents' (tests/data/paraphrase_questions.jsonl): synonyms,
colloquial phrasing, typos, Traditional characters, English mixed in, and questions that the documents
cannot answer by design (an attribute of a section that lacks it, a sibling qualifier, an absent
entity), through a real engine over the bundled article and three other documents."""

from __future__ import annotations

import json
import shutil

import pytest

from support import DATA, REPO, answered_right, engine_config, figures_of_another_unit
from wenda.index.engine import Engine

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


# Measured (answers, refusals): 63/90, 36/42 before the lexicon; 78/90, 36/42 with it; 80/90, 40/42
# once a value must answer what is asked and not its sibling (support.opposed, Answerer.fits_asked);
# 82/90, 40/42 once a neighbour of the same first character holds a word (卡点 for 卡口: lexicon.kin_in);
# 82/90, 41/42 once what the counted did is asked too (多少人发烧: query.predicate_words).
# The answers' bar (95 %) is not reached yet: e5-small's word vectors do not place 检查站 or 检查点
# near 卡点 (检查点 is nearest 监测点, a sibling), so these stay an expected failure.
AT_LEAST = {"answers": 0.9, "refusals": 0.95}


def test_answers_hold_what_this_branch_reached(engine):
    answerable = [q for q in QUESTIONS if q["answerable"]]
    wrong = [q["q"] for q in answerable if not answered_right(engine, q)]
    assert 1 - len(wrong) / len(answerable) >= AT_LEAST["answers"], wrong


@pytest.mark.xfail(reason="issue 10: 95 % not reached yet (82/90)", strict=True)
def test_answers_at_least_95_percent(engine):
    answerable = [q for q in QUESTIONS if q["answerable"]]
    wrong = [(q["q"], engine.ask(q["q"]).answer) for q in answerable if not answered_right(engine, q)]
    assert 1 - len(wrong) / len(answerable) >= 0.95, wrong


def test_refusals_at_least_95_percent(engine):
    refusals = [q for q in QUESTIONS if not q["answerable"]]
    wrong = [(q["q"], engine.ask(q["q"]).answer) for q in refusals if not answered_right(engine, q)]
    assert 1 - len(wrong) / len(refusals) >= AT_LEAST["refusals"], wrong


def test_no_answered_figure_has_another_unit(engine):
    """The measure word agrees, or the figure stands right beside the very noun asked."""
    checked, wrong = figures_of_another_unit(engine, QUESTIONS)
    assert wrong == []
    assert checked >= 30


def test_a_section_name_one_sound_off_is_that_section():
    from wenda.index.query import near_name

    names = ["崔桥镇", "白潭镇", "大李庄乡", "崔桥", "白潭"]
    assert near_name("崔乔镇设了多少卡点", names) == ("崔桥镇", "崔乔镇")
    assert near_name("大李装乡开了几次会", names) == ("大李庄乡", "大李装乡")
    assert near_name("王庄村设了多少卡点", names) is None
    assert near_name("崔乔镇", ["崔桥镇", "崔侨镇"]) is None  # two equally close: neither


def test_abbreviations_and_siblings():
    from wenda.index.lexicon import abbreviated, siblings

    assert abbreviated("宿管", "宿舍管理员电话") == "宿舍管"
    assert abbreviated("支书", "党支部书记林芳") == "支部书"
    assert abbreviated("卡口", "村级设置堵卡点43个") == ""
    assert siblings("末班车", "首班车") and siblings("保洁员", "监督员") and siblings("高一", "高二")
    assert siblings("困难村", "困难家庭")
    assert not siblings("卡口", "卡点") and not siblings("劝返", "劝阻") and not siblings("村主任", "主任")


def test_word_vectors_are_cached_and_grow(tmp_path, engine):
    from wenda.index.lexicon import Lexicon, WordCache

    first = Lexicon.build([["卡点", "横幅"]], engine.encoder, tmp_path)
    assert first.known("卡点") and not first.known("检查站")
    cached = WordCache(tmp_path, engine.encoder.model_id).load()
    assert set(cached) == {"卡点", "横幅"}
    Lexicon.build([["卡点", "喇叭"]], engine.encoder, tmp_path)
    assert set(WordCache(tmp_path, engine.encoder.model_id).load()) == {"卡点", "横幅", "喇叭"}
    assert abs(float(cached["卡点"] @ cached["卡点"]) - 1.0) < 1e-3


def test_a_refusal_says_what_the_corpus_has(engine):
    ans = engine.ask("白潭镇设了多少个卡点")
    assert not ans.found
    assert "白潭镇" in ans.near and "卡点" in ans.near and "崔桥镇" in ans.near
    assert engine.ask("王庄村设了多少卡点").near == "资料里没有提到王庄村。"


def test_the_refusal_shows_why_and_labels_the_passage(engine):
    from wenda.bot.format import NEAR_LABEL, RELATED_LABEL, render

    text = render(engine.ask("白潭镇设了多少个卡点"))
    assert "但没有白潭镇的" in text and NEAR_LABEL in text and RELATED_LABEL not in text


def test_a_neighbour_of_the_same_first_character_holds_a_foreign_word(engine):
    lexicon = engine.answerer.lexicon
    assert lexicon.kin_in("卡口", "村级设置堵卡点43个") >= 0.5  # e5 places 卡点 among 卡口's neighbours
    assert lexicon.kin_in("卡口", "镇政府设置2处体温监测点") == 0.0
    assert lexicon.kin_in("卡点", "村级设置堵卡点43个") == 1.0  # the word itself
    assert lexicon.kin_in("植树造林", "种植小麦") == 0.0  # 种植 does not open with 植
