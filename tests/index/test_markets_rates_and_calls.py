"""Kinds from the fifty-fourth session's tries (a village's rules for contracting its fish ponds, a scenic area's
ropeway and bus fares, a Red Cross notice on first-aid training, a Hong Kong nail salon, a county's report on its
gig-work markets), on documents written for these tests:
- a place's character inside a word (零工市场's 市) names no city: the question asks no whole of a report's parts; a
  county's own thing (县零工市场) described in a town's section is the county's, not a part of it;
- a Hong Kong number of two fours (2476 3851) in a table row whose label cell names the phone; 打电话 is the calling,
  no kind of line; Cantonese 边个 before a thing asks which one (边个出口);
- a ride's length (车程约35分钟) in a cell that also says how often (每20分钟一班);
- 村里, 镇上: the village's or the town's body (村集体, 镇农业服务中心);
- a rate asked by its noun (取证率是多少) is a share; a thing's name (小程序叫什么名字) is no person's;
- 下个月 is said 下月; 开抢 is the opening of sign-up;
- an address asked is answered only by a line that says one, a thing's name only by a span that says one;
- 哪天休息不开 asks the day of 休息 («每月第一个星期二公休，当日全日休息»: the 星期二, not the 当日);
- 几条睫毛 is counted 根.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, says, titled_sheet

REPORT = """青禾县2028年零工市场建设情况汇报

全县已建成县级零工市场1个、乡镇零工驿站6个。

城关镇：县级零工市场服务全县

县级零工市场位于城关镇建设路66号原粮站院内，建筑面积1800平方米。

市场每天早上5:00开门，上午11:00结束现场对接，全年除春节放假5天外天天开放。求职咨询电话0738-6123456。

石桥镇：零工驿站线上接单

今年5月，镇零工驿站上线“青禾零工”微信小程序，注册人数960人。

今年共开展短期技能培训40期，培训2100人次，取证率82%。
"""

PONDS = """# 青竹村集体鱼塘承包管理办法

第十条 村集体有抽水泵3台，承包户可以租用，租金为每台每天30元。

第十五条 承包户可以通过村务小程序查询承包费。

第二十条 承包户对处理决定有异议的，可向青竹镇农业服务中心申请调解，电话0579-6222333。

第二十一条 村委会报名咨询电话：0579-6111222。
"""

TRAINING = """# 江城红十字会应急救护培训通知

## 报名方式

每月20日上午9:00开放下月课程报名，先到先得。

## 有关要求

遇暴雨、台风等恶劣天气的，当天培训取消，补课时间另行通知。
"""

SALON = """# 甲藝美甲屯門店須知

## 店舖資料

| 項目 | 內容 |
|---|---|
| 預約電話 | 2468 1357 |
| 交通 | 西鐵屯門站C2出口步行約5分鐘 |

## 營業時間

每日11:00至21:00。

每月第一個星期三公休，當日全日休息。

## 美睫服務

| 服務項目 | 價錢 |
|---|---|
| 濃密款種睫毛（110根） | HK$460 |
"""


def _ropeway() -> list[list[str]]:
    return [["序号", "项目", "线路", "票价", "运营时间", "班次/时长"],
            ["1", "观光车3号线", "游客中心→梨花坞", "25元", "07:30—18:00", "每15分钟一班，车程约40分钟"],
            ["2", "白云索道", "山门站→白云站", "90元", "08:00—17:00", "约10分钟"]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp("markets")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "青禾县零工市场建设情况汇报.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "青竹村鱼塘承包管理办法.md").write_text(PONDS, encoding="utf-8")
    (corpus / "江城红十字会救护培训通知.md").write_text(TRAINING, encoding="utf-8")
    (corpus / "甲藝美甲屯門店須知.md").write_text(SALON, encoding="utf-8")
    titled_sheet(corpus / "景区索道观光车票价表.xlsx", "梨花山景区索道及观光车票价表", _ropeway())
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_a_market_is_no_city_and_the_countys_own_market_is_the_countys():
    from wenda.index.decide import whole_asked

    title = "青禾县2028年零工市场建设情况汇报"
    assert whole_asked("零工市场过年放几天假", title) is None  # 市 of 市场 is no city
    assert whole_asked("青禾县一共建了几个零工驿站", title) == ("县", "青禾县")


def test_the_countys_market_in_a_towns_section(engine):
    says(engine.ask("零工市场过年放几天假"), "5天")
    says(engine.ask("青禾县零工市场早上几点开门"), "5:00")
    says(engine.ask("县零工市场有多大面积"), "1800平方米")
    says(engine.ask("零工市场求职咨询打哪个电话"), "0738-6123456")


def test_a_hong_kong_number_in_a_row_and_which_exit(engine):
    from wenda.index import extract
    from wenda.index.query import spoken_to_written

    assert [s.text for s in extract.phones("項目：預約電話 · 內容：2468 1357")] == ["2468 1357"]
    assert extract.phones("面积2468 1357") == []  # no phone named: no number
    says(engine.ask("甲藝打電話book位打咩號碼？"), "2468 1357")
    assert "哪个出口" in spoken_to_written("搭西铁去行边个出口最近")
    assert spoken_to_written("边个负责") == "谁负责"


def test_a_rides_length_beside_how_often(engine):
    says(engine.ask("坐观光车到梨花坞路上要多久"), "40分钟")


def test_the_village_and_the_town_asked_as_bodies(engine):
    says(engine.ask("租村里的抽水泵一天多少钱"), "30元")
    says(engine.ask("对处理结果不服找镇上哪个电话调解"), "0579-6222333")


def test_a_rate_is_a_share_and_a_things_name_no_persons(engine):
    from wenda.index.query import intent_of, measure_word

    assert measure_word("取证率是多少") == "%"
    assert measure_word("电机功率是多少") is None
    says(engine.ask("今年技能培训的取证率是多少"), "82%")
    assert intent_of("那个接单小程序叫什么名字") == "entity"
    assert intent_of("店长叫什么名字") == "person"
    says(engine.ask("石桥镇那个接单小程序叫什么名字"), "青禾零工")


def test_next_month_and_sign_up_in_speech(engine):
    says(engine.ask("下个月的课啥时候开抢"), "每月20日")


def test_an_address_asked_needs_one(engine):
    assert not engine.ask("石桥镇零工驿站在什么地址").found
    says(engine.ask("县零工市场在什么地址"), "建设路66号")
    assert not engine.ask("查承包费的小程序叫什么名字").found  # «…通过村务小程序查询承包费» names none


def test_the_day_of_rest_not_the_day_said_again(engine):
    says(engine.ask("邊日休息唔開㗎？"), "星期三")


def test_lashes_counted_by_strip_are_counted_by_hair():
    from wenda.index import extract

    assert extract.measure_agrees("110根", "条")
