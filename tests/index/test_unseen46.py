"""A forty-sixth held-out set (tests/data/unseen46), written on a207db8, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: a picture-mounting shop's prices for 2028 as
an Excel sheet (序号, 类别, 服务项目, 收费标准, 计费单位, 说明; 26 rows, most priced by the 平尺: backing a painting and two 平尺 at least,
mounted sheets ready for a frame in three days; machine-mounted hanging scrolls in seven days and not for collectors,
hand-mounted ones on Xuan paper with their rods and knobs in twenty days, silk ones in three colours; hand scrolls from
800 yuan, 200 more a metre past three and thirty days; albums from ten leaves and their covers; solid-wood frames from
180 yuan, acrylic for 30 more and glass for nothing, aluminium frames and their largest size, carved elm frames in
fifteen days, mounting card in three colours; cross-stitch by the 平尺, washing its stains for 20 yuan, framed from 260
yuan and 50 for hanging a big one; certificate frames while one waits, stretching canvas for oil and acrylic,
oil-painting frames in three colours; remounting old paintings and seeing the badly torn ones first, restoring old
calligraphy by the senior mounter's word and no relics, mould and stains eight-tenths gone and no promise; embroidery
and thangkas booked a week ahead and 25 days; enlarged photos at 12 and 20 inches; hanging pictures at home within five
kilometres, six at a time and ten yuan each beyond, measuring for free but not on holidays; 30 per cent for urgent work,
three days at best and none for hand scrolls; tubes free above 300 yuan, photographing a work for the archive; under a
title row, then notes on the start date and the 2026 sheet, the hours and Monday's closing, holidays and the Spring
Festival, how a 平尺 is reckoned and the borders left out, the associations' members, pupils' work and ten works at once,
no adding up and no discount on restoring, a lost ticket, three months and ten yuan a month for keeping, ten times the
fee for damage and 5,000 yuan at most, insuring at one per cent, the booking line, the owner, his mobile and WeChat, the
senior mounter, the address east of the museum, fifteen minutes' parking, payment, invoices and half paid as a deposit),
a county's rules on transferring the right to farm contracted rural land as a Word document of chapters and articles
(what land and what a transfer is, lawful, voluntary and paid, nobody forced, the farming use kept; the agriculture and
rural affairs bureau, the townships, the rural property exchange and its township stations; leasing and shares in a
co-operative with a floor return, no term past the contract's, sub-leasing with the contractor's written consent,
members of the collective first; the townships' review of companies from 100 mu and the bureau's from 500, in twenty
working days; written contracts and oral ones within a year, what a contract says, ten days to file it with the
collective that let the land, certification from 30 mu and free; rent in cash or paddy, rent first and three years paid
ahead at most, the guide prices for paddy and dry land in 2028 published each March, open trading from 50 mu and no fee;
100 yuan a mu a year for three years for grain on 100 mu and five years, 100,000 yuan at most; the risk deposit of a
year's rent from 100 mu in the township's account, paid back with interest, the township advancing unpaid rent and 30
days to top it up; the soil-fertility subsidy and crop insurance; no buildings, no ponds or orchards on basic farmland,
drying floors and machinery sheds within 5 per cent and 15 mu; land left idle two years taken back, three months to
clear it and the sitting tenant first to renew; mediation, the arbitration committee, two years to apply, free, its
office and phone, the court; unfiled contracts valid but without the reward, the advice line and its hours, the start
date, five years in force and the 2021 rules repealed), a county's report on its white lotus-seed industry as plain text
(area and the space-lotus varieties, dried seed output, value and its growth, growers, households lifted out of poverty
and their extra income, the geographical-indication registration, the centre's director, the processors and the larger
ones, their capacity, the fund, the subsidies a mu of new lotus and for shelling machines and their cap; then one
«某地：标题» section per place with its own figures and people: 荷塘镇's area and output, the shelling points, the picking
season and the daily pods, the price of cored seed and its rise, the town head, the traced bags, the big grower, his mu,
his yield and income; 莲花村's lotus ponds, the lotus festival's months, its seventh year and its visitors, free entry, the
price of a pod picked oneself and of the boat, the party secretary, the boardwalk, car parks and farm restaurants,
tourism and collective income; 白水乡's lotus roots and their yield, the root-starch factory, its investment, year and
capacity, the hand-made starch's price a jin, the floor price for roots, the households, the chairman, the workers and
the day wage; 金湖村's co-operative, its year, its chairman and deputy, the drying rooms and mould cut from 8 to 1 per
cent, the members, the tonnes sold and the second dividend, the nightly live stream; the research institute's 310
varieties, Liantang No. 3 and its yield over Space Lotus 36, seed roots and their price and saving, its head and next
year's base; the e-commerce park's firms and studios, online sales and their growth, three days' delivery, its head, the
parcel subsidy and its yearly cap; the problems, the plans as （一）… with new area, shelling machines, a cold store and
the eighth festival, and the contact and her phone) and a city development and reform commission's notice of a public
hearing on residents' water prices as a PDF (headings 一、… 五、 and items 1. 2. …: the date, weekday, hour and half a day,
the government service centre's meeting room and its address, entry by identity card before 8:30 and none after 8:50;
the present tiered prices and their volumes and their date, the two plans, the ratio of the tiers and the sewage charge,
five cubic metres a month off for households on minimum living allowance, 36 more a person beyond five, what a family of
three would pay more under each plan, where and when the cost audit can be read; fifteen participants, nine consumers,
two operators and four experts, volunteering and a draw on 12 April, age, two years in the city and whose staff may not
apply, ten public seats and reporters; the application dates and hours, the form and the papers, the price section's
room, e-mail and post, the phone, the fax and the two contacts; the list on 13 April and a phone call, no proxies, eight
minutes to speak and free speech, the live stream, the 12345 line before 20 April and 150 yuan for meals and travel; the
reference number and the date) and a surf school at Waiao's courses and hire in Traditional Chinese Markdown with Taiwan
usage (the address by Waiao station, the phone and LINE, the manager and the head coach and her title, hot showers,
lockers and parking at the public car park; summer and winter hours, closed Monday to Thursday in winter but not on
national holidays, typhoon and high-surf warnings, New Year's Eve and Day; a table in NT dollars of the taster class,
parent and child, one-to-one lessons and the head coach's surcharge, the beginners' three lessons in three months and
the free day's board, the advanced five; three days ahead and the deposit, non-swimmers, who may not take part, refunds;
a table of soft boards, short boards, long boards and wetsuits on weekdays and holidays and of board storage, what
counts as a holiday, the papers or deposit, returning by 17:30, damage and loss, the ten-day card; offers for students,
groups of five and ten, birthdays and no combining; safety: warming up and rip currents, the yellow and red flags, one
surfer a wave, no drinking, parents' consent, sunscreen, jellyfish, 119 and the coast guard's 118; payment, invoices,
showers for non-pupils, dogs on a lead, wax, leashes and wetsuits for sale). Questions in a user's words (几块钱, 咋收费, 一平尺,
挂轴, 实木匡, 鋁合金框幾多錢, 奖状想装个frame, 礼拜一有冇開門, 唐卡裱好要幾耐; 撂荒, 逼我, 老板跑路了, 晒谷场, 风险保证金, rent一次收5年, 收唔收錢, 电化, 地力補貼歸邊個, land transfer;
几亩, 支书, 李事长, 荷塘鎮鎮長係邊個, 幾錢一斤, online sales; 一方, 一吨, 礼拜几, 叫我老婆替我去, email, water price hearing, 喺邊度開, 揀幾多個; 幾個鐘, 包唔包,
週末租硬板, 幾多, Simplified questions of the Taiwan surf school and Traditional ones of the Simplified documents, surf lesson)
and questions they cannot answer by design (fan mounting, rosewood frames, the senior mounter's phone, 2027's sheet, a
branch, stitching cross-stitch to order, Xuan paper for sale, the elderly's discount, the mounter's years, posting
frames, apprentices, the width of borders, the rods' wood, painting classes, printing the archive photos, the owner's
e-mail, warranties, restoring oil paintings, a stored-value card; homesteads, forest land's guide price, 2027's price,
the bureau's director, the township stations' phone, pig farms, model contracts, the shortest term, vegetables' reward,
income tax on rent, the committee at weekends, greenhouse land, loans, expropriation, the deposit's interest rate,
penalties, how much land is transferred, when the rules were issued, fish ponds' rent; the town's party secretary, the
village head, Space Lotus 36's price, 2026's output, the grower's and the chairman's phones, the township head, exports,
a meal at a farm restaurant, joining the co-operative, lotus-heart tea, where the cold store will be, the park's street,
fresh pods' price, a shelling machine's price, the contact's e-mail, the sixth festival, how long a boat ride lasts,
pickers' wages; industrial and car-wash water, the chairman of the hearing, a contact's mobile, when new prices start,
2027's hearing, a county hearing, the water company's line, the public's allowance, parking, water meters, pumping
charges, how operators are chosen, who the experts are, photos on the form, the commission's web address, where to apply
for the relief, when the result comes, rural prices; a Kenting branch, the manager's mobile, SUP, snorkelling, 2027's
prices, one's own board, instructor courses, a shuttle from Taipei, boards for sale, half a day's hire, rooms, yearly
membership, how many coaches, foreigners' passports, motorcycle parking, photographers, lifeguards, contests, hiring the
whole shop). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen46_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen46")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen46", QUESTIONS, at_least=540, unanswerable=95)


# Measured (answers, refusals) when the set was written, held out: on a207db8 321/449, 69/95. Raised in session 49
# once its misses were read and some kinds fixed (own sets s49f): 331/449, 69/95.
FLOOR = {"answers": 331, "refusals": 69}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 90  # answered figures with a measure word asked: 90 on a207db8, none of another unit
