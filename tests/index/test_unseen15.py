"""A fifteenth held-out set (tests/data/unseen15), written in session 19 while that session's fixes
were being made, never shown to the people making them and never tuned on: a moving company's price
list as an Excel sheet (类别/项目/计价单位/价格/包含内容/适用情况/备注, 23 rows from the van, the 4.2 m
and 6.8 m trucks and moving to another city, through the stair, lift and carrying-distance charges,
pianos, safes, fish tanks, air-conditioner and furniture fitting, boxes, bubble wrap and packing, to
night and holiday moves, storage and taking old furniture, under a title row, then closing notes on
the hours, the deposit, cancelling, compensation, free estimates and the booking line), a company's
meeting-room rules as a Word document of chapters and articles (who manages the rooms and the
equipment, the nine rooms and their seats, booking through OA and how far ahead, the small rooms'
longest booking, the large room's approval, checking in, extending, smoking, outside companies'
hourly charges and deposit, tea breaks, the penalties, the contact's extension, the date it takes
effect), a county's progress report on rural road repair as plain text (the year's kilometres, the
investment and the province's subsidy, what is done and what is not begun, the quality checks, then
one «某乡镇：标题» section per township with its figures and people, the problems as （一）… and the next
steps with the report line), a company's annual health check-up as a PDF notice (headings 一、… 七、
and items 1. 2. …: the dates and morning hours, the centre's address and the shuttle, who takes part,
what the company pays and what is extra, relatives' price, fasting and drinking, the half day off,
the report and a free re-check, the contacts) and a Taiwanese night sleeper train's ticket FAQ in
Traditional Chinese HTML (the route, days and times, a fare table of compartments, berths and seats
with concession fares, children, booking and paying, refunds and changes, showers, the dining car,
pets, luggage, the phone numbers). Questions in a user's words (4米2的厢货, 头一回, 订金, 过年,
几个钟头, 拖堂, 会车的地方, 礼拜六, 体简, 来例假, phone number, 改签, Simplified questions of the
Traditional FAQ and Traditional ones of the Simplified documents) and questions they cannot answer
by design (a 9.6 m truck and a fridge beside the listed items, storage's longest time where the
shortest is given, fitting time, weekend moves where only public holidays are said, the van by the
hour where it is by the trip, hours of notice where days are given, the shop's address, the video
room's longest booking and outside charge beside the small and large rooms', a smoking fine in money
where it is in performance points, points for overrunning, the large room's screens beside the video
room's, the deposit's return in days, the weekend, 河口镇's passing bays and 龙潭乡's road width beside
青竹镇's, 白沙乡's satisfaction beside 龙潭乡's, 河口镇's head where its deputy is named, 青竹镇's cost per
kilometre beside 白沙乡's, the checks' length, a load limit, relatives' discount on extras beside the
staff's, the shuttle's return time, parking, the report in hours where working days are given, the
package's worth, breakfast's hour, the paper report's date, the four-berth's washroom beside the
compartment's, a dinner's price beside breakfast's, the return train, a pet fee, excess luggage,
the refund's arrival, the ride to 花蓮 in hours, the Taipei service centre's hours beside the
hotline's). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, document_text, folder_engine, questions

QUESTIONS = questions("unseen15_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen15")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 120
    assert sum(not q["answerable"] for q in QUESTIONS) >= 32
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen15").iterdir())
    assert {p.suffix for p in files} == {".xlsx", ".docx", ".txt", ".pdf", ".html"}
    text = "".join(document_text(p) for p in files)  # the Excel, Word, PDF and HTML as wenda reads them
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main 510d6af when the set was written, during session 19's fixes:
# 86/142, 29/37; after those fixes (99b9af4), still held out: 86/142, 29/37. Its failures were then
# read (it is held out no longer) and their kinds fixed in general terms: 107/142, 29/37. The floor
# is that with one of slack each.
FLOOR = {"answers": 106, "refusals": 28}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 40  # answered figures with a measure word asked: 41 on main 510d6af, one of slack
