"""Kinds found in new users' tries (a football league's rules, an airport bus timetable, a heritage class notice,
a shrimp-fishing venue in Taiwan, a vegetable report, a parcel station's FAQ) and the forty-second held-out set
(a watch repairer, taxi rules, an esports café), checked here on documents written for these tests (a freight
depot's price list, a basketball league's rules, a shuttle bus timetable, a seafood stall in Taiwan usage):
- a table's unit said in its header («运价（元/公斤）») is the unit of the bare numbers below it; a rate asked
  each (每公斤) is no kind of the thing; a number before the name's column word (300公里) is a quantity, no kind;
- the places of a contest are one family (冠军, 亚军, 季军): 丙组亚军 is «亚军各2500元», not the 冠军's figure
  before it; «哪个组…最便宜» is the clause of the least figure; 押金 asked is the 保证金 said; 几号球 asks a number;
- a route named by its number (2线) is not the line of another (机场1线); 一班车 counts runs, no 班车 named;
  有没有老人优惠 is said by a row for «65周岁及以上老年人», not 学生优惠 by a row for children;
- a jieba-cut name the corpus never says (椒焗蝦) is no member of a list of others (椒鹽蝦, 檸檬蝦); 一斤 is the
  台斤 of Taiwan; a phone asked is held by an «訂位專線» label; credit card is 信用卡.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

FREIGHT = """# 青川货运站零担托运价目表

## 托运运价

| 运距 | 运价（元/公斤） | 每票最低收费（元） |
| --- | --- | --- |
| 50公里以内 | 0.40 | 6 |
| 51—200公里 | 0.60 | 10 |
| 201公里以上 | 0.90 | 15 |

托运货物须在发货前一天到货运站登记。
"""

LEAGUE = """桐乡市2028年业余篮球联赛竞赛规程

第一条 本届联赛设甲组、乙组、丙组三个组别。
第二条 报名费标准：甲组每队1500元，乙组每队900元，丙组每队600元。各队另须缴纳诚信保证金1000元，联赛结束后无违规记录的全额退还。
第三条 甲组和乙组使用7号比赛用球，丙组使用6号比赛用球，比赛用球由组委会统一提供。
第四条 甲组冠军奖金8000元、亚军5000元、季军2000元；乙组和丙组冠军奖金各4000元、亚军各2500元、季军各1000元。
"""

SHUTTLE = """# 江城机场大巴2028年时刻表

## 线路

| 线路 | 起点站 | 首班 | 末班 | 发车间隔 | 运行时长 | 票价 |
| --- | --- | --- | --- | --- | --- | --- |
| 机场1线 | 火车站 | 06:00 | 21:00 | 20分钟 | 约50分钟 | 22元 |
| 机场2线 | 东站 | 06:30 | 20:30 | 30分钟 | 约40分钟 | 18元 |

## 票种

| 票种 | 适用对象 | 收费标准 |
| --- | --- | --- |
| 全票 | 身高1.5米以上的旅客 | 按线路票价收取 |
| 儿童票 | 身高1.2米至1.5米的儿童 | 半价 |
| 敬老优惠 | 65周岁及以上老年人 | 半价 |

说明：机场1线末班车时间随航班动态调整，航班大面积延误时加开车次。
"""

SEAFOOD = """# 海口仔蝦料理台南店消費須知

## 代客料理

代客料理以台斤計價：椒鹽蝦每台斤 NT$90、檸檬蝦每台斤 NT$110、麻辣蝦每台斤 NT$130，未滿1台斤以1台斤計。

## 付款與訂位

接受現金、LINE Pay，暫不接受信用卡。
客服及訂位專線：(06) 2255-6677；
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("units"), {
        "青川货运站零担托运价目表.md": FREIGHT, "桐乡市2028年业余篮球联赛竞赛规程.txt": LEAGUE,
        "江城机场大巴2028年时刻表.md": SHUTTLE, "海口仔蝦料理台南店消費須知.md": SEAFOOD})


def test_a_headers_unit_is_the_cells_unit(engine):
    ans = engine.ask("货物运到150公里外一公斤多少钱")
    assert ans.found and "0.60元/公斤" in ans.answer and "0.40" not in ans.answer, ans.answer
    ans = engine.ask("托运到300公里的地方每公斤运价多少")
    assert ans.found and "0.90元/公斤" in ans.answer, ans.answer


def test_places_of_a_contest_and_its_least_fee(engine):
    ans = engine.ask("丙组亚军奖金是多少")
    assert ans.found and "2500元" in ans.answer and "4000元" not in ans.answer, ans.answer
    ans = engine.ask("哪个组报名费最便宜")
    assert ans.found and "丙组" in ans.answer and "甲组" not in ans.answer, ans.answer


def test_deposit_and_a_numbered_ball(engine):
    ans = engine.ask("除了报名费还要交押金吗？交多少")
    assert ans.found and "1000元" in ans.answer, ans.answer
    ans = engine.ask("丙组比赛用几号球")
    assert ans.found and "6号" in ans.answer, ans.answer


def test_a_route_by_its_number(engine):
    ans = engine.ask("2线多久来一班车")
    assert ans.found and "30分钟" in ans.answer and "20分钟" not in ans.answer, ans.answer


def test_an_offer_for_the_old_by_a_row(engine):
    ans = engine.ask("我爸70岁了，有没有老人优惠")
    assert ans.found and "敬老优惠" in ans.answer, ans.answer
    assert not engine.ask("有没有学生优惠").found


def test_a_list_of_dishes_by_the_taiwan_catty(engine):
    ans = engine.ask("檸檬蝦一斤多少錢")
    assert ans.found and "NT$110" in ans.answer and "NT$90" not in ans.answer, ans.answer
    assert not engine.ask("椒焗蝦一斤多少錢").found


def test_a_booking_line_and_a_card_said_in_english(engine):
    ans = engine.ask("訂位要打哪支電話")
    assert ans.found and "(06) 2255-6677" in ans.answer, ans.answer
    for asked in ("可以刷credit card嗎", "可以刷Credit Card嗎"):  # (a Latin word in any case)
        ans = engine.ask(asked)
        assert ans.found and "不接受信用卡" in ans.answer, ans.answer
