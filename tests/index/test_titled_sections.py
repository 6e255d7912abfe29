"""A kind of the thirty-seventh held-out set (a hospital's rules on companions and visitors, in chapters), checked
here on a document written for these tests: a chapter named by a word of the document's title (第二章 陪护 in
«…住院患者陪护和探视管理规定») is not the only section a question names by that word: the other chapters whose names
say it speak of it too (第四章 陪护和探视人员须知); and a question that names the document by the word and the title's
kind (这个陪护规定) asks of the whole document (第五章 附则).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """滨江医院住院患者陪护和探视管理规定

第一章 总则
第一条 为规范住院患者陪护和探视管理，保障医疗秩序，制定本规定。
第二条 本规定适用于本院各病区。

第二章 陪护
第三条 陪护人员凭本人身份证到病区护士站办理陪护证。
第四条 每名患者只能留一名陪护人员。

第三章 探视
第五条 普通病区的探视时间为每天15:00至20:00。
第六条 12周岁以下的儿童不得进入病区探视。

第四章 陪护和探视人员须知
第七条 陪护人员可以凭陪护证在医院职工食堂就餐，每餐15元。
第八条 病区内禁止吸烟。

第五章 附则
第九条 本规定由护理部负责解释。
第十条 本规定自2028年3月1日起施行。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("ward"), {"滨江医院住院患者陪护和探视管理规定.txt": RULES})


def test_a_chapter_named_by_a_title_word_routes_to_every_chapter_of_it(engine):
    q = engine.answerer.analyse("陪护在职工食堂吃一顿多少钱")
    assert set(q.sections) == {"陪护", "陪护和探视人员须知"}
    ans = engine.ask("陪护在职工食堂吃一顿多少钱")
    assert ans.found and "15元" in ans.answer, ans.answer


def test_the_document_named_by_the_word_and_its_kind(engine):
    assert engine.answerer.analyse("这个陪护规定哪天开始执行").sections == []
    ans = engine.ask("这个陪护规定哪天开始执行")
    assert ans.found and "2028年3月1日" in ans.answer, ans.answer


def test_a_chapter_the_title_does_not_name_still_routes(engine):
    q = engine.answerer.analyse("附则里说了什么")
    assert q.sections == ["附则"]
