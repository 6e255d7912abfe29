"""A fiftieth held-out set (tests/data/unseen50), written on 705a124, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: a village oil mill's prices for 2028 as an
Excel sheet (序号, 类别, 项目, 收费标准, 单位, 说明; 27 rows: hot-pressing rapeseed by the raw weight, its 35 to 38 per cent
of oil and moisture under 9 per cent, cold-pressing at 3 points less oil, pale and mild, peanuts by the kernel's
weight and shelling apart, stone-ground sesame oil with roasting included and 100 jin at least, sunflower seed with
its shell at 30 per cent, soya at 12 to 15 per cent and better for bean cake, linseed cold-pressed only and 50 jin at
least; shelling by the weight in the shell, sifting out sand and straw, drying over 9 per cent in half a day, roasting
for a better smell; filtering once free and a second time 0.1 yuan, refining by the oil's weight from 100 jin; the
mill's own rapeseed oil of local double-low seed and its 5-litre drum, peanut oil and its 2.5-litre drum, sesame oil
in 500-gram bottles, linseed oil kept cold and eaten in a month; rapeseed cake taken home or set against the fee,
peanut cake for feed, bait and manure, sesame paste ground each morning and 20 jin a day; 5- and 20-litre drums and
what a 20-litre one holds, a 50-jin steel can with a tap; fetching seed free in the township from 300 jin and 2 yuan a
kilometre beyond, delivering oil free from 20 jin, rush pressing the same day but not on market days (the third,
sixth and ninth of the lunar month), a whole day's hire from 3,000 jin with no mixing; under a title row, then notes on
the start date and the 2027 sheet and the day's price, the order of work, no mixing, one to two hours' wait under 200
jin and a day's booking over 1,000, the busy season's dates and 30 households a day, 8,000 jin a day, the hours and
the busy season's late hours, the Spring Festival's stop and the shop still selling, the over-70s' 10 per cent, the
big household's 0.05 yuan, a drum free from 100 jin and no adding up, wet or dirty seed's low yield, 18 months' shelf
life and seven days to return, three days' free keeping and 2 yuan a drum a day, the address beside the grain station
on the provincial road, the phone, the miller and his forty years and his mobile and WeChat, his son who books the
busy season and his mobile, cash, WeChat and Alipay and receipts but no VAT invoices), a city's measures on sand
mining in rivers as a Word document of chapters and articles (what waters and what digging they cover, the water
bureau, the other departments and the counties, river chiefs and the four principles; a five-year plan approved by
the city, areas open, reserved and closed, 1.8 million tonnes a year; closed within 300 metres of dikes, 500 of
bridges, 1,000 of gauging stations and intakes, drinking-water sources and spawning grounds; no digging from 1 April
to 30 September nor above the warning level or under a blue rainstorm warning; the licence, rights sold by tender,
auction or listing and the money to the city's treasury; a legal person, ships with their certificates, plans for the
work, the spoil and safety, trained hands; the papers and the county water department, 10 working days and reasons in
writing, what a licence states, a year at most and not beyond the right, no lending and a new licence for changes;
7:00 to 19:00 and none at night, two ships to an area, numbers painted on both sides, satellite positioning and video
online 24 hours, the board on the bank and what it shows, an electronic waybill for each ship or lorry, 5 metres'
depth, pits levelled and no spoil in the river, 15 days to leave and 30 to level and the bureau's acceptance, ships
moored where the bureau says with pumps and buckets taken off; villagers' own houses and 20 cubic metres a year with
the village committee and the township, by hand and not for sale; sand from dredging the state's and the city's to
sell; patrols daily and twice a week, the reporting line and 12345, 500 to 5,000 yuan's reward and secrecy, seized
ships and the owner paying their mooring; 100,000 to 300,000 yuan for digging without a licence and ships seized,
50,000 to 100,000 for digging beyond it and the licence revoked, 10,000 to 30,000 for not mooring, 2,000 to 10,000 for
no waybill, officials punished; who interprets it, the start date, five years and the 2021 rules repealed), a
county's report on its daylily industry as plain text (area and the area in full bearing, the dried crop, its value
and growth, the whole chain's value, growers and their income, the two varieties and the share of 大乌嘴, the
geographical indication, the development centre's director, bases and steaming and drying points, the fund, 500 yuan
a mu for new planting and 200 more from 100 mu, 30 per cent of a drying line to 500,000 yuan, price insurance's
premium, the state's share and the price that starts paying, the picking season and its hands; then one «某地：标题»
section per place with its own figures and people: 唐家庄镇's area, bare slopes and dried crop, the fresh price a jin and
its rise, the town head, fifteen years from one planting and 6,000 yuan a mu of slope, the big grower's mu and sales
and her saying and 400 jin a mu; 南坪村's drying yard and twelve driers, ten hours a batch and two days quicker, the dried
price and 3 yuan more, the party secretary, members' and others' drying fees, households, income and the collective's;
石河乡's festival in July, its fourth year, five days, visitors and takings, the township head, 23 farm restaurants and a
table's price, the old cook and his dish and 40 tables a day; the extension centre's academy, the rust and thrips
technique and its fall from 25 to 6 per cent, the mu it reached, its head, 150 trained and two a village, its advice
line; the food company's opening, investment, capacity, twenty-odd products, freeze-dried daylily's price a kilogram,
its chairman, contracts with growers and the floor price, hands and day wage, sales and exports; the e-commerce
centre's online sales and growth, its head, the parcel subsidy and its cap, live-streaming training and seven shops;
the problems, the plans as （一）… and the contact and her phone) and a city police bureau's exit-and-entry section's
PDF notice on passports and permits in the summer of 2028 (headings 一、… 八、 and items 1. 2. …: the dates, the hall's
hours with no lunch break and Saturdays, Sundays and holidays shut, Wednesday evenings to 19:00, self-service
endorsement machines round the clock; the hall's address, the counties' windows the same, the high-tech zone's window
for endorsements only; 120 yuan a passport, 60 a Hong Kong and Macao or Taiwan permit and 15 an endorsement, lost ones
at the first fee, free photos; seven working days, three for urgent reasons and the papers for them, posting at 20
yuan paid by the applicant, void after three months; the identity card, no residence permit for people from elsewhere,
a guardian and the household register under 16 and fingerprints from 6, the civil servant's approval form, the old
passport handed in; booking seven days ahead in the app or the WeChat account, 600 numbers a day and 100 kept for the
old, 15 minutes early and void after 30 minutes late; six months' validity for visas, five and ten years, no white
tops or glasses, the peak weeks; the advice line and its hours, 12367 and the complaints line; the reference number and
the date) and a Sai Kung riding school's courses and prices in Traditional Chinese Markdown with Hong Kong usage (the
address and the bus stop, the phone and WhatsApp, the principal and her eighteen years and the national team, the head
coach and his nickname and his BHS, 26 horses and 8 ponies for the children's classes, the indoor arena's size, 15
cars and three free hours and HK$25 after; hours by day, Mondays closed and holidays, the New Year, typhoon signal 8
and rainstorm warnings, the very hot weather warning; a table in Hong Kong dollars of a trial ride, a parent-and-child
ride, a pony class of 5 to 11 on Saturday mornings, beginners and intermediate classes and what they learn, private
lessons and ten lessons' bundle, hacking on the country trail; what the fees include, paying seven days ahead, no
make-up lessons but for the weather, 48 hours' booking and 24 hours' cancelling and 15 minutes late, six months'
validity; a table of the joining fee, single and family memberships and livery, the elderly's and students' 5 per cent
and members' friends' 10 per cent, no combining; the rules: 95 kilograms, 110 centimetres, long trousers and heeled
shoes, helmets, 2 metres, feeding, parents under 12, pregnancy and illnesses, dogs, drink; a table of boots, half
chaps, gloves sold, carrots, lockers and photos; Octopus, FPS, PayMe and cards without a fee, showers, birthday parties
and three weeks, the insurance's sum). Questions in a user's words (几块钱, 咋收费, 多钱, 要钱不, 拨壳, 低加工费, 胡麻, 黄豆,
瓜子, 老板, 菜籽油幾多錢一斤, 花生榨油加工費點計, 老闆手機幾號, sesame oil; 挖沙, 偷挖沙, 挖掘机, 收黑钱, 拉沙的货车, 亲戚, 菜砂证,
禁採期係幾時到幾時, 無證採砂罰幾多錢, 夜晚可唔可以採沙, sand mining, valid; 黄花, 干黄花, 工钱, 支书, 打零工, 黄花才,
一桌黃花菜宴幾多錢, 萱源公司董事長係邊個, 凍乾黃花菜一公斤賣幾錢, daylily, training; 礼拜六, 星期天, 户口本, 公务员, 按指纹,
老人走了, 辦護照要幾多錢, 星期日可唔可以辦證, 細路仔護照幾多年有效, passport, 24 hours; 幾錢, 幾耐, 八號風球, 紅雨, 碌卡,
沖涼房, 有咗BB, 細路, book, Hacking, Livery, private lesson, Simplified questions of the Hong Kong school, 骑马体验多少钱,
马术学校周一开门吗) and questions they cannot answer by design (walnut oil, corn oil, a 10-litre drum, olive oil, the
son's WeChat, 2027's price, a branch in town, buying rapeseed, parking, credit cards, a 250-gram bottle, how long
sesame paste keeps, the miller's age, the press's make, credit till the year's end, jobs and pay, an online shop,
postage to other provinces, rapeseed for sowing; the licence's fee, the price of sand, the bureau's director, the
reporting line's hours, how many areas there are, 2027's tonnage, a ship's power, how the numbers are made, years in
prison, when the reward is paid, a hand's day wage, where the moorings are, detention, the reserve price, applying
online, where builders buy sand, the bureau's address, sea sand, ships' yearly inspection; 唐家庄镇's households, the
director's mobile, which variety sells dearer, 2026's area, the third festival's visitors, the company's township, a
jar of daylily sauce, the big grower's phone, a festival ticket, eating fresh daylily, the price of a seedling, a
drier's cost, 石河乡's area, a permanent worker's pay, the market's investment, the contact's e-mail, a picking
machine's price, the academy's expert, how long dried daylily keeps; the urgent fee, parking at the hall, the
section's head, visas for Singapore, how long a Hong Kong and Macao permit lasts, foreigners' visas, 2027's dates, the
high-tech zone's phone, where to report a lost passport, the bus there, a medical check, working in Macao, applying for
the whole family, Saturdays after the summer, extra pages, the e-mail, how long posting takes, an expired identity
card, medical-insurance cards; a Yuen Long branch, the principal's mobile, the e-mail, 2027's prices, an advanced
class, buying a horse, competition training, half a year's membership, a shuttle bus, the coaches' English, Alipay,
riding breeches for hire, shoeing's price, the head coach's Instagram, a birthday party's price, the ponies' age, a
restaurant, a waiver, air-conditioned stables). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen50_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen50")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen50", QUESTIONS, at_least=540, unanswerable=95)


# Measured (answers, refusals) when the set was written, held out: on 705a124 291/450, 71/95. Still held out (not
# read) on session 52's final code (own sets s52e): 292/450, 71/95.
FLOOR = {"answers": 292, "refusals": 71}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 88  # answered figures with a measure word asked: 88 on 705a124, none of another unit
