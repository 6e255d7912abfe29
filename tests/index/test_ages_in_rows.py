"""Kinds a new user met on a farm's price table whose rows are set apart by age (入园清洁费（12岁以上）,
（3至12岁）), checked here on a document written for these tests: people named by their age (大人, 小孩,
小朋友) belong to the row whose range takes them in; an age the asker states (10岁) picks the row whose
range holds it, even where another cell of that row sets another range (说明：未满3岁免费); a stated case
of another kind (一米三) still decides by itself.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

PRICES = """# 绿野农场入园须知

| 项目 | 平日价格 | 假日价格 | 说明 |
| --- | --- | --- | --- |
| 入园费（14岁以上） | 40元 | 80元 | 可抵采摘费用 |
| 入园费（4至14岁） | 免费 | 30元 | 未满4岁免费 |
| 自采葡萄 | 每斤25元 | 每斤30元 | 采下后不退 |

游乐区：身高1.2米以下儿童须由家长陪同。
"""


@pytest.fixture(scope="module")
def farm(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("ages"), {"farm.md": PRICES})


def test_people_named_by_their_age():
    from wenda.index.extract import age_group_held, range_excludes, range_holds

    assert age_group_held("大人", "入园费（14岁以上）") and not age_group_held("大人", "入园费（4至14岁）")
    assert age_group_held("小孩", "入园费（4至14岁）") and not age_group_held("小孩", "入园费（14岁以上）")
    assert age_group_held("老人", "65周岁以上老人免票") and not age_group_held("工人", "65周岁以上")
    row, other = "项目：入园费（14岁以上） · 平日价格：40元", "项目：入园费（4至14岁） · 平日价格：免费"
    assert range_excludes("小孩进园要钱吗", row) and range_holds("小孩进园要钱吗", other)
    assert not range_excludes("大人小孩都要钱吗", row)  # both named: no one range asked
    assert not range_excludes("一米三的小孩要买票吗", "项目：半价票 · 适用：60周岁以上老人")  # the height is the case
    assert not range_excludes("小孩多高不用买票", "70岁以上老人凭证免费，1.3米以下儿童免票")  # each clause its own


@pytest.mark.parametrize("question, value, not_value", [
    ("周末大人入园费多少", "80元", "30元"),
    ("假日带10岁小朋友入园多少钱", "30元", "80元"),
])
def test_the_row_whose_age_range_takes_the_asker_in(farm, question, value, not_value):
    ans = farm.ask(question)
    assert ans.found and value in ans.answer and not_value not in ans.answer, (question, ans.answer)


def test_a_yes_or_no_of_people_named_by_their_age(farm):  # a guard: the code before ranked this row first here
    ans = farm.ask("小孩子平日进园要钱吗")
    assert ans.found and "4至14岁" in ans.answer and "免费" in ans.answer, ans.answer


def test_a_rows_cells_each_set_their_own_range():
    from wenda.index.extract import same_side

    row = "项目：入园费（4至14岁） · 平日价格：免费 · 假日价格：30元 · 说明：未满4岁免费"
    assert same_side("假日带10岁小朋友入园多少钱", "假日价格：30元", row)
    assert not same_side("假日带16岁孩子入园多少钱", "假日价格：30元", row)
