"""Kinds met on a job fair's notice (unseen23), checked here on a notice written for these tests: when and
where the event a document is about happens are its labelled lines (时间：…, 地点：…), not a time of another
deed its notice names (the canteen's lunch hours) nor a setting that names no place (在室内举行); the notice's
own date still answers 哪天发的, and a label of another deed (报名时间) answers only that deed.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

NOTICE = """临川市2027年迎春图书交易会公告

为丰富市民节日文化生活，临川市文化和旅游局定于元宵节前举办迎春图书交易会，现将有关事项公告如下：

一、时间地点
1. 时间：2027年2月6日（星期六）9:00至17:00。
2. 地点：临川市文化广场东馆（临川市人民路8号）。
3. 图书交易会在室内举行，如遇雨雪天气照常举行。

二、参展须知
1. 报名时间：1月5日至1月20日。
2. 交易会当天12:00至13:30，东馆餐厅提供简餐，每份18元。

临川市文化和旅游局
2026年12月20日
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("labels"), {"notice.txt": NOTICE})


@pytest.mark.parametrize("question, value", [
    ("图书交易会早上几点开始", "9:00"),  # not the canteen's 12:00
    ("图书交易会下午几点散场", "17:00"),  # not the canteen's 13:30
    ("图书交易会哪天办", "2027年2月6日"),  # not «元宵节前»
    ("交易会公告是哪天发的", "2026年12月20日"),  # the notice's own date
    ("交易会当天简餐几点开始供应", "12:00"),  # the canteen's own hours
])
def test_when(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in ans.span, (ans.span, ans.answer)


def test_where_is_the_labelled_place_not_a_setting(engine):
    ans = engine.ask("图书交易会在哪里开")
    assert ans.found and "文化广场东馆" in ans.answer, ans.answer
