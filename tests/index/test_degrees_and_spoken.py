"""Kinds met on a heating notice tried as a new user and an optician's sheet (unseen23), checked here on
documents written for these tests: 多少度 asks degrees (18℃; 度 a unit only after a digit, 一度 is "once"),
and a level reached (达到) is said by its bound (不低于); an asker's everyday word for a place (屋里, 外面) is
the notice's (室内, 室外); a deed said with a modifier inside it (变深色 for 变色) is the deed, its length of
time the one of the piece that says it, not of another column.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract
from wenda.index.query import measure_word

HEATING = """# 南湖小区供暖须知

## 一、温度标准
室内温度不低于18℃。温度不达标的，业主可拨打供热服务热线96011报修。
"""

SHEET = """# 亮视眼镜价目表

| 项目 | 价格 | 取镜时间 | 备注 |
| --- | --- | --- | --- |
| 变色镜片 | 480元 | 5天 | 室外约40秒变深色 |
| 防蓝光镜片 | 380元 | 当天 | 适合看电脑 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("degrees"), {"heating.md": HEATING, "sheet.md": SHEET})


def test_degrees_are_asked_and_said():
    assert measure_word("屋里温度最低要达到多少度") == "度"
    assert [f.text for f in extract.figures("室内温度不低于18℃。")] == ["不低于18℃"]
    assert extract.figures("他曾一度成为首富") == []


@pytest.mark.parametrize("question, value", [
    ("屋里温度最低要达到多少度", "18℃"),  # not the hotline's 96011
    ("变色镜片在外面多久能变色", "40秒"),  # not the 取镜时间 column's 5天
    ("变色镜片多久能取", "5天"),  # a guard: the column's own deed
])
def test_answered(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.span, (ans.span, ans.answer)
