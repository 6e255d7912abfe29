"""Kinds of the thirty-seventh held-out set (a tailor's price sheet and its notes), checked here on a document written
for these tests (another tailor's):
- a shop named by another head (裁缝店 for «锦绣裁缝铺») is the shop the document's title names;
- a landline asked (座机电话) is a number with an area code, whatever the line calls it («店里电话0577-…»);
- the second line answers when the first gives no value of the asked kind (坐几路公交车: the address line's 7路,
  below «门口不能停车»), where it says every word of the question.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

PRICES = """锦绣裁缝铺2028年服装修改收费价目表

一、裤子修改
1. 改裤长：每条15元。
2. 收裤腰：每条30元。

二、须知
注1：营业时间为每天9:00至20:00，每周二店休；
注2：店门口是步行街，门口不能停车。
注3：地址：临江市文昌路126号，乘坐7路、22路公交车到文昌路口站下车即到；
注4：店里电话0577-66832105。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("tailor"), {"锦绣裁缝铺2028年服装修改收费价目表.txt": PRICES})


def test_a_shop_by_another_head(engine):
    from wenda.index.support import shop_said

    assert shop_said("裁缝店", "锦绣裁缝铺2028年服装修改收费价目表") and not shop_said("裁缝店", "锦绣服装厂")
    ans = engine.ask("裁缝店几点开门")
    assert ans.found and "9:00" in ans.answer, ans.answer


def test_a_landline_by_its_area_code(engine):
    ans = engine.ask("裁缝铺的座机电话是多少")
    assert ans.found and "0577-66832105" in ans.answer, ans.answer


def test_the_second_line_below_one_without_a_value(engine):
    from wenda.index.decide import candidates, next_ruled

    q, ranked = engine.answerer.rank("坐几路公交车能到裁缝铺")
    top = next(s for s in ranked if "不能停车" in s.hit.chunk.text)
    address = next(s for s in ranked if "7路" in s.hit.chunk.text)
    ordered = [top, address] + [s for s in ranked if s is not top and s is not address]
    assert next_ruled(engine.answerer, q, candidates(engine.answerer, q, ordered)) is address
    ans = engine.ask("坐几路公交车能到裁缝铺")
    assert ans.found and "7路" in ans.answer, ans.answer
