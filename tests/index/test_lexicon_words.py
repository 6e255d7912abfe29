"""index/lexicon.py on a new user's words, without an encoder: a typo that sounds like a corpus
word (服务中兴 for 服务中心), days of the week and «one» said otherwise (周三 in 周二至周五, 一节课 as 每节)."""

from __future__ import annotations

import numpy as np

from wenda.index.lexicon import TYPO_WEIGHT, Lexicon
from wenda.index.support import MEANING_WEIGHT, holds


def lexicon(words):
    return Lexicon(list(words), np.zeros((len(words), 4), dtype=np.float32))


def test_a_word_one_character_off_by_its_sound_is_the_corpus_word():
    lex = lexicon(["服务", "中心", "中午", "婚假", "总公司", "崔桥镇"])
    assert lex.misspelt("中兴") == "中心"
    assert lex.misspelt("崔乔镇") == "崔桥镇"
    assert lex.weight_in("中兴", "服务中心周六上午9:00开门") == (TYPO_WEIGHT, "中心")
    assert TYPO_WEIGHT >= MEANING_WEIGHT


def test_a_word_that_sounds_otherwise_is_another_thing():
    lex = lexicon(["婚假", "总公司", "早班", "晚班"])
    assert lex.misspelt("丧假") == ""  # sang is no hun
    assert lex.misspelt("分公司") == ""
    assert lex.misspelt("中班") == ""
    assert lex.weight_in("丧假", "员工结婚可享受婚假13天") == (0.0, "")


def test_two_corpus_words_equally_close_are_no_answer():
    lex = lexicon(["中心", "中新"])  # xin and xin: which one is meant cannot be told
    assert lex.misspelt("中兴") == ""


def test_a_word_the_corpus_uses_is_never_taken_for_a_typo():
    lex = lexicon(["中心", "中兴"])
    assert lex.weight_in("中兴", "服务中心") == (0.0, "")


def test_days_and_one_of_a_unit_said_otherwise_are_held():
    lex = lexicon(["周二", "周五"])
    assert lex.weight_in("周三", "日期：周二至周五") == (1.0, "周二至周五")
    assert lex.weight_in("礼拜天", "周六、周日") == (1.0, "周六、周日")
    assert lex.weight_in("一节课", "私教课每节60分钟") == (1.0, "每节")
    assert holds("一节课", "私教课每节60分钟")
    assert not holds("一节课", "私教课须提前24小时预约")


def test_a_word_for_a_word_by_the_thesaurus_of_the_same_length():
    """Cilin puts 马达 and 电机, 大夫 and 医生 in one synonym group; e5 places neither near the other."""
    lex = lexicon(["整机", "电机", "保修", "医生", "地方"])
    assert lex.thesaurus_word("马达", "整机保修1年，电机保修3年") == "电机"
    assert lex.weight_in("马达", "整机保修1年，电机保修3年")[1] == "电机"
    assert lex.thesaurus_word("大夫", "儿科医生赵敏") == "医生"
    assert lex.thesaurus_word("电机", "马达") == ""  # a word the corpus uses is itself or nothing
    assert lex.thesaurus_word("县", "这个地方") == ""  # one character, and a looser sense of another length
    assert lex.thesaurus_word("马达", "整机保修1年") == ""
