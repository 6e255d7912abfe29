"""Kinds a new user met on a bike-rental price sheet, checked here on documents written for these tests:
a place's hours given by their label and a range of times (营业时间：每天7:00至19:00) answer when it opens
and when it closes, whatever word the asker uses (关门, 打烊, 营业到几点), and the usual hours where the
question names no day (not those a holiday's line sets);
a row named by a thesaurus synonym of the asked word (普通单车 for 普通自行车) is the row asked, though
another row's name holds the asked word (双人自行车); and a line that keeps its rule for dates of another
time of year (国庆节…10月4日至7日开放时间调整为…) does not answer a school holiday asked (寒假).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

SHEET = """# 青松自行车租赁价目

| 车型 | 价格 | 计价单位 | 备注 |
| --- | --- | --- | --- |
| 普通单车 | 10元 | 每小时 | 全天封顶50元 |
| 双人自行车 | 25元 | 每小时 | 须两人同行 |
| 山地车 | 80元 | 每天 | 押金300元 |
| 儿童车 | 8元 | 每小时 | 限身高1.4米以下 |

营业时间：每天7:00至19:00。还车超时30分钟以内不另收费。联系电话：0571-83321100。

节假日安排：国庆节10月1日至3日暂停租车，10月4日至7日营业时间调整为9:30至17:00。
"""

GALLERY = """# 松风美术馆参观须知

开放时间：周二至周日8:30至17:30，周一闭馆。

参观须知：馆内禁止使用闪光灯拍照，大件行李请寄存于一楼服务台。
"""


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("bikes"), {"bikes.md": SHEET})


@pytest.fixture(scope="module")
def gallery(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("gallery"), {"gallery.md": GALLERY})


def test_hours_by_their_label_say_opening_and_closing_only_when_a_time_is_asked():
    from wenda.index.synonyms import hours_said, hours_word

    hours = "营业时间：每天7:00至19:00。"
    assert hours_said("关门", hours, kept=True) and hours_said("开门", hours, kept=True)
    assert hours_word("打烊", hours, kept=True) == "营业时间"
    assert not hours_said("关门", hours)  # which days it shuts is not said by its hours
    assert not hours_said("关门", "营业时间另行通知。", kept=True)  # a label and no range of times
    assert not hours_said("开车", hours, kept=True)  # no opening or closing of a place


@pytest.mark.parametrize("question, time", [
    ("几点关门", "19:00"),
    ("晚上几点打烊", "19:00"),
    ("早上几点开门", "7:00"),
])
def test_opening_and_closing_asked_of_hours_given_by_their_label(sheet, question, time):
    ans = sheet.ask(question)
    assert ans.found and ans.span == time and "9:30" not in ans.answer, (question, ans.span, ans.answer)


def test_a_deed_of_the_hours_asked_in_another_word_than_their_label(gallery):
    ans = gallery.ask("美术馆营业到几点")  # the label says 开放时间
    assert ans.found and "17:30" in ans.answer, ans.answer


def test_the_usual_hours_are_asked_where_the_question_names_no_day(sheet):
    ans = sheet.ask("几点关门")  # not the 17:00 of the national holiday's days
    assert ans.found and ans.span == "19:00", (ans.span, ans.answer)
    ans = sheet.ask("国庆期间几点关门")
    assert ans.found and ans.span == "17:00", (ans.span, ans.answer)


def test_a_row_named_by_a_synonym_of_the_asked_word(sheet):
    ans = sheet.ask("普通自行车骑一个小时多少钱")  # the sheet says 普通单车; 双人自行车 is another row
    assert ans.found and "10元" in ans.answer and "25元" not in ans.answer, ans.answer


def test_a_school_holiday_is_a_time_of_year(sheet):
    from wenda.index.decide import dated_elsewhere
    from wenda.index.extract import months_asked, months_dated

    read_query = sheet.answerer.analyse

    assert months_asked("寒假几点开门") == {1, 2} and months_asked("暑假去") == {7, 8}
    assert months_asked("《我的暑假》是由哪个公司发售的游戏") == set()  # a title names no time
    assert months_dated("国庆节10月1日至3日闭馆，10月4日至7日开放时间调整") == {10}
    line = "国庆节10月1日至3日暂停租车，10月4日至7日营业时间调整为9:30至17:00。"
    assert dated_elsewhere(read_query("寒假几点开门"), line)
    assert not dated_elsewhere(read_query("国庆几点开门"), line)
    assert not dated_elsewhere(read_query("《我的暑假》是由哪个公司发售的"), "是2000年6月22日由索尼电脑娱乐发售的")
    assert not dated_elsewhere(read_query("春季班几号报到"), "春季班为2月14日至2月16日报到")  # a term, no season


def test_a_line_of_another_time_of_year_does_not_answer_a_holiday_asked(sheet):
    ans = sheet.ask("寒假几点开门")
    assert not (ans.found and "9:30" in ans.answer), ans.answer


def test_the_hours_of_another_place_say_nothing_of_the_one_asked(tmp_path):
    shop = text_engine(tmp_path, {"shop.md": "# 松风书店须知\n\n咖啡区营业时间：每天10:00至21:00。\n\n书店内禁止饮食。\n"})
    ans = shop.ask("游泳池晚上几点关门")  # the café's hours are no pool's
    assert not ans.found, ans.answer
    ans = shop.ask("咖啡区晚上几点关门")
    assert ans.found and ans.span == "21:00", (ans.span, ans.answer)
    from wenda.index.support import hours_kept

    lexicon = shop.answerer.lexicon
    assert not hours_kept(shop.answerer.analyse("游泳池晚上几点关门"), "咖啡区营业时间：每天10:00至21:00", lexicon)
    assert hours_kept(shop.answerer.analyse("咖啡区几点打烊"), "咖啡区营业时间：每天10:00至21:00", lexicon)


STATIONS = """# 青溪区公共充电站指南

## 体育馆充电站
1. 地址：体育路8号。
2. 开放时间：每天7:00至22:00。

## 火车站充电站
1. 地址：站前路1号。
2. 开放时间：每天6:00至24:00。

## 市民中心充电站
1. 地址：市民路20号。
2. 开放时间：工作日8:00至18:00。
"""


def test_the_hours_of_one_of_parallel_parts_answer_no_question_naming_none(tmp_path):
    stations = text_engine(tmp_path, {"stations.md": STATIONS})
    ans = stations.ask("充电站几点关门")  # three stations, three hours: which one is not said
    assert not ans.found, ans.answer
    ans = stations.ask("火车站充电站几点关门")
    assert ans.found and ans.span == "24:00", (ans.span, ans.answer)
