"""Kinds found in new users' tries (a school bus notice, a board-game café, a tool library, a flower shop), checked
here on documents written for these tests (a county's rural bus notice, a bakery's guide in Taiwan usage):
- a question that asks to choose (按月拨还是按季度) is answered by the line that says the one it is;
- who does a deed 由 or 经 hands it, whatever says when or where between (由各乡镇客运站于每月5日统一发放);
- a discount asked whether there is (有没有优惠) is held by 半价; 限速 is the bound of the 时速 a line gives;
  a word the line says only inside a longer one (高速公路) is no kind of what it measures;
- a question that ends in a bare 不 asks yes or no (not one that ends in 干嘛); 集几点 counts points, no clock
  time;
- a day after a clock time (…02:00週六：…) is a day the hours name; a yes/no question of a day is answered by
  a line of that day (礼拜一开门不: 每週一公休), of an age bound (有没有年龄要求) by a line that says the age;
- a yes/no question stating a quantity (离客运站才2公里多点) is answered by the line whose range holds it;
- a line that rules for an event (遇雨雪…) answers no question of another case (寒暑假).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

BUS_NOTICE = """青岭县交通运输局关于开通农村客运公交化班车的通知

一、班车线路
1. 1号线：县客运站—石桥镇—白水村，全程26公里，每天7:00首班发车。
2. 班车在高速公路上行驶最高时速不超过80公里，在其他道路上不超过60公里。
3. 遇雨雪、大雾等恶劣天气，班车可以推迟发车，推迟时间最长不超过30分钟。
4. 班车驾驶员须具有3年以上驾驶经历，年龄在25周岁至60周岁之间。

二、票价和优惠
1. 全程票价5元。70周岁以上老人凭老年证免费乘车。
2. 同一家庭有2名及以上学生同时办理学生月票的，第2名起每人按半价收取。
3. 学生月票由各乡镇客运站于每月5日统一发放。
4. 家庭住址距乡镇客运站3公里以上的学生可以办理学生月票。距客运站不足3公里的学生原则上不办理学生月票。

三、运营补贴
县财政按每辆班车每年6万元的标准给予运营补贴，补贴资金由县交通运输局按季度拨付。
"""

BAKERY = """# 麥香烘焙坊消費須知

麥香烘焙坊位於臺中市西區公益路，每天供應現烤麵包與蛋糕。

## 營業時間

- 週二至週四：09:00–21:00
- 週五：09:00–翌日01:00
- 週六：08:00–翌日01:00
- 每週一公休。

## 集點活動

- 每消費100元集1點，集滿20點可兌換招牌麵包一條。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("bus"), {"青岭县交通运输局关于开通农村客运公交化班车的通知.txt": BUS_NOTICE,
                                                        "麥香烘焙坊消費須知.md": BAKERY})


def test_a_choice_is_answered_by_the_one_said(engine):
    ans = engine.ask("班车补贴是按月拨还是按季度")
    assert ans.found and "按季度拨付" in ans.answer, ans.answer


def test_the_doer_handed_the_deed(engine):
    from wenda.index.extract import doers

    assert [d.text for d in doers("3. 学生月票由各乡镇客运站于每月5日统一发放。", ("发放",))] == ["各乡镇客运站"]
    ans = engine.ask("学生月票谁来发")
    assert ans.found and ans.span == "各乡镇客运站", (ans.answer, ans.span)


def test_a_discount_and_a_speed_limit(engine):
    ans = engine.ask("家里两个孩子都办学生月票，有没有优惠")
    assert ans.found and "半价" in ans.answer, ans.answer
    ans = engine.ask("高速上班车限速多少")
    assert ans.found and "80公里" in ans.answer, ans.answer


def test_asking_forms():
    from wenda.index.query import asked_kind, intent_of

    assert intent_of("礼拜一开门不") == "yesno"
    assert intent_of("为什么不") != "yesno"
    assert intent_of("公积公益金拿来干嘛") != "yesno"
    assert asked_kind("集点要集几点才能换面包") != "clock"
    assert asked_kind("周六几点开门") == "clock"


def test_the_day_after_a_clock_time(engine):
    from wenda.index.extract import weekdays

    assert weekdays("週五：09:00–翌日01:00週六：08:00–翌日01:00".replace("週", "周")) == {5, 6}
    ans = engine.ask("週六幾點開門")
    assert ans.found and ans.span == "08:00", (ans.answer, ans.span)


def test_a_yes_or_no_of_a_stated_quantity(engine):
    ans = engine.ask("我家离客运站才2公里多点，能办学生月票不")
    assert ans.found and "不足3公里" in ans.answer, ans.answer


def test_a_line_for_another_event(engine):
    ans = engine.ask("寒暑假班车还开吗")  # the notice rules on bad weather, and says nothing of the holidays
    assert not ans.found or "恶劣天气" not in ans.answer, ans.answer
    ans = engine.ask("下大雪班车还开吗")
    assert ans.found and "恶劣天气" in ans.answer, ans.answer


def test_a_yes_or_no_of_a_day_and_of_an_age_bound(engine):
    ans = engine.ask("礼拜一开门不")
    assert ans.found and "公休" in ans.answer, ans.answer
    ans = engine.ask("班车驾驶员有没有年龄要求")
    assert ans.found and "25周岁至60周岁" in ans.answer, ans.answer

