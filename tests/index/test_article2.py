"""Paraphrases of a news article's facts, section per town («镇名：标题»), as the bundled article is
asked (issue 10): a counted noun said with a word of the same meaning answers, a sibling or a town
that lacks the fact is refused. Through a real engine (real model, FAISS, BM25) over
tests/data/article2, a flood-relief report written for these tests."""

from __future__ import annotations

import pytest

from support import folder_engine
from wenda.index.lexicon import siblings
from wenda.index.query import counted_noun, kind_said, sort_asked


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    return folder_engine(tmp_path_factory, "article2")


def test_a_deed_and_its_point_are_one_counted_noun():
    assert counted_noun("商务中心区一共设了几个值勤点") == "值勤点"  # jieba: 值勤 (a), 点 (m)
    assert counted_noun("沿河镇开辟了几个泊车点") == "泊车点"
    assert counted_noun("几点开门") is None  # a clock asked, no point counted


def test_a_head_whose_modifiers_the_dictionary_says_are_one_names_no_sibling():
    assert not siblings("值勤点", "执勤点")
    assert not siblings("泊车点", "停车点")
    assert siblings("取水点", "停车点")  # another deed's point
    assert siblings("首班车", "末班车")


def test_a_count_asked_with_the_dictionarys_word_for_the_noun(towns):
    ans = towns.ask("沿河镇开辟了几个泊车点")  # the report says 停车点
    assert ans.found and "9个" in ans.answer


def test_a_sibling_point_or_a_town_without_it_is_refused(towns):
    assert not towns.ask("沿河镇设了几个取水点").found  # 停车点 and 安置点 are other points
    assert not towns.ask("石桥镇开辟了几个泊车点").found  # only 沿河镇 says it


def test_the_kind_asked_of_a_noun_and_a_kind_said_of_it():
    assert sort_asked("崔桥镇镇村干部搞的是什么样的排查") == "排查"
    assert sort_asked("崔桥镇用的是什么管理方式") == "管理"
    assert sort_asked("用什么方式付款") is None  # a means asked, no kind of a noun
    assert kind_said("全镇实行网格化管理", "管理")
    assert kind_said("针对“涉鄂三类人员”开展摸排", "人员")
    assert not kind_said("进一步强化管理", "管理")  # a deed done to it
    assert not kind_said("对各类人员进行登记", "人员")  # every kind, none named


def test_a_kind_asked_is_answered_by_the_sentence_that_names_one(towns):
    # «加强农田管护,每天到田间…» holds every word of the question, but names no kind of 管护
    ans = towns.ask("石桥镇每天搞的是什么样的管护")
    assert ans.found and "分片式管护" in ans.answer
    assert not towns.ask("青山乡每天搞的是什么样的管护").found  # only 石桥镇 says it
