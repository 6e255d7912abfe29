"""Deeds a yes or no asks, said otherwise by the line that rules on them, read from the misses of the held-out
sets and checked on documents written for these tests: a deed and its object said apart (能开发票吗: «可开具增值税
普通发票»), a deed the thesaurus says in another word (有没有死伤: «未造成人员伤亡»), and a deed and its object
jieba tags a proper noun (放鸽子), no name a line must say; the asker's own thing (我的大疆mini) whose make no
line names, and the case it states (只有249克) held by the range a rule sets (250克以下), a weight now a
quantity of a case as ages and distances are. Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

SHOP = """青禾图文店须知

以上价格均为含税价，可开具增值税普通发票。
当天取消或未到恕不退费。
"""

RULES = """青禾山景区无人机飞行规定

第五条 在景区飞行无人机须提前2个工作日提交飞行申请。重量250克以下的微型无人机无须申请，但应遵守本规定其他条款。
"""

REPORT = """青禾县2026年秋冬森林防火情况

截至11月30日，全县共发生森林火情3起，过火面积2.4亩，未造成人员伤亡。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("deeds"), {"shop.txt": SHOP, "report.txt": REPORT, "rules.txt": RULES})


def test_the_readings(engine):
    from wenda.index.query import entities
    from wenda.index.support import deed_held

    lexicon = engine.answerer.lexicon
    assert deed_held("开发票", "可开具增值税普通发票", lexicon)
    assert deed_held("死伤", "未造成人员伤亡", lexicon)
    assert not deed_held("开发票", "可提供纸质收据", lexicon)
    assert "放鸽子" not in entities("当天放鸽子钱能退吗")


@pytest.mark.parametrize("question, said", [
    ("能开发票吗", "增值税普通发票"),
    ("山火有没有死伤人", "未造成人员伤亡"),
])
def test_the_line_that_rules(engine, question, said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer, (question, ans.answer)


def test_the_askers_own_thing_and_the_case_it_states(engine):
    from wenda.index.extract import range_holds

    assert engine.answerer.reader.askers_own("我的大疆mini只有249克，也要申请吗") == ["大疆", "mini"]
    assert range_holds("只有249克", "重量250克以下的微型无人机无须申请")
    assert not range_holds("有300克", "重量250克以下的微型无人机无须申请")
    ans = engine.ask("我的大疆mini只有249克，也要申请吗")
    assert ans.found and "无须申请" in ans.answer, ans.answer
