"""Pure functions of index/support.py that decide whether a sentence holds what singles out a
question: a modifier joined to its noun (一年的卡 → 年卡), a noun said only as the modifier of another
word (党员 in 党员干部), a role said only as its deputy (副主任医师), the towns a question names."""

from __future__ import annotations

import pytest

from wenda.index.support import compounded, deputy_only, holds, only_modifies, places_named


def test_a_modifier_joined_by_de_is_said_as_one_word_with_its_noun():
    assert compounded("一年", "碧波一年的卡能用多少天", "卡种：年卡 · 价格：2880元")
    assert compounded("老年人", "老年人的卡能退吗", "老年卡可在社区服务中心充值")
    assert not compounded("一年", "一年的卡多少钱", "月卡 380元 · 季卡 980元")  # no 年卡 said
    assert not compounded("半年", "半年卡多少钱", "年卡 2880元")  # 半年卡 is no 年卡
    assert not compounded("一年", "没有这个词", "年卡")


def test_a_noun_said_only_as_the_modifier_of_another_word_is_not_what_is_counted():
    assert only_modifies("党员", "每天出动150余名党员干部对过往人员进行排查")
    assert not only_modifies("党员", "全区200余名党员在疫情肆虐时响应倡议")
    assert not only_modifies("党员", "后张村74岁老党员张天义，全区党员干部")  # once said alone is enough
    assert not only_modifies("堵卡", "村级设置堵卡点43个")  # 点 ends the word, no word of its own
    assert not only_modifies("公交线", "开通公交线路5条")
    assert not only_modifies("口罩", "捐献医用口罩10000只")


def test_a_role_said_only_as_its_deputy_is_another_rank():
    assert deputy_only("主任医师", "皮肤科的主任医师是谁", "科室：皮肤科 · 职称：副主任医师")
    assert not deputy_only("主任医师", "皮肤科的副主任医师是谁", "职称：副主任医师")  # asked as the deputy
    assert not deputy_only("组长", "领导小组组长是谁", "由乡长丁俊邦任组长,其他科级干部任副组长")
    assert not deputy_only("组长", "组长是谁", "没有说")


@pytest.mark.parametrize("question, names", [
    ("韭园镇党委书记是谁", ["韭园镇"]), ("大李庄乡的乡长叫啥", ["大李庄乡"]), ("扶沟县县长是谁", ["扶沟县"]),
    ("哪个乡镇设了15个执勤点", []), ("全县有多少户困难家庭", []), ("县里开了几条公交线", []),
    ("每个村配几名保洁员", []), ("外小区的人来吃饭有优惠吗", []), ("县文联主席是谁", []),
])
def test_the_towns_a_question_names(question, names):
    assert places_named(question) == names


def test_a_day_of_the_week_is_held_by_the_days_that_name_it():
    assert holds("礼拜六", "日期：周六、周日 · 健身区：8:00—21:00")
    assert not holds("礼拜一", "日期：周六、周日 · 健身区：8:00—21:00")


def test_a_negated_word_has_no_sibling_that_only_ends_as_it_does():
    from wenda.index.answer import tokens
    from wenda.index.support import opposed

    piece = "适用对象：身高未满110公分之儿童"  # 不用 (no need to) is no kind of 用 that 适用 would be another of
    assert not opposed("不用", piece, tokens(piece), piece, "小孩多高以下不用买票")
    piece = "有效期为一年"  # the positive stays the negation's sibling
    assert opposed("无效", piece, tokens(piece), piece, "无效卡怎么办")
