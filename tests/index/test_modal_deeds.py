"""Kinds a new user met on a square's rules and a county's irrigation report, checked here on a document
written for these tests: a yes-or-no whose deed is one character after a modal (押金能退吗) is settled by
the clause that says the deed (…全额退还), not by the clause naming its subject; and a qualifier said in
a thesaurus synonym sharing a character with it (进度落后的 for «进度滞后») still singles out the line.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """东湖公园场地使用规定

第八条 营利性活动须提前5个工作日提出申请，并按每场800元缴纳场地保证金，活动结束后场地无损坏的全额退还。

第九条 因雨雪天气多，全园约有20%的整修工程进度滞后。

第十条 公园内禁止烧烤、乱扔垃圾。

第十一条 入园须领取垃圾袋，每人限领1个。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("modal"), {"rules.md": RULES})


def test_the_deed_after_a_modal_is_the_deed_asked():
    from wenda.index.reading import final_predicate

    assert final_predicate("保证金能退吗", ["保证金", "退"]) == "退"
    assert final_predicate("流动党员回家了吗", ["流动党员", "回家"]) == "回家"
    assert final_predicate("押金退吗", ["押金", "退"]) is None  # no modal: the one character may be anything


def test_a_yes_or_no_is_settled_by_the_clause_of_the_deed(engine):
    ans = engine.ask("场地保证金能退吗")
    assert ans.found and "全额退还" in ans.answer, ans.answer


def test_a_qualifier_said_in_a_synonym_of_a_shared_character(engine):
    from wenda.index.support import common_synonym_in

    assert set(common_synonym_in("落后", "约有15%的工程进度滞后")) & set("落后")
    assert not common_synonym_in("合格", "考核优秀的乡镇")  # no synonym: a sibling
    ans = engine.ask("进度落后的工程占百分之多少")
    assert ans.found and "20%" in ans.answer, ans.answer


def test_a_negation_is_never_respelt_away(engine):
    q = engine.answerer.analyse("活动那天家里没人怎么办")  # 没人 (nobody) sounds as the corpus's 每人 does
    assert "每人" not in q.keywords and "没" in "".join(q.keywords), q.keywords
