"""Fields, cells and members read from the misses of the held-out sets, checked on documents written for these
tests: a label's value that is no figure (line id是多少: «LINE ID：@…»), a group's number asked as its 群号
(«QQ群：…»), the cell a question asks the kind of (用的什么纸: «纸张规格：…»), and a member the corpus never
lists among those it does (老年组, where the rules name 少儿组, 青年组 and 成人组): no line answers it; and the
member whose bracketed range holds the asker's case (10岁的孩子参加哪个组: 少儿组（6至12周岁）); a number asked by
the purpose of its line (报名电话) is the one its own label names (报名热线：…), not a sibling's (投诉电话：…).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

NOTICE = """晨曦书法大赛通知

一、参赛组别
1. 设少儿组（6至12周岁）、青年组（13至35周岁）、成人组（36周岁以上）三个组别。

二、奖励
1. 一等奖奖金3000元，二等奖奖金1500元。

三、联系方式
LINE ID：@chenxi-art
参赛交流QQ群：731902846
报名热线：0571-81112233；投诉电话：0571-81112299。
"""

SHEET = """# 晨曦打印价目

| 项目 | 纸张规格 | 价格 |
| --- | --- | --- |
| A3彩色打印 | 120克铜版纸 | 6元 |
| A4黑白打印 | 70克复印纸 | 0.5元 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fields"), {"notice.txt": NOTICE, "sheet.md": SHEET})


def test_the_cell_of_the_kind_asked():
    from wenda.index.extract import cell_of_kind

    row = "项目：A3彩色打印 · 纸张规格：120克铜版纸 · 价格：6元"
    assert cell_of_kind("A3彩色打印用的什么纸", row).text == "120克铜版纸"
    assert cell_of_kind("A3彩色打印多少钱", row) is None


@pytest.mark.parametrize("question, value", [
    ("line id是多少", "@chenxi-art"),
    ("参赛交流qq群号多少", "731902846"),
    ("A3彩色打印用的什么纸", "120克铜版纸"),
    ("成人组一等奖奖金多少", "3000元"),
])
def test_the_value_asked(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.answer, (question, ans.answer)


def test_a_member_the_corpus_never_lists(engine):
    assert "老年组" in engine.answerer.analyse("老年组一等奖奖金多少").qualifiers
    ans = engine.ask("老年组一等奖奖金多少")
    assert not ans.found, ans.answer


def test_the_member_whose_range_holds_the_case(engine):
    from wenda.index.extract import member_holding

    line = "1. 设少儿组（6至12周岁）、青年组（13至35周岁）、成人组（36周岁以上）三个组别。"
    assert member_holding("20岁参加哪个组", line).text == "青年组"
    assert member_holding("10岁的孩子参加哪个组", line).text == "少儿组"
    assert member_holding("参加哪个组", line) is None
    ans = engine.ask("10岁的孩子参加哪个组")
    assert ans.found and ans.span == "少儿组", (ans.answer, ans.span)


def test_a_number_is_the_one_its_label_names(engine):
    from wenda.index.extract import best_phone

    line = "报名热线：0571-81112233；投诉电话：0571-81112299。"
    assert best_phone(line, ["报名", "电话"], "报名电话是多少").text == "0571-81112233"
    assert best_phone(line, ["投诉", "电话"], "投诉电话是多少").text == "0571-81112299"
    ans = engine.ask("报名电话是多少")
    assert ans.found and "81112233" in ans.answer and "81112299" not in ans.answer, ans.answer
