"""A fifty-third held-out set (tests/data/unseen53), written on fdec126, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: an estate agency's prices for 2028 as an
Excel sheet (序号, 类别, 服务项目, 适用范围, 收费标准, 计费方式, 说明; 26 rows: brokerage on second-hand homes below and
above 3 million yuan and who of buyer and seller pays which share, the 8,000-yuan minimum, shops and offices at 3 per
cent paid by the buyer and a parking space alone at 3,000; the escrow of the price and the 3 working days before the
seller gets it, transfer of title without the taxes and fees and its 15 working days, commercial loans and 8 banks and
20 working days, provident-fund and combined loans and 12 months of contributions, releasing a mortgage and a daily
0.05 per cent for bridging money; new homes free and paid by the developer, online contract filing; renting for a
year and more at half a month's rent split between landlord and tenant and its 800-yuan minimum, under a year at 80
per cent paid by the tenant and 3 months at least, a room in a shared flat, shops at a month's rent and transfer fees
apart, management for 8 per cent a month and 2 years, renewals free under a 5 per cent rise, filing a lease for a
residence permit or school; a lost title certificate and the newspaper notice, inheritance and gifts and the notary
first, the former owner's household registration and 100 yuan a day, valuation and its report in 3 working days and
the bank's own valuer, checking eligibility to buy; viewings, 6 a day and none after 9 in the evening, video
viewings a day ahead; handover free for their own buyers, cleaning by the square metre and 800 under 100 square
metres, movers at 10 per cent off within 3 months; under a title row, then notes on the dates and the 2027 sheet,
tax and invoices, paying at signing and nothing before, refunds when the loan is refused and the party in breach,
10 per cent off for old clients and 15 for selling and buying together, no combining, the online contract price and
compensation for fittings, the hours and the Spring Festival, the head office, its metro exit and two branches, the
hotline, the complaints line, the manager and his mobile, the filing number and 46 agents), a city's measures on
place names as a Word document of chapters and articles (the civil affairs bureau, the committee and its chairman,
the database updated yearly and its website; one name one place, no duplicate street names in a district or estate
names in the city, homophones; no people's or foreign names, 中华 and 国际 unless the State Council agrees, no rare or
traditional characters, no 皇家, 6 characters for an estate; 路 and 街 by direction, 12 metres for a lane, 200 metres
unnamed, before acceptance; 大厦 and 中心 at 50 metres or 50,000 square metres, 广场 with 5,000 and 花园 with 35 per
cent green; the developer applies before the planning permit with three papers, 20 working days and 15 days' notice
outside the limit, renaming estates by two thirds of owners, none within 5 years, 5 experts and 30 days; who puts up
street signs, house numbers, building and village signs, pinyin and no English, blue and white, 300 metres apart,
numbering from east and south with odd numbers on the left, free numbers and 45 yuan for a lost one, repairs in 10
working days and 12345, moving signs and 7 days; the list of historic names of 50 years, old names reused, prizes
every 3 years of 3,000 to 10,000 yuan; standard names in signboards and navigation maps updated in 30 days,
certificates of address free and on the spot or in 3 working days online, unapproved names in presale advertising;
fines for units renaming and for people and units defacing signs, the market regulator, officials; 专名 and 通名, the
start date, the rules of 2011 repealed and the government order and meeting), a county's report on its prepared-food
industry as plain text (its firms, the large ones, output and growth, products, online sales, cold storage and
refrigerated lorries, land and jobs, the agriculture bureau's head, the yearly fund, the grant per cubic metre of
cold store and its cap, the reward for a national leading firm, the food festival's dates, deals and sums; then one
«某地：标题» section per place with its own figures and people: the industrial park's site, area, factories, central
kitchens, firms and output and its share, its director, half rent for 3 years and the rent, the testing centre's
batches, pass rate and fee, sewage, cold chain and delivery times; the pickled-cabbage fish firm's lines, staff,
chairman, boxes, sales, weight, price, freezing and shelf life, contract farmers, cabbage bought and its floor price,
a worker and her pay; the duck town's farmers, ducks, processors, mayor, the contract model and its price, income,
the trademark and shelf life, sales and a big farmer's batches; the lotus township's fields, yield, old and new
prices, the soup line's year, can size, shelf life and output, digging crews and wages, its party secretary; the
e-commerce park's studios, hosts, streams and sales, its head, free studios and the parcel subsidy and its cap, a
host's fans and her best stream; the market regulator's checks, failures, head, tracing codes and new licences; the
problems, the plans as （一）… and the contact and her phone), a city justice bureau's PDF notice on choosing people's
assessors in 2028 (headings 一、… 九、 and items 1. 2. …: assessors now and those whose terms end, the places, drawn by
lot and applied for, a fifth at most, each court's quota and the intermediate court; conditions, age 28 and the birth
date, schooling and its exceptions, residence of a year; who may not serve; the draw of five times the places, the
dates for applying and checking, three a unit, 5 working days' notice and where, appointment by the people's
congress standing committee by 31 May, 24 and 16 hours of training; the papers and photos; panels of three and seven
and who votes on what, 3 and 1 working days' notice, three refusals; the 5-year term and no second, pay kept, 200
yuan a case and 100 beyond 4 hours, 150 a day for those without income, 50 for travel and meals, 30 cases a year,
injury at work; the four district and county bureaus' addresses and phones, the hours, the form and no post or
e-mail; written notice and 7 days to decline, no fees and the line for reports, who interprets it, the reference
number and date) and a Tseung Kwan O home-inspection firm's prices and rules in Traditional Chinese with Hong Kong
usage (the address and the MTR exit, the phone, WhatsApp and e-mail, the founder and his years, the chief inspector
and her nickname, 12 inspectors and 2 a visit, outlying islands, the year it opened and units inspected; hours,
Sundays, the New Year, typhoon signal 8 and rainstorms; a table in Hong Kong dollars of new flats by saleable area,
large flats per square foot and their minimum, second-hand flats, re-inspections, village houses and roofs,
formaldehyde, thermal imaging for leaks, windows and electrical checks; what the fee includes and what is checked,
5 millimetres, no dismantling or repairs; a table of reports, urgent and English ones, printed copies and post, a
handover escort, island fares, Sundays and evenings; deposit and balance, 7 and 14 days ahead, rescheduling and
cancelling, no keys, cash, FPS, PayMe, cheques and cards with 2 per cent and no Octopus; discounts for 3 flats,
the elderly and old clients and no combining; the day's rules: the owner or an agent, keys, water and power, plans,
furniture, stickers; questions on the defects period, going to court, bathrooms and kitchens, video from abroad).
Questions in a user's words (多钱, 要钱不, 咋算, 老破小, 中借费, 过护, 商贷, 组合贷, 房本, 二手房 commission,
租寫字樓嘅佣金係租客俾定業主俾, 代辦過戶要幾耐; 门派, 威尼斯路, 皇家一号, 路牌係咩顏色, 網上申請門牌證明要幾多個工作日, 写英文 Road;
规上企业, 酸菜余, 予制菜, best seller, 澄溪縣嘅預製菜企業一年產值幾多; 陪审圆, 幾多歲先可以做陪審員, 陪審一宗案有幾多錢補貼, 发
email 报名; 幾錢, 幾耐, 八號風球, 紅雨, 碌卡, 我阿媽70歲, Report 有冇 English version, Simplified questions of the Hong
Kong firm, 900尺的新房验楼要多少钱) and questions they cannot answer by design (the agency's e-mail, a branch's phone,
renting out parking spaces, factories, drawing on the provident fund, surveying, the registration fee, the deed tax,
2029's prices, the manager's WeChat, interior design, auctions, branches in the provincial capital, breaking a
management contract, the partner developments, valuing shops, the cap on bridging money, booking cleaning, the year
it was founded, the notary's fee, when rent is passed on, school-district homes; the size and height of signs,
naming rights, the committee's phone, the bureau's street, the website's address, how long a number takes,
experts' fees, renaming villages, how many historic names, prizes in 2027, fines for maps, a lost unit sign, how
long a certificate lasts, how long the measures last, who names bridges, digits in names, weekend hours, entering
the prizes, fines for people renaming, the narrowest lane, pinyin's case; the fish firm's phone, supermarket and
duck and soup prices, a sibling product's sales, 2026's output, the park's phone, the town's party secretary, the
e-commerce park's site, hosts' pay, the school's head, lorries' subsidy, the firm's founding, frozen ducks, a host's
account, which firms failed, the 2028 festival, cabbage yields, taxes, exports, lotus farmers, renting the central
kitchens; the age limit, the intermediate court's address, the city bureau's office, when and whether pay is taxed,
notarised diplomas, 2029, the website's address, uniforms, where training is held, a bureau's e-mail, when drawn
people are told, medical checks, kinds of cases, foreigners, the assessor's card, where pay is collected, training
months, applying by phone, the photo's background, the district's last intake, coming late; a Kwun Tong branch,
shops, parking spaces, the founder's mobile, 2027's prices, asbestos, radon, Alipay, urgent English reports, Cheung
Chau, parking fees, insurance, students, air conditioners, the chief inspector's WhatsApp, Facebook, termites, how
many rooms a leak check covers, measuring area, the decorators' name, booking online, photos by the owner). Through a
real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen53_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen53")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen53", QUESTIONS, at_least=617, unanswerable=110)


# Measured (answers, refusals) when the set was written, held out: on fdec126 310/507, 73/110.
FLOOR = {"answers": 310, "refusals": 73}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 96  # answered figures with a measure word asked: 96 on fdec126, none of another unit
