"""Kinds found trying a new document (a housing estate's renovation rules), checked here on a document written for
these tests (another estate's rules for shop fronts):
- a time asked by its ordinal (第二次) is ruled by a line that says every time alike («每次扣除押金500元»), where the
  line numbers no times;
- a colour asked whether one may use it (能用黑色的吗) is ruled on by a line that requires another («须使用…白色…»).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """金桂园商铺门头管理规定

第一条 商铺门头招牌须使用统一样式的白色亚克力底板，字体高度不超过60厘米。
第二条 门头招牌须在安装前报物业服务中心备案。
第三条 擅自在外墙悬挂广告布的，每次扣除管理押金500元。
第四条 夜间亮灯时间为18:00至22:00。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fronts"), {"金桂园商铺门头管理规定.txt": RULES})


def test_every_time_rules_an_ordinal(engine):
    ans = engine.ask("在外墙挂广告布第二次扣多少")
    assert ans.found and "500元" in ans.answer, (ans.answer, ans.figures)


def test_a_colour_required_rules_another(engine):
    from wenda.index.support import colour_ruled

    assert colour_ruled("黑色", "商铺门头招牌须使用统一样式的白色亚克力底板")
    assert not colour_ruled("黑色", "门头招牌可以自行设计")  # no colour required
    ans = engine.ask("门头招牌能用黑色的底板吗")
    assert ans.found and "白色" in ans.answer, ans.answer
