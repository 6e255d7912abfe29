"""Kinds met on a social-security card guide tried as a new user, checked here on a document written for
these tests: a deed done to the thing asked (补卡 of 补办社保卡, 换卡 listed with it) is no sibling of the
thing (社保卡), while another deed on a thing (退票 for 门票) stays another thing's price; items listed with
、 before a value share it (补卡、换卡收取工本费每张20元); a value of the asked type found a little lower in
the same document, under sentences that hold none, answers.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract
from wenda.index.answer import Span
from wenda.index.query import tokens
from wenda.index.support import done_to, opposed

GUIDE = """# 青川市社会保障卡办理指南

## 一、申领对象
在本市参加社会保险的人员，均可申领社会保障卡（以下简称社保卡）。16周岁以下未成年人由监护人代为申领。

## 二、办理渠道
1. 线下：各区人社服务大厅、合作银行网点。
2. 线上：“青川社保”App。

## 三、挂失
1. 社保卡丢失的，请立即拨打12333或通过“青川社保”App办理临时挂失，临时挂失有效期为5天。
2. 临时挂失后须在5天内到服务网点办理正式挂失和补卡。

## 四、费用
1. 首次申领免费。
2. 补卡、换卡收取工本费每张15元。
3. 低保对象、特困人员补换卡免收工本费。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("deeds_on"), {"guide.md": GUIDE})


def test_a_deed_on_the_thing_is_no_kind_of_it():
    piece = "补卡、换卡收取工本费每张15元"
    assert done_to("补办社保卡多少钱", piece, tokens(piece)) == ["补卡", "换卡"]
    assert not opposed("社保卡", piece, tokens(piece), piece, "补办社保卡多少钱")
    assert opposed("门票", "退票收取手续费10元", tokens("退票收取手续费10元"), "退票收取手续费10元", "门票多少钱")  # a guard


def test_listed_items_share_the_value():
    t = "补卡、换卡收取工本费每张15元。"
    at = t.find("15元")
    assert extract.piece_of(t, Span("15元", at, at + 3)) == "补卡、换卡收取工本费每张15元"
    t = "营业时间：周一至周五9:30至21:00，周六、周日10:00至20:00"
    at = t.find("10:00")
    assert extract.piece_of(t, Span("10:00", at, at + 5)).startswith("周六、周日")


def test_the_price_of_redoing_the_thing(engine):
    ans = engine.ask("补办社保卡多少钱")
    assert ans.found and "15元" in ans.answer and "补卡" in ans.answer, ans.answer


def test_what_to_bring_is_what_the_rule_has_one_provide():
    """extract.object_after: 代办要带什么 is answered by what follows 提供 (one deed of bringing in the sentence);
    of two, none is taken here (入住时须出示身分证件，外籍旅客须出示护照: the clause's words decide)."""
    got = extract.object_after("代办的，须提供代办人身份证原件和委托书。", "代办要带什么")
    assert got is not None and got.text == "代办人身份证原件和委托书"
    assert extract.object_after("入住时须出示身份证件，外籍旅客须出示护照。", "外国人入住要带什么证件") is None


def test_a_general_head_said_only_as_a_kind_holds_nothing():
    """lexicon.generic_head_only: e5 puts 人员 near 外地人; «特困人员…免收工本费» speaks of that kind of people,
    not of outsiders, while «参加社会保险的人员» says 人员 as a head of its own."""
    from wenda.index.lexicon import generic_head_only

    assert generic_head_only("人员", "低保对象、特困人员补换卡免收工本费")
    assert not generic_head_only("人员", "在本市参加社会保险的人员均可申领")
    assert not generic_head_only("居民", "特困居民")  # a guard: no general head


def test_outsiders_are_no_kind_named(engine):
    ans = engine.ask("外地人能办吗")
    assert "特困" not in (ans.answer or ""), ans.answer


def test_who_does_it_for_another(engine):
    """extract.doers: 由监护人代为申领 hands the deed to 监护人; 谁来办 asks any deed (办, a light verb)."""
    assert [d.text for d in extract.doers("16周岁以下未成年人由监护人代为申领。")] == ["监护人"]
    ans = engine.ask("未成年人的社保卡谁来办")
    assert ans.found and "监护人" in ans.answer, ans.answer
