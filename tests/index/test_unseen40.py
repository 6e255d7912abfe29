"""A fortieth held-out set (tests/data/unseen40), written on fd63c25, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: a hair salon's prices for 2028 as an Excel
sheet (类别, 项目, 适用范围/说明, 价格, 单位, 备注; 26 rows: men's and women's cut, wash and blow-dry and the director's
price, long and short hair alike, children under twelve and babies held by a parent, elders over sixty-five and free
cuts on Wednesday mornings with an identity card, wash and blow-dry and the extra past the shoulder, the fringe and
members free; cold perms by length, the digital perm, its care and its three months, straightening and the roots, the
men's texture perm and its hour and a half; covering grey with plant dye and the roots, fashion colours and the extra
for medium and long hair, bleaching and twice for pale shades, highlights and the extra piece; oil treatment at half
price on a perm's day, keratin within seven days, the scalp treatment and its forty minutes; updos, brides and seven
days, blow-dry styling and its wash, styling at home and the extra before six in the morning; extensions by the strand,
how many and how long, removal free or 50 yuan; cleaning wigs; stored-value cards at 10% and 15% off, no refunds or
transfers, the men's ten-cut card and its year, students' 20% off Monday to Thursday on cuts only; under a title row,
then notes on the start date and the wash included, the hours and the Spring Festival, perms and colours booked and
none after seven, the booking line, the manager and her WeChat, the directors and the technical head, the skin test,
pregnant and nursing women and cuts on the scalp, free re-cuts in three days and perms redone in seven but not faded
colour, payment and no credit cards, e-invoices, tools disinfected and towels changed, the address, the metro and the
parking places), a construction group's rules on its official cars as a Word document of chapters and articles (the
cars it covers, the administration department and finance; budgets and who approves, no buying by branches, engine
sizes and price caps for ordinary and reception cars, two pick-ups a project, 60% new-energy from 2028, eight years or
300,000 kilometres and earlier renewal; half a day's and a working day's notice in the OA system, the department
head's signature, trips over 200 kilometres and the deputy general manager, trains and planes, emergencies and 24
hours, no weddings, funerals, holidays or school runs, borrowing at 2 yuan a kilometre, keys handed in for holidays,
the log of each trip; the drivers' licence, years, record and age, four hours and twenty minutes' rest, no one else at
the wheel, 30 and 80 yuan a day and 50 after ten at night, the internal permit and its two years; one fuel card a car,
the check by the fifth and the 15% over, the appointed garage and the 3,000-yuan line, tolls, parking and car washes,
third-party cover of two million; fines and points, twelve points and off the job, reporting within an hour and no
private settlement, 20% capped at 5,000 yuan, 10%, and nothing for equal or lesser blame, drink-driving and dismissal;
BeiDou tracking checked monthly, the 2,000-yuan safe-driving bonus, 5 yuan a kilometre for private use and twice a
year; the fleet clerk, his phone, the start date and the rules repealed), a county's report on family-doctor contracts
as plain text (teams, residents signed, the rate and the priority groups, the yearly fee and who pays what, the
poverty-relief households, the deputy director, home visits and the mini-program; then one «某地：标题» section per place
with its own figures and people: 城关镇's three-person teams, residents, blood-pressure and diabetes rates and their
rise, the health-centre head, no queueing at the county hospital, the GP, her 1,280 residents, her days and her
station, the patient, her age, her years and the monthly call; 石门乡's villages, the farthest and its distance, the
two clinic vans, their date, kit and rounds, the free tests, the head, the rate, the village doctor, his years, his
motorbike and his kilometres; 河口镇's remote ECG, its date, fifteen minutes, cases and heart attacks found, the fee and
free for those signed, the ECG doctor, the deputy party secretary and next year's imaging; 白沙镇's Chinese-medicine
hall, its date, size, techniques and visits, the discount, the summer plasters, their price and one free, the head,
his title and his doctors, the monthly free clinic; 青竹村's clinic, its rooms, the couple of doctors and their years,
residents, signed and the rate, the elders and their check-up, the monthly subsidy; 龙滩乡's home sick-beds, the visit
fee and insurance, the head nurse, her nurses and visits, the old man, his age and years in bed, the township head
and next year's beds; the problems, the plans as （一）… and the contact and her phone), a city human-resources bureau's
notice on working in summer heat in 2028 as a PDF (headings 一、… 六、 and items 1. 2. …: the months of the heat
allowance, who gets it and 33℃, 400 yuan outdoors and 300 indoors, 18 yuan a day part-time, no drinks instead, not
part of the minimum wage, no allowance on leave, agency workers; 40℃ and work stopped, 37℃, six hours and noon to
three, 35℃, shifts and no overtime, no pay docked, the observatory's forecast, six in the morning and eight at night;
pregnant women and minors, heart disease and blood pressure, workers over fifty-five and a rest every two hours; free
salted drinks, shade and medicines, a first-aid box a team, heatstroke and work-injury insurance, delivery riders'
time limits; June to August's inspection and its trades, paying late and the 50% to 100% extra, fines of 5,000 to
30,000 yuan, 12333 and 12351; 326 rest stations, what they offer and their hours, the unions' account, the monthly
and the yearly reports, the contacts and their phones, the date) and a Kowloon Bay ice rink's prices and rules in
Traditional Chinese Markdown with Hong Kong usage (the address and the MTR exit, the phone and the text-only WhatsApp,
the manager, the head coach and the rink supervisor, the ice's size and temperature, 16℃ inside and no showers; the
hours, ice resurfacing twice a day, Wednesday mornings for schools, the last entry, New Year's Eve and the first day; a
table in Hong Kong dollars of two-hour sessions for adults, children, elders and students on weekdays and weekends,
under-threes free, parents who stay off the ice and overtime; a table of hire and fees: skates included and their
sizes, gloves required, helmets, pads, the penguin aid for children, lockers and coins, sharpening, skate storage for
pass holders; a table of courses: children's and adults' beginner classes, figure skating, ice hockey and its own
kit, private lessons and two together; entry included on class days, no make-up lessons but one for illness with a
doctor's note, refunds of 80% up to seven days before; monthly passes, their photo and replacement, birthdays, groups
of fifteen, the late-night discount; Octopus, cards, AlipayHK, WeChat Pay and FPS, no cheques, no refunds; gloves and
no shorts, no eating, photos or selfie sticks on the ice, anticlockwise, no babies in arms, first aiders, lost
property, no smoking or pets, typhoon signal 8 and black rain; the car park's rate and two free hours).
Questions in a user's words (剪头, 几块钱, 老公, 礼拜几, 几个钟, 奶茶色, 焗个油, 弄头发, hair extension, men's haircut, 刷信用卡,
青絲坊女士剪髮多少錢, 燙髮最晚幾點; 拍板, 电车, 公家车, 接孩子放学, 办喜事, 歇一下, 闯红灯, 私了, 开除, per km, 公務車排氣量,
司機夜間出車補助; 掏多少, 叫啥, 两口子, 张阿姨, 心梗, family doctor, 家庭醫生簽約費一年幾多錢, 石門鄉, 龍灘鄉; 绿豆汤,
钟点工, 外卖小哥, 老板, 中午长一点, heat allowance, 戶外作業高溫津貼每月幾多錢, 懷孕女工; 喺邊度, 幾耐, 凍唔凍, 沖涼,
BB, 夜鬼場, 碌卡, 黑雨, skating rink adult weekday ticket, Simplified questions of the Hong Kong rink and Traditional
ones of the Simplified documents) and questions they cannot answer by design (shaving heads and beards, the men's
texture perm for medium hair, the digital perm for short hair, a women's card, the technical head's phone, the
director's WeChat, bridal make-up, manicures, a branch, Wi-Fi, the dye's and the shampoo's brands, bleaching and
highlights for long hair, 2027's prices, Hong Kong dollars, gifts with a card, dogs, how long a cut takes, styling
outside the city; servicing, drivers' pay, hotels, charging, the clerk's mobile, the department's and the deputy's
names, the car park, extra fines, car hire, the garage's name, the fuel card's top-up and the consumption standard,
private cars on company business, taxis, first-class seats, subsidies for new-energy cars, reception cars per
branch, the fleet's size, drivers' medicals; team counts, rates and residents the other places do not give, the town
and township heads and health-centre heads the report does not name, the bureau's director, the deputy's and the
doctors' phones, the party secretary, the vans' cost, acupuncture's price, 2026's rate, the doctor's age, CT scans,
the far village's people, the county hospital's head, patients with high blood pressure, disabled elders; an allowance
for cold, tax, nursing mothers, the contact's mobile, the bureau's address, doctors on sites, deliveries a day,
2027's rates, fines for the special groups, the contacts the notice does not name, the observatory's phone, tax
deduction, riders' allowance a delivery, fines on platforms, air conditioning at the stations, another city, medicals,
a lump sum at year's end, bottles of water; renminbi, elders' and students' passes, class sizes the rink does not
give, the manager's mobile, a branch, Wi-Fi, hot dogs, hiring the rink, the children's late-night discount, skating
clothes, the car park's hours, birthday parties, hockey matches, the disabled, monthly parking, lockers, skates for
sale, couples, coaching certificates). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen40_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen40")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen40", QUESTIONS, at_least=550, unanswerable=100)


# Measured (answers, refusals) when the set was written, held out: on fd63c25 310/453, 82/103; still 310/82 on e19c35b
# (the first batch of session 42, unread); then read, and some kinds fixed: 325/453, 90/103; 328/453, 90/103 after
# session 43's fixes from other documents; 331/453, 90/103 after session 47's.
FLOOR = {"answers": 331, "refusals": 90}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 94  # answered figures with a measure word asked: 94 on fd63c25, none of another unit
