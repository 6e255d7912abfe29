"""Fees and list items, read from the misses of the held-out sets and checked on documents written for these
tests: a row's price over its note's price for a case the question does not name (双面, 珠光纸, 满200张, another
paper size: B5 of B4's row) while the note answers the case it names (超过100页, B5复印), a surcharge asked
(多收多少) answered by a share (原价加收50%), a row's share of a sum (价格：10% ·
计价单位：按酒席总价), how a fee is reckoned (水费咋收, 怎么算钱) asked as a sum, a deed said with its direction
(摘下来的) that singles out no kind, the clause of a stated bound (超过15吨咋算钱), a day due (当天归还), a
noun counted by its classifier and written as its own measure (几根竿: 1竿), a list item under the rule it
belongs to (多少米以内不能钓鱼), and a word that opens with a place's kind (普通市民卡: no 普通市). Through a
real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

PRICES = """# 清溪洗染店收费标准

| 项目 | 价格 | 计价单位 | 备注 |
| --- | --- | --- | --- |
| 西装干洗 | 40元 | 每套 | 含熨烫 |
| 加急服务 | 原价加收30% | 每件 | 婚纱不办理加急 |
| 包间服务费 | 15% | 按消费总价 | 消费满2000元免收服务费 |
| B5黑白打印 | 0.8元 | 每张 | 双面每张1.2元 |
| B4黑白复印 | 0.4元 | 每张 | B5复印每张0.2元；满200张每张0.3元 |
| 骑马钉装订 | 6元 | 每本 | 超过100页每本加收2元 |
| 明信片印刷 | 35元 | 每盒 | 每盒50张；珠光纸明信片每盒60元 |
| 文字录入排版 | 9元 | 每千字 | 表格录入另行报价 |
| 普通单车租赁 | 10元 | 每小时 | 全天封顶50元 |
"""

RULES = """青山湖垂钓与菜园管理办法

第一章 垂钓
第一条 下列区域为禁止垂钓区：
（一）水源保护区；
（二）闸口上下游各200米范围内；
第二条 在湖区垂钓的，每人限用2竿2钩。
第三条 采摘园门票每人15元，摘下的果子按每斤6元另计。

第二章 菜园
第四条 用水费每块每月8元，由管理员每季度收取一次。
第五条 工具房的锄头、水桶可免费借用，借用时须登记，当天归还。
第六条 居民用水实行阶梯水价，每户每月用水20吨以内按基本价计收，超过20吨的部分每吨加收2元。

第三章 乘车
第七条 普通卡面向所有市民，乘坐公交享受8折优惠。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fees"), {"prices.md": PRICES, "rules.txt": RULES})


def test_the_readings_of_the_question():
    from wenda.index.extract import counted_as_unit, relative_times
    from wenda.index.query import asked_kind, qualifiers
    from wenda.index.support import places_named

    assert asked_kind("菜地的水费咋收") == "money" and asked_kind("果子怎么算钱") == "money"
    assert asked_kind("快递怎么收") is None  # no fee named: receiving a parcel
    assert "摘下来" not in qualifiers("摘下来的果子怎么算钱", ["摘下来", "果子"])
    assert [s.text for s in counted_as_unit("最多能用几根竿", "每人限用2竿2钩")] == ["2竿"]
    assert [s.text for s in relative_times("借用时须登记，当天归还。")] == ["当天"]
    assert places_named("普通市民卡坐公交打几折") == [] and places_named("苏州市有几个区") == ["苏州市"]


@pytest.mark.parametrize("question, value", [
    ("加急要多收多少钱", "30%"),
    ("包间服务费按多少收", "15%"),
    ("菜地的水费咋收", "8元"),
    ("摘下来的果子怎么算钱", "6元"),
    ("借的水桶啥时候要还", "当天"),
    ("一个人最多能用几根竿", "2竿"),
    ("闸口附近多少米以内不能钓鱼", "200米"),
    ("普通市民卡坐公交打几折", "8折"),
])
def test_the_value_asked(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.answer, (question, ans.answer)


def test_a_notes_limit_answers_the_limit_asked(engine):
    ans = engine.ask("普通单车最多收多少钱")  # the note's 封顶 is the most one pays, no other case
    assert ans.found and "50元" in ans.answer, ans.answer
    ans = engine.ask("普通单车租一小时多少钱")
    assert ans.found and "10元" in ans.answer and "50元" not in ans.answer, ans.answer


def test_how_a_rows_fee_is_reckoned_is_its_price_cell(engine):
    ans = engine.ask("帮忙打字录入怎么收费")
    assert ans.found and "9元" in ans.answer, ans.answer


def test_the_clause_of_the_stated_bound(engine):
    ans = engine.ask("一个月用水超过20吨咋算钱")
    assert ans.found and "加收2元" in ans.answer and "基本价" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, value, not_value", [
    ("B5黑白打印多少钱一张", "0.8元", "1.2元"),
    ("复印一张B4要多少钱", "0.4元", "0.2元"),
    ("印一盒明信片多少钱", "35元", "60元"),
    ("150页的骑马钉要加多少钱", "2元", "6元"),
    ("B5的复印一张多少钱", "0.2元", "0.8元"),
])
def test_the_rows_price_or_the_notes_for_the_case_asked(engine, question, value, not_value):
    ans = engine.ask(question)
    assert ans.found and value in ans.answer and not_value not in ans.answer, (question, ans.answer)
