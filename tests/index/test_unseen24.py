"""A twenty-fourth held-out set (tests/data/unseen24), written on 4902489, to measure wenda on documents and
wording it never saw; never shown to the people making its fixes and never tuned on: a phone repair shop's price
list as an Excel sheet (类别/项目/适用机型/价格/计价单位/维修时长/备注, 24 rows from original screens for two iPhones, a
Huawei and a Xiaomi and a cheaper screen for one iPhone, the outer glass of Android phones, batteries for iPhones
and for Android phones, an iPhone's back glass, the charging port, the rear camera and the lens glass, cleaning a
wet phone, the main board, data recovery and moving data to a new phone, flashing Android, screen protectors, the
charger and the cable, an iPad's screen, to the free check, pick-up and delivery by the kilometre and a spare phone
with its deposit, under a title row, then closing notes on the prices' date, the warranty of parts and what it does
not cover, the students' discount, the hours on weekdays and at weekends and the Spring Festival, the address, the
technician, the manager and the phone), a village's rules for weddings and funerals as a Word document of chapters
and articles (the day they were passed, who they apply to, the council of weddings and funerals, its head, deputy,
members and meetings; reporting a wedding ahead and its form, tables and their price, drinks, cigarettes and
spirits, the bride price and the dowry, the cars, the band and the master of ceremonies, the group wedding's
reward; reporting a death, the days, cremation and the cemetery, the band, the mourning tent's size, the funeral
meal's guests, tables and price, wreaths and paper offerings, the grave and its stone; no feasts for other
occasions, gifts of money between relatives and between friends, the village hall's tables and things lent, the
helpers' team, its leader, members, fee and who pays none; the civilised family's reward, going over the limits,
party members, the phone and when the rules take effect), a county's report on edible fungi as plain text (bags
grown and their growth, fresh output, value, co-operatives, bases, households and their extra income, the farm
bureau's head, the fund and the grant per square metre of growing shed; then one «某乡镇：标题» section per township
with its figures and people: 龙溪镇's shiitake under the forest, sheds, their area, its head and the buying prices of
fresh and dried mushrooms and the profit per bag, 柏树乡's hanging bags of black fungus, the dried output, its party
secretary, the drying grounds, the brand and its price, 马坪镇's bag factory, its owners, money, workers and their
pay, its party secretary, the factory price and the saving, 石湖乡's cold store, its rent and the half price, the live
streams and online sales, its head and the lorries to the capital; the problems as （一）… and the next steps with the
phone), a city's riverside music festival notice to its audience as a PDF (headings 一、… 六、 and items 1. 2. …: the
days, the gates' and the show's hours, the lawn and its address, rain and storms, one-day tickets bought ahead and on
the day, two-day passes, VIP tickets, free children by height and how many a grown-up brings, minors, real names and
refunds, where and until when to buy, wristbands and going out and in again, what may not be brought, water, the
luggage room and umbrellas, the metro, its exit and its late running, buses, no car park and the sports centre's
with its shuttle, snack stalls and paying, the medical and nursing rooms, wheelchair users' companions, power banks,
the festival's T-shirts and bags, smoking areas, lost property, the phones, the organisers and the person in charge)
and a Jiaoxi hot-spring house's rules in Traditional Chinese Markdown (the address and the walk from the station,
the hours, the last entry, the monthly cleaning day, the water and its heat, the phone, LINE, the manager and the
desk's head, a table of the public bath and children's tickets, private rooms for two and four and a room with a
view on weekdays and holidays, their times and notes, and extra time; free small children, bathing rules, booking
ahead and the deposit, being late and cancelling, towels, hair dryers, the restaurant and its eggs, driving, parking
for cars and scooters, the shuttle, the discounts for residents, the elderly and birthdays, payment). Questions in a
user's words (苹果14, iphone14, 非原装屏, 螢幕, 充电口, data recovery, 导过去, 钢化摸, 充电头, 礼拜六, 过年, 接亲, 随份子,
每卓, 白事, 升学宴, 种蘑菇, 晒木耳的场子, 石胡乡, 干货, VIP ticket, 打雷, 喝水的地方, 散场, 礼拜天, 国旅卡, 定金,
Simplified questions of the Traditional rules and Traditional ones of the Simplified documents) and questions they
cannot answer by design (a model the sheet does not list, a cheaper screen, a back glass or a camera of another
model, flashing an iPhone, an iPad's battery, dollars, invoices, phone cases, a longer cable, the technician's
years, a national holiday; a funeral's cigarettes or master of ceremonies, a fine, colleagues' gifts, the leader's
phone, the hall's place, dishes per table, square feet, a secretary, a burial's fee, a car's hire, the party
secretary's mobile; a head or a party secretary asked of a township that names the other, shiitake, drying grounds
or a cold store asked of a township that lacks them, jin and mu where tonnes and square metres are given, the
factory's hours, premium shiitake, oyster mushrooms' price, the bureau's deputy head, last year's value; a VIP
ticket on the day or for two days, students' tickets, half price for minors, a bus's last run, another metro line,
a power bank's deposit, the singers, dollars, the car park's size, where the medical room is, parking by the hour;
towels with the room for four, an extra person in the room for two, renminbi, a sauna, a towel's deposit, the
elderly's holiday price, the drive from Kaohsiung, pets, booking rooms on weekdays, the manager's mobile, hair
dryers in the private rooms, LINE Pay, parking beyond the free hours). Through a real engine: real model, FAISS,
BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen24_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen24")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen24", QUESTIONS, at_least=150, unanswerable=36)


# Measured (answers, refusals) when the set was written, held out: on 4902489 191/246, 45/61; after its
# failures were read and their kinds fixed in general terms: 217/246, 50/61 on 14846f5; 217/246, 51/61
# on 917e933. The floor is that with one of slack each.
FLOOR = {"answers": 216, "refusals": 50}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 79  # answered figures with a measure word asked: 76 on 4902489, 80 on 14846f5; one of slack
