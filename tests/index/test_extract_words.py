"""index/extract.py on a new user's words and new document shapes (issue 10's held-out set
tests/data/unseen2): phone numbers written with spaces, measure words a Chinese notice uses (八折,
7个工作天, 10节), a day of every month, the days of the week said otherwise, a unit of one asked for
«each», a table row's columns, units of another currency or system, an era. Hand-written sentences."""

from __future__ import annotations

import pytest

from wenda.index import extract as X
from wenda.index import rows
from wenda.index.extract import Span


def texts(spans: list[Span]) -> list[str]:
    return [s.text for s in spans]


@pytest.mark.parametrize("sentence, number", [
    ("会籍顾问：林晓雯，手机 139 5717 2268", "139 5717 2268"),
    ("夜间请拨打138-6279-1105。", "138-6279-1105"),
    ("或聯絡物業主任陳志明，手機0912 345 678。", "0912 345 678"),
    ("報修請撥打管理處電話02-2918 6655，或", "02-2918 6655"),
    ("前台总机：0571-8765 4321", "0571-8765 4321"),
])
def test_a_number_written_with_spaces_is_one_number(sentence, number):
    assert texts(X.phones(sentence)) == [number]
    assert texts(X.figures(sentence)) == [number]  # never pieces of it taken for counts


def test_a_mobile_question_takes_a_mobile_number_of_either_shape():
    s = "报修电话02-2918 6655，或联络陈志明，手机0912 345 678。"
    assert X.best_phone(s, ["手机"], "陈志明的手机号").text == "0912 345 678"
    assert X.best_phone("会籍顾问：手机 139 5717 2268", [], "手机号").text == "139 5717 2268"


@pytest.mark.parametrize("sentence, expected", [
    ("学生办理季卡享受八折优惠", ["八折"]),
    ("押金于交屋后7个工作天内全额退还", ["7个工作天"]),
    ("CT报告需要1个工作日", ["1个工作日"]),
    ("一次购买10节及以上的", ["一次", "10节"]),
    ("售价20美元，高30英尺", ["20美元", "30英尺"]),
    ("私教课要提前几个钟头", []),
    ("停车3个钟头", ["3个钟头"]),
])
def test_measure_words_of_notices(sentence, expected):
    assert texts(X.figures(sentence)) == expected


def test_a_day_of_every_month_is_a_date_and_a_numbered_thing_is_not():
    assert texts(X.dates("房租每月5日前以转帐方式缴纳")) == ["5日"]
    assert X.dates("住在1号楼，坐5号线") == []


def test_an_era_answers_what_age():
    assert texts(X.dates("其制度可以追溯至西周时期")) == ["西周时期"]
    assert texts(X.dates("始于康熙年间")) == ["康熙年间"]
    assert X.dates("在这个时期") == []  # a pointing word names no era


def test_the_days_of_the_week_are_dates_where_no_date_stands():
    assert texts(X.dates("资源回收只在周二和周五。")) == ["周二和周五"]
    assert texts(X.dates("自2025年7月1日（周二）起施行")) == ["2025年7月1日（周二）"]
    assert X.dates("CT报告需要1个工作日") == []  # a count of working days stays a figure


@pytest.mark.parametrize("word, text, said", [
    ("周三", "日期：周二至周五 · 健身区：6:30—22:00", "周二至周五"),
    ("礼拜六", "日期：周六、周日 · 游泳馆：8:00—20:00", "周六、周日"),
    ("星期天", "周六、周日", "周六、周日"),
    ("weekend", "日期：周六、周日", "周六、周日"),
    ("周一", "分馆周二至周日9:00—20:00开放", ""),
    ("游泳馆", "周二至周五", ""),
])
def test_a_day_is_held_by_the_days_that_include_it(word, text, said):
    assert X.weekdays_said(word, text) == said


