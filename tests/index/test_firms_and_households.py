"""Kinds of the thirty-seventh held-out set (a county's apple-industry report), checked here on a document written for
these tests:
- a word inside a firm's name (鲜果 of «丰塬鲜果业有限公司») is no sibling of a thing asked (苹果);
- 多少户人家 counts households (户), 人家 no word a line must say.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

REPORT = """青川县2027年苹果产业发展情况汇报

2027年，全县苹果种植面积达到12万亩，总产量21万吨。

城南镇：龙头企业带动加工

城南镇引进的丰塬鲜果业有限公司加工厂于2027年5月8日投产，年加工苹果5万吨，主要生产苹果汁。
工厂吸纳就业150人，工人月工资3200元左右。

白石村：电商示范村

城南镇白石村是全县电商示范村，全村312户中有58户开了网店。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("apples"), {"青川县2027年苹果产业发展情况汇报.txt": REPORT})


def test_a_word_of_a_firms_name_is_no_sibling(engine):
    from wenda.index.answer import in_firm_name

    assert in_firm_name("鲜果", "城南镇引进的丰塬鲜果业有限公司加工厂于2027年5月8日投产")
    assert not in_firm_name("鲜果", "鲜果每斤收购价2元，丰塬果业有限公司负责收购")  # said of itself once
    ans = engine.ask("城南镇的苹果加工厂哪天投产的")
    assert ans.found and "2027年5月8日" in ans.answer, ans.answer


def test_households_counted_by_hu(engine):
    from wenda.index.query import spoken_to_written

    assert spoken_to_written("白石村一共多少户人家") == "白石村一共多少户"
    ans = engine.ask("白石村一共多少户人家")
    assert ans.found and "312户" in ans.answer, (ans.answer, ans.figures)
