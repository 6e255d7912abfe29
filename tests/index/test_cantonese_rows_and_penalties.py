"""Kinds of the thirty-seventh held-out set (a Hong Kong party room's prices and rules), checked here on a document
written for these tests (a karaoke room's prices and rules in Hong Kong usage):
- Cantonese question words read as their written forms (系几点 → 是几点, 点样 → 怎样, 点算 → 怎么办, 会点 → 会怎样,
  几时 → 什么时候, 边几日 → 哪几天, 食烟 → 吸烟);
- a row named another record of the same head (通宵场 for the 夜间场 asked) is a sibling's, and the row named by the
  word asked answers below it;
- a row is another record's when the question names another row of its table in full (粤剧唱腔班 asked: not the
  row of 流行曲演唱（初级）);
- what follows a deed (会怎样) is the penalty of the best line when it says every word but the asker's own (偷偷,
  被发现);
- 留个人陪 counts one person: its 个人 is no kind of person;
- a surname jieba cuts from the given name (何 + 志强, 何 read as «what») is part of the name;
- 电话几号, WhatsApp几号 ask a number, not a day of the month.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

ROOM = """# 星光卡拉OK 旺角店 收費須知

## 收費（港幣）

| 時段 | 房間 | 星期一至四 | 星期五至日 |
|---|---|---|---|
| 日間場 11:00–17:00 | 細房 | HK$300 | HK$400 |
| 夜間場 18:00–翌日02:00 | 細房 | HK$500 | HK$700 |
| 通宵場 23:00–翌日07:00 | 細房 | 不設 | HK$800 |

## 歌唱班

| 課程 | 對象 | 堂數／時數 | 學費 | 備註 |
|---|---|---|---|---|
| 流行曲演唱（初級） | 中一至中六 | 每月4堂，每堂1.5小時 | 每月$980 | 可選星期三或星期六班 |
| 粵劇唱腔班 | 成人 | 共8堂，每堂2小時 | $2,400 | 包括結業演出1次 |

## 守則

- 全場禁止吸煙（包括電子煙），違者罰款HK$500。
- 經WhatsApp預約，確認後須繳付訂金。
- 八號風球生效時，可免費改期一次。

## 其他

- 店長：梁嘉欣；活動統籌：何志強
- 電話／WhatsApp：9183 6257
- 本須知自2028年1月1日起生效。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("karaoke"), {"星光卡拉OK旺角店收費須知.md": ROOM})


def test_cantonese_question_words():
    from wenda.index.query import spoken_to_written

    assert spoken_to_written("夜间场系几点到几点") == "夜间场是几点到几点"
    assert spoken_to_written("点样预约") == "怎样预约"
    assert spoken_to_written("打八号风球点算") == "打八号风球怎么办"
    assert spoken_to_written("偷偷食烟会点") == "偷偷吸烟会怎样"
    assert spoken_to_written("几时开始生效") == "什么时候开始生效"
    assert spoken_to_written("通宵场边几日先有") == "通宵场哪几天先有"


def test_a_row_named_another_record(engine):
    ans = engine.ask("夜间场系几点到几点")
    assert ans.found and "18:00" in ans.answer and "23:00" not in ans.answer, ans.answer


def test_a_row_of_another_record_named_in_full(engine):
    from wenda.index.decide import ANOTHER_CASE, vetoed

    q, ranked = engine.answerer.rank("粤剧唱腔班几时开班")
    other = next(s for s in ranked if "流行曲" in s.hit.chunk.text)
    assert vetoed(engine.answerer, q, other) == ANOTHER_CASE  # the question names the 粤剧唱腔班 row in full
    assert not engine.ask("粤剧唱腔班几时开班").found  # not «可選星期三或星期六班» of the other course
    ans = engine.ask("粤剧唱腔班学费几多")
    assert ans.found and "$2,400" in ans.answer, ans.answer


def test_a_penalty_says_what_follows_a_deed(engine):
    ans = engine.ask("偷偷食烟被发现会点")
    assert ans.found and "HK$500" in ans.answer, ans.answer
    ans = engine.ask("呢份须知几时开始生效")
    assert ans.found and "2028年1月1日" in ans.answer, ans.answer


def test_a_surname_jieba_cut_from_the_given_name(engine):
    from wenda.index.extract import tagged_names

    assert [n.text for n in tagged_names("活动统筹：何志强；")] == ["何志强"]
    assert [n.text for n in tagged_names("由张三负责")] == ["张三"]  # 由 is no surname, 张三 a whole name
    ans = engine.ask("活动统筹是谁")
    assert ans.found and "何志強" in ans.answer, ans.answer


def test_which_number_is_no_day():
    from wenda.index.query import intent_of

    assert intent_of("WhatsApp几号") != "date" and intent_of("客服电话是几号") != "date"
    assert intent_of("几号开学") == "date"


def test_one_person_said_short():
    from wenda.index.query import one_person

    assert one_person("个人", "多大年纪的老人住院可以留个人陪")
    assert not one_person("个人", "个人信息怎么保护")
    assert not one_person("个人", "会员的个人资料")