@pytest.mark.parametrize("word, text, expected", [
    ("一节课", "私教课每节60分钟，单节价格300元", True),
    ("一节课", "私教课须提前24小时预约", False),
    ("一顿", "60岁以上老人每餐12元", True),  # 顿 and 餐 measure alike
    ("一个小时", "每充电1小时收费0.4元", True),
    ("一口气", "一次购买10节", True),  # a word, no quantity
    ("私教", "私教课须提前24小时预约", True),  # no quantity at all
    ("一片", "单价199元", True),  # the price of one unit, whatever the unit
    ("一片", "两片装358元", False),
])
def test_the_askers_one_is_the_documents_each(word, text, expected):
    assert X.one_unit_said(word, text) is expected


def test_per_unit_said_names_the_documents_words():
    assert X.per_unit_said("一节课", "私教课每节60分钟") == "每节"
    assert X.per_unit_said("一节", "单节价格300元") == "单节"
    assert X.per_unit_said("一年", "年卡 2880元") == ""


ROW = "日期：周一 · 健身区：14:00—22:00 · 游泳馆：闭馆换水清洁"


def test_a_row_is_cut_into_its_cells_at_their_places():
    cells = rows.row_cells(ROW)
    assert [(h, v) for h, v, _, _ in cells] == [("日期", "周一"), ("健身区", "14:00—22:00"), ("游泳馆", "闭馆换水清洁")]
    assert all(ROW[s:e] == v for _, v, s, e in cells)
    assert rows.column_of(ROW, ROW.find("14:00")) == "健身区"
    assert rows.column_of(ROW, 0) == ""  # a header is no cell


@pytest.mark.parametrize("question, keywords, columns", [
    ("游泳馆礼拜一晚上几点关门", ["游泳馆"], {"游泳馆"}),
    ("礼拜天游泳池开到几点", ["游泳池"], {"游泳馆"}),  # the one header that opens as the word
    ("星期六健身房几点开门", ["健身房"], {"健身区"}),
    ("周一几点开门", ["开门"], set()),  # no column named: any
])
def test_the_column_asked(question, keywords, columns):
    assert rows.asked_column(ROW, question, keywords) == columns


def test_a_cell_the_question_names_picks_the_row_not_the_column():
    row = "科室：心血管内科 · 医生：王建国 · 挂号费：50元"
    assert rows.asked_column(row, "王建国医生的挂号费多少", ["王建国", "医生", "挂号费"]) == {"挂号费"}


@pytest.mark.parametrize("figure, measure, fits", [
    ("300元", "美元", False),
    ("300", "美元", False),  # a bare number is no sum in another currency
    ("1.8米", "英尺", False),
    ("20美元", "美元", True),
    ("1.8米", "米", True),
    ("300元", "元", True),
    ("24小时", "个钟头", True),
])
def test_another_currency_or_measuring_system_is_another_unit(figure, measure, fits):
    assert (X.unit_fit(figure, measure) is not None) is fits


def test_a_list_of_times_shares_the_deed_its_first_item_names():
    s = "为避免噪音影响邻居，施工时间限周一至周五上午9:00至12:00、下午14:00至17:30，周末禁止施工。"
    pieces = [X.piece_of(s, t) for t in X.clock_times(s)]
    assert pieces == ["施工时间限周一至周五上午9:00至12:00", "施工时间限周一至周五下午14:00至17:30"]
    s = "门诊挂号时间为工作日上午7:30至11:30、下午13:30至16:30，周六上午8:00至11:30"
    assert X.piece_of(s, X.clock_times(s)[1]) == "门诊挂号时间为工作日下午13:30至16:30"
    assert X.piece_of(s, X.clock_times(s)[2]) == "门诊挂号时间为周六上午8:00至11:30"  # its own day
    s = "早班7:00至15:00，晚班15:00至23:00"
    assert X.piece_of(s, X.clock_times(s)[1]) == "晚班15:00至23:00"  # words of its own
    s = "宣传横幅102幅、标语30条"
    assert X.piece_of(s, X.figures(s)[1]) == "标语30条"  # an item with words of its own


@pytest.mark.parametrize("word, is_time", [("平时", True), ("下午", True), ("周六", True), ("挂号", False), ("居民", False)])
def test_time_words(word, is_time):
    assert X.is_time_word(word) is is_time
