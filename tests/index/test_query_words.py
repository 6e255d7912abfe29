"""index/query.py on a new user's words: spoken units, which day of the week, which era, a phone
question with no question word for a number, and a count of people that is no count."""

from __future__ import annotations

import pytest

from wenda.index.query import intent_of, measure_word, normalize, qualifiers, sounds_alike, spoken_to_written


def test_a_spoken_unit_is_read_as_the_written_one():
    assert spoken_to_written("私教课要提前几个钟头预约") == "私教课要提前几个小时预约"
    assert normalize("會員停車能免費停幾個鐘頭") == "会员停车能免费停几个小时"


@pytest.mark.parametrize("question, intent", [
    ("资源回收是星期几", "date"),
    ("呼吸科礼拜几出诊", "date"),
    ("乡里制可追溯到什么时期", "date"),
    ("预约挂号打什么电话", "figure"),  # a number, never another field of the line
    ("王建国医生的手机号", "figure"),
    ("会籍顾问叫什么名字", "person"),
])
def test_intent_of_new_words(question, intent):
    assert intent_of(question) == intent


@pytest.mark.parametrize("question, measure", [
    ("小孩身高不到多少要大人陪着游泳", None),  # 要大人陪: a deed, not a count of 大人
    ("私教课一节多少美元", "美元"),
    ("深水区有多少英尺深", "英尺"),
    ("大学生办季卡打几折", "折"),
    ("多少工作人员", "人"),
])
def test_measure_word_of_new_questions(question, measure):
    assert measure_word(question) == measure


def test_a_bound_is_no_qualifier():
    assert "以内" not in qualifiers("最多能预约几天以内的号", ["最多", "预约", "以内", "号"])
    assert "合格" in qualifiers("考核合格的乡镇奖励多少钱", ["考核", "合格", "乡镇", "奖励"])


@pytest.mark.parametrize("a, b, alike", [
    ("兴", "心", True),  # xing / xin
    ("乔", "桥", True),
    ("丧", "婚", False),
    ("分", "总", False),
])
def test_sounds_alike(a, b, alike):
    assert sounds_alike(a, b) is alike


def test_a_question_word_is_no_misspelt_character_of_a_name():
    from wenda.index.query import near_name

    assert near_name("上一节私教课多少钱", ["私教课程"]) is None  # 多 is the question's, not a typo of 程
    assert near_name("崔乔镇有多少卡点", ["崔桥镇"]) == ("崔桥镇", "崔乔镇")
    assert near_name("私教课开课前多久取消", ["私教课程"]) is None  # 私教课 and 开课: no 私教课程 misspelt
    assert near_name("大李庄村有几个卡点", ["大李庄乡"]) is None  # another kind of place


@pytest.mark.parametrize("question, kind", [
    ("装修押金要交多少", "money"),  # a noun of money before 多少: a sum, not 7个工作天
    ("补贴每天多少", "money"),
    ("房租每个月几号之前要交", None),  # 几号 asks a day
    ("押金要交几个月的房租", None),  # a measure word says what is counted
])
def test_a_money_noun_asks_a_sum(question, kind):
    from wenda.index.query import asked_kind

    assert asked_kind(question) == kind
