"""An eleventh held-out set (tests/data/unseen11), written at the start of session 16 before any of its
fixes and never tuned on: a city district's kindergarten enrolment notice as a PDF (headings 一、…, items
（一）（二）…: who may enrol, places, online sign-up and on-site checks with dates and hours, the computer
draw, monthly fees by grade of kindergarten, meals by the day, reductions, reporting day, phone numbers),
an apartment lease's main clauses as a Word document (address, term, rent by the month and the quarter,
payment day, late fee, deposit, a table of 费用项目/标准/承担方/缴纳方式, repairs, subletting, notice
periods, renewal, pets), a cinema's ticket prices as a CSV table (影厅/厅型/座位数/场次时段/平日票价/
周末票价/会员价/备注, 22 rows), a rice cooker's user manual in Markdown (## headings, - bullets, numbered
steps, functions with their times, a Q:/A: troubleshooting list, warranty) and a Taiwanese district's
scooter-parking rules in Traditional Chinese as plain text (opening hours of three car parks, fees, monthly
passes, payment, rules, fines, lost property, phone numbers). Questions in a user's words (摇号 for 电脑派位,
礼拜六, 饭钱, 押今 and 内但 typed wrong, wifi, warranty, hotline, Simplified questions of the Traditional
text and the reverse) and questions they cannot answer by design (托班, 四级园, 民办幼儿园, 物业费, 暖气费,
猫 where only 大型犬 are named, 9号厅, 4D厅's 夜场, E2, 汽车, 季票, 江子翠's phone, 几个月 where days are
given, 一个月 where a day's fee is given, 几天 where hours are given). Through a real engine: real model,
FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, document_text, folder_engine, questions

QUESTIONS = questions("unseen11_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen11")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 120
    assert sum(not q["answerable"] for q in QUESTIONS) >= 32
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen11").iterdir())
    assert {p.suffix for p in files} == {".pdf", ".docx", ".csv", ".md", ".txt"}
    text = "".join(document_text(p) for p in files)
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main 35730cf when the set was written, before session 16's fixes:
# 87/147, 30/40; still 87/147, 30/40 after the session's fixes made on other sets (6c87252). Its
# failures were then read (it is held out no longer) and fixed in general terms (ed9c456 and after): 96/147,
# 32/40. The floor is that with one of slack each.
FLOOR = {"answers": 95, "refusals": 31}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 25  # answered figures with a measure word asked: 26 on main 35730cf, one of slack
