"""A held-out set for yes/no, 怎么算 and location questions (tests/data/yesno5), written before any fix of
this session: a neighbourhood sports centre's rules notice (opening hours with a closed morning and a
holiday closure, prices with free and half-price cases by age and card, booking and cancellation with a
penalty, conduct rules with an exception, damages, parking, an address and a lost-and-found desk) in ONE
corpus with an unrelated short water-outage notice of the same estate (so a question whose subject is one
document's can show an answer taken from the other). Questions in a user's words (礼拜二, 大年初二, 七十五岁,
洗澡 for 淋浴, 狗 for 宠物, 柜子钥匙) and questions they cannot answer by design (a deed the notice never
mentions: 游泳, 转让, 租球拍; an age its free case does not hold: 六十五岁; a cap it lacks; the other
document's entity's address; another unit: 几天 of a 2小时 limit).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions

QUESTIONS = questions("yesno5_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "yesno5")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 24
    assert sum(not q["answerable"] for q in QUESTIONS) >= 8
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "yesno5").iterdir()))
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main when the set was written, before any fix: 18/27, 6/11.
# 18/27, 8/11 once a yes/no deed the corpus never says is not held by a neighbour the dictionary translates
# as another deed (健身中心能游泳吗: not «健身中心每天9:00至21:00开放») and a stated age the line's range
# leaves out is not held by its 周岁 (六十五岁的老人有优惠吗: not «70周岁以上老人…免费»).
# The floor leaves one answer of slack.
# Session 13 on main: 19/27, 8/11 (国庆节开不开门: decide.yesno_ruled).
FLOOR = {"answers": 18, "refusals": 7}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_deed_the_corpus_never_says_is_not_held_by_another_deed(engine):
    """游泳 is no word of the notice; e5 puts 健身 beside it, and the dictionary translates the two apart
    (swim; exercise, keep fit): the centre's opening hours do not say one may swim there."""
    assert not engine.ask("健身中心能游泳吗").found


def test_an_age_the_line_leaves_out_is_not_held(engine):
    """六十五岁 is below «70周岁以上»: the free case is others'. 七十五岁 is in it and is answered."""
    assert not engine.ask("六十五岁的老人有优惠吗").found
    ans = engine.ask("七十五岁的老人去健身房要钱吗")
    assert ans.found and "免费" in ans.answer


def test_the_narrower_case_decides(tmp_path_factory):
    """A notice's special case overrides its general one: 九十多岁 is held by «80周岁以上…每餐补贴5元» and by
    «90周岁以上老人…免费就餐»; the second, the narrower range, is the rule for them."""
    canteen = folder_engine(tmp_path_factory, "unseen3")
    ans = canteen.ask("九十多岁的老人吃饭要钱吗")
    assert ans.found and "免费就餐" in ans.answer


def test_the_line_whose_condition_is_the_asked_circumstance_rules_on_it(tmp_path_factory):
    """对方管饭 is the condition of «出差期间由接待单位统一安排用餐的，不再发放伙食补助» (用餐), which the general
    «出差伙食补助标准为每人每天100元» never speaks of: the exception answers whether the allowance is still paid."""
    travel = folder_engine(tmp_path_factory, "unseen6")
    ans = travel.ask("对方管饭还有伙食补助吗")
    assert ans.found and "不再发放伙食补助" in ans.answer


def test_a_yes_no_question_is_answered_by_the_sentence_the_rule_takes_below_weaker_ones(engine):
    """decide.yesno_ruled: the first candidate holds a third of the words (开场 for 开) and the rule refuses it;
    the one below it holds the holiday and the deed, and says whether."""
    ans = engine.ask("国庆节开不开门")
    assert ans.found and "照常开放" in ans.answer, ans.answer
