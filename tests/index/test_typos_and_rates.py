"""Kinds read from the eighteenth held-out set (tests/data/unseen18) after its held-out measure, checked here on
documents written for these tests: a price per item asked per time (洗一次), a container asked by another
container's word (一瓶 for 每罐), a pay per month said in one word (月收入), the first day said as 首日, a
typo jieba cuts across (压金 as 卡压 金, a place's homophone as 枫 西乡), a Latin word in another case (app
for App), and a noun glued to a modal taken for a name (卡能用). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

SHEET = """# 净衣洗衣房价目表

| 品名 | 价格 | 计价单位 | 备注 |
| --- | --- | --- | --- |
| 羽绒被 | 90元 | 每条 | 单人、双人同价 |
| 皮鞋护理 | 35元 | 每双 | 含上油 |
| 会员月卡 | 199元 | 每月 | 每月限洗10件 |
"""

REPORT = """红岭县2026年茶旅融合情况

一、总体情况
全县举办第二届红岭春茶节，首日接待游客1.6万人次。
茶园采茶工人均月收入3100元。

二、各乡镇情况

枫溪乡：茶园民宿
枫溪乡发展茶园民宿27家，全年接待游客8.5万人次。
"""

NOTICE = """红岭县游客服务中心须知

1. 游客卡押金30元，退卡时退还。
2. 可在“红岭文旅”App预约讲解服务。
3. 中心代售驱蚊液，每罐25元。
4. 船潜体验：每人600元。
5. 家电维修请拨打服务台电话。
6. 自助洗衣每次10元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("typos"), {"sheet.md": SHEET, "report.txt": REPORT,
                                                          "notice.txt": NOTICE})


def test_one_time_is_one_unit_of_a_service():
    from wenda.index.extract import one_unit_said

    assert one_unit_said("一次", "价格：90元 计价单位：每条")  # a price per item is the price of one wash
    assert not one_unit_said("一次", "价格：199元 每月")  # a rate per month is not
    assert not one_unit_said("一次", "价格：199元 每月限洗10件 次卡10次")
    assert one_unit_said("一瓶", "每罐25元")  # containers of one measure
    assert one_unit_said("一个月", "人均月收入3100元")  # a pay per month said in one word


@pytest.mark.parametrize("question, figure", [
    ("洗一次羽绒被多少钱", "90元"),
    ("驱蚊液一瓶多少钱", "25元"),
    ("采茶工一个月能挣多少", "3100元"),
    ("春茶节第一天来了多少游客", "1.6万人次"),  # 首日
])
def test_a_figure_asked_in_other_units_of_the_same_thing(engine, question, figure):
    ans = engine.ask(question)
    assert ans.found and figure in ans.answer, (question, ans.answer)


@pytest.mark.parametrize("question, figure", [
    ("游客卡压金多少", "30元"),  # 压金: 押金, cut by jieba as 卡压 金
    ("枫西乡有几家茶园民宿", "27家"),  # 枫西乡: 枫溪乡, cut as 枫 西乡
])
def test_a_typo_that_jieba_cuts_across(engine, question, figure):
    ans = engine.ask(question)
    assert ans.found and figure in ans.answer, (question, ans.answer)


def test_a_latin_word_in_another_case_and_a_modal_glued_to_a_noun(engine):
    ans = engine.ask("游客卡能用app预约讲解吗")
    assert ans.found and "App" in ans.answer, ans.answer


def test_no_respelling_inside_a_word_of_the_language(engine):
    answerer = engine.answerer
    assert answerer.reader.respelt("洗一次羽绒被多少钱", ()) == "洗一次羽绒被多少钱"
    assert answerer.reader.respelt("晚上去茶园要多给多少钱", ()) == "晚上去茶园要多给多少钱"
    assert answerer.reader.respelt("放暑假电动车停哪", ()) == "放暑假电动车停哪"  # 假电 is no typo of 家电 across two words
    assert answerer.reader.respelt("地毯洗一平米多少钱", ()) == "地毯洗一平米多少钱"  # 洗一 counts, no typo of 洗衣


def test_a_corpus_word_jieba_tags_whole_stays_whole(engine):
    """query.unglued cuts 船潜 (no word of jieba's dictionary, a noun then a verb) to 船; the corpus says 船潜."""
    assert "船潜" in engine.answerer.analyse("船潜一个人多少钱").keywords
