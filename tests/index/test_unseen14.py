"""A fourteenth held-out set (tests/data/unseen14), written in session 18 while that session's fixes
were being made, never shown to the people making them and never tuned on: a housekeeping company's
price list as an Excel sheet (服务类别/服务项目/计价方式/价格/预计时长/服务人数/备注, 23 services from
钟点工 and 开荒保洁 to 月嫂 and 老人陪护, under a title row, then closing notes on the service area and
its travel charge, booking ahead, the Spring Festival rise, free re-cleaning, cancellation and the
hotline), a university's campus e-bike rules as a Word document of chapters and articles (who
registers, what to bring, the pass's year and renewal, delivery riders at the gates, the speed
limit and the no-riding hours, passengers and helmets, parking and dormitory charging, the charging
posts' price and the staff's monthly card, the holidays, the towing fee, warnings and impounding,
the enquiry line, the date it takes effect), a street office's meeting minutes on adding lifts to
old housing as plain text (date, place, chair and minute-taker, the street's buildings and lifts,
the district's subsidy, then one «某某社区：标题» report per community with its figures and people,
the matters agreed as （一）… （五）, the next steps and the phone number), a community's free
legal-advice sessions as a PDF notice (headings 一、… 七、 and items 1. 2. …: the months and
Saturdays, the morning and afternoon hours, the room, home visits, what is offered, what is free and
what is discounted, booking by phone, on the day and online, what to bring, the contacts) and a
Taiwanese mountain hut's booking FAQ in Traditional Chinese Markdown (the hut's altitude and beds,
applying and the draw, paying, a fee table of beds, sleeping bags, meals and tent pitches on
weekdays and holidays, check-in, lights-out and leaving, refunds, facilities, the mountain permit,
phone numbers). Questions in a user's words (钟点工, 电瓶车, 礼拜, 几个钟头, 咋, 开荒, 周六 for 假日,
hotline, 法援, Simplified questions of the Traditional FAQ and Traditional ones of the Simplified
documents) and questions they cannot answer by design (窗式空调 and 银牌月嫂 beside the listed ones,
a live-in 育儿嫂 beside the day one, 厨房深度清洁 by the square metre where it is by the visit, a
monthly price of the day carer, Sunday surcharges where only the Spring Festival's is given, the
staff car park's charge per time where it is by the month, afternoon no-riding hours beside the
morning and noon ones, a speeding fine where only warnings and impounding are said, 柳岸社区's lifts
begun where only signed ones are given, 翠竹社区's ground-floor compensation beside 桃源社区's, the
subsidy per household where it is per lift, the gas works in months where days are given, home
visits' fee beside the on-site sessions', a property notarisation beside a will's, the legal-aid
hotline's hours beside the residents' committee's, a consultation in hours where minutes are given,
a single room, children's discounts, lunch, dinner's hour, the work station's weekend hours, the
walk in hours where kilometres are given). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen14_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen14")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen14", QUESTIONS, at_least=120, unanswerable=32)


# Measured (answers, refusals) on main 6b8f010 when the set was written, during session 18's fixes:
# 112/166, 33/42; after those fixes (612b718), still held out: 113/166, 33/42. Its failures were then
# read (it is held out no longer) and their kinds fixed in general terms: 117/166, 33/42. The floor
# is that with one of slack each.
FLOOR = {"answers": 116, "refusals": 32}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 43  # answered figures with a measure word asked: 44 on main 6b8f010, one of slack
