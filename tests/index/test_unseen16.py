"""A sixteenth held-out set (tests/data/unseen16), written in session 19 after that session's unseen15
fixes, to measure them on documents they never saw; never shown to the people making them and never
tuned on: a bakery's cake order price list as an Excel sheet (系列/品名/尺寸/价格/适合人数/预订时间/备注,
23 rows from the fresh-fruit cream cake in three sizes, the Black Forest, the mango mille-feuille and
the mousses, through the cheesecakes, the cartoon, two-tier and number cakes, the sugar-free chiffon,
cupcakes and the wedding cake, to candles, a chocolate plaque, ice packs and delivery in town and to
the outlying counties, under a title row, then closing notes on the prices' date and the hours,
imported cream, cancelling, the members' birthday discount, the address and the order line), a
university's laboratory safety rules as a Word document of chapters and articles (who is responsible,
training hours and the pass mark, the re-sit, visitors, undergraduates alone, overnight work,
hazardous chemicals, flammable liquids' limit, waste collection, gas cylinders, the fire
extinguishers, clothing, eating and sleeping, inspections, reporting an accident and its deadlines,
fixing hazards, the fines, the duty line, the date it takes effect), a county's spring tree-planting
campaign report as plain text (the area, the saplings, the share of the plan, who took part, the
species, the money, Arbor Day, then one «某乡镇：标题» section per township with its figures and people,
the problems as （一）… and the next steps with the forest-fire line), a community's flea market as a
PDF notice (headings 一、… 七、 and items 1. 2. …: the date, hours and rain date, setting up, the
square and the metro exit, the stalls and the children's stalls, signing up, the stall's size and
furniture, the deposit, what may and may not be sold, donations, the upcycling contest, the
contacts) and a Taiwanese soy-sauce factory tour's visitor notice in Traditional Chinese Markdown
(opening days and hours, a table of tickets and DIY sessions with their fees, lengths and notes,
free entry by height, guided tours, the address, parking and the train, pets and wheelchairs, the
phone numbers and e-mail). Questions in a user's words (八寸, 水果奶油蛋糕, 订金, invoice, 礼拜几,
吃零食, 过夜, 咋办, 成活律, 工资, 压金, 电磁炉, 酿酱油, email, 台铁, Simplified questions of the
Traditional notice and Traditional ones of the Simplified documents) and questions they cannot answer
by design (sizes and items the price list lacks, the town delivery's notice beside the counties',
the wedding cake's weight, the cupcakes' servings, an invoice, keeping; a smoking penalty in credits
where it is in money, postgraduates beside undergraduates, the training's fee, re-sits' number, a
fine for no lab coat, the first-aid kit's checks beside the extinguishers', hours where working days
are given, a lab's head; 石门乡's fir, 龙口乡's area, 清水镇's survival rate, 桃源镇's head and
subsidy, the county's osmanthus area, 龙口乡's head, a forest ranger's year where the month is given,
next year's plan; the bus, kilometres where minutes are given, the contest's fee and second prize,
the swap corner's hours, the last market, a parent's deposit; the paste session's limit and the
brewing one's beside the bread's, the high-speed rail, coaches' parking, kilometres where minutes
are given, a restaurant, group tickets, English tours). Through a real engine: real model, FAISS,
BM25."""

from __future__ import annotations

import pytest

from support import HoldsTheFloor, NoFigureOfAnotherUnit, assert_well_formed, folder_engine, questions

QUESTIONS = questions("unseen16_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen16")


def test_the_set_is_large_and_has_both_kinds():
    assert_well_formed("unseen16", QUESTIONS, at_least=120, unanswerable=32)


# Measured (answers, refusals) when the set was written, held out: on main f8f9db5 (after session
# 19's unseen15 fixes) 100/147, 30/41; on main 510d6af (the session's start) 100/147, 29/41. The
# floor was the first with one of slack each. Still held out, after the session's next fixes (e47c5b6,
# made without it): 101/147, 30/41. Its failures were then read (it is held out no longer) and their
# kinds fixed in general terms: 111/147, 30/41. The floor is that with one of slack each.
FLOOR = {"answers": 110, "refusals": 29}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 44  # answered figures with a measure word asked: 45 on main f8f9db5, one of slack
