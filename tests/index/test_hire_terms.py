"""Kinds met trying wenda as a new user on a city's public-bike hire terms (session 37), checked here on a
document written for these tests (a park's boat and bike hire):
- a figure said right after one member of a list (船桨80元) is that member's, not another member's the
  sentence lists before (损坏船桨、救生衣等物品的): 救生衣坏了赔多少 has no answer;
- values each said right after a short label of its own (船桨80元，座垫40元) name the parts they price: a part
  the corpus never names (船篷) is priced by none of them, whatever e5 finds nearest in a corpus of few words;
- 赔多少, 扣多少 ask a sum, a multiple or a share, never the length of time a rule's condition gives (超过3小时未还的),
  and a sum counted in months of a fee (扣除一个月会费) is one;
- a deed barred after a clock time (17:30以后只能还船，不能租船) is allowed before it: the hours answer 几点开始能租;
- a list of the points where a service is given (租船服务点：南门码头、湖心岛码头) says where;
- a section's name said inside a longer word of the question (补办卡, the section being 办卡) names no section;
  多少工本费 asks money;
- 电动车 is the 电动助力车 a line prices.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

PARK = """青湖公园游船及自行车租用须知

一、办卡
1. 游客凭身份证办理会员卡，每张卡需交押金100元，会员租船享九折。
2. 租船服务点：南门码头、湖心岛码头。
3. 游船码头开放时间为每天8:00至18:00，17:30以后只能还船，不能租船。
4. 会员中途退会的，扣除一个月会费后退还余额。

二、收费标准
1. 手划船每小时40元，脚踏船每小时60元。
2. 园内观光电动助力车每小时30元，双人自行车每小时20元。

三、赔偿
1. 游船超过3小时未归还的，视为丢失，从押金中扣除赔偿费。
2. 游船遗失赔偿手划船3000元，脚踏船5000元。
3. 人为损坏船桨、救生衣等物品的，按物品价格赔偿，船桨80元，座垫40元。
4. 会员卡遗失补办收取工本费15元，卡内余额可转入新卡。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("park"), {"青湖公园游船及自行车租用须知.txt": PARK})


def test_a_value_said_after_one_listed_member_is_not_anothers(engine):
    ans = engine.ask("救生衣坏了赔多少")
    assert not ans.found or "80元" not in ans.figures, (ans.answer, ans.figures)
    ans = engine.ask("船桨坏了赔多少")
    assert ans.found and "80元" in ans.figures, (ans.answer, ans.figures)


def test_labelled_values_price_only_the_parts_they_name(engine):
    ans = engine.ask("船篷坏了赔多少")
    assert not ans.found or not {"80元", "40元"} & set(ans.figures), (ans.answer, ans.figures)
    ans = engine.ask("座垫坏了赔多少")
    assert ans.found and "40元" in ans.figures, (ans.answer, ans.figures)


def test_a_penalty_asked_is_no_length_of_time(engine):
    ans = engine.ask("船丢了赔多少")
    assert not any("小时" in f for f in ans.figures), (ans.answer, ans.figures)
    ans = engine.ask("会员中途退会要扣多少")
    assert ans.found and "一个月会费" in ans.answer, (ans.answer, ans.figures)


def test_a_deed_barred_after_a_time_is_allowed_in_the_hours(engine):
    ans = engine.ask("几点开始可以租船")
    assert ans.found and "8:00" in ans.figures, (ans.answer, ans.figures)


def test_the_points_of_service_say_where(engine):
    ans = engine.ask("在哪儿可以租船")
    assert ans.found and "南门码头" in ans.answer, (ans.answer, ans.figures)


def test_a_section_name_inside_a_longer_word_names_no_section(engine):
    ans = engine.ask("补办卡要多少工本费")
    assert ans.found and "15元" in ans.figures, (ans.answer, ans.figures)


def test_an_electric_bike_is_the_power_assisted_one(engine):
    ans = engine.ask("电动车租一个小时多少钱")
    assert ans.found and "30元" in ans.figures, (ans.answer, ans.figures)
