"""A held-out set of this session's area (tests/data/sheet3), written before any fix: a ferry's price
list and timetable in Traditional characters as an .xlsx workbook of three sheets (票價 by kind of
traveller with 單程/來回 columns, 航班時刻 with a closed day 週三, 注意事項), each sheet opening with a
title row above its header, as real workbooks do. Questions in a user's words (禮拜三 for 週三, 老人家
for 敬老, 腳踏車 for 自行車, Simplified characters, 渡輪 that only the title says) and questions it
cannot answer by design (an absent entity 綠島/汽車/團體票, an attribute the list lacks: 吃東西, 證件,
超重, 公里, another currency 美金, a sibling 夜間航班). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions
from wenda.corpus.read_sheet import read_xlsx

QUESTIONS = questions("sheet3_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "sheet3")


def test_the_set_has_both_kinds():
    assert len(QUESTIONS) >= 20
    assert sum(not q["answerable"] for q in QUESTIONS) >= 6
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(read_xlsx(p) for p in sorted((DATA / "sheet3").iterdir()))
    for q in QUESTIONS:  # every key and gold answer is the workbook's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main when the set was written, before any fix: 11/21, 7/9.
# 10/21, 7/9 once a sheet's title row is a heading, not the header (学生坐船买什么票 had been answered by
# luck with the whole row read under the title; read under its columns, its support is below the floor).
# 10/21, 8/9 once a one-character deed before an empty object (吃东西) must be said (船上可以吃東西嗎).
# Left: words only the title says inside a one-document corpus (坐渡輪到島上要多久, 渡輪的客服電話是多少),
# 來回票 as the 來回 column of a 票 row, 去海音岛的船票单程多少钱 answered with the 機車託運 row (the
# other rows' X票 read as siblings of 船票), 敬老票要帶什麼證件 answered by a row naming no 證件.
# The floor leaves one answer of slack.
# para4: 11/21, 8/9 (小孩多高以下坐船不用錢 answered, 115公分, since the branch's second commit; which of its
# changes it owes was not traced).
# sibling5: 11/21, 9/9 once a row's own name given as an open question's span is no value of it (敬老票要帶什麼證件:
# not «敬老票 · 單程»; decide.restates_record); 坐渡輪到島上要多久 is refused, no longer given the 班距 (members.interval_given).
# The floor leaves one answer of slack.
# Merged (session 13, with the row fixes of main: 週末第一班船幾點開 by the 首班 column): 12/21, 9/9.
FLOOR = {"answers": 11, "refusals": 9}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_one_character_deed_before_an_empty_object_must_be_said(engine):
    from wenda.index.query import whether_deed

    assert whether_deed("船上可以吃东西吗", ["船上", "吃"]) == ["吃"]
    assert not engine.ask("船上可以吃東西嗎").found  # the 寵物 row says 上船, nothing of eating
    assert engine.ask("渡輪可以帶自行車嗎").found  # a deed of two characters the row says (自行車可隨船攜帶)


def test_a_time_in_the_column_the_question_names_is_that_deeds(engine):
    ans = engine.ask("週末第一班船幾點開")  # 首班 names the column; the cell need not say 開 itself
    assert ans.found and "6:30" in ans.answer
    assert "19:30" not in ans.answer  # the line is the day and the asked cell, not the whole row


def test_an_adult_is_not_answered_by_a_childrens_row(engine):
    ans = engine.ask("大人買來回票要多少錢")  # 來回票: the 來回 column, read on the Simplified text
    assert not (ans.found and "110元" in ans.answer), ans.answer  # the 半票 row is 兒童's and 學生's


def test_no_value_of_the_row_for_an_attribute_it_lacks(engine):
    """decide.restates_record and members.interval_given (sibling5): the row's name and the time between two
    boats answer neither which card to bring nor how long the crossing takes."""
    assert not engine.ask("敬老票要帶什麼證件").found
    ans = engine.ask("坐渡輪到島上要多久")
    assert not ans.found or "25分鐘" in ans.answer, ans.answer
