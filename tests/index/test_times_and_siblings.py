"""Times and lengths of time read as an asker means them (session 17):

- a negated deed asked with 几点 (晚上几点就不供应了) where the sentence says no ceasing is answered by the
  end of the deed's range (17:00至18:30供应晚餐: 18:30), within the part of the day asked; none where
  no range of the deed lies in that part (早上);
- a part of the day asked (晚上几点开始供应) is read in the value's own piece (11:00至13:00供应午餐 is
  noon's), and a range said with no part (9:00至21:00) is in the evening by its end;
- what happens within a length of time or at an age (几天修好, 几岁的孩子) is said in any words
  (7个工作日内处理完毕, 适合年龄：5-8岁): only a count (多少人发烧) needs its counted to have done it;
- a set of things is priced per set in either word (多少钱一套: 每组1200元);
- where a sentence sets siblings side by side (秋季班…6月15日，春季班…11月30日), the value is that of the
  piece naming the one asked, even where that piece leaves the deed unsaid (春季班为2月14日至2月16日);
- a word the asker cuts in two (小孩 票) is no sibling of a word of the frame whose modifier the
  dictionary makes one with its own (儿童票), whatever other kind stands beside it (成人票); a kind the
  frame lacks (学生票) still is. (The corpus says 小孩 elsewhere, so the question keeps its word.)
- a section's name said only as the start of a longer word that another section uses (开放时间表, where
  开放时间 is a section) names that thing, not the section;
- a piece that says the opposite of what another piece opposes to the asked deed, of the same thing,
  says the deed (关门 asked: 闭园时间 beside 开园时间), and a deed done to a place (闭园) is no kind of it;
- a season asked (冬天) is the months of a row's range of dates (11月1日至次年2月底): the row of another
  season's dates is refused while a row of its own is there.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import deeds, extract

CANTEEN = """幸福里长者食堂就餐须知

一、开放时间
食堂每天11:00至13:00供应午餐，17:00至18:30供应晚餐，每周一休息。
在线客服工作时间为每天9:00至21:00。

二、价格
午餐每份15元，晚餐每份12元。

餐具套装每组35元，可在前台购买。
开放时间表每月更新一次，可在服务台领取。

三、参观门票
成人票：旺季每张30元，淡季每张20元。
儿童票：身高1.2米（含）至1.5米（含）的儿童每张15元；
身高1.2米以下的儿童在成人陪同下免票。
"""

REPAIRS = """东城区供暖报修须知

居民报修后，供热企业须在24小时内上门查看，7个工作日内处理完毕。
凡申请补贴的学生须在学期结束后10天内提交材料。
小孩须由家长陪同前来办理。
秋季班申请截止日为6月15日，春季班申请截止日为11月30日，逾期不予受理。
秋季班报到日为9月8日至9月10日，春季班为2月14日至2月16日。
少儿书法班适合年龄：6-9岁，每周六上课。
"""


PARK = """季节,日期,开园时间,停止入园,闭园时间
旺季,4月1日至10月31日,8:00,17:00,18:00
淡季,11月1日至次年3月31日,9:00,16:00,17:00
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("ends"), {"canteen.txt": CANTEEN, "repairs.txt": REPAIRS,
                                                         "植物园开放时间.csv": PARK})


def test_a_negated_deed_is_read_as_the_deed_without_it():
    assert deeds.unnegated(("不", "供应")) == ("供应",)
    assert deeds.unnegated(("不卖", "午饭")) == ("卖", "午饭")
    assert deeds.unnegated(("供应",)) == ("供应",)
    assert deeds.ceasing("16:30停止售票") and not deeds.ceasing("17:00至18:30供应晚餐")


def test_a_clock_time_in_the_part_of_the_day_asked():
    assert extract.in_day_part("18:30", "晚上几点就不供应了")
    assert not extract.in_day_part("13:00", "晚上几点就不供应了")
    assert extract.in_day_part("晚上8点", "晚上几点关门") and not extract.in_day_part("早上8点", "晚上几点关门")
    assert extract.in_day_part("13:00", "几点关门")  # no part asked: any time


