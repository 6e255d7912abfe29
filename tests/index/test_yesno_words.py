"""Yes/no questions read in the asker's words (session 19):

- whether one pays (要花钱吗, 收不收钱, 要加钱吗) is ruled on by a line that says a price or that a thing is
  free (免费参加, 加收30元), whatever word it says it in;
- a word of the language is respelt only to one that sounds exactly as it does: 加钱 (qian) is no 加强
  (qiang), whatever the corpus says; 帐号 is still 账号;
- 自己 says who does a deed, not the deed (菜要自己买吗 asks whether one buys);
- jieba's glued 员能 (快递员能上门来拿吗) and 上门来 are 员 and 上门.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index.query import same_sounds, unglued, whether_deed

MUSEUM = """星河博物馆参观须知

一、讲解服务
人工讲解每天10:00和14:30各一场，每场约60分钟，免费参加，名额30人。
语音导览器每台租金20元，押金100元。

二、管理
本馆将加强安全管理，请观众配合安检。
"""

CLEANING = """洁美家政服务价目表

| 服务项目 | 价格 | 备注 |
|---|---|---|
| 油烟机清洗 | 168元/台 | 侧吸式加收30元 |
| 上门做饭 | 60元/餐 | 食材由客户准备 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("yesno"), {"museum.txt": MUSEUM, "cleaning.md": CLEANING})


def test_reading_words():
    assert same_sounds("帐号", "账号") and not same_sounds("加钱", "加强")
    assert whether_deed("菜要自己买吗", ["菜", "要", "自己", "买"]) == ["买"]
    assert unglued("员能", "n", "") == "员" and unglued("上门来", "ns", "") == "上门"


def test_no_respelling_into_another_sound(engine):
    assert "加强" not in engine.answerer.reader.respelt("油烟机清洗要加钱吗", ())


@pytest.mark.parametrize("question,said", [
    ("听人工讲解要花钱吗", "免费参加"),
    ("侧吸式油烟机清洗要加钱吗", "加收30元"),
])
def test_whether_one_pays(engine, question, said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["寄存包裹要花钱吗", "讲解员能上门来讲吗", "周末上门做饭要加钱吗"])
def test_still_refused(engine, question):
    ans = engine.ask(question)
    assert not ans.found, ans.answer
