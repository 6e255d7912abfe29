"""Kinds met on a township's house-building rules (unseen23), checked here on rules written for these tests:
镇里 is the township's government (镇人民政府), no name; 每户 says how much each household gets, no kind of
the 低保户 asked; 建房 is held by the title's 住房建设 (the deed's object said first).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine


RULES = """# 白鹭镇农村住房建设管理办法

## 第四章 审批程序

第十二条 村民委员会应当在7个工作日内召开村民代表会议讨论，讨论结果公示5天。

第十三条 公示无异议的，镇人民政府应当在15个工作日内作出审批决定。

## 第五章 扶持措施

第二十条 低保户、特困供养人员建房的，由镇人民政府每户补助3万元。

## 第六章 附则

咨询电话：0571-88123456，工作日8:30至17:00。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("bodies"), {"rules.md": RULES})


@pytest.mark.parametrize("question, value", [
    ("镇里多少个工作日内给审批结果", "15个工作日"),
    ("低保户盖房补助多少钱", "3万元"),
    ("建房的咨询电话是多少", "0571-88123456"),
])
def test_answered(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.span, (ans.span, ans.answer)


def test_the_words_for_them():
    from wenda.index.support import body_said, reversed_said

    assert body_said("镇里", "镇人民政府应当在15个工作日内作出审批决定")
    assert not body_said("镇里", "村民委员会应当在7个工作日内召开村民代表会议")
    assert reversed_said("建房", "农村住房建设管理办法")
    assert not reversed_said("建房", "房屋出租管理办法")
