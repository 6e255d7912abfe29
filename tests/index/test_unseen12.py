"""A twelfth held-out set (tests/data/unseen12), written at the start of session 17 before any of its
fixes and never tuned on: a residential community's dog-keeping rules as a Word document (chapters
第一章 总则 … 第五章 附则, articles 第一条 … 第二十三条: one dog a household, banned breeds and what counts
as a large dog, registering within days and the free registration, a lost tag's fee, the leash's length,
places and hours for walking dogs, lifts, barking at night, the yearly award, warnings, the police's fine,
bites, the complaints line), a children's training centre's summer timetable as an Excel sheet (课程/适合
年龄/授课老师/上课日/上课时间/教室/学费/备注, 23 rows, then notes on the term, discounts, trial lessons,
refunds, the address and phone), a wildlife park's visitor information as an HTML page (headings, a
table of opening hours by season, ticket prices and concessions in a list, shows and feeding times,
prohibited items, pram hire, transport, parking, phone numbers), a district's winter heating inspection
as a plain-text news report (sections «某某街道：标题» with figures, persons and dates: the heating
period, the minimum room temperature, pipes renewed, households measured, the fee, the hotline) and a
Taiwanese university's exchange-student housing FAQ in Traditional Chinese Markdown («### 問：… 答：…»:
deadlines, the hall, fees and deposit, check-in days, curfew, visitors, kitchen, laundry, winter break,
repairs, phone numbers). Questions in a user's words (礼拜几, 头一回, 栓绳 typed for 拴绳, classroom,
hotline, email, 当兵的 for 现役军人, Simplified questions of the Traditional text and the reverse) and
questions they cannot answer by design (猫 where only dogs are counted, 素描班's 材料费 where only 美术班
has one, 寒假班 and 暑假 where the other holiday is given, 中学生票 beside 大学生票, 轮椅 beside 婴儿车,
海狮's length beside 大象's, 长颈鹿's feeding beside 老虎's, 北苑's 主任 and 室温 where 柳林 has them,
商铺's heating fee, 一个月 where a heating period's fee is given, 单人间 where rooms are for two). Through
a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, document_text, folder_engine, questions

QUESTIONS = questions("unseen12_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen12")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 120
    assert sum(not q["answerable"] for q in QUESTIONS) >= 32
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen12").iterdir())
    assert {p.suffix for p in files} == {".docx", ".xlsx", ".html", ".txt", ".md"}
    text = "".join(document_text(p) for p in files)
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main f78fcb6 when the set was written, before session 17's fixes:
# 96/164, 31/42. Its failures were then read (it is held out no longer) and their kinds fixed in general
# terms: 109/164, 31/42. The floor is that with one of slack each.
FLOOR = {"answers": 108, "refusals": 30}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 26  # answered figures with a measure word asked: 27 on main f78fcb6, one of slack
