"""Words read per document, and the time of a deed asked (session 18):

- a word the corpus uses in one document is no reason another document cannot say it otherwise: asked
  over a garbage notice, 大件 (said in a furniture shop's FAQ) is the notice's 大型废弃物 by the
  dictionary's word for it, though never by a mere neighbour in meaning (考核良好 asked where only
  考核优秀 is said stays refused, whatever document says 良好);
- a word only another document's title says (培训中心 of «启航少儿培训中心暑期课程须知»), which the candidate's
  own document never says, names that other document's subject: a zoo's «南门停车场» does not answer
  培训中心有停车场吗, and the refusal says the passage lacks it, not that the corpus does;
- a sentence that rules on each time of a deed in turn (第一次书面劝导，第二次停止营业3天) answers the
  time asked with its own stretch.
Through a real engine over documents written here: real model, FAISS, BM25; and the lexicon's own
per-document vocabulary read from the BM25 index."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract, lexicon
from wenda.index.lexicon import GLOSS_WEIGHT

SHOP = """# 家居售后常见问题

## 配送
- 沙发、床等大件家具由物流公司送货上门，送货前会电话预约时间。
- 我们的服务态度良好，欢迎监督。
"""

GARBAGE = """城西区家户垃圾清运须知

一、大型废弃物
每户每月可免费清运两件，超过的部分每件收费200元。

二、奖励
年度考核优秀的社区奖励2万元。

三、违规处理
乱倒垃圾的，第一次书面劝导，第二次罚款500元并公示，第三次移送城管部门处理。
"""


CENTRE = """启航少儿培训中心暑期课程须知

一、课程
美术班每周六上午上课，学费每期1200元。
"""

ZOO = """青川动物园游园指南

一、交通
自驾游客可停放在南门停车场，小型车每次收费20元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("docwords"), {"shop.md": SHOP, "garbage.txt": GARBAGE,
                                                             "centre.txt": CENTRE, "zoo.txt": ZOO})


def test_another_documents_subject(engine):
    ans = engine.ask("培训中心有停车场吗")
    assert not ans.found and ans.near == "最接近的段落没有说到培训中心。", (ans.answer, ans.near)
    ans = engine.ask("动物园有停车场吗")
    assert ans.found and "南门停车场" in ans.answer, ans.near


def test_each_document_has_its_own_words(engine):
    words = engine.answerer.lexicon.documents
    assert "大件" in words["shop.md"] and "大件" not in words["garbage.txt"]
    assert "大型" in words["garbage.txt"]
    # read from the BM25 index's inverted lists, as segmenting every sentence again would give them
    assert words == lexicon.for_corpus(engine.chunks, engine.encoder, engine.config.cache_dir).documents


def test_another_documents_word_said_here_by_the_dictionary(engine):
    lexicon, line = engine.answerer.lexicon, "大型废弃物：每户每月可免费清运两件，超过的部分每件收费200元。"
    assert lexicon.known("大件") and lexicon.weight_in("大件", line)[0] == 0  # the corpus's word: itself or nothing
    with lexicon.within("garbage.txt"):  # but this notice never says it: its dictionary word does
        assert lexicon.weight_in("大件", line) == (GLOSS_WEIGHT, "大型")
        assert lexicon.weight_in("良好", "年度考核优秀的社区奖励2万元。")[0] == 0  # no mere neighbour in meaning
    with lexicon.within("shop.md"):
        assert lexicon.weight_in("大件", line)[0] == 0
    ans = engine.ask("多出来的大件一件收多少钱")
    assert ans.found and "200元" in ans.answer, ans.answer


def test_another_documents_word_is_no_sibling_here(engine):
    ans = engine.ask("考核良好的社区奖励多少钱")
    assert not ans.found, ans.answer


@pytest.mark.parametrize("question,said,not_said", [
    ("第二次乱倒垃圾会怎么处理", "公示", "劝导"),
    ("头一回乱倒垃圾会怎样", "书面劝导", "罚款"),
])
def test_the_time_of_a_deed_asked(engine, question, said, not_said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer and not_said not in ans.answer, ans.answer


def test_ordinal_piece():
    rules = "第一次由物业书面提醒，第二次在小区公告栏公示。"
    assert extract.ordinal_piece(rules, "第二次没拴狗链会被怎样") == "第二次在小区公告栏公示"
    assert extract.ordinal_piece(rules, "头一回没拴狗链会被怎样") == "第一次由物业书面提醒"
    assert extract.ordinal_piece(rules, "没拴狗链会被怎样") is None
    assert extract.ordinal_piece("第一次由物业书面提醒。", "第二次没拴狗链会被怎样") is None
