"""Kinds found trying a new document (a motor registry's questions and answers on the motorcycle licence test, in
Taiwan's Traditional Chinese), checked here on a document written for these tests (a swimming pool's deep-water test):
- a total asked (总共, 一共) is the figure a total word leads («…，合计50元», «共20题，含判断题10题…»), not a part
  listed beside it;
- 考驾照, which jieba tags a person's name, is a deed and its thing (考 + 驾照), no name a line must spell;
- 重考 is said by 重新报考, and 再考 by 重考: the deed done again;
- a verdict after 即 in one clause («…扶池边或脚踩池底即不及格») is what follows (会怎样).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """青溪市游泳馆深水合格证考试须知

一、报名
报名费30元，证件费20元，合计50元。报名时须携带身份证和1寸照片1张。

二、理论考试
理论考试共20题，含判断题10题和选择题10题，80分及格。

三、游泳测试
1. 须连续游满200米，中途扶池边或脚踩池底即不及格。
2. 测试不合格的，须隔3天后才能重新报考。
3. 游泳测试不合格的，理论成绩保留半年，半年内不需重考理论。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("pool"), {"青溪市游泳馆深水合格证考试须知.txt": RULES})


def test_a_total_asked_is_the_figure_a_total_word_leads(engine):
    ans = engine.ask("考深水证总共要交多少钱")
    assert ans.found and "50元" in ans.answer and "30元" not in ans.answer, (ans.answer, ans.figures)
    ans = engine.ask("理论考试一共几题")
    assert ans.found and "共20题" in ans.answer and "10题" not in ans.answer, (ans.answer, ans.figures)


def test_a_deed_and_its_thing_is_no_name():
    from wenda.index.query import is_proper_name

    assert not is_proper_name("考驾照")
    assert is_proper_name("王小明")


def test_a_test_done_again_is_said_by_redoing_it(engine):
    ans = engine.ask("测试没过几天后能重考")
    assert ans.found and "3天" in ans.answer, (ans.answer, ans.figures)
    ans = engine.ask("游泳测试没过要再考理论吗")
    assert ans.found and "不需重考理论" in ans.answer, ans.answer


def test_a_verdict_after_ji_follows_the_deed(engine):
    from wenda.index.extract import consequences

    assert [c.text for c in consequences("中途扶池边或脚踩池底即不及格。")] == ["不及格"]
    assert consequences("立即取消资格") == []  # 立即 is no verdict's 即
    ans = engine.ask("游的时候脚碰到池底会怎样")
    assert ans.found and "不及格" in ans.answer, ans.answer
