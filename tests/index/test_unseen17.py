"""A seventeenth held-out set (tests/data/unseen17), written on fb5a628 (after session 19), to measure
wenda on documents and wording it never saw; never shown to the people making its fixes and never
tuned on: a driving school's fee sheet as an Excel sheet (类别/项目/车型/收费标准/计费方式/学车周期/备注,
23 rows from the C1 and C2 classes on weekdays, at weekends and as VIP, the students' holiday class,
the B2 upgrade and the two motorcycle licences, through the four re-sit fees and the extra practice
by the hour for manual and automatic cars and by night, to the mock test, accompanied driving,
pick-up, the medical check and posting the licence, under a title row, then closing notes on the
prices' date and what the fee includes, the ages and papers to sign up, paying in two parts,
leaving before or after the first test, the hall's hours and the Spring Festival, the address and
the sign-up and complaints lines), a county's rural water-supply rules as a Word document of
chapters and articles (who is in charge and who supervises, small works, the water plants, the
source's protected zone, building near the main pipe, connecting a new house and its fee, meters
and who mends what, testing, the prices for households, businesses and farms, the stepped price,
the relief for the poor, paying and being cut off, planned cuts and the water truck, repairs and
the service line, the fines, when it takes effect and for how long), a county's report on growing
herbal medicines as plain text (the area, output, value, co-operatives, households and income,
the kinds, the subsidy, the trade fair, then one «某乡镇：标题» section per township with its figures
and people: 白云镇's huangjing under the forest and its buyer, 花溪乡's seedling base, 石桥镇's
tianma and the rain, 青龙乡's honeysuckle drying plant; the problems as （一）… and next year's plans
with the hotline), a city park's Spring Festival lantern fair as a PDF notice (headings 一、… 六、
and items 1. 2. …: the dates and hours, New Year's Eve and the Lantern Festival, tickets, half-price
and free children by height, buying and paying, the gates, the metro, parking and buses, the
lantern groups and the main lantern, the molten-iron show, riddles, the children's rides, what
may not be brought, the crowd limit, lost property, the phone numbers) and a Taiwanese mountain
campground's booking rules in Traditional Chinese Markdown (the place, height and pitches, the
closed days, check-in and check-out, quiet hours, a table of pitch kinds with weekday and weekend
prices, tents and notes, extra people and infants, booking, the deposit and cancelling, typhoons,
showers, power, the shop, dogs, fires and lanterns, rubbish, the address, the drive, parking, the
phone and LINE). Questions in a user's words (手动挡/自动挡, 学废, 补靠, 几多钱, 一个钟头, vip, 开饭店,
养猪场, 来水, 黄经, 天马, 工钱, show, 一米三, 拨营, 礼拜六/礼拜天, 空调, line, Simplified questions of the
Traditional rules and Traditional ones of the Simplified documents) and questions they cannot
answer by design (an A1 upgrade, the third subject's automatic practice and mock test, a
motorcycle class in hours where days are given, booking the medical check or the first re-sit
ahead, dollars, a manual holiday class, accompanied driving by the day, a coach's name; the
stepped price for businesses, a second protected zone, dollars, a meter's change in hours where
days are given, disabled households, detention, the bureau's head, meters' lifetime, a fine for
rubbish where the fine is for swimming, the stations' hours; 石桥镇's party secretary, 花溪乡's
baiji area, 青龙乡's yield and head, a price by the jin where it is by the kilogram, 白云镇's yield,
tianma's price and subsidy, a herb not grown, the market's area; the east gate's parking, group
tickets, metro line 1, a day's parking cap, Hong Kong dollars, the main lantern's weight, the first
bus, where the first-aid points are, refunds; a caravan pitch, the pallet pitch's size and the
rain-shelter's height, dollars, wifi, the high-speed rail, the owner's name, when a deposit comes
back, extra people in a cabin). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen17_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen17")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen17", QUESTIONS, at_least=150, unanswerable=36)


# Measured (answers, refusals) when the set was written, held out: on fb5a628 118/184, 38/48. Still held
# out, with the decision refitted on the other 35 own sets (not adopted): 118/184, 37/48. Its failures were
# then read (it is held out no longer) and their kinds fixed in general terms (session 20): 135/184, 38/48;
# after session 21's fixes 142/184, 38/48. The floor is that with one of slack each.
FLOOR = {"answers": 141, "refusals": 37}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 66  # answered figures with a measure word asked: 58 on fb5a628, 62 after session 20's fixes, 67 after
    # session 21's; one of slack
