"""A fifth held-out set (tests/data/unseen5), written in one go before any fix of this session and in
shapes the others lack: a residential compound's property notice (物业费 per square metre, parking,
renovation, rubbish sorting, pets), a bus timetable as a .csv (routes, first and last buses,
intervals, fares), an online course FAQ in Markdown (refunds, transfers, replays, lesson lengths) and
a public swimming pool's rules in Traditional characters, all in one corpus. Questions in a user's
words (门面房 for 商铺, 头班车 for 首班, 礼拜一, 电瓶车, iPad, 老人 for 長者) and questions they cannot
answer by design (a sibling's attribute: 商铺装修押金, 机场大巴学生票, 地上车位; an absent entity: K99路;
what the documents never say: 水温, 泳道). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, folder_engine, questions, text_engine

QUESTIONS = questions("unseen5_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen5")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 70
    assert sum(not q["answerable"] for q in QUESTIONS) >= 15
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen5").iterdir())
    assert {p.suffix for p in files} == {".txt", ".md", ".csv"}
    text = "".join(p.read_text(encoding="utf-8") for p in files).replace(",", "")
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k.replace(",", "") in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, before any fix: 38/56, 7/18.
# 41/56, 7/18 once 几路车 asks a route's name (旅游1路), a time counted from an event answers 什么时候
# (开课前5天) and a row's column named by the qualifier's opening holds it (末班车: 末班时间).
# 42/56 once 在哪 alone asks a place (朋友开车来找我要在哪登记: 东门岗亭).
# 43/56 once 一年内 is a length of time (十次卡有效期多久: 一年內有效).
# Merged (session 11): 43/56, 7/18 (儿童票多少钱 refused: a value past vetoed sentences needs every word said,
# not 票价 for 儿童票).
# sibling4: 43/56, 12/18 once a member of a family the frame does not name is refused (养猫 by 养犬, 地上车位
# by 地下车库) and a figure of another thing than the one measured (商铺装修押金, 机场大巴学生票, 十次券学生价).
# para4: 46/56, 7/18 once 包月 has no sibling in 每月, 头班车 is the timetable's 首班, 交 is written 缴 (按季度缴纳)
# and 游泳池… is unchanged; the floor leaves one answer of slack.
# Merged (session 12, sibling4 and para4 together): 46/56, 12/18.
# sibling5: 46/56, 13/18 once a time between departures answers no trip's length (K15路坐到头要多久: not 发车间隔 8分钟).
# Merged (session 13): 46/56, 13/18.
# Session 13 on main: 48/56, 13/18 (游泳池早上几点开: decide.noun_holder; 游泳池礼拜一开门吗: decide.yesno_ruled).
FLOOR = {"answers": 47, "refusals": 13}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR


def test_a_route_is_asked_by_its_name(engine):
    ans = engine.ask("去灵隐寺坐几路车")
    assert ans.found and ans.span == "旅游1路"
    assert not engine.ask("去滨江区政府坐几路车").found or engine.ask("去滨江区政府坐几路车").span == "夜3路"


def test_a_time_counted_from_an_event_answers_when(engine):
    ans = engine.ask("书啥时候寄过来")
    assert ans.found and ans.span == "开课前5天"


def test_a_column_named_by_the_qualifiers_opening_holds_it(engine):
    ans = engine.ask("K15路末班车几点")
    assert ans.found and ans.span == "22:30"


def test_zai_na_alone_asks_a_place(engine):
    from wenda.index.query import asked_kind

    assert asked_kind("朋友开车来找我要在哪登记") == "place"
    assert asked_kind("他在哪一年出生") != "place"
    ans = engine.ask("朋友开车来找我要在哪登记")
    assert ans.found and "东门岗亭" in ans.answer


def test_one_year_within_is_a_length_of_time():
    from wenda.index import extract

    assert [f.text for f in extract.figures("自购买日起一年内有效")] == ["一年"]
    assert extract.figures("一年一度的荷花节") == []  # 一 with no 内 after it is an article


def test_a_value_past_vetoed_sentences_needs_every_word_said(engine):
    # 儿童票 is held by no sentence: e5 places 票价 beside it, but a row's 票价 is the ticket in general
    assert not engine.ask("儿童票多少钱").found


def test_a_time_between_departures_is_no_trip_time(engine):
    """members.interval_given (sibling5): the 发车间隔 column says how often the bus leaves."""
    assert not engine.ask("K15路坐到头要多久").found


def test_a_time_of_another_documents_thing_gives_way_to_the_asked_things(engine, tmp_path):
    """decide.noun_holder: the rule's first candidate never speaks of the asked noun (游泳池); a sentence of
    another document that says every keyword holds the asked thing's time."""
    ans = engine.ask("游泳池早上几点开")
    assert ans.found and "6:00" in ans.answer and "6:30" not in ans.answer, ans.answer
    invented = text_engine(tmp_path, {
        "小区公告.txt": "小区公告\n\n垃圾分类\n小区垃圾投放时间为早上6:30至9:00、晚上18:00至21:00。\n",
        "健身房须知.txt": "阳光健身房会员须知\n\n一、营业时间\n每天上午7:00至晚上22:00营业。\n",
    })
    ans = invented.ask("健身房早上几点开")
    assert ans.found and "7:00" in ans.answer, ans.answer


def test_whether_a_place_opens_on_a_day_below_a_weaker_first_sentence(engine):
    ans = engine.ask("游泳池礼拜一开门吗")  # decide.yesno_ruled
    assert ans.found and "休館" in ans.answer, ans.answer
