"""A thirteenth held-out set (tests/data/unseen13), written in session 17 while that session's fixes
were being made, never shown to the people making them and never tuned on: a university's graduation
ceremony arrangements as a PDF notice (headings 一、… 七、 and items 1. 2. …: the day, hours and hall,
the rain, who comes and by which gate, the graduates' count, parents' passes, gowns' pick-up days,
deposit, return and damage fee, the faculty photos, parking, shoes, leave, the live stream, phone
numbers), a car-rental company's price list as a CSV table (车型/座位数/变速箱/日租价/周租价/押金/每日限里程/
备注, 22 cars, then a row of notes on extra mileage, late return, one-way return, documents, the
address and hotline), a city's blood-donation guide as a Word document (headings, the age and weight
limits, when one may not give, preparation, volumes and intervals, the steps as a numbered list, a
Word table of donation sites with address, hours and phone, donors' rights and refunds, the enquiry
line), a smart watch's user guide in Markdown (specifications in bullets, pairing as numbered steps,
charging and battery life, health functions, a troubleshooting FAQ of «### …？», warranty and returns)
and a Taiwanese night market's vendor rules as a Traditional Chinese HTML page (opening days and
hours, stalls and who may apply, fees, deposit and late charges, hygiene, gas and fire safety,
penalties, the office and phone numbers). Questions in a user's words (学士服 for 学位服, 礼拜一, 头一回,
纹身 for 文身, 捐 for 献, CRV and 宝马三系 for the table's names, graduation ceremony, invoice, App,
Simplified questions of the Traditional page and Traditional ones of the Simplified documents) and
questions they cannot answer by design (研究生's ceremony beside 本科生's, parents' arrival time beside
graduates', the faculty photos' hour where only the day is given, 南门 parking beside 北门, 朗逸's weekend
rise where only 轩逸 has one, a month's rent where a day's and a week's are given, 宝马X5 and Model Y
absent from the list, 奥迪's driver beside GL8's, platelets in 毫升 where 治疗单位 are given, a whole
blood donation in hours where minutes are given, drinking after donating where only before is said,
the watch's price, its weight with the strap, its battery in hours, its water resistance in metres,
a stall's fee by the year where it is by the month, water beside electricity, the market office's
hours beside the district section's). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, document_text, folder_engine, questions

QUESTIONS = questions("unseen13_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen13")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 120
    assert sum(not q["answerable"] for q in QUESTIONS) >= 32
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen13").iterdir())
    assert {p.suffix for p in files} == {".pdf", ".csv", ".docx", ".md", ".html"}
    text = "".join(document_text(p) for p in files)  # the PDF, Word and HTML as wenda reads them
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main daa91b6 when the set was written, during session 17's fixes:
# 103/157, 23/37; after the fixes of unseen12's failure kinds (cbf7070), still held out: 104/157, 23/37.
# Its failures were then read (it is held out no longer) and their kinds fixed in general terms:
# 111/157, 24/37. The floor is that with one of slack each.
FLOOR = {"answers": 110, "refusals": 23}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 24  # answered figures with a measure word asked: 25 on main daa91b6, one of slack
