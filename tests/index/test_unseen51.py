"""A fifty-first held-out set (tests/data/unseen51), written on 1095f56, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: a county tree nursery's spring prices for
2028 as an Excel sheet (序号, 类别, 品种, 规格, 单价, 单位, 说明; 27 rows: camphor trees by the breast-height diameter with
their root balls and 60 yuan for each centimetre more, sweet osmanthus and its flowering months and clumps priced
apart, southern magnolia for roadsides, deodar cedars and their crown and three metres from a house, grafted male
ginkgos without fruit or smell and their late leaves, late cherries and their blossom, crape myrtles (痒痒树) and their
colours, red maples in half shade; grafted mandarin seedlings and their price from 100, loquats of one variety in
their third year, two-year blueberries in acid soil and two varieties; photinia balls, azaleas a square metre,
golden privet a metre and 500 at least, potted roses and their 60-odd kinds and 10 per cent off from ten pots,
bougainvillea above 5 degrees; Manila turf and laying it from 30 square metres, mixed grass seed green in winter and
25 grams a square metre, sheep-manure compost and half a bag a pit, potting soil with slow-release fertiliser;
planting trees under and over 10 centimetres, stakes for a year, a garden's yearly care twice a month and 15 yuan a
square metre beyond 200, pruning tall trees and the aerial lift, free delivery in the county town from 500 yuan and 3
yuan a kilometre to the townships, a survival guarantee at 10 per cent of the price and one free replacement in six
months; under a title row, then notes on the dates the sheet holds and the autumn sheet, what breast height, ground
diameter and crown mean, the planting season and bare roots planted the same day, 5 and 10 per cent off from 5,000 and
20,000 yuan and no combining, free wrapping and loading, no replacement for trees planted by the buyer or killed by
frost and floods, the hours and the Spring Festival's closing, the address by a county road and 12 kilometres from
town, the phone, the owner and his mobile and WeChat and twenty-odd years, the technician and her mobile, payment and
VAT invoices at 3 per cent, a 30 per cent deposit lost after 10 days and big trees booked 3 days ahead), a city's
measures on construction waste as a Word document of chapters and articles (what the waste is and includes, the city
administration bureau and the other departments, the districts and the sub-districts, the principles and 60 per
cent recycled by 2030; approval 15 days before work, the papers, 5 working days, six months at most and renewal 10
days ahead, washing lorries and 50 metres of hardened road, dust nets after 48 hours, disposal fees by the cubic
metre and the tonne paid at approval; haulers with 10 sealed lorries, satellite positioning and recorders, names and
numbers on both sides; hauling from 22:00 to 6:00, none by day inside the ring road nor during the entrance exams or
orange pollution alerts, 40 kilometres an hour, loads under the tailboard, an electronic waybill for each lorry and
the permit carried, spills cleared in 30 minutes; three dumps and a recycling plant of a million tonnes a year, dumping
fees by kind, weighing and video kept a year, 20 metres' height, 10 per cent recycled products in public works;
renovation waste bagged at the estate's point, not with household waste nor in stairwells, a point of 10 square
metres fenced and the residents' committee where there is no management, cleared at 3 cubic metres or 3 days, paid
by the owner at 3 yuan a bag of a given size or 280 yuan a lorry of about 3 cubic metres and no mark-up, booked on
12319 and fetched within 48 hours, old furniture and mattresses fetched free on the first Saturday; inspections
weekly and twice a month, reports on 12319 or the WeChat account and 200 to 2,000 yuan's reward and secrecy, the
haulers' blacklist after three penalties and two years' ban; fines for disposing without approval (firms and people),
spilling, no permit or the wrong route, residents' waste in stairwells, dumps without scales; what spoil and slurry
are, who interprets it, the start date and the 2019 rules repealed), a county's report on its sericulture as plain
text (mulberry area and the area in bearing, egg sheets, fresh cocoons, their value and growth, the whole chain's
value, households and their income, the two silkworm breeds and one's share, the geographical indication, the
development centre's director, bases and co-rearing rooms, the fund, 600 yuan a mu for new mulberry and 300 for
renewing, 150 yuan a square metre for a rearing room to 60,000 yuan, 0.5 yuan a frame, the floor price of cocoons a
kilogram, the price-index insurance's premium and the state's share, the rearing season and its six batches; then
one «某地：标题» section per place with its own figures and people: 柳溪镇's mulberry and slope land, egg sheets and
cocoons, the cocoon price and its rise, the town head, twenty years' leaves and 5,500 yuan a mu, the big rearer and
her years, sheets and takings, and pesticides and 50 kilograms a sheet; 观音桥村's rooms and big hall, young worms to
the third instar, ten days saved and 4 kilograms more, the party secretary, the fee for members and others,
households, income and the collective's; the extension station's labour-saving method, the work and the poor cocoons
it cut, the sheets it reached, its head, 200 trained and three a village, its advice line and hours; 石门乡's mulberry
festival in April, its third year, ten days, visitors and takings, the township head, fruit mulberry, the picking
price and free entry, 17 farm restaurants and their dishes, the young woman's mulberry-leaf tea, the leaves she buys,
its price and two liang a jin; 六塘镇's wood ear grown on mulberry prunings, its bases, sheds, prunings, logs and dried
crop, the party secretary, the prunings' price and 400 yuan a mu, the pickers' day wage and 300 a day; the silk
company's opening, investment, reeling machines, cocoons bought and raw silk, thirty-odd products and a 2-kilogram
quilt's price, its chairman, contracts and 1 yuan over the market, staff and the reelers' wage, sales and exports and
where raw silk goes; the problems, the plans as （一）… and the contact and her phone) and a county education bureau's
PDF notice on student loans from the home county in 2028 (headings 一、… 十、 and items 1. 2. …: 2027's borrowers, sum and
new borrowers; who may borrow, the campus loan excluded, who comes first, prep, adult, online and self-study students
excluded, students whose household moved with them; 20,000 yuan a year for undergraduates and 25,000 for graduates,
the real fees, the term and 22 years at most, five years' grace paying interest only, a loan each year of any sum;
LPR less 60 points and 2.5 per cent, interest paid by the state while studying, no fees; renewal online in July,
first loans in person from 10 July to 31 August, the hall and its room, the hours and Saturday mornings in August,
late letters by 15 September; the student and the co-borrower together, identity cards and the household register,
the admission letter or student card, the form from the bank's system, co-borrowers under 65 and other relatives, a
note on hardship from the village; renewal without coming home, what it states, changing the sum by 31 July, none
after graduating, five working days; repaying by 20 December, early repayment without penalty booked by 30 November,
daily penalty interest and the credit record, interest still paid during a master's and the proof by 30 September,
a year's delay for illness or disaster, repayment for soldiers and remote posts, repaying online; the money to the
college and the rest to the student, no fees and fraud, the peak in late August, 150 a day booked on the WeChat
account, the repayment plan and a new phone number in 30 days, no photocopying and two copies, students away; new
students' travel grants of 500 and 1,000 yuan, when and what to bring; the advice line and its hours, the complaints
line and the repayment line; the reference number and the date) and a Causeway Bay floral workshop's courses, flower
orders and rules in Traditional Chinese Markdown with Hong Kong usage (the address and the MTR exit, the phone,
WhatsApp and Instagram, the founder and her twelve years, the tutor and his nickname and his hotel past, 16 to a
class and a small room for private lessons, no car park and HK$30 an hour nearby; hours by day, Wednesdays closed
and holidays, the New Year and the New Year flowers, typhoon signal 8 and rainstorm warnings, no trial classes before
Valentine's and Mother's Day; a table in Hong Kong dollars of a trial class, a parent-and-child class of 6 to 12,
Korean bouquets, preserved flowers under glass and how long they last, Christmas wreaths in November and December, a
basic and an advanced certificate and what they need and teach, private lessons and five lessons' bundle, company
workshops from 10 people and the fare; what fees include, paying in full, 72 hours' notice, 30 minutes late, HK$50
off for two and 10 per cent for students, no combining, four months' validity; a table of yearly and company
memberships; a table of bouquets of 6, 12, 33 and 99 roses, graduation bouquets and their dolls, opening baskets and
stands and where they go, office flowers by the month; a day ahead, same-day orders by 2 pm and the rush fee,
Valentine's dates, colours as in season; a table of delivery fees by district and none to Lantau and the islands,
free from HK$1,500, the hours and a chosen hour, the management office and a second delivery; the rules: children
under 12, pets and guide dogs, sharp tools, pollen allergies, photos but no video; Octopus, FPS, PayMe, Alipay HK and
cards from HK$500, parties of 8 to 16 and two weeks' notice, Wi-Fi and chargers). Questions in a user's words (多钱,
几块钱, 啥价钱, 要钱不, 痒痒树, 琵琶, 石兰, 公分, 杜鹃, 苗圃老板, 銀杏樹苗規格係幾粗, 廣玉蘭抗唔抗風, 晚櫻係單瓣定重瓣, 常綠樹起苗帶唔帶泥球,
blueberry; 渣土车, 拆房子的垃圾, 旧沙发, 黑名单, 偷倒, 泥頭車喺市區最早幾點可以開工運泥, 裝修垃圾可唔可以堆喺屋苑草地度,
construction waste; 挣多少, 工钱, 支书, 帮养小蚕, 柳溪鎮鮮繭一公斤賣幾多錢, 桑葉茶一斤賣幾錢, 絲韻公司繅絲工人工幾多, silk被; 外县户口,
自考生, 爸妈, 上征信, 当兵, 研究生一年最多可以借幾多錢, 助學貸款利率係幾多, 辦理時間星期一至五幾點收工, loan; 幾錢, 幾耐, 八號風球,
紅雨, 碌卡, 叉電器, 我個仔, team building, preserved flower, private class, delivery, Hen party, Simplified
questions of the Hong Kong workshop, 亲子花艺班多少钱, 花店星期六几点关门) and questions they cannot answer by design (a
podocarpus, a bigger osmanthus or cherry, peach seedlings, watering new turf, 2027's prices, the technician's WeChat,
an online shop, credit cards, a female ginkgo, when blueberries or mandarins bear, pruning roses, the nursery's size,
how tall a camphor grows, when bougainvillea flowers, trimming hedges, plant health certificates, the autumn sheet's
prices, the owner's age, an e-mail, spraying once, when to lay turf; the bureau's director, the dumps' address and
hours, a lorry driver's licence, the hotline's hours, when rewards are paid, the haulage permit's validity, village
houses, slurry's fees, last year's tonnage, where the plant is, licence points, a hauler's capital, prison,
registering a renovation, recycled bricks' price, the clearing firm's name, how long the measures last, a line for
old furniture; 柳溪镇's households, the director's mobile, where a breed was bred, 2026's area, the second festival's
visitors, the company's town, mulberry wine, the big rearer's phone, an egg sheet's price, 观音桥村's mulberry, a
rearing room's cost, 六塘镇's mulberry, silkworm droppings' price, a single quilt, a restaurant table, the reeling
machines' maker, the contact's e-mail, wood ear's price, when the insurance pays, the company's day wage, where the
tea workshop is; the centre's head, 2026's loans, vocational grants, the penalty rate, how much is repaid for
soldiers, when travel grants arrive, the service centre's street and parking, the centre's e-mail, the bank's line,
2029's dates, national grants, scholarships, proof of income, the bureau's head, a QQ group, photos, renewing late,
the repayment line's hours, when the money reaches the college; a Mong Kok branch, an e-mail, the founder's
WhatsApp, 2027's prices, bridal bouquets, funeral wreaths, carnations for Mother's Day, Japanese ikebana, the tutors'
English, delivery to Macao, WeChat Pay, the next certificate class, sunflowers, refunding membership, the tutor's
years, message cards, the elderly's discount, hospital wards, a finished preserved-flower dome, Valentine's prices).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen51_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen51")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen51", QUESTIONS, at_least=647, unanswerable=104)


# Measured (answers, refusals) when the set was written, held out: on 1095f56 357/543, 76/104.
FLOOR = {"answers": 357, "refusals": 76}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 104  # answered figures with a measure word asked: 104 on 1095f56, none of another unit
