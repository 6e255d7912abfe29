"""A question word the corpus never uses, held by the corpus's word for it (index/lexicon.py) with the
real encoder: by the dictionary (index/synonyms.py) where e5 cannot tell the thing from its siblings."""

from __future__ import annotations

import pytest

from wenda.index.lexicon import GLOSS_WEIGHT, MORPHEME_WEIGHT, Lexicon, generic, one_word, siblings
from wenda.index.support import MEANING_WEIGHT, SUBJECT_WEIGHT

# The words of the bundled article's 崔桥镇 and 商务中心区 sentences, and a card beside them.
CORPUS = [
    ["镇政府", "设置", "体温", "监测点", "测量", "村级", "堵卡点", "卡点", "堵卡", "排查"],
    ["率先", "设立", "高标准", "疫情", "防控", "执勤点", "执勤"],
    ["派出所", "检查", "排查", "农贸市场"],
    ["发放", "卡片", "明白卡"],
]
CHECKS = "村级设置堵卡点43个"
TEMPERATURE = "镇政府设置2处体温监测点"


@pytest.fixture(scope="module")
def lexicon(article_engine, tmp_path_factory):
    return Lexicon.build(CORPUS, article_engine.encoder, tmp_path_factory.mktemp("words"))


@pytest.mark.parametrize("word", ["检查站", "checkpoint", "检查点"])
def test_a_checkpoint_in_other_words_is_the_corpus_s_kadian(lexicon, word):
    weight, said = lexicon.weight_in(word, CHECKS, strict=True)
    assert said == "卡点" and MEANING_WEIGHT <= weight == MORPHEME_WEIGHT < SUBJECT_WEIGHT


@pytest.mark.parametrize("word", ["检查站", "checkpoint", "检查点"])
def test_never_the_temperature_post_beside_it(lexicon, word):
    assert lexicon.weight_in(word, TEMPERATURE, strict=True) == (0.0, "")


def test_a_word_translated_alike_counts_fully(lexicon):
    assert lexicon.weight_in("值班", "率先设立15个高标准疫情防控执勤点") == (GLOSS_WEIGHT, "执勤")
    assert GLOSS_WEIGHT >= SUBJECT_WEIGHT


def test_a_word_the_corpus_uses_is_itself_or_nothing(lexicon):
    assert lexicon.weight_in("执勤点", CHECKS, strict=True) == (0.0, "")
    assert lexicon.weight_in("卡点", CHECKS) == (1.0, "卡点")


def test_a_word_s_own_modifier_says_only_part_of_it(lexicon):
    """检查 of 检查站 (原生 of 原生地) counts by its share of the word's characters, and never strictly."""
    near = dict(lexicon.near("检查站"))
    assert "检查" in near
    weight, said = lexicon.weight_in("检查站", "该镇组织派出所检查排查农贸市场")
    assert said == "检查" and weight == pytest.approx(near["检查"] * 2 / 3)
    assert lexicon.weight_in("检查站", "该镇组织派出所检查排查农贸市场", strict=True)[1] != "检查"


def test_a_word_the_dictionary_translates_otherwise_is_another_thing(lexicon):
    assert lexicon.weight_in("检查站", "向村民发放卡片") == (0.0, "")  # 卡片 is "card"


def test_the_borrowed_gloss_is_e5_s_nearest_and_kept(lexicon):
    assert lexicon.borrowed_gloss("检查点") == "checkpoint"
    assert lexicon.borrowed_gloss("检查点") == "checkpoint"  # from the cache
    assert lexicon.borrowed_gloss("堵卡点") is None  # no dictionary word of its modifier


def test_without_an_encoder_the_dictionary_still_speaks():
    empty = Lexicon.empty()
    assert empty.weight_in("值班", "到村卡点执勤") == (GLOSS_WEIGHT, "执勤")
    assert empty.weight_in("检查站", CHECKS) == (0.0, "")  # a morpheme needs the corpus's words


def test_siblings_that_the_dictionary_calls_one_thing_are_not():
    assert not siblings("检查点", "卡点") and not siblings("检查点", "堵卡点")
    assert siblings("检查点", "监测点") and siblings("末班车", "首班车") and siblings("保洁员", "监督员")


@pytest.mark.parametrize("a, b", [("抽烟", "吸烟"), ("脚踏车", "自行车"), ("单车", "自行车"), ("游泳池", "游泳馆")])
def test_words_a_dictionary_calls_one_thing_are_no_siblings(a, b):
    """Cilin puts the first three pairs in one synonym group; CC-CEDICT translates 游泳池 and 游泳馆 alike."""
    assert one_word(a, b) and not siblings(a, b) and not siblings(b, a)


@pytest.mark.parametrize("a, b", [("早餐", "午餐"), ("月卡", "年卡"), ("保洁员", "监督员"), ("学费", "报名费"),
                                  ("深水区", "浅水区")])
def test_kinds_of_one_thing_stay_siblings(a, b):
    assert not one_word(a, b) and siblings(a, b)


def test_one_sound_apart_is_no_one_word():
    assert not one_word("期中", "期终") and not one_word("水费", "税费") and not one_word("值勤点", "执勤点")


def test_a_kind_of_a_generic_word_is_no_sibling_of_it():
    """声音's two characters are synonyms (Cilin): it is the generic of 音, and 噪音 a kind of it."""
    assert generic("声音") and not siblings("声音", "噪音") and not siblings("噪音", "声音")
    assert not generic("早餐") and siblings("早餐", "午餐")
    assert not generic("学费") and siblings("学费", "报名费")
