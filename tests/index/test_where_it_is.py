"""Kinds a new user met on a farm's rules and a car-wash price list, checked here on documents written for
these tests: 在哪 asked of what a document is about (草莓园在哪里, 美容中心在哪儿) is answered by its labelled
address line, ranked below lines that name the place but say no place (…草莓采完即提早休园) or say where
one books online (通过微信小程序…预约), which answers 在哪预约, not where the shop is.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

FARM = """# 山果草莓园采果须知

## 一、园区信息

- 开放时间：每天上午8点至下午5点，草莓采完即提早休园
- 园主：林家豪（第三代草莓农，曾获县草莓评鉴特等奖）
- 地址：苗栗县大湖乡富兴村水尾68号

## 二、采果规则

1. 下雨天草莓园暂停开放，出发前请先来电确认。
2. 请沿走道行走，勿踩踏草莓植株。
3. 草莓果酱DIY每场最少4人、最多20人。
"""

SHOP = """# 车之家汽车美容中心价目表

| 项目 | 价格 |
| --- | --- |
| 普通洗车 | 30元 |
| 精致洗车 | 68元 |

周六、周日上午为洗车高峰，建议通过微信小程序“车之家养车”提前预约，预约到店免排队。

地址：宁州市滨江大道199号；店长：郑凯。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("where"), {"farm.md": FARM, "shop.md": SHOP})


@pytest.mark.parametrize("question, place", [
    ("草莓园在哪里", "富兴村"),
    ("车之家美容中心在哪儿", "滨江大道199号"),
])
def test_where_a_document_is_about_is_its_address(engine, question, place):
    ans = engine.ask(question)
    assert ans.found and place in ans.answer, (question, ans.answer)


def test_where_one_books_is_the_online_channel(engine):
    ans = engine.ask("洗车在哪预约")
    assert ans.found and "小程序" in ans.answer, ans.answer
