"""Answer types, units and qualifiers as pure functions (no model, no index)."""

from __future__ import annotations

import pytest

from wenda.index import extract
from wenda.index.query import asked_kind, counted_noun, counted_phrase, keyword_tags, qualifiers
from wenda.index.support import counts, unqualified
from wenda.index.query import Query


@pytest.mark.parametrize("question, kind", [
    ("宿舍几点熄灯", "clock"), ("食堂几时开门", "clock"), ("办公室的电话是多少", "phone"),
    ("报名热线是多少", "phone"), ("校服多少钱", "money"), ("住宿费用是多少", "money"),
    ("他今年几岁", "age"), ("孩子多大了？", "age"), ("老人的年龄是多少", "age"),
    ("设了多少卡点", None), ("什么时候开会", None), ("广场有多大面积", None),
])
def test_asked_kind(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("question, noun", [
    ("每个村要配几名环境检查员", "检查员"), ("多少户困难家庭", "家庭"), ("商务中心区设了多少卡点", "卡点"),
    ("全县有多少个困难村", "困难村"), ("多少人参加了会议", None), ("校服多少钱", None), ("红石村有多少户", None),
])
def test_counted_noun(question, noun):
    assert counted_noun(question) == noun


def test_counted_phrase_keeps_modifiers():
    assert counted_phrase("县里投放了多少辆燃油公交车") == ["燃油", "公交车"]


def test_qualifiers_are_the_counted_noun_its_modifiers_and_a_word_before_的():
    q = "考核合格的乡镇奖励多少钱"
    assert qualifiers(q, [w for w, _ in keyword_tags(q)]) == ("合格",)
    q = "县里投放了多少辆燃油公交车"
    assert set(qualifiers(q, [w for w, _ in keyword_tags(q)])) == {"公交车", "燃油"}
    q = "住校的话一间宿舍住几个人"  # 的话 is a condition
    assert "住校" not in qualifiers(q, [w for w, _ in keyword_tags(q)])


def test_unqualified_names_what_the_sentence_lacks():
    q = Query(text="", intent="figure", qualifiers=("合格",))
    assert unqualified(q, "年度考核优秀的乡镇奖励20万元") == ["合格"]
    assert unqualified(q, "考核合格的乡镇奖励8万元") == []
    assert counts("卡点", "设置卡点21个") and not counts("卡点", "并捐献医用口罩10000只")


@pytest.mark.parametrize("figure, measure, fits", [
    ("9个", "户", False), ("126户", "户", True), ("12家", "户", True), ("38个小时", "人", False),
    ("3名", "人", True), ("8万元", "元", True), ("160辆", "辆", True), ("160台", "辆", False),
    ("2300亩", "亩", True), ("5天", "日", True), ("2次", "次", True), ("2处", "次", False), ("43", "个", True),
])
def test_a_measure_word_must_agree(figure, measure, fits):
    assert extract.measure_agrees(figure, measure) == fits


def test_clock_times_in_digits_and_words():
    found = [t.text for t in extract.clock_times("每晚21:30熄灯，上午九点开会，晚上10点半关门，共3个时段")]
    assert found == ["21:30", "上午九点", "晚上10点半"]
    assert extract.best_clock("学生宿舍为6人间，每晚21:30熄灯", ["熄灯"]).text == "21:30"
    assert extract.best_clock("学生宿舍为6人间", ["熄灯"]) is None


def test_money_and_age_want_their_units():
    assert extract.fits_kind("260元", "money") and not extract.fits_kind("6人", "money")
    assert extract.fits_kind("11周岁", "age") and not extract.fits_kind("38个小时", "age")
    assert extract.best_figure("高一新生8:00到校，校服每套260元", [], None, "money").text == "260元"


def test_a_figure_the_question_states_is_not_the_answer():
    s = "学生一个月伙食费450元"
    assert extract.best_figure(s, ["伙食费"], None, "money", "一个月伙食费多少").text == "450元"
    assert extract.best_figure("一个月", [], None, None, "一个月伙食费多少") is None


def test_the_figure_beside_the_counted_noun_wins_over_another_classifier():
    s = "全镇共悬挂宣传横幅102幅、每村张贴宣传标语不少于100条"
    assert extract.best_figure(s, ["悬挂", "横幅"], "条", None, "", "横幅").text == "102幅"
    assert extract.segment_of(s, extract.Span("102幅", 9, 13)) == "全镇共悬挂宣传横幅102幅"


def test_a_place_or_a_name_the_question_states_is_no_answer_to_who():
    assert extract.best_person("红石村共有村民小组8个", ["红石村", "主任"], "红石村村委会主任是谁") is None
