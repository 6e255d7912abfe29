"""Tables: the value is in a row, the question names the record or the column in its own words.
A hotel's recruitment table (tests/data/rows/hotel.md: 岗位, 招聘人数, 月薪, 工作地点) asked in a job
seeker's words (厨师 for 中餐烹饪师, 一个月 for 月薪), and what it must refuse (a post it has no row for).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import folder_engine
from wenda.index.answer import at_hand
from wenda.index.rows import record_line, record_modifier
from wenda.index.extract import figures, one_unit_said, paid_per
from wenda.index.query import asked_kind


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "rows")


def test_a_cell_less_the_head_it_shares_with_the_word():
    assert record_modifier("中餐烹饪师", "厨师") == "中餐烹饪"
    assert record_modifier("口腔科", "骨科") == "口腔"
    assert record_modifier("电工", "厨师") == ""  # another head: nothing shared


def test_a_pay_named_per_unit_says_one_unit():
    assert paid_per("月", "月薪：7000—9000元")
    assert paid_per("年", "年费：300元")
    assert not paid_per("月", "3个月费用1500元")  # three months' fee, not one
    assert not paid_per("月", "学费：500元")
    assert one_unit_said("一个月", "月薪：7000—9000元")
    assert not one_unit_said("一个月", "学费：500元")


def test_a_deictic_names_the_thing_at_hand():
    assert at_hand("机器", "请将本机放置在平整的地面上")  # 本机: this machine, whatever the title calls it
    assert not at_hand("专科", "本科学历")  # the head kept (科) names a kind: 本科 is no 专科 at hand
    assert not at_hand("机场", "日本机场很大")  # 日本 机场: no 本机 in it
    assert not at_hand("机器", "请将机器放置在平整的地面上")


def test_the_digits_of_a_code_count_nothing():
    # 一共要招多少个货车司机: the 2 of «持A2及以上驾驶证» is no count of drivers
    assert [f.text for f in figures("持A2及以上驾驶证，3年以上驾龄")] == ["3年以上"]
    assert [f.text for f in figures("PM2.5浓度为35微克，型号KJ-500，功率55W")] == ["35", "55W"]


def test_a_sum_earned_is_money():
    assert asked_kind("面包师一个月挣多少") == asked_kind("一年能赚多少") == "money"
    assert asked_kind("赚了几个") is None


def test_the_pay_column_answers_what_one_earns(engine):
    a = engine.ask("面包师一个月挣多少")  # not the 3名 of its 招聘人数
    assert a.found and a.figures and a.figures[0].startswith("6000"), a.figures


def test_the_row_named_in_other_words_answers(engine):
    for q in ("招厨师月薪多少", "厨师一个月多少钱"):
        a = engine.ask(q)
        assert a.found and "中餐烹饪师" in a.answer and "7000—9000元" in a.answer, q


def test_a_post_no_row_names_is_refused(engine):
    for q in ("调酒师月薪多少", "保安一个月多少钱", "保安月薪多少"):  # 接待 of 前台接待员 is near 保安
        assert not engine.ask(q).found, q


def test_the_row_named_best_is_the_one_meant(engine):
    answerer = engine.answerer
    rows = [c for c in answerer.chunks if c.kind == "row"]
    assert len(answerer.table_of(rows[0])) == 4  # not the 培训安排 rows after it: other headers
    cook = next(c for c in rows if "中餐烹饪师" in c.text)
    baker = next(c for c in rows if "面包师" in c.text)
    assert answerer.names_record("厨师", cook)
    assert not answerer.names_record("厨师", baker)
    assert not answerer.names_record("调酒师", cook)
    # a word the corpus uses (烹调师, of the 应聘条件's certificate) is itself or nothing, however near
    assert answerer.lexicon.known("烹调师") and not answerer.names_record("烹调师", cook)


def test_a_column_no_word_asks_is_no_answer(engine):
    # the document speaks of 学历 in its 应聘条件; the 面包师 row has no such column
    assert not engine.ask("面包师要什么学历").found
    a = engine.ask("前台接待员要什么学历")
    assert a.found and "大专" in a.answer


def test_the_column_named_by_meaning_answers(engine):
    a = engine.ask("面包师在什么地方上班")  # 地方: the thesaurus's 地点 of 工作地点
    assert a.found and "西点房" in a.answer


def test_a_head_count_column_counts_the_people_asked(engine):
    # 招聘人数: a count of people hired; 员工 is who 招聘 hires, 徒弟 or 客人 no one it counts
    a = engine.ask("面包师要招多少名员工")
    assert a.found and a.figures == ["3名"]
    for q in ("面包师有多少名徒弟", "前台接待员每天接待多少名客人"):
        assert not engine.ask(q).found, q
    # 授课人数 counts those taught; 老师 is near 授课 in meaning, but the question asks no 授课
    assert not engine.ask("服务礼仪课有多少名老师").found


def test_a_rows_answer_line_is_the_record_and_the_cells_asked():
    from wenda.index.extract import Span

    row = "科室：儿科 · 医生：赵敏 · 职称：主治医师 · 出诊时间：周一至周五上午 · 挂号费：15元"
    at = row.index("15元")
    assert record_line(row, row, Span("15元", at, at + 3), "儿科挂号费多少", ["儿科", "挂号费"]) == "科室：儿科 · 挂号费：15元"
    days = "日期：周六、周日 · 健身区：8:00—21:00 · 游泳馆：8:00—20:00"
    at = days.index("8:00")
    assert record_line(days, days, Span("8:00", at, at + 4), "星期六健身房几点开门", ["健身房", "开门"]) == \
        "日期：周六、周日 · 健身区：8:00—21:00"  # the day it shares with the question picks the row and stays
    # a span in the record's own name says nothing of what is asked of it: the whole row
    assert record_line(row, row, Span("儿科", 3, 5), "儿科在哪", ["儿科"]) == row
    # Traditional text is matched on its Simplified form and cut from the original
    trad = "時段：假日（週六、週日） · 首班：6:30 · 末班：19:30"
    plain = "时段：假日（周六、周日） · 首班：6:30 · 末班：19:30"
    at = trad.index("6:30")
    assert record_line(trad, plain, Span("6:30", at, at + 4), "周末首班船几点开", ["周末", "首班", "船"]) == \
        "時段：假日（週六、週日） · 首班：6:30"
