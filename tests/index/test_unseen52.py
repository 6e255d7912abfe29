"""A fifty-second held-out set (tests/data/unseen52), written on 6d5addf, to measure wenda on documents and wording it
never saw; never shown to the people making its fixes and never tuned on: a translation company's prices for 2028 as
an Excel sheet (序号, 类别, 服务项目, 语种或规格, 单价, 单位, 说明; 26 rows: English into Chinese and Chinese into English by
the thousand characters and which text is counted, a native speaker's polish at 80 yuan more, Japanese and Korean,
German, French and Russian with Spanish, Portuguese and Italian at the same price, Arabic, Thai and Vietnamese and
2,000 characters a day; contracts, tenders and patents by certified translators and a second check, the patent's
drawings, technical manuals and 15 yuan a drawing; identity cards and household registers fetched the same afternoon
with the translation seal, diplomas and an extra copy, transcripts and 50 yuan a page beyond one, driving licences
for abroad, birth and marriage certificates and 100 yuan more for other languages, business licences and bank
statements beyond 5 pages; escorts in English and in other languages by the day, 8 hours and 150 an hour beyond,
consecutive interpreting and 60 per cent for half a day, simultaneous interpreting by the person and day with two
interpreters and 7 days' notice, the booth and 50 receivers, 25 yuan a receiver more and 600 for one lost, phone and
video interpreting by the minute from 30 minutes booked a working day ahead; websites and apps by the character,
subtitles by the minute with the time codes, checking a customer's own translation and 5 per cent of errors, layout
by the page and scans at 20, notarisation done for them in 10 working days without the notary's fee, a seal on a
customer's translation, post in and out of the province and free from 1,000 yuan; under a title row, then notes on
the dates the sheet holds and the 2027 sheet, 1,000 characters at least and 200 yuan an order, what is counted, 3,000
to 5,000 characters a day and 50 and 100 per cent for 24 and 12 hours, 5 and 10 per cent off from 5,000 and 20,000
yuan, 20 off a certificate for students and no combining, free corrections in 15 days, a 50 per cent deposit and
interpreting paid 3 days ahead, invoices and tax, refunds for interpreting cancelled 48 hours ahead, half within and
none the same day, travel, rooms and 200 a day away, secrecy and files deleted in 30 days, the hours, the address and
the metro exit and an hour's free parking, the phone, the manager, his mobile and WeChat, the e-mail, the year it was
founded and its translators), a city's measures on fire safety in high-rise buildings as a Word document of chapters
and articles (27, 24 and 100 metres, the fire brigade, its district teams and the other departments, the
sub-districts and the residents' committees, the principle and the mini fire stations and e-bike charging by 2029;
owners and users, several owners and one manager, 8 hours' training a year, patrols twice a day and once at night,
checks monthly, testing yearly and twice a year above 100 metres, hazards reported in 24 hours, records kept 3
years, the control room round the clock with two a shift and their certificate, sprinklers never on manual, leases;
fire doors never wedged, access control, fire lanes of 4 metres and their yellow lines, two 5-kilogram extinguishers
a floor, detectors and smoke hoods above 54 metres, roof doors and escape locks, refuge floors, B1 insulation and
signboards, the maintenance fund and 3 working days; e-bikes kept out of halls, flats and lifts and the lifts'
blockers by the end of 2028, charging places for 30 per cent of households, the old estates' deadline and the
sub-district's help, cut-off, alarms and 1.2 yuan a kilowatt-hour; hot work, its permit and a watcher, none in
opening hours, piped gas and no bottled gas, gas alarms and ducts cleaned each quarter, no fireworks or burning paper
on balconies; drills twice a year and yearly with 3 days' notice, mini stations of 6 reaching a fire in 3 minutes,
12119 and the WeChat account, rewards of 100 to 500 and 2,000 yuan and secrecy, liability insurance of 5 million a
claim; fines for blocked exits (firms and people), e-bikes charged indoors, patrols not made and control rooms left,
officials' neglect; what a mini station is, who interprets it, the start date and the rules of 2016 repealed), a
county's report on reading for all as plain text (libraries, branches, reading rooms and workers' reading rooms,
their area, visitors and loans and their growth, the reading rate and books a head, the office's director, the
yearly fund and the grant for a reading room, bookish families and their vouchers, volunteers and promoters, the
reading month and its events; then one «某地：标题» section per place with its own figures and people: the county
library's opening, area, seats, books and e-books, borrowing across branches, its head, cards without a deposit, 10
books for 30 days and one renewal, no late fees, the hours, Mondays and the children's room, books taken home to the
old and disabled; 东门街道's reading room, its area, books, seats, round-the-clock opening, entry and safety at
night, its readers and those after ten, the sub-district's head and the yearly cost, the retired teacher's Saturday
stories; the development zone's workers' reading rooms, the union's chairman, the night school's days, hours,
courses, classes, trainees and certificates, the electronics firm's room and its book budget, the worker who got a
diploma; the primary school's pupils, twenty minutes' morning reading, class corners, the head, books passed around,
reading stars, books a pupil and parents' reading; the bookshop's area, its manager, free reading, books borrowed
there and paid by the library, its reading club, members' discount and sales; the media centre's programme, its
hour, frequency and length, its editor, listeners, dialect stories and QR codes; the problems, the plans as （一）…
and the contact and her phone) and a city market regulation bureau's PDF notice on businesses' annual reports for
2027 (headings 一、… 九、 and items 1. 2. …: businesses, firms, cooperatives and sole traders, last year's reporting
rate and those who did not; who reports, new businesses, branches, businesses suspended or whose licence was
revoked, federations of cooperatives; 1 January to 30 June, foreign-invested firms, 31 May; the national system,
the mini program and paper forms, the verification code and the liaison's phone, no fees and the scam; what firms,
limited companies and sole traders report and what they may keep private, social insurance reported once, online
shops; the list of abnormal operation, sole traders marked and restored, removal in 5 working days, 3 years and the
list of serious offenders and its bar on legal representatives, fines for false reports; corrections before and
after 30 June; removal online without fees, the record kept, 5 years; the help desk, its address and hours, local
points, the advice and technical lines, online answers on Wednesdays, what to bring and a proxy; reminders, 95 per
cent, 3 per cent checked, reports every half month and 90 per cent; the reference number and the date) and a Sham
Shui Po construction-safety training centre's courses, prices and rules in Traditional Chinese with Hong Kong usage
(the address and the MTR exit, the phone, WhatsApp and e-mail, the director and his 24 years, the chief tutor and her
nickname, three classrooms of 30 and a practice room, no car park and lorries, Cantonese, English classes and
interpreted classes on the first Sunday; hours, the New Year, typhoon signal 8 and rainstorm warnings; a table in
Hong Kong dollars of the green card and its renewal and 6 months and a year, confined-space workers and competent
persons, scaffolders' safety, gondola operators and 2 metres, work at height, power tools and one's own drill,
lifting signallers, a safety officer's exam class and its evenings; what fees include, paying in full, 5 working
days' notice and HK$50, 15 minutes late, a free re-sit in 30 days and HK$150, 10 per cent off for ten and HK$30 for
students, no combining, subsidies; a table of certificates, posting, replacing, English names and certified copies,
temporary proof for 14 days, collecting for another; rules: identity cards, trousers and closed shoes, food,
phones, doctors' notes from 65, lockers, recordings and photos; a table of on-site training and its fare, renting
rooms and the practice room; questions on passports, visiting, renewing and new cards the same day, evening
classes; cash, Octopus, FPS, PayMe and cheques and no credit cards, monthly accounts and lost receipts). Questions in
a user's words (多钱, 咋收费, 要钱不, 几块钱, 身份證翻譯, 成績單翻譯一份幾多錢, 訂單滿兩萬打幾折, 簽約外審專家, simultaneous
interpretation, App localization; 电瓶车, 煤气罐, 烧纸, 天台门, 几公斤, 外墻保溫材料, 檢查記錄同維修記錄要保存幾耐; 借书正,
多少钱搞全民阅读, 讀書月有幾多人參加, 乡镇分館嘅管理員係咪全職; 个体户, 开淘宝店, 代办年报收200块, 年報幾時開始可以報,
annual report 截止日期係幾時, 公司唔報年報會點; 幾錢, 幾耐, 八號風球, 紅雨, 碌卡, 找數, 揸車, 食煙, 我阿爸70歲, Simplified
questions of the Hong Kong centre, 平安卡课程要上多久, 第二次补考收多少钱) and questions they cannot answer by design
(passports, title deeds, medical records, the notary's own fee, the manager's QQ, 2029's prices, credit cards, the
owner, CATTI, half a day of the booth, an interpreter's lunch, the translators' association's phone, birth
certificates' time, Korean subtitles, post abroad, loyal customers, fetching documents, parking beyond an hour,
2026's prices, Burmese, an identity card into Japanese, branches elsewhere; the brigade's address and head, 12119's
hours, low-rise buildings, replacing extinguishers, lifts without blockers, car chargers, the control room's wages,
missing a drill, smoking, fireworks' fines, when rewards are paid, the insurance premium, who pays for testing, how
many high-rises, a charging place's rent, gas alarms' checks, bottled gas's fine, signboards' size, how long the
measures last, no drills, hydrants; the library's address and phone, the reading room's community and the other
two, the school's classes, 2026's loans, the seventh reading month, the bookshop's hours, a lost card, the firm's
staff, the night school's fees, the club's fee, the worker's college, the library's car park, the branches' hours,
village reading rooms, applying as a bookish family, food in the reading room, the director's phone, the media
centre's head, the reading stars' prizes, the school's street; late fines, the bureau's head, branches, 2025's and
sole traders' rates, the system's address, local offices, 12315's hours, private non-profits, leaving the serious
list, the technical line's hours, English reports, 2026's sample, parking, new businesses in 2027, the window's
number, financial statements, how long reports stay public, a supervisor's seat, electronic licences; a Kwun Tong
branch, the director's mobile, 2027's fees, first aid, electricians, English renewal classes, Alipay, the elderly,
pass rates, Wi-Fi, on-site fares in Kowloon, Sunday's hours, evening gondola classes, the next safety officer's
class, the centre's age, posting abroad, crane operators, English scaffolding classes, renting the practice room
for how long, Chinese names, the tutor's WhatsApp). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen52_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen52")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen52", QUESTIONS, at_least=603, unanswerable=107)


# Measured (answers, refusals) when the set was written, held out: on 6d5addf 319/496, 82/107.
FLOOR = {"answers": 319, "refusals": 82}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 99  # answered figures with a measure word asked: 99 on 6d5addf, none of another unit
