"""Kinds met trying wenda as a new user on a county's car-park charges (session 38), checked here on a
document written for these tests (a scenic area's visitor rules):
- a total asked (一共有多少个观景台) is the one said before a line that gives the parts by an opening 其中
  («其中东线观景台5个（…），西线观景台3个»), unless the question names a part (东线观景台);
- an ordinal 第一 before a noun (第一个小时) is said by 首 before the same noun (首小时10元);
- «X有Y吗» asks whether there is a Y, also where jieba cuts Y before its one-character head (充电桩: 充电 +
  桩): a line that never speaks of one does not answer;
- a yes or no on a case stated by a quantity (电动汽车停3小时要钱吗) is not ruled by a range holding the quantity
  (超过1小时后) in a line that leaves out the case the best line names (电动汽车首2小时免费).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

PARK = """翠屏山景区游览须知

一、景区概况
景区由翠屏山管理处统一管理，游步道总长26公里，共有观景台8个。
其中东线观景台5个（望江台、听松台、揽月台、飞云台、观日台），西线观景台3个。

二、门票和服务收费
1. 成人门票每张80元，学生凭学生证半价。
2. 自助语音导览器租用：首小时10元，此后每小时5元，押金100元。
3. 景区观光车单程每人20元。

三、服务设施
1. 游客中心提供轮椅租借、母婴室和免费饮用水。
2. 南门停车场小型车首小时5元，超过1小时后每小时加收3元。
3. 电动汽车首2小时免费，超过部分减半收费。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("park"), {"翠屏山景区游览须知.txt": PARK})


def test_a_total_asked_is_not_a_part_given_by_qizhong(engine):
    ans = engine.ask("一共有多少个观景台")
    assert ans.found and "8个" in ans.answer and "3个" not in ans.figures, (ans.answer, ans.figures)


def test_a_part_named_is_the_part(engine):
    ans = engine.ask("东线的观景台一共有几个")
    assert ans.found and "5个" in ans.answer, (ans.answer, ans.figures)


def test_the_first_hour_is_said_by_shou(engine):
    ans = engine.ask("语音导览器第一个小时多少钱")
    assert ans.found and "10元" in ans.figures, (ans.answer, ans.figures)


def test_a_thing_asked_whether_there_is_must_be_said(engine):
    ans = engine.ask("游客中心有充电桩吗")
    assert not ans.found, (ans.answer, ans.figures)
    ans = engine.ask("游客中心有母婴室吗")
    assert ans.found and "母婴室" in ans.answer, (ans.answer, ans.figures)


def test_a_range_for_everyone_does_not_rule_on_a_case_named(engine):
    ans = engine.ask("电动汽车停3小时要钱吗")
    assert ans.found and "电动汽车" in ans.answer, (ans.answer, ans.figures)
