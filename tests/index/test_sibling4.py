"""A held-out set of siblings side by side (tests/data/sibling4), written before any fix of its session:
a hot-spring hotel's notice in Markdown with families of kinds — 成人/儿童/长者 tickets, 工作日/周末
hours, 室内/室外 pools, 标准间/大床房 at 平日/周末 prices, 月卡/年卡, 省内/省外 delivery, a 地下停车场,
小型犬 — and questions in a user's words (tests/data/sibling4_questions.jsonl), twelve of them asking a
member of a family the notice does not have (学生票, 季卡, 国外, 套房, 地面车位, 猫, 夜场, 儿童池, 节假日,
西餐厅, 年卡押金, 同城配送): the sentence on its sibling must be refused.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions

QUESTIONS = questions("sibling4_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "sibling4")


def test_the_set_has_both_kinds():
    assert len(QUESTIONS) >= 24
    assert sum(not q["answerable"] for q in QUESTIONS) >= 10
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in (DATA / "sibling4").iterdir())
    for q in QUESTIONS:  # every key and gold answer is the document's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, before any fix: 13/20, 6/12 (wrong: 国外 by
# 省外's 15元, 地面停车位 by 地下停车场's 260个, 猫 by 小型犬, 节假日 by 工作日's hours, 套房 by 每晚加收
# 清洁费, 年卡押金 by 年卡's 6800元).
# 13/20, 10/12 once a member of a family the frame does not name is refused (answer.contrast_member:
# 国外 by 省外, 地面 by 地下, 猫 by 犬, 节假日 by hours of 工作日 and 周末).
# 13/20, 11/12 once a figure question's measured thing (押金), which the corpus says elsewhere, must be held
# by the sentence's frame (answer.unsaid_subject: 年卡押金 by 年卡每张6800元).
# The floor leaves one answer of slack.
# Merged (session 12): 14/20, 11/12.
FLOOR = {"answers": 13, "refusals": 11}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_member_of_a_family_the_frame_does_not_name_is_refused(engine):
    """contrast_member: the frame names another member of the asked one's family, never the asked one."""
    assert not engine.ask("地面停车位有多少个").found  # 地下停车场: 上/下 (地面 is 地上)
    assert engine.ask("地下车库有多少个车位").figures == ["260个"]
    assert not engine.ask("行李寄到国外多少钱").found  # 省外: 国/省
    assert "15元" in engine.ask("寄往省外首重多少钱").answer
    assert not engine.ask("可以带猫入住吗").found  # 小型犬: 猫 and 犬 name two animals
    assert "小型犬" in engine.ask("可以带狗入住吗").answer  # 狗 is 犬
    assert not engine.ask("节假日温泉开到几点").found  # the frame speaks of 工作日 and 周末, of no holiday
    assert "980元" in engine.ask("温泉月卡多少钱").answer


def test_a_figure_of_another_thing_than_the_one_measured_is_refused(engine):
    """unsaid_subject: the corpus says 押金 (of 房间), the card's sentence and the room type's row do not."""
    assert not engine.ask("年卡押金多少钱").found  # «温泉年卡每张6800元» is the card's price
    assert not engine.ask("大床房押金多少钱").found  # the row's 620元 is its 平日价
    assert engine.ask("房间押金多少钱").figures == ["500元"]
    assert "6800元" in engine.ask("温泉年卡多少钱").answer


def test_the_sum_paid_for_a_thing_is_that_things(engine):
    """unsaid_subject for «X要交多少»: 押金 is what is paid; «非住店宾客…每小时收费5元» is the parking fee."""
    ans = engine.ask("住店押金要交多少")
    assert not ans.found or "500元" in ans.answer, ans.answer
