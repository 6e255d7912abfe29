"""Kinds met on a whale-watching boat's rules and a job fair's notice (unseen23), checked here on a notice
written for these tests: a labelled line answers a question that names its label whole as what it asks
(line id是多少: «LINE ID：…»), a code of no type wenda reads; a one-character member cut from its word by
jieba (南 广场) is held against the frame's other member (北广场); 幼儿 are children, so an adult named
beside them (一个大人能带几个) is no case outside the row's ages.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

NOTICE = """# 蓝海号观光船须知

## 一、基本信息

- 售票电话：0596-2231188
- LINE ID：@bluesea-boat
- 停车：码头东广场停车场可停车200辆。

## 二、票价

| 票种 | 票价 | 说明 |
| --- | --- | --- |
| 全票 | 300元 | 13岁以上 |
| 幼儿 | 免费 | 未满4岁，每位大人限带2位 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fields"), {"boat.md": NOTICE})


def test_a_label_named_whole_gives_its_value(engine):
    ans = engine.ask("观光船的line id是多少")
    assert ans.found and ans.span == "@bluesea-boat", (ans.span, ans.answer)


def test_another_member_of_a_word_jieba_cut_is_refused(engine):
    assert engine.ask("东广场停车场能停多少辆车").found  # a guard: the frame's own member
    assert not engine.ask("西广场停车场能停多少辆车").found


def test_an_adult_beside_the_children_is_no_case_outside_their_ages(engine):
    ans = engine.ask("一个大人能带几个免费的幼儿")
    assert ans.found and ans.span == "2位", (ans.span, ans.answer)
