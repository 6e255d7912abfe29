"""Kinds met trying wenda as a new user on a bike hire's and a cinema's terms (session 37), checked here on a
document written for these tests (a small cinema's member rules):
- 怎么办 about a trouble (卡丢了) is answered by the line that says that trouble, itself or by the thesaurus's word
  for it (卡片遗失可凭身份证补办), not by an instruction of a line that never speaks of it (入场时须出示电子会员码);
- a word the corpus uses (电影 of 电影票) is said by a line in the thesaurus's word of the same length (影片):
  看3D电影多少钱 is the 3D影片's price;
- a price asked per a measure of stuff (多少钱一公斤) is not a sum per another (每亩收益约8000元);
- a Latin word ends where the characters start (DSE化学班: jieba's dictionary has E化), so 化学 is a word asked.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index.query import keyword_tags

CINEMA = """青柳小影院会员须知

一、会员卡
1. 会员卡仅限本人使用，入场时须出示电子会员码。
2. 会员卡余额不退不换，卡片遗失可凭身份证补办，补卡费8元。
3. 每消费1元积1分，600分可兑换一张电影票。

二、票价
1. 观看普通影片票价40元，观看3D影片票价60元。

三、周边
1. 影院旁的合作农场种植黄精1200亩，亩产鲜黄精1500公斤，每亩收益约8000元。
2. 农场春笋收购价每公斤4.5元。
3. 暑期开设DSE英文班，学费每月1480元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("cinema"), {"青柳小影院会员须知.txt": CINEMA})


def test_a_trouble_is_remedied_by_the_line_that_says_it(engine):
    ans = engine.ask("会员卡丢了怎么办")
    assert ans.found and "补办" in ans.answer, (ans.answer, ans.figures)
    assert "会员码" not in ans.answer, ans.answer


def test_a_corpus_word_said_by_its_thesaurus_mate(engine):
    ans = engine.ask("看3D电影要多少钱")
    assert ans.found and "60元" in ans.figures, (ans.answer, ans.figures)


def test_a_price_per_one_measure_is_not_a_sum_per_another(engine):
    ans = engine.ask("黄精卖多少钱一公斤")
    assert not ans.found or "8000元" not in ans.answer, (ans.answer, ans.figures)
    ans = engine.ask("春笋多少钱一公斤")
    assert ans.found and "4.5元" in ans.figures, (ans.answer, ans.figures)


def test_a_latin_word_ends_where_the_characters_start(engine):
    words = [w for w, _ in keyword_tags("DSE化学班学费几多钱")]
    assert "化学" in words and "E化" not in words, words
    ans = engine.ask("DSE英文班学费多少钱")
    assert ans.found and "1480元" in ans.answer, (ans.answer, ans.figures)
