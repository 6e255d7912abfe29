"""Kinds met on the held-out set unseen32, checked here on documents written for these tests:
- a place's hours asked (几点下班, 上班时间) are not the hours of another deed its lines label (查询时间, 检查时间: the
  archive's, the check-up's), and 上班 / 下班 are an office's opening and closing (办公时间 gives them);
- of one sentence's dates for members of a family (春季…，秋季…), the one of the member asked, said in other words
  (秋天: 秋季);
- 大会议室 asked: not the row of 小型会议室 (a one-character member of a family before the noun, said with 型);
- a section named by a common word (优惠) is not where a question is asked when a line outside it says the
  question's other words with that word, more of them than any line of the section (会员泊车有没有优惠: «会员不设
  泊车优惠» under 其他).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """江南市婚姻登记服务规定

第一章 办理时间
第四条 登记处办公时间为周一至周五上午9:00至12:00、下午13:30至17:00，法定节假日不办公。
第五条 每年安排两次集体颁证，春季颁证报名时间为3月1日至3月20日，秋季颁证报名时间为9月1日至9月20日。
第二章 档案和体检
第十九条 登记处档案室设在二楼208室，查询时间为工作日下午14:00至16:30。
第二十二条 婚检在市妇幼保健院进行，检查时间为工作日上午8:00至11:00，需空腹。
"""

SPACE = """# 棲木共享工作空間（荃灣店）使用守則

## 一、收費

- 日票每位HK$180，月租流動座位每月HK$1,980。

| 方案 | 價格 | 單位 | 備註 |
|---|---|---|---|
| 小型會議室（6人） | HK$160 | 每小時 | 最少預訂1小時 |
| 大型會議室（12人） | HK$320 | 每小時 | 設85吋電視及視像會議系統 |

## 二、優惠

- 學生憑學生證購買日票可享八折。
- 推薦朋友成為月租會員，雙方各獲贈一星期流動座位使用權。

## 三、其他

- 大廈停車場時租HK$30，會員不設泊車優惠。
- 會員每日最多帶3位訪客。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("hours"), {"江南市婚姻登记服务规定.txt": RULES,
                                                            "棲木共享工作空間使用守則.md": SPACE})


@pytest.mark.parametrize("question, gold, wrong", [
    ("江南婚姻登记处下午几点下班", "17:00", "16:30"),  # the office's hours, not the archive's queries
    ("江南婚姻登记处早上几点上班", "9:00", "8:00"),  # not the check-up's 8:00
    ("江南秋天那次颁证几号开始报名", "9月1日", "3月1日"),  # 秋天: the 秋季 piece
    ("棲木會員泊車有冇優惠", "不設泊車優惠", "推薦朋友"),  # the line under 其他, not the 優惠 section's
])
def test_the_thing_asked_is_answered(engine, question, gold, wrong):
    ans = engine.ask(question)
    assert ans.found and gold in ans.answer and wrong not in ans.answer, (question, ans.answer, ans.near)


def test_a_section_named_by_its_word_is_still_asked(engine):
    """学生优惠 is asked of the 優惠 section: its line says it (no line outside says more of the question)."""
    ans = engine.ask("棲木學生優惠打幾折")
    assert ans.found and "八折" in ans.answer, (ans.answer, ans.near)


def test_hours_asked_are_not_another_deeds():
    """The label before a time says whose hours they are: a place's (办公时间, 营业时间) or another deed's (查询时间)."""
    from wenda.index.answer import another_deeds_hours

    assert another_deeds_hours("登记处下午几点下班", "档案室设在二楼208室，查询时间为工作日下午")
    assert another_deeds_hours("登记处上班时间是几点到几点", "费用由财政承担，检查时间为工作日上午")
    assert not another_deeds_hours("登记处下午几点下班", "登记处办公时间为周一至周五上午9:00至12:00、下午")
    assert not another_deeds_hours("档案几点可以查询", "档案室设在二楼208室，查询时间为工作日下午")  # no hours asked
    assert not another_deeds_hours("几点开始查询", "查询时间为工作日下午")  # the deed asked is the label's


@pytest.mark.parametrize("question, wrong", [
    ("棲木大會議室一個鐘幾錢", "HK$160"),  # 大会议室: not the 小型會議室 row
    ("棲木小會議室有冇電視", "85吋"),  # the 大型會議室 row's television
])
def test_a_sized_member_is_not_its_siblings(engine, question, wrong):
    ans = engine.ask(question)
    assert not (ans.found and wrong in ans.answer), ans.answer
