"""The dictionary's words for a word (index/synonyms.py over index/data/glosses.txt, CC-CEDICT) and
the thesaurus groups (index/data/synonyms.txt, Cilin): the shipped files, read as wenda reads them."""

from __future__ import annotations

import importlib.util

import pytest

from support import REPO
from wenda.index import synonyms


def _make_synonyms():
    spec = importlib.util.spec_from_file_location("make_synonyms", REPO / "bench" / "make_synonyms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_gloss_file_names_its_source_and_licence_and_stays_small():
    head = synonyms.GLOSSES.read_text(encoding="utf-8").splitlines()[:5]
    assert any("CC-CEDICT" in line for line in head)
    assert any("Attribution-ShareAlike 4.0" in line for line in head)
    assert synonyms.GLOSSES.stat().st_size < 2_000_000


def test_every_group_is_a_short_gloss_of_two_to_twelve_words():
    make = _make_synonyms()
    groups = list(synonyms.gloss_groups())
    assert len(groups) > 10_000
    for key, words in groups:
        assert 2 <= len(words) <= make.MAX_GROUP, key
        assert 1 <= len(key.split()) <= make.MAX_GLOSS_WORDS, key


def test_words_translated_alike():
    assert "执勤" in synonyms.glossed("值班")  # "on duty"
    assert "值勤" in synonyms.glossed("执勤")  # a variant stands where its word does
    assert {"检查站", "关卡"} <= set(synonyms.glossed("checkpoint"))  # an English word is its gloss
    assert synonyms.glossed("Checkpoint") == synonyms.glossed("checkpoint")
    assert "值班" not in synonyms.glossed("值班")
    assert synonyms.glossed("堵卡点") == ()  # a word the dictionary lacks has none


def test_a_polysemous_gloss_does_not_make_synonyms():
    # 校长 and 总统 are both "president", 监测 and 显示器 both "monitor": no shared character joins them
    assert "总统" not in synonyms.glossed("校长")
    assert "显示器" not in synonyms.glossed("监测")
    assert "监视" in synonyms.glossed("监测")  # but 监视 shares 监


def test_the_character_that_carries_a_gloss():
    assert synonyms.morphemes("检查站") == ("卡",)  # 关卡, 卡子, 岗卡
    assert synonyms.morphemes("checkpoint") == ("卡",)
    assert synonyms.morphemes("值班") == ()  # 值 and 班 are its own characters
    assert synonyms.morphemes("监测") == ()


def test_a_word_the_dictionary_lacks_borrows_the_glosses_of_its_modifier():
    assert "checkpoint" in synonyms.modifier_glosses("检查点")  # 检查站
    assert synonyms.modifier_glosses("检查站") == ()  # listed itself
    assert synonyms.modifier_glosses("checkpoint") == ()


def test_alike_is_what_the_dictionary_says_one_thing():
    assert synonyms.alike("检查站", "卡点") and synonyms.alike("检查点", "堵卡点")
    assert synonyms.alike("值班", "执勤")
    assert not synonyms.alike("检查点", "监测点") and not synonyms.alike("检查站", "体温监测点")
    assert not synonyms.alike("末班车", "首班车")


@pytest.mark.parametrize("sense, key", [
    ("to be on duty (of a security guard etc)", "on duty"),
    ("checkpoint (for taxation, security etc)", "checkpoint"),
    ("to dissuade", "dissuade"),
    ("CL:個|个[ge4]", None),
    ("variant of 執勤|执勤[zhi2 qin2]", None),
    ("surname Li", None),
    ("to synchronize (a video etc) to the beat of a piece of music", None),  # too long to be a gloss
])
def test_gloss_keys(sense, key):
    assert _make_synonyms().gloss_key(sense) == key


def test_the_thesaurus_still_relates_deeds():
    assert synonyms.same("上班", "出勤") and not synonyms.same("上班", "下班")
    assert synonyms.root_of("种子") == "种"
