"""Kinds read from the seventeenth held-out set (tests/data/unseen17) after its held-out measure, checked here on
documents written for these tests: a price list whose column is named only in part by the question, offices
put in charge or turned to, a difference asked beside a total, output measures and rates, a price whose clause
is only a rate, a section's heading line framing its sentences, a charge asked in general, a share of a sum,
and a figure counted per the asked noun. Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

PRICES = """# 碧水游泳馆培训收费标准

| 类别 | 项目 | 收费标准 | 计费方式 | 学习周期 | 备注 |
| --- | --- | --- | --- | --- | --- |
| 报名班型 | 成人游泳班 | 1280元 | 一次性 | 约20天 | 周末上课 |
| 报名班型 | 少儿游泳班 | 980元 | 一次性 | 约15天 | 寒暑假开班 |
| 其他服务 | 储物柜租用 | 30元 | 每月 | 不限 | 押金另付 |
"""

RULES = """城区户外招牌管理办法

第三条 市城管局负责全市户外招牌的设置审批；区市场监管局负责招牌内容的监督。
第五条 新开的店铺需要设置招牌的，店主向所在街道便民服务中心申请，城管部门在5个工作日内完成审核。
第九条 发生招牌脱落等险情的，抢修人员须在接到报告后1小时内到达现场。
"""

REPORT = """清河镇2026年茶产业发展情况汇报

一、总体情况
2026年全镇茶叶种植面积达到3.2万亩，比上年增加0.4万亩，总产量1500吨，综合产值2.6亿元。
年底共抽检茶叶样品80个，合格率97.5%。

二、各村发展情况

石桥村：金银花育苗基地
石桥村建成育苗基地1个，占地50亩。
村主任说，以前种苗要从外地调运，每株0.8元，现在本地育苗每株只要0.3元。
"""

CAMP = """松林露营区须知

每个营位费用含4人，第5人起每人加收200元。
预约后须于3日内汇款订金，订金为营位费用的50%，逾期自动取消。
营位用电每帐每晚加收100元，雨棚营位已含电费。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("offices"), {"prices.md": PRICES, "rules.txt": RULES,
                                                           "report.txt": REPORT, "camp.txt": CAMP})


def test_a_price_comes_from_the_price_column_of_the_row(engine):
    ans = engine.ask("少儿游泳班学习多少钱")  # 学习 names the 学习周期 column only in part; it holds no price
    assert ans.found and "980元" in ans.answer, ans.answer


def test_a_general_word_for_a_charge_is_no_sibling_of_the_fee_asked():
    from wenda.index.answer import tokens
    from wenda.index.support import opposed

    piece = "收费标准：1280元"  # the column that gives a 学费, whatever it is called
    assert not opposed("学费", piece, tokens(piece), "项目：成人游泳班 · " + piece, "成人游泳班学费多少")
    piece = "住宿费：300元"  # another fee is a sibling
    assert opposed("学费", piece, tokens(piece), "项目：成人游泳班 · " + piece, "成人游泳班学费多少")


def test_once_and_for_all_is_no_count(engine):
    from wenda.index import extract

    assert [f.text for f in extract.figures("计费方式：一次性 · 收费标准：1280元")] == ["1280元"]


@pytest.mark.parametrize("question, office", [
    ("招牌内容谁来监督", "区市场监管局"),  # the office a clause puts in charge of the deed
    ("新开的店挂招牌找谁申请", "街道便民服务中心"),  # the office one is sent to, not the 店主 who goes
])
def test_who_is_the_office_in_charge_or_turned_to(engine, question, office):
    ans = engine.ask(question)
    assert ans.found and office in ans.answer, (question, ans.answer)


def test_a_bare_worker_word_is_said_by_another_worker_word(engine):
    ans = engine.ask("招牌掉了抢修师傅多久能到")
    assert ans.found and "1小时" in ans.answer, ans.answer


@pytest.mark.parametrize("question, figure", [
    ("今年比去年多种了多少亩茶叶", "0.4万亩"),  # the change, not the total 3.2万亩 the counted noun stands by
    ("全镇茶叶产值有多少", "2.6亿元"),  # 产值 names the figure right after it
    ("抽检的茶叶样品合格率是多少", "97.5%"),  # so does a rate
])
def test_the_figure_the_measure_asked_names(engine, question, figure):
    ans = engine.ask(question)
    assert ans.found and figure in ans.answer, (question, ans.answer)


@pytest.mark.parametrize("question, figure", [
    ("以前从外地调金银花苗多少钱一株", "0.8元"),  # «每株0.8元» is weighed with the clause before it
    ("本地育的金银花苗一株多少钱", "0.3元"),
])
def test_a_price_said_by_a_rate_alone_and_framed_by_its_sections_heading(engine, question, figure):
    """金银花 is said only by the heading line «石桥村：金银花育苗基地» that opens the section."""
    ans = engine.ask(question)
    assert ans.found and figure in ans.answer, (question, ans.answer)


def test_a_charge_asked_in_general_and_a_share_of_a_sum(engine):
    ans = engine.ask("营位用电怎么收费")
    assert ans.found and "100元" in ans.answer, ans.answer
    ans = engine.ask("订金要付多少")
    assert ans.found and "50%" in ans.answer, ans.answer


def test_a_figure_per_the_asked_noun_does_not_count_it(engine):
    ans = engine.ask("露营区一共有多少个营位")  # «每个营位费用含4人»: people per 营位
    assert not ans.found or "4人" not in ans.answer, ans.answer


def test_who_does_a_deed_put_in_charge_or_handed_to_a_body(tmp_path_factory):
    """谁负责巡查: the office put in charge, whatever place word the question adds (河边); 谁在运营: the body
    由 hands the deed to (a 合作社, a body as a 公司 is)."""
    from wenda.index import extract

    assert [b.text for b in extract.bodies("冷库由青山蔬菜专业合作社运营。")] == ["青山蔬菜专业合作社"]
    engine = text_engine(tmp_path_factory.mktemp("who"), {"rules.txt": """青山镇河道管理办法

第三条 镇水利站负责河道沿岸的日常巡查；镇综合执法队负责违法行为的查处。
第四条 镇冷库由青山蔬菜专业合作社运营，对本镇农户储存蔬菜每吨每天收费4元。
"""})
    ans = engine.ask("河边谁负责巡查")
    assert ans.found and "镇水利站" in ans.answer, ans.answer
    ans = engine.ask("镇上的冷库是谁在运营")
    assert ans.found and "青山蔬菜专业合作社" in ans.answer, ans.answer
