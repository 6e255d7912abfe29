"""Kinds a new user met on a county tourism report, checked here on a document written for these tests: a
deadline said as the time a deed stops (21:00停止入馆 for 几点前要进去), a place's opening and closing
in another word (开放 for 开门, 闭馆 for 关门), the end of a season said by its own clause (10月31日结束,
not the 4月1日开放 before it), 几月份 and 百分之几 asked whole, a plan's count whose noun the sentence
before says (明年计划再建12座), an exemption for the deed asked as need not be done (免票 for 不用买票), a
comma in brackets that ends no clause (除夕（2月5日，星期五）18:00…), and a festival asked by its everyday
name (大年三十 for the notice's 除夕).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

REPORT = """石门县2026年博物馆工作简报

今年全县博物馆共接待观众48万人次，同比增长9.6%。

县博物馆：夜场开放
县博物馆夜场每周五、周六18:00开放，21:00停止入馆，22:00闭馆。夜场门票成人30元，70岁以上老人凭证免费，1.3米以下儿童免票。

桃源乡：村史馆建设
桃源乡现有村史馆15座，讲解员42名。乡文化站站长吴启明介绍，明年计划再建12座。

湖田镇：水上游线
湖田镇水上游线每年4月1日开放，10月31日结束，全程9.5公里。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("hours"), {"report.txt": REPORT})


def test_opening_and_closing_words_of_a_place():
    from wenda.index.synonyms import hours_alike, hours_said

    assert hours_alike("开门", "开放") and hours_alike("关门", "闭园") and hours_alike("关门", "闭馆")
    assert not hours_alike("开门", "闭馆") and not hours_alike("开门", "开花")
    assert hours_said("开门", "每天9:00开放") and not hours_said("开门", "22:00闭馆")


def test_a_deadline_said_as_the_time_a_deed_stops(engine):
    ans = engine.ask("博物馆夜场晚上几点前要进去")
    assert ans.found and "21:00" in ans.answer and "18:00" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, time, not_time", [
    ("博物馆夜场几点开门", "18:00", "22:00"),  # 开放 says the opening asked as 开门
    ("博物馆夜场几点关门", "22:00", "21:00"),  # 闭馆, not the last entry
])
def test_opening_and_closing_said_in_another_word(engine, question, time, not_time):
    ans = engine.ask(question)
    assert ans.found and time in ans.answer and not_time not in ans.answer, (question, ans.answer)


def test_the_end_asked_is_the_value_said_as_an_end():
    from wenda.index.extract import Span, range_ends

    text = "水上游线每年4月1日开放，10月31日结束"
    values = [Span("4月1日", 6, 10), Span("10月31日", 13, 19)]
    assert [v.text for v in range_ends(text, values, 1)] == ["10月31日"]
    assert [v.text for v in range_ends(text, values, 0)] == ["4月1日"]


@pytest.mark.parametrize("question, date", [
    ("水上游线什么时候结束", "10月31日"),
    ("水上游线几月份停", "10月31日"),
    ("水上游线几月份开始", "4月1日"),
])
def test_a_season_end_or_start(engine, question, date):
    ans = engine.ask(question)
    assert ans.found and date in ans.answer, (question, ans.answer)


def test_a_month_or_a_percentage_asked_whole():
    from wenda.index.query import strip_asked

    assert "份" not in strip_asked("水上游线几月份开门")
    assert "百分之" not in strip_asked("观众增加了百分之几")


def test_a_percentage_asked_in_words(engine):
    ans = engine.ask("观众人数涨了百分之几")
    assert ans.found and "9.6%" in ans.answer, ans.answer


def test_a_plans_count_of_the_noun_said_before(engine):
    ans = engine.ask("桃源乡明年还要建几座村史馆")
    assert ans.found and "12座" in ans.answer, ans.answer


def test_an_exemption_answers_the_deed_asked_as_need_not_be_done(engine):
    from wenda.index.support import exemption_said

    assert exemption_said("买票", "1.3米以下儿童免票", "小孩多高不用买票")
    assert not exemption_said("买票", "1.3米以下儿童免票", "小孩多高要买票")
    ans = engine.ask("小孩多高不用买票")
    assert ans.found and "1.3米" in ans.answer, ans.answer


def test_a_comma_in_brackets_ends_no_clause():
    from wenda.index.extract import Span, clause_of

    text = "2. 除夕（2月5日，星期五）18:00至正月初一（2月6日）2:00可以燃放。"
    at = text.index("18:00")
    assert clause_of(text, Span("18:00", at, at + 5)).startswith("2. 除夕（2月5日，星期五）")


FESTIVALS = """烟花燃放通告

1. 除夕（2月5日，星期五）18:00至正月初一2:00可以燃放。
2. 元宵节（2月20日）18:00至22:00可以燃放。
"""


@pytest.fixture(scope="module")
def festivals(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("festivals"), {"notice.txt": FESTIVALS})


def test_a_festival_by_its_everyday_name(festivals):
    assert "除夕" in festivals.answerer.reader.regionally_respelt("大年三十几点能放烟花", ())
    ans = festivals.ask("大年三十晚上几点开始能放烟花")
    assert ans.found and "18:00" in ans.answer and "除夕" in ans.answer, ans.answer
