"""index/jieba_dict.py: jieba on memory-mapped tables cuts and tags exactly as jieba on its own dict."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jieba
import pytest
from support import DATA, REPO

from wenda.index import jieba_dict
from wenda.index import query as Q

CMRC_TRIAL = Path("/work/shared/benchmarks/cmrc2018/cmrc2018_trial.json")


def _sentences() -> list[str]:
    texts = [(REPO / "corpus" / "data" / "fugou_covid_towns.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*")) if p.suffix in (".txt", ".md")]
    if CMRC_TRIAL.is_file():  # the CMRC 2018 trial set, where this machine has it
        for article in json.loads(CMRC_TRIAL.read_text(encoding="utf-8"))["data"]:
            for para in article["paragraphs"]:
                texts.append(para["context"])
                texts += [q["question"] for q in para["qas"]]
    return [s for t in texts for s in re.split(r"(?<=[。！？!?\n])", t) if s.strip()]


@pytest.fixture(scope="module")
def plain():
    """jieba's own Tokenizer and tagger, each reading dict.txt itself."""
    Q._posseg()  # the engine's tagger first: it is the one that imports jieba.posseg
    import jieba.posseg

    tok = jieba.Tokenizer()
    tok.initialize()
    for word, freq in Q.USER_WORDS:  # the words the engine adds to jieba's dictionary (微信), added here too
        tok.add_word(word, freq)
    return tok, jieba.posseg.POSTokenizer(tok)


def test_the_engine_s_jieba_reads_the_tables():
    assert isinstance(jieba.dt.FREQ, jieba_dict.Table)
    assert isinstance(Q._posseg().dt.word_tag_tab, jieba_dict.Table)


def test_tokens_and_tags_equal_jieba_s_own_on_every_sentence_of_our_sets(plain):
    tok, tagger = plain
    sentences = _sentences()
    assert len(sentences) > 300
    ours = jieba.Tokenizer()
    assert jieba_dict.install(ours)
    for word, freq in Q.USER_WORDS:
        ours.add_word(word, freq)
    for s in sentences:
        assert ours.lcut_for_search(s) == tok.lcut_for_search(s), s
        assert ours.lcut(s, HMM=False) == tok.lcut(s, HMM=False), s
        assert [tuple(w) for w in Q._posseg().lcut(s)] == [tuple(w) for w in tagger.lcut(s)], s


def test_table_answers_like_a_dict_before_and_after_it_loads_everything(plain, monkeypatch):
    _, tagger = plain
    tok = jieba.Tokenizer()  # jieba's own dictionary, without the engine's user words
    tok.initialize()
    tables = jieba_dict.load()
    freq = jieba_dict.Table(tables.keys, tables.freq.lookup)
    probes = ["崔桥镇", "崔", "卡点", "中华人民共和", "不是一个词xyz", "", "a" * 40]
    for word in probes:
        assert (word in freq) == (word in tok.FREQ)
        assert freq.get(word) == tok.FREQ.get(word)
    with pytest.raises(KeyError):
        freq["不是一个词xyz"]
    freq["新造词语"] = 7                                   # jieba.add_word writes into it
    assert freq["新造词语"] == 7
    monkeypatch.setattr(jieba_dict, "MEMO_LIMIT", 3)
    freq.get("另一个词")                                    # past the limit: everything as a dict
    assert freq.full and len(freq) == len(tok.FREQ) + 1
    for word in probes:
        assert freq.get(word) == tok.FREQ.get(word)
    assert freq["新造词语"] == 7
    tags = jieba_dict.Table(tables.keys, tables.tags.lookup)
    for word in ("崔桥镇", "卡点", "中华人民共和", "的"):
        assert tags.get(word, "x") == tagger.word_tag_tab.get(word, "x")


def test_a_fresh_process_never_builds_jieba_s_whole_dictionary_for_a_question():
    code = ("import jieba; from wenda.index import query as Q; Q.tokens('崔桥镇设了多少卡点'); "
            "Q._posseg().lcut('崔桥镇设了多少卡点'); "
            "print(jieba.dt.FREQ.full, Q._posseg().dt.word_tag_tab.full, len(jieba.dt.FREQ.memo))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    full_freq, full_tags, looked_up = out.stdout.split()
    assert (full_freq, full_tags) == ("False", "False")
    assert 0 < int(looked_up) < 1000
