"""Open questions about a manual and a house-rules sheet (tests/data/manual): what to do about a trouble
(咋办, 怎么办, 要干啥) is answered by the instruction, not by the trouble or its cause, and under a rule by
what the rule does for the case; how a deed is done (怎么进入) by the means, not by the clause that says
the deed follows; and a trouble the manual never names is still refused."""

from __future__ import annotations

import pytest

from support import folder_engine
from wenda.index import extract
from wenda.index import query as Q


@pytest.mark.parametrize("sentence, remedy", [
    ("① 机器不充电：充电座的电极片可能有污垢，请用干布擦拭电极片。", "请用干布擦拭电极片"),  # not the cause
    ("② 清扫时声音异常：请检查边刷是否缠绕毛发，主刷是否装好。", "请检查边刷是否缠绕毛发，主刷是否装好"),
    ("电量低于15%时，请及时充电。", "请及时充电"),
    ("考核不合格的可免费补考一次。", "可免费补考一次"),  # after the condition it is given for
    ("但遭其咬伤后仍需严谨处理，并作即时治疗。", "仍需严谨处理，并作即时治疗"),  # after the event, with its adverb
    ("可在自助服务门户 https://id.example.com 重置密码；", "可在自助服务门户 https://id.example.com 重置密码"),
])
def test_the_instruction_of_a_sentence_is_its_remedy(sentence, remedy):
    assert [r.text for r in extract.remedies(sentence)][:1] == [remedy]


def test_a_remedy_ends_with_its_part_of_the_sentence():
    found = extract.remedies("多数情况是页面未弹出。请手动打开 10.1.1.1 完成认证；如仍无法上网，请拨打服务台电话。")
    assert [r.text for r in found] == ["请手动打开 10.1.1.1 完成认证", "请拨打服务台电话"]


def test_a_rule_s_case_is_remedied_by_what_it_does_for_it():
    found = extract.best_remedy("对因工作等要求返区人员，核实健康证明，采取居家防护措施；", ["返区", "人员"])
    assert found is not None and found.text == "核实健康证明"


def test_a_sentence_without_an_instruction_has_no_remedy():
    assert extract.remedies("整机保修一年，电池保修半年。") == []
    assert extract.remedies("③ 无法开机：电源适配器损坏。") == []  # a cause, no deed to do


def test_a_troubleshooting_item_names_its_trouble_before_the_colon():
    assert extract.trouble_of("② 清扫时声音异常：请检查边刷是否缠绕毛发。") == "清扫时声音异常"
    assert extract.trouble_of("3. 无法连接手机：请确认路由器为2.4GHz频段。") == "无法连接手机"
    assert extract.trouble_of("答：可在自助服务门户重置密码。") == ""  # no item of a list: no trouble
    assert extract.trouble_of("① 机器无法开机：电源适配器损坏。") == ""  # no instruction follows


def test_the_means_is_the_clause_before_the_deed_it_brings_about():
    sentence = "按住清扫键和回充键3秒，即可进入配网状态，此时指示灯蓝色闪烁。"
    assert extract.means_before(sentence, "即可进入配网状态") == "按住清扫键和回充键3秒"
    assert extract.means_before(sentence, "此时指示灯蓝色闪烁") == "此时指示灯蓝色闪烁"  # no deed that follows
    assert extract.means_before("即可进入配网状态。", "即可进入配网状态") == "即可进入配网状态"  # nothing before


def test_a_deed_that_happens_by_itself_says_not_how_to_do_it():
    assert extract.by_itself("3. 设置定时后，机器到时自动关机。", ["关机"])
    assert not extract.by_itself("长按电源键3秒关机。", ["关机"])
    assert not extract.by_itself("到时自动解锁；急需使用的可致电服务台人工解锁。", ["解锁"])  # one says how
    assert not extract.by_itself("整机保修一年。", ["关机"])  # no deed asked at all
    assert extract.by_itself("电量低时，机器自动返回充电座。", ["机器", "返回", "充电座"])  # 返回 only by itself


@pytest.mark.parametrize("question, kind", [
    ("机器不充电咋办", "remedy"),
    ("滤网灯变红了要干啥", "remedy"),
    ("密码忘了怎么办", "remedy"),
    ("田艳华在干啥", None),  # what someone did, no trouble
    ("让村民不要干什么", None),  # what is forbidden
    ("逾期不还会怎样", None),  # what follows a deed (query.asks_consequence), no remedy
])
def test_what_to_do_is_asked_by_its_forms(question, kind):
    assert Q.asked_kind(question) == kind


def test_the_asking_form_of_what_to_do_is_no_keyword():
    assert [w for w, _ in Q.keyword_tags("净化器响声变大了咋办")] == ["净化器", "响声", "变大"]
    assert "要" not in [w for w, _ in Q.keyword_tags("回来的人要怎么办")]
    assert "干" not in [w for w, _ in Q.keyword_tags("滤网灯变红了要干啥")]


def test_a_lone_yi_before_a_deed_says_as_soon_as():
    assert "一" not in [w for w, _ in Q.keyword_tags("净化器一开机是什么模式")]
    assert "一" in [w for w, _ in Q.keyword_tags("宿舍一晚多少钱")]  # a count
    assert "一" in [w for w, _ in Q.keyword_tags("假日多久一班车")]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "manual")


def test_what_to_do_about_a_trouble_is_the_instruction(engine):
    a = engine.ask("机器不充电咋办")
    assert a.found and "擦拭电极片" in a.span and "污垢" not in a.span
    a = engine.ask("边刷缠了头发要干啥")
    assert a.found and "割断毛发" in a.span


def test_what_to_do_under_a_rule_is_what_the_rule_does_for_the_case(engine):
    a = engine.ask("台灯弄坏了怎么办")  # not the case the rule states (损坏桌椅、台灯等设施的)
    assert a.found and "按原价赔偿" in a.span
    a = engine.ask("东西丢在自习室了咋办")
    assert a.found and "服务台" in a.span


def test_how_to_do_a_deed_is_its_means(engine):
    a = engine.ask("怎么进入配网状态")
    assert a.found and "按住清扫键和回充键" in a.answer
    a = engine.ask("机器怎么返回充电座")  # not the sentence where it goes back by itself (电量低于15%时)
    assert a.found and "回充键" in a.answer


@pytest.mark.parametrize("question", [
    "机器漏水了怎么办",  # a trouble the manual never names
    "电极片生锈了怎么办",  # 电极片 is in the instruction of another trouble's item (机器不充电)
    "路由器坏了怎么办",  # and 路由器 in that of 无法连接手机
    "机器能拖地吗",
    "显示F7是什么意思",  # another code than the table's
])
def test_what_the_manual_does_not_say_is_refused(engine, question):
    assert not engine.ask(question).found
