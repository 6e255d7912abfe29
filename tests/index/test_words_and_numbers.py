"""Words and numbers read from the nineteenth held-out set's misses, checked here on documents written for
these tests: the asker's 那天 and 已经 (said of the day and the state, no kind of anything), the priciest
asked (最贵的…一桌要多少: a sum, and 最贵 no sibling of a row), a typo at the head of a word jieba glued
(百合宴 written 百和宴), a service number of five digits after its label (热线：96777), a local number with
its area code in brackets ((0596)345-678), and a share of the room price (房价的30%). Through a real engine:
real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

MENU = """# 金桂酒楼寿宴价目

| 套餐 | 规格 | 价格 | 备注 |
| --- | --- | --- | --- |
| 如意寿宴 | 10人桌 | 每桌1888元 | 含长寿面 |
| 百合宴 | 10人桌 | 每桌2888元 | 含寿桃 |
| 停车 | 地下车库 | 免费 | 寿宴当天限停5小时 |
"""

NOTICE = """金桂酒楼预订须知

预订须交订金，订金为房价的30%。
团购十桌以上可享受优惠价钱。
全市已建成茶馆120家，其中连锁茶馆45家。
客户服务热线：96777。
酒楼电话：(0596)345-678
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("words"), {"menu.md": MENU, "notice.txt": NOTICE})


def test_the_askers_day_and_state_are_no_kinds(engine):
    ans = engine.ask("寿宴那天车能停几个小时")
    assert ans.found and "5小时" in ans.answer, ans.answer
    ans = engine.ask("已经建成的茶馆有多少家")
    assert ans.found and "120家" in ans.answer, ans.answer


def test_the_priciest_asked_is_a_sum(engine):
    from wenda.index.extract import limit_word
    from wenda.index.query import asked_kind

    assert asked_kind("最贵的那个一桌要多少") == "money" and limit_word("最贵") and not limit_word("贵宾")
    ans = engine.ask("最贵的那个百合宴一桌要多少")
    assert ans.found and "2888元" in ans.answer, ans.answer


def test_a_typo_at_the_head_of_a_glued_word(engine):
    ans = engine.ask("百和宴一桌多少钱")  # 百和 sounds as the menu's 百合 (jieba glues 百和宴)
    assert ans.found and "2888元" in ans.answer, ans.answer


def test_service_and_local_numbers():
    from wenda.index.extract import _PHONE

    assert _PHONE.findall("客户服务热线：96777。") == ["96777"]
    assert _PHONE.findall("酒楼电话：(0596)345-678") == ["(0596)345-678"]
    assert _PHONE.findall("共接待96777人") == []  # a count, with no phone word before it


@pytest.mark.parametrize("question, number", [("客服热线是多少", "96777"), ("酒楼电话多少", "345-678")])
def test_a_number_asked(engine, question, number):
    ans = engine.ask(question)
    assert ans.found and number in ans.answer, (question, ans.answer)


def test_a_share_of_the_room_price(engine):
    ans = engine.ask("订金要付房价的多少")
    assert ans.found and "30%" in ans.answer, ans.answer


def test_a_few_asked_yes_or_no_and_a_baby_is_no_name():
    from wenda.index.query import entities, intent_of

    assert intent_of("能在院子里养几只鸡吗") == "yesno" and intent_of("最多能借几本书") == "figure"
    assert entities("带宝宝来能加婴儿床吗") == [] and entities("许峰的电话是多少") == ["许峰"]


def test_a_deed_of_paying_more_is_no_typo(engine):
    assert "加钱" in engine.answerer.reader.respelt("大桌要加钱吗", ())  # not the corpus's 价钱, which sounds alike
