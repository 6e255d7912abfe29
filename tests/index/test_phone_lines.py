"""A phone number asked by what the asker wants of it (unseen29's review of older sets' misses):
- a question that names the line with 电话 after the label (热线电话) is held by the label alone («订购热线：…»);
- what a complaint is about (广场舞噪音投诉电话) is no kind of line where the label takes any complaint
  («投诉举报电话：…», owned by no one thing); a label owned by another thing (健身房投诉电话) still answers no
  游泳馆's complaint;
- a body's contact given as a name with a number after it («社区文体协会：周敏，电话…») is its 联系人.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index.answer import phone_qualifiers

SQUARE = """滨湖广场群众文体活动管理规定

第一条 广场舞等文体活动音响音量白天不得超过60分贝，晚上不得超过50分贝。
第二条 每天21:30以后停止使用音响设备。
第三条 群众发现违反本规定的，可以投诉。
投诉举报电话：0731-5550199，每天8:00至22:00有人接听。

联系方式
社区文体协会：周敏，电话13807315566
"""

BAKERY = """# 麦穗烘焙2029年蛋糕预订价目表

| 系列 | 品名 | 尺寸 | 价格 |
|---|---|---|---|
| 奶油蛋糕 | 草莓奶油 | 6英寸 | 128元 |
| 慕斯蛋糕 | 芒果慕斯 | 8英寸 | 228元 |

订购热线：0731-5550123。
"""

GYM = """湖滨体育中心服务须知

一、健身房每天6:00至22:00开放。
二、游泳馆每天9:00至21:00开放。
三、健身房投诉电话：0731-5550288。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("phones"), {
        "滨湖广场管理规定.txt": SQUARE, "麦穗烘焙价目表.md": BAKERY, "湖滨体育中心服务须知.txt": GYM})


@pytest.mark.parametrize("question, number", [
    ("订蛋糕的热线电话多少", "0731-5550123"),
    ("广场舞噪音投诉电话是多少", "0731-5550199"),
])
def test_the_line_asked_by_what_one_wants(engine, question, number):
    ans = engine.ask(question)
    assert ans.found, (question, ans.near)
    assert number in ans.answer


def test_a_bodys_contact_is_the_name_before_its_number(engine):
    ans = engine.ask("文体协会的联系人是谁")
    assert ans.found, ans.near
    assert "周敏" in ans.answer


def test_a_line_owned_by_another_thing_answers_no_complaint_about_this_one(engine):
    ans = engine.ask("游泳馆的投诉电话是多少")
    assert not (ans.found and "5550288" in ans.answer), ans.answer


def test_phone_qualifiers():
    assert phone_qualifiers("订蛋糕的热线电话多少", "订购热线：0731-5550123。", ["热线电话"]) == []
    assert phone_qualifiers("广场舞噪音投诉电话", "投诉举报电话：0731-5550199", ["噪音"]) == []
    assert phone_qualifiers("游泳馆投诉电话", "健身房投诉电话：0731-5550288", ["游泳馆"]) == ["游泳馆"]
    assert phone_qualifiers("游泳馆咨询电话", "投诉举报电话：0731-5550199", ["游泳馆"]) == ["游泳馆"]  # no complaint asked
