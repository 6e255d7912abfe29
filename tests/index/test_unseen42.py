"""A forty-second held-out set (tests/data/unseen42), written on 517cd16, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: a watch-repair centre's prices for 2028 as
an Excel sheet (类别, 服务项目, 适用范围/说明, 价格, 单位, 备注; 27 rows: a battery for a plain quartz watch and its fifteen
minutes, for a brand-name quartz watch and its Swiss battery kept good a year, for sports and diving watches and no
repairs of smartwatches' screens; leather straps and crocodile ones, shortening a steel or ceramic strap free and 20
yuan for watches bought elsewhere, clasps and the maker's own; servicing a quartz watch, a mechanical one with a
Chinese or an imported movement, a chronograph, their working days and guarantees, tourbillons and minute repeaters
sent to the brand's centre and their three months; mineral and sapphire glasses, curved ones quoted apart, the crown
(«把头») and the maker's own, a new quartz movement, water damage and rust after a day; the water-resistance test, free
after a service, the timing machine free and two watches a time; polishing and no polishing of gold-plated or PVD
cases, engraving and its ten Chinese characters; wall and mantel clocks brought in, grandfather clocks served at home
in the city only and the call-out fee, antique appraisal and no buying or consignment; the inspection fee and none
when repaired, the rush service at 30% and its three and seven days, return postage and none over 500 yuan, storage
after thirty days at two yuan a day up to 100; under a title row, then notes on the start date and the old sheet, the
hours and the Spring Festival, quotes before work and asking again, the guarantee and what it leaves out, a lost
ticket and the identity card, watches worth 50,000 yuan photographed and sealed, no second-hand buying and no fakes,
the manager, the master and his thirty-two years, the phone and the WeChat account, the address, the metro exit and
payment), a city's rules on taxi services as a Word document of chapters and articles (cruising taxis and not
ride-hailing, the transport bureau and its enforcement team; lake blue, the sign and the devices, eight years or
600,000 kilometres, new-energy cars; drivers' three years at the wheel, records, twelve points, the two exams and the
licence, sixty years and twenty-four hours' training; the 10-yuan start and its three kilometres, 2.2 yuan a
kilometre, 50% after ten kilometres, the night hours, their 12-yuan start and 20%, waiting below 12 km/h, 3 yuan by
phone, 5 for a booking four hours ahead, tolls and free luggage, receipts, a broken meter and payment, cash never
refused; what drivers may not do, when they may refuse, priority riders, wheelchairs and guide dogs, children in
front and under 1.2 metres, lost property within 24 hours and 12328, the airport queue and short trips of ten
kilometres; no smoking or drinking, pets in cages, refusing to pay, damage and the 200-yuan cleaning cap; complaints in
five and ten working days, companies' grades and the B grade twice, drivers' twenty points, ten for refusing, five for
haggling or detours and eighteen hours of retraining; fines for refusing, detours, smoking and unlicensed taxis; the
bureau that interprets it, the contact and his phone, the start date and the rules repealed), a county's report on
its greenhouse vegetables as plain text (area, solar greenhouses, plastic tunnels, output, value and its growth,
growers and their income, the four crops and two crops a year, the geographical indication, the bureau director,
sales out of the county and the cities, the fund and the subsidies a greenhouse and a mu; then one «某地：标题» section
per place with its own figures and people: 柳河镇's tomatoes, output, the wholesale market's daily tonnes and yearly
turnover, the purchase price and its rise, the town head, bumblebees and no hormones, the big grower, his greenhouses,
his income and the cherry tomatoes' price; 沙坪乡's chillies, the drying plants and the dried price, the party
secretary, the co-operatives, the households, the co-operative head and the floor price; 黄崖村's collective
greenhouses, their rent and the half rent, the collective income, the party secretary, the queue, the young woman's
coloured peppers; 新庄镇's seedling centre, its cost, month and capacity, the seedlings' prices, survival, the head, the
workers and their wage, twenty days ahead and free delivery; 河湾乡's fruit cucumbers, output, supermarkets, price, the
township head and the residue tests; 东坝镇's smart greenhouses, their subsidy, the extension-station head, five
greenhouses a person and the labour saved; the problems, the plans as （一）… and the contact and her phone) and a
city government office's notice on keeping the surroundings of the 2028 gaokao exam sites quiet, safe and orderly as a
PDF (headings 一、… 六、 and items 1. 2. …: the dates and the subjects' times, the nine sites, the candidates and the
rooms, thirty minutes before and fifteen after; no building work at night from June 1st, none within 500 metres by
day, no loudspeakers or square dancing, no horns within 200 metres, the fines for night work and for noise by people
and by firms; traffic control and its hours, the road closed and the detour, free buses, 122, the 300 taxis, their
booking line and a day ahead, parents kept 50 metres away; no phones, smartwatches or earphones and the penalties, no
drones or lanterns within a kilometre, radio monitoring and no leaflets; no planned power cuts and the nine generator
trucks, medical staff and ambulances, the parents' waiting areas, lost identity cards and the registry windows'
hours; the hotlines, the exam authority's line and its hours, the dates in force and the issue date) and a Taichung
esports café's prices and rules in Traditional Chinese Markdown with Taiwan usage (the address by the Fengjia night
market, the line and the LINE account, the manager, his deputy and the network chief, 126 seats by area and rooms,
the graphics cards and screens, the fibre, the games and printing; open round the clock, Wednesday's maintenance and
New Year's Eve; a table in New Taiwan dollars of areas and rooms by the hour on weekdays and at weekends, the members'
price and five more for others, the first hour and quarter-hours after, seats kept thirty minutes; a table of offers:
the all-night plan and its esports price, five hours, students' hours and not in the holidays, top-ups and their
bonus, birthdays and three free hours; a table of food and printing; orders at the seat, the kitchen's hours,
membership, the lost card, points and their twelve months; minors after ten at night, under-twelves and pupils in
uniform; no smoking and the fine, own food but no stinky tofu, no drink, damages by the device, the machines'
restoring, no software, gambling or selling accounts, no sleeping on the floor, no pets; payment, credit cards only
for top-ups, no foreign money; the monthly League of Legends contest, its fee, prize and sixteen teams; scooter and
car parking and the parking discount).
Questions in a user's words (几块钱, 多少前, 啥, 咋收费, 礼拜天, 把头, 洗油, 高仿, chronograph,
歐米茄換一粒電池幾多錢, 恒時鐘錶維修中心電話幾多; 打的, 的哥, 黑车, 出粗车, 出租車可以用微信俾錢嗎, 的士司機唔俾發票可以唔俾錢嗎,
記滿20分要重新上幾多學時的課; 圣女果, 支书, 育苗中新, 甘泉縣有幾多座日光溫室; gaokao, 做弊, 广场舞, 大喇叭, 考生人數有幾多,
高考期間夜晚幾點後唔准開工, 愛心送考的士要幾多錢, 考點有冇家長休息的地方; 网咖, 一个钟, 珍奶, 鷄排, LOL, 印東西, Simplified
questions of the Taiwan café and Traditional ones of the Simplified documents) and questions they cannot answer by
design (pocket watches, steel and nylon straps, the master's mobile, guarantees and days the sheet does not give,
branches, Hong Kong dollars, 2027's price, mainsprings, how deep the water test goes, parking, membership discounts,
the guarantee of a plain quartz battery, how many repairers; ride-hailing fares, drivers' pay and fees, the airport
fare, 2027's start price, motorways, outside taxis, driving hours, women drivers, shared rides, the AAA grade's
reward, false complaints, yearly inspections, points for smoking and for dropping a rider, Hong Kong dollars, the
youngest driver, air-conditioning, a taxi company's number, renewing the licence; the output, heads and secretaries
the other places do not give, aubergines' price, 2026's output, the director's and the grower's phones, the
festival's date, the drying plants' year, chilli seedlings, exports, a greenhouse's size, chilli takings, the market's
address, insurance, water saved, grafted seedlings' survival; results, applications, one site's rooms or candidates,
chemistry's time, water bottles, parents in the taxis, hotels, the exam authority's address and head, extra points,
the metro, repeaters, medicals, generator trucks' places, internet cafés, seeing the rooms, fines for daytime work,
a new identity card, shared bikes; showers, a Taipei branch, monthly passes, students in the esports area, the
double room all night, the manager's mobile, PS5, refills, chairs, going out at night, burgers, five hours in the
esports area, chargers, one's own keyboard, the network chief's LINE, Wi-Fi, the runner-up's prize, Hong Kong
dollars, the car park's hours, a Valorant contest). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen42_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen42")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen42", QUESTIONS, at_least=530, unanswerable=100)


# Measured (answers, refusals) when the set was written, held out: on 517cd16 312/433, 72/100. Raised in session 44
# once its misses were read and some kinds fixed (no longer held out): 315/433, 72/100; 321/433 after session 45's
# fixes from other documents (表背面, 修不好).
FLOOR = {"answers": 322, "refusals": 73}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 90  # answered figures with a measure word asked: 88 on 517cd16, 90 in session 44, none of another unit
