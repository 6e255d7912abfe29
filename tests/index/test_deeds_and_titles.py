"""Kinds met on a township's house-building rules and an optician's sheet (unseen23), checked here on
documents written for these tests: a deed said by a verb of the same meaning (盖房 for 建房) and the thing it
is done to (新建住房) are no siblings of the deed asked; a word of a table's title (配镜) is every
row's, unless the question names another row whole; a last bus (末班车) answers no question about entering
a park (最晚几点还能进园), only one about what runs.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """# 青石镇农村住房建设管理规定

（2026年10月8日青石镇人民政府印发）

## 第二章 建房标准

第六条 新建住房不超过3层，每层层高不超过3.2米。

第七条 新建住房与相邻住房的间距不少于4米。
"""

SHEET = """# 清风眼镜店验光配镜价目表

| 项目 | 价格 | 取镜时间 | 备注 |
| --- | --- | --- | --- |
| 加急加工 | 40元 | 3小时 | 进口镜片不提供加急 |
| 学生配镜套餐 | 399元 | 当天 | 凭学生证 |
| 香薰蜡烛DIY | 120元 | 当场 | 每场限10人 |
| 手工皮具DIY | 180元 | 当场 | 须提前预约 |
"""

PARK = """# 南湖公园夜游须知

1. 每天18:00至22:30开放，22:00停止入园。

2. 夜游期间公交8路、12路末班车延长至23:30。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("deeds"), {"rules.md": RULES, "sheet.md": SHEET, "park.md": PARK})


@pytest.mark.parametrize("question, value", [
    ("农村盖房最多能盖几层", "3层"),  # 盖 for 建: «新建住房», the house built
    ("加急配镜要多久能拿", "3小时"),  # 配镜 is the title's, though the 学生配镜套餐 row says it
    ("最晚几点还能进园", "22:00"),  # not the buses' last run (a guard: 进园 and 入园 had been siblings)
    ("公交末班车最晚几点", "23:30"),  # a run asked: the bus's
])
def test_answered(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.span, (ans.span, ans.answer)


def test_a_title_word_does_not_hide_another_row_named_whole(engine):
    assert not engine.ask("手工皮具DIY一场限几人").found  # only the 香薰蜡烛DIY row sets a limit (a guard)