def test_the_end_of_the_deeds_range_answers_its_negation(engine):
    ans = engine.ask("晚上几点就不供应了")
    assert ans.found and "18:30" in ans.answer, ans.answer
    ans = engine.ask("中午几点就不卖饭了")
    assert ans.found and "13:00" in ans.answer and "18:30" not in ans.answer, ans.answer


def test_no_range_in_the_part_asked_is_no_answer(engine):
    ans = engine.ask("早上几点就不供应了")
    assert not ans.found or ("13:00" not in ans.answer and "18:30" not in ans.answer), ans.answer


def test_the_part_of_the_day_said_by_the_values_piece(engine):
    ans = engine.ask("食堂晚上几点开始供应")
    assert ans.found and "17:00" in ans.answer and "11:00" not in ans.answer, ans.answer


def test_a_range_said_with_no_part_is_in_the_evening_by_its_end(engine):
    ans = engine.ask("客服晚上几点下线")
    assert ans.found and "21:00" in ans.answer, ans.answer


def test_what_happens_in_a_length_of_time_is_said_in_any_words(engine):
    ans = engine.ask("报修以后最晚几天修好")
    assert ans.found and "7个工作日" in ans.answer, ans.answer
    ans = engine.ask("申请补贴的学生期末后几天要交材料")
    assert ans.found and "10天" in ans.answer, ans.answer
    ans = engine.ask("书法班适合几岁的孩子")
    assert ans.found and "6-9岁" in ans.answer, ans.answer


def test_a_set_is_priced_per_set_in_either_word(engine):
    assert extract.same_measure("套", "组")
    ans = engine.ask("餐具多少钱一套")
    assert ans.found and "35元" in ans.answer, ans.answer


def test_the_value_of_the_piece_naming_the_sibling_asked(engine):
    ans = engine.ask("春季班的申请什么时候截止")
    assert ans.found and "11月30日" in ans.answer and "6月15日" not in ans.answer, ans.answer
    ans = engine.ask("春季班几号报到")
    assert ans.found and "2月14日" in ans.answer and "9月8日" not in ans.answer, ans.answer
    ans = engine.ask("秋季班几号报到")
    assert ans.found and "9月8日" in ans.answer and "2月14日" not in ans.answer, ans.answer


def test_a_kind_said_in_the_dictionarys_other_word_is_no_sibling(engine):
    ans = engine.ask("1米3的小孩票多少钱")
    assert ans.found and "15元" in ans.answer, ans.answer
    ans = engine.ask("学生票多少钱")
    assert not ans.found or "15元" not in ans.answer, ans.answer


def test_a_section_name_inside_a_longer_word_names_no_section(engine):
    ans = engine.ask("开放时间表在哪里领")
    assert ans.found and "服务台" in ans.answer, ans.answer


def test_the_opposite_of_the_opposite_says_the_deed():
    from wenda.index.answer import counter_opposed
    pieces = ["开园时间：9:00", "停止入园：16:00", "闭园时间：17:00"]
    per = [[deeds.OPPOSED], [0.0], [0.0]]
    assert counter_opposed(("关门",), pieces, per, "几点关门") == [[deeds.OPPOSED], [0.0], [deeds.SHARED]]


def test_the_season_asked_and_the_rows_dates():
    assert extract.months_asked("冬天几点关门") == {12, 1, 2} and extract.months_asked("8月份去") == {8}
    assert extract.months_asked("8月15日几点开门") == set()  # a day, no month alone
    assert extract.months_said("11月1日至次年3月31日") == {11, 12, 1, 2, 3}
    assert extract.season_held("冬天", "日期：11月1日至次年3月31日")
    assert not extract.season_held("冬天", "日期：4月1日至10月31日")


def test_a_season_answered_by_the_row_of_its_dates(engine):
    ans = engine.ask("夏天植物园几点开门")
    assert ans.found and "8:00" in ans.answer and "9:00" not in ans.answer, ans.answer
    ans = engine.ask("冬天植物园几点关门")
    assert not ans.found or ("17:00" in ans.answer and "18:00" not in ans.answer), ans.answer
