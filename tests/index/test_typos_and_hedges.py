"""An asker's typos, hedges and stuff measured, read from the misses of the held-out sets and checked on documents
written for these tests: a rare word of jieba's dictionary misspelling the corpus's word by its sound (琴马
for 琴码; 浮浅 for 浮潜), a hedge (大概) and «the whole» (整个街道: 全街道) that no line need say, and a
quantity of stuff measured by weight (多少吨猕猴桃) whose sentence names the stuff outside the figure's piece,
a surcharge asked of a row whose note says it (换新琴码要加多少钱: «更换新琴码加收50元», not the 价格 cell), and a
deed with its direction (换下来) that names no kind.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

PRICES = """# 弦音琴行维修价目

| 项目 | 价格 | 备注 |
| --- | --- | --- |
| 立式钢琴调音 | 260元 | 上门服务 |
| 三角钢琴调音 | 450元 | 须提前预约 |
| 更换钢琴琴弦 | 50元 | 低音缠弦每根100元 |
| 提琴琴码调整（小提琴、中提琴） | 70元 | 更换新琴码加收50元 |
| 提琴换弦 | 40元 | 弦另计 |
| 民谣吉他换弦 | 25元 | 琴弦另计 |
| 吉他面板开裂修补 | 180元起 | 裂缝超过10厘米的另行报价 |
| 古筝换弦 | 12元 | 整套一起更换收400元 |
| 萨克斯更换皮垫 | 20元 | 全套皮垫更换700元 |
| 浮潜体验 | 480元 | 含面镜 |
"""

REPORT = """青竹县2026年水果产业情况

今年全县水果产业发展良好，各社区设服务站1个，全县共9个服务站。

龙潭乡：猕猴桃走出国门

龙潭乡绿心猕猴桃今年首次出口东南亚，出口量620吨，出口额760万元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("typos"), {"prices.md": PRICES, "report.txt": REPORT})


@pytest.mark.parametrize("question, value", [
    ("小提琴琴马要换个新的加多少钱", "50元"),
    ("浮浅多少钱", "480元"),
    ("吉他面板裂了补一下大概多少钱", "180元"),
    ("整个县一共有几个服务站", "9个"),
    ("龙潭乡出口了多少吨猕猴桃", "620吨"),
    ("萨克斯全套皮垫换下来多少钱", "700元"),
])
def test_the_value_asked(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.answer, (question, ans.answer)


def test_a_word_is_respelt_only_as_one_that_means_it(engine):
    a = engine.answerer
    assert a.reader.meant_as("琴马", "琴码") and a.reader.meant_as("帐号", "账号")
    assert not a.reader.meant_as("超时", "超市") and not a.reader.meant_as("公式", "公示")
