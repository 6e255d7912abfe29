"""Kinds found trying a new document (a city's university for the elderly: its classes, fees and rules), checked here
on a document written for these tests (a community evening school's enrolment notice):
- what is paid in general (收费多少) is answered by a fee for something («学费每期150元»), a rate (每期) naming no
  other thing measured;
- a name with its post in brackets after it («联系人：何晓兰（教务科科长）») answers who holds that post, not
  another body's (招生办科长);
- 当过兵的 is said by 退役军人, 旷课 by 缺课, 新生 by 新学员;
- whether one pays a fee oneself (保险费要自己交吗) is ruled on by a line that says who pays it («由学校承担»);
- a thing asked by its compound (摄影班) is not answered by another item's line (5. 太极拳班：…), where the corpus
  names an item 摄影班;
- 一周几次 asks a count, not a weekday;
- a group of people asked (残疾人) is not answered by a line that rules for other groups only.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

NOTICE = """青石社区夜校2028年春季招生通知

一、开设班级
1. 书法班：每周上课1次，学费每期150元。
2. 摄影班：每周上课2次，学费每期280元，每期组织外出采风2次。
3. 电脑班：每周上课2次，学费每期120元。
4. 合唱班：每周上课1次，学费每期100元。
5. 太极拳班：每周上课2次，学费每期200元，上课地点在社区东侧广场，雨天改在活动中心一楼。
低保户、特困人员学费全免，退役军人学费减半。

二、学习要求
1. 一期内无故缺课超过5次的，下期不予报名。
2. 学校为每位学员购买意外伤害保险，保险费由学校承担。

三、报名时间
老学员续报时间为1月8日至1月10日，新学员报名时间为1月12日至1月15日。

四、联系方式
联系人：何晓兰（教务科科长）
电话：0571-86650011
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("school"), {"青石社区夜校2028年春季招生通知.txt": NOTICE})


def test_what_is_paid_is_answered_by_a_fee_for_something(engine):
    from wenda.index.support import fee_of_any

    assert fee_of_any("收费", "学费") and fee_of_any("费用", "报名费")
    assert not fee_of_any("单价", "总价") and not fee_of_any("学费", "报名费")
    ans = engine.ask("合唱班收费多少")
    assert ans.found and "100元" in ans.answer, (ans.answer, ans.figures)


def test_a_post_in_brackets_after_the_name(engine):
    ans = engine.ask("教务科科长是谁")
    assert ans.found and "何晓兰" in ans.answer, (ans.answer, ans.figures)
    assert not engine.ask("招生办科长是谁").found  # another body's post


def test_spoken_words_for_veterans_and_truancy(engine):
    ans = engine.ask("当过兵的学费有优惠吗")
    assert ans.found and "减半" in ans.answer, ans.answer
    ans = engine.ask("旷课几次下期就不能报了")
    assert ans.found and "5次" in ans.answer, (ans.answer, ans.figures)
    ans = engine.ask("新生几号开始报名")
    assert ans.found and "1月12日" in ans.answer and "1月8日" not in ans.answer, ans.answer


def test_who_pays_a_fee_rules_on_paying_it_oneself(engine):
    from wenda.index.support import payer_said

    assert payer_said("保险费要自己交吗", "学校为每位学员购买意外伤害保险，保险费由学校承担。")
    assert not payer_said("学费要自己交吗", "学费每期320元，采风交通费由学员自理。")  # another fee's payer
    ans = engine.ask("保险费要自己交吗")
    assert ans.found and "由学校承担" in ans.answer, ans.answer


def test_another_items_line_does_not_answer_a_compound_asked(engine):
    from wenda.index.decide import vetoed

    q, ranked = engine.answerer.rank("摄影班上课地点在哪")
    other = next(s for s in ranked if "太极拳班" in s.hit.chunk.text)
    assert vetoed(engine.answerer, q, other) is not None  # only 太极拳班's item says where
    assert not engine.ask("摄影班上课地点在哪").found
    ans = engine.ask("太极拳班上课地点在哪")
    assert ans.found and "东侧广场" in ans.answer, ans.answer


def test_how_many_times_a_week_is_a_count(engine):
    from wenda.index.query import intent_of

    assert intent_of("电脑班一周几次课") != "date" and intent_of("周几开学") == "date"
    ans = engine.ask("电脑班一周几次课")
    assert ans.found and "2次" in ans.answer, (ans.answer, ans.figures)


def test_a_group_the_line_does_not_name(engine):
    assert not engine.ask("残疾人学费减免吗").found  # the line rules for 低保户, 特困人员, 退役军人
    ans = engine.ask("低保户学费减免吗")
    assert ans.found and "全免" in ans.answer, ans.answer
