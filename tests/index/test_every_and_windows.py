"""Kinds a new user met on a square's rules and a farm's price table, checked here on a document written
for these tests: a rule for every one of a general word (每支团队) holds for the kind asked (舞蹈队); a
question's period of one (一年) is the window the rule counts within (一年内…累计3次), no case outside
it; 自己 before a deed is the asker doing it (自采 of the row's name), no other kind of record.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """# 滨江广场文体活动管理规定

第十一条 每支团队限用音响1台，功率不得超过100瓦。

第十九条 一年内被暂停活动累计3次的，撤销其登记备案。

第二十条 东区最多安排3支团队。

## 蓝莓采摘价目

| 项目 | 价格 | 说明 |
| --- | --- | --- |
| 自采蓝莓 | 每斤60元 | 采下后不退 |
| 蓝莓礼盒 | 每盒120元 | 可代客寄送 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("every"), {"rules.md": RULES})


@pytest.mark.parametrize("question, value", [
    ("一个舞蹈队能用几台音响", "1台"),  # 每支团队
    ("一年被暂停几次会被撤销备案", "3次"),  # 一年内…累计3次
    ("自己摘蓝莓一斤多少钱", "60元"),  # the 自采蓝莓 row
])
def test_the_rule_for_what_the_asker_means(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.answer, (question, ans.answer)


def test_every_one_of_a_general_word():
    from wenda.index.answer import every_of
    from wenda.index.extract import per_unit_dropped

    assert every_of("团队", "舞蹈队", "每支团队限用音响1台")
    assert not every_of("保洁员", "监督员", "每名保洁员负责一个片区")  # a kind of its own: a sibling
    assert not every_of("团队", "舞蹈队", "东区最多安排3支团队")  # a count of teams, no rule for each
    assert per_unit_dropped("一年被暂停几次", "一年内被暂停活动累计3次的") == "被暂停几次"
    assert per_unit_dropped("满一年能休几天", "工作满3年的") == "满一年能休几天"
