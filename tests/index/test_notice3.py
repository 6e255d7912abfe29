"""A held-out notice (tests/data/notice3), written before any fix of its session: a community
library's rules for readers (开放时间 with a closed day, 办证 with a deposit, 借阅规则 with limits and
loan periods, 逾期 fines with a cap, 阅览室 rules such as 室内禁止饮食, holidays, phone numbers).
Questions in a user's words (tests/data/notice3_questions.jsonl: 礼拜一 for 每周一, 吃东西 for 饮食,
晚还 for 逾期, 小孩 for 少儿, 带狗 for 携带宠物, wifi for 无线网络) and questions it cannot answer by
design (a sibling qualifier 外地人 for 本辖区居民, absent things 光盘, 电脑, 馆长, 打印, 照片, another
currency, a holiday it never names, a loan period of the 期刊 that are never lent).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions

QUESTIONS = questions("notice3_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "notice3")


def test_the_set_has_both_kinds_and_its_own_words():
    assert len(QUESTIONS) >= 20
    assert sum(not q["answerable"] for q in QUESTIONS) >= 6
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "notice3").iterdir()))
    for q in QUESTIONS:  # every key and gold answer is the document's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, on main before any fix: 13/22, 8/9
# (图书室里能吃东西吗 answered with the notice's preamble, 外地人办借书证要交多少押金 with the 本辖区居民's 押金100元).
# 15/22, 8/9 once a yes/no question's deed of one character (吃) is checked and said by a word of the
# sentence's own (饮食), and a closure on the asked day (每周一…全天闭馆) answers 礼拜一能去看书吗.
# 16/22, 9/9 once 晚上 is held by an evening clock time (20:30) and 平时 by 周二至周五 (平时晚上开到几点),
# and an outsider (外地人) is not answered by the rule of the locals (本辖区居民…押金100元).
# 17/22, 9/9 once a public holiday asked by its common name (过年) is held by the notice's (春节期间) and a
# lunar date (正月初四) is a date (过年什么时候恢复开放); 图书室的电话是多少 is refused, no longer answered
# with the 街道's 监督电话.
# 18/22, 9/9 once a modifier joined by 的 is said by its thesaurus synonym on the same noun (小孩的借书证:
# 少儿借书证每次限借3册).
# The floor leaves one answer of slack.
FLOOR = {"answers": 17, "refusals": 9}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_deed_of_one_character_is_checked(engine):
    ans = engine.ask("图书室里能吃东西吗")  # not the preamble that names the 图书室 and nothing eaten
    assert ans.found and "禁止饮食" in ans.answer, ans.answer


def test_a_closure_on_the_day_asked_answers_whether_one_may_come(engine):
    ans = engine.ask("礼拜一能去看书吗")
    assert ans.found and "闭馆" in ans.answer, ans.answer


def test_a_part_of_the_day_is_said_by_a_clock_time_in_it(engine):
    ans = engine.ask("平时晚上开到几点")  # 平时: 周二至周五 (closed on Mondays); 晚上: 20:30
    assert ans.found and ans.figures == ["20:30"], ans.answer


def test_an_outsider_is_not_answered_by_the_locals_rule(engine):
    assert not engine.ask("外地人办借书证要交多少押金").found  # 本辖区居民…押金100元
    assert engine.ask("办借书证要交多少押金").figures == ["100元"]


def test_a_number_of_another_body_is_not_the_places(engine):
    # 对本图书室服务有意见或建议的，可拨打街道监督电话…: the 街道's number, though the 图书室 is named
    ans = engine.ask("图书室的电话是多少")
    assert not ans.found or "3317" in ans.answer, ans.answer
    assert "3300" in engine.ask("街道的监督电话是多少").answer


@pytest.fixture(scope="module")
def unseen3(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen3")


def test_a_figure_in_the_measure_asked_below_vetoed_sentences(unseen3):
    # four sentences of a canteen's notice name 老人 but no 捷运 and no 折; the fifth answers
    ans = unseen3.ask("老人搭捷运打几折")
    assert ans.found and ans.figures == ["五折"], ans.answer
    assert not unseen3.ask("小孩搭捷运打几折").found


def test_a_holiday_by_its_common_name_and_a_lunar_date(engine, unseen3):
    ans = engine.ask("过年什么时候恢复开放")  # 春节期间（除夕至正月初三）闭馆，正月初四起恢复正常开放
    assert ans.found and ans.span == "正月初四", ans.answer
    ans = unseen3.ask("五一放假食堂开不开")  # 五一 is one of the 法定节假日
    assert ans.found and "暂停供餐" in ans.answer, ans.answer


def test_a_modifier_said_by_its_synonym_on_the_same_noun(engine):
    ans = engine.ask("小孩的借书证一次能借几本")  # 少儿借书证每次限借3册
    assert ans.found and "3册" in ans.answer, ans.answer
    assert not engine.ask("老人的借书证一次能借几本").found  # no 老年 card is named
