"""A forty-seventh held-out set (tests/data/unseen47), written on ea63500, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: a shoe-repair and leather-care shop's prices
for 2028 as an Excel sheet (序号, 类别, 服务项目, 收费标准, 单位, 说明; 26 rows: rubber front soles fitted the same day and
ox-tendon heels while one waits, women's heels thin or thick and 10 yuan more past 10 centimetres, a sole come unglued
by the shoe and the whole round at 30 yuan and no water for 24 hours, new soles for leather shoes from 120 yuan and 60
more for leather in five days, patching trainers' rubber soles but no air soles, stitching uppers by the 3 centimetres;
zips for boots and their 15 yuan past 30 centimetres and three colours, zips for bags from 60 yuan and trolley cases by
arrangement; renovating and dyeing leather shoes light to dark but never dark to light, deep-cleaning trainers and 10
more for yellowed white ones in three days, suede dry-cleaned with powder, snow boots short and long, stretching half a
size and no patent leather, 3M anti-slip soles for the old and the pregnant; cleaning bags from 80 yuan and a fifth more
for luxury brands, touching up colour after a trial in seven days, straps and corners keeping the old hardware, plating
hardware in three colours and replating free within half a year, edge paint for wallets and belts; leather jackets
cleaned at 198 yuan and 50 more past the hip in ten days, recoloured from 380 yuan in fifteen, relined in three colours;
laces, waxed laces, bamboo-charcoal and wool insoles, fetching and bringing back free within 3 kilometres from 100 yuan
and 10 yuan's errand under it; under a title row, then notes on the start date and the 2025 sheet, the hours and
Wednesday afternoons, the Spring Festival from the 28th of the twelfth month to the 8th of the first, a lost ticket and
the phone number given, 60 days' keeping, a month's and three months' guarantee and what it leaves out, the elderly's,
three pairs' and pupils' discounts, no adding up and none on jackets, five times the fee for damage and 2,000 yuan at
most, luxury goods declared, the phone, the owner, his mobile and WeChat, the cobbler and his thirty-odd years, the
address by the farmers' market's south gate, payment, no cards, receipts and no invoices, half paid ahead), a city's rules
on street performers as a Word document of chapters and articles (what is covered and what a street performer is, the
culture and tourism bureau, the city management bureau, the principles; 18 years of age, a guardian's written consent
and company, no criminal record, the WeChat account, the papers and the three minutes' video, groups of six at most and
one leader; tests in March and September before five judges at least, results in ten working days; the performer's
card, two years, renewing within 30 days before without a test, all free, not lent, lost cards replaced within 15
days; 28 pitches in four places, the hours by day and the half hour more on Friday, Saturday and holiday eves, 500
metres round examination halls, two hours a show, three shows a pitch, booking a day ahead and five a week, coming 15
minutes early, 30 minutes late and three no-shows; 65 and 55 decibels and no loudspeakers after 22:00, tip boxes and QR
codes but no begging, no selling but calligraphy and paintings at 200 yuan at most, six square metres, fire lanes and
tactile paving, the card's QR code shown, no fire, knives or animals; twelve points a year and three, four or two off
per breach, the card taken back and a year's wait, 3,000 yuan for the ten best, 12345 and the city-management officers;
the deadline of 30 June 2028 for those already playing, the phone, its hours and the bureau's address, the start date
and three years in force), a county's report on its black-goat industry as plain text (goats kept and sold, mutton
output, the chain's value and its growth, households, large farms from 100 goats, households lifted out of poverty and
their extra income, the geographical-indication registration, the animal-husbandry centre's director, standard sheds
and sown grass, the fund and the subsidies per square metre of shed and per breeding buck and their cap; then one
«某地：标题» section per place with its own figures and people: 石门镇's goats, specialised villages and farms, the live
price a kilogram and its rise, the town head, the company-co-operative-household model, the big farmer, his goats, sales
and income and his saying; 大坪村's grasses and their mu, silage points and tonnes, the price of fresh grass, the party
secretary, the households and the collective income doubled; 龙潭乡's mutton-soup restaurants and old names, the festival
round the winter solstice, its fifth year, visitors and takings, the 38-year-old restaurant, a bowl's price and 800
bowls a day, the township head and the heritage application; the breeding farm's land, ewes and bucks, the breeding
stock supplied, a buck's price and saving, its head, the agricultural university, the conception rate and next year's
insemination; the meat company's opening, investment, slaughter capacity, cold store, products, chilled mutton's price,
its chairman, the floor price, the workers and their monthly wage, sales and markets; the e-commerce centre's studios,
hosts, online sales and their growth, its head, the parcel subsidy and its yearly cap; the problems, the plans as （一）…
and the contact and her phone), a city education bureau's notice on certifying primary and secondary teachers in the
first half of 2028 as a PDF (headings 一、… 五、 and items 1. 2. …: which certificates and which bureau certifies which,
full-time students in their final year and where they study; the degrees for kindergarten and primary and for the rest,
Putonghua grades and the Chinese teachers' higher one, the exam certificate's three years, the retirement age; applying
online on the national site and its dates, the photo's background and age; the medical check's dates, the two
hospitals, the check-up centre's floor, fasting, the morning hours and 120 yuan paid by the applicant; confirming in
person, its dates and hours and the weekend; certificates from 20 June, by identity card or by post paid on arrival;
the papers, students' verification report, the electronic Putonghua certificate, the medical form from the named
hospitals and its six months, the pledge; incomplete papers and no proxies; 30 working days, one certificate a year, no
fee and no «包过», the service centre's second floor, its windows and address, the two phones and two contacts, the
counties' contacts on the website, fraud and five years' bar; the reference number and the date) and a Prince Edward
Muay Thai gym's courses and membership in Traditional Chinese Markdown with Hong Kong usage (the address and the MTR exit,
the phone and WhatsApp, the manager and the head coach and his title, the floor area, the ring and the bags, no parking;
weekday and weekend hours, the first three days of the lunar year, typhoon signal 8 and black rain, rescheduling and no
refunds; a table in Hong Kong dollars of the trial class and its deduction, the foundation, advanced, women's and
children's classes a month and their lessons, lengths, ages and days, personal training and the head coach's surcharge
and two at once, the ten-lesson pass and its three months; the joining fee and who is spared it, the fee by the first
of the month and seven days late, leave and injury with a doctor's note, no refunds but one transfer at 100 dollars; a
table of gloves, hand wraps sold only, shin guards, headgear and gum shields to hire or buy and lockers with their
deposit; students' 10 per cent off the foundation class, two joining together, six months' fees and one free, birthday
months, no combining and none on trials and passes; the rules: 15 minutes early and no sparring when late, barefoot in
the ring and no jeans, sparring gear and advanced pupils only, no smoking or drinking, the water dispenser, parents'
consent under 16, who should not take part, lost property for 14 days, the first-aid kit, the AED and 999; payment
by Octopus, FPS and cards at 3 per cent more, no instalments, showers, towels and 30 dollars for non-members, the
fitness assessment and its half price, booking the whole gym by the hour, two hours at least and 14 days ahead).
Questions in a user's words (几块钱, 咋收费, 钉后根, 拉练, 小白鞋, LV的包, 过屁股的长款, 礼拜三下午, 換靴子拉鍊幾多錢, 修鞋舖星期三下晝開唔開,
sneaker; 表演整丢了, 放鸽子, 收款码, 卖CD, 牵只猴子, 街頭藝人表演證有效期幾耐, busking, street performer; 支书, 电化, 多挣多少,
石門鎮鎮長係邊個, 劉記羊肉湯幾錢一碗, goat; 教资, 网报, 体捡表, 二乙, 礼拜天, 让我妈替我去, 包过, 教資認定網上報名幾時截止,
teacher certificate; 幾錢, 幾耐, 邊個, 著數, 碌卡, 沖涼, 八號風球, 黑雨, book, Simplified questions of the Hong Kong gym, kids class,
muay thai) and questions they cannot answer by design (umbrellas, keys, the cobbler's phone, 2027's sheet, a branch,
lowering heels, sofas, apprentices, down jackets, the sole's brand, a stored-value card, posting bags back, making bags
smaller, shoe polish, urgent repairs, fetching beyond 5 kilometres, the owner's e-mail, the market's parking, iron
plates; an allowance for performers, the bureau's director, 2027's test date, where the test is held, the officers'
phone, foreigners, rain and rebooking, the pitches in one park, fines, the pieces to prepare, electricity, live
streaming, a second batch of pitches, the city management bureau's address, last year's ten best, earning points back,
the photo's size, tax on tips, how often training is held; the town's party secretary, the village head, 2026's
sales, the big farmer's phone, the soup restaurant's street, lamb rolls' and breeding ewes' prices, farm restaurants,
exports, loans, the fourth festival, the centre's street, insurance, the head's e-mail, the husbandry centre's address,
the breeding farm head's mobile, goat-offal soup's price, silage's price, how long a goat takes to sell; the second half
of the year, university teachers, the second hospital's floor, a contact's mobile, the exam's registration, the
interview fee, collecting for a classmate, Hong Kong, Macao and Taiwan residents, a lost certificate, parking, a
second check-up, the county bureau's address, how long a certificate lasts, the online deadline's hour, self-taught
degrees, what the check-up covers, special-education teachers, late 2027's certificates, paper photos; a Tsim Sha Tsui
branch, the manager's mobile, boxing, Brazilian jiu-jitsu, 2027's fees, yearly membership, the gym's T-shirt, the head
coach's age, how many coaches, fights, a summer children's course, a camp in Thailand, classes for the elderly, home
visits, a steam room, the car park's rate, Instagram, what the assessment covers, the women's class's days). Through a
real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen47_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen47")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen47", QUESTIONS, at_least=540, unanswerable=95)


# Measured (answers, refusals) when the set was written, held out: on ea63500 295/451, 73/95. Still held out (not
# read) on session 49's final code (own sets s49f): 297/451, 74/95. Its misses read in session 50; on that session's
# final code (own sets s50c): 307/451, 74/95.
FLOOR = {"answers": 307, "refusals": 74}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 99  # answered figures with a measure word asked: 99 on ea63500, none of another unit
