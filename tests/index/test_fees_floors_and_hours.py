"""More kinds from the same tries and held-out set, on documents written for these tests (a folk-art class notice,
a county's chilli report, an internet café in Taiwan usage, a city's taxi rules):
- a spoken «X钱» (材料钱) is the corpus's fee (材料费), never a deed's (多收钱); 学费全免 says the fee; 封顶 asks the
  most (最高不超过), 最低 is held by a 保底价; a modifier said with the noun's head in two characters (新鲜辣椒:
  鲜椒) is said; 辣子 is 辣椒;
- 一般区 names a row (no usual day asked), so 周末 takes the 假日 column; a price asked «一小时多少» is money, priced
  per hour by the table's heading «上網計費（每小時）»; a row for students (学生优惠) is not the price anybody pays;
- 打车 is the 出租汽车 of the rules.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

CLASSES = """临川市文化馆关于举办2028年暑期非遗公益课堂的通知

一、课程设置
1. 剪纸：每期8课时，每期招收30人。
2. 蜡染：每期6课时，每期招收25人，材料费每人45元，由学员自理。
二、收费
所有课程学费全免。
"""

CHILLI = """双河县2027年辣椒产业发展情况汇报

2027年，全县辣椒种植面积达到4.5万亩。扶持政策方面：新建育苗大棚每亩补助2500元，单个经营主体补助总额最高不超过25万元。

白石乡：辣椒烘干线建成投产
白石乡种植辣椒1.5万亩，鲜椒收购价每斤3.1元。合作社对签约农户实行保底收购，保底价每斤1.8元。
"""

CAFE = """# 極速網咖逢甲店收費須知

## 上網計費（每小時）

| 區域 | 平日（週一至週五） | 假日（週六、週日及國定假日） | 說明 |
|---|---|---|---|
| 一般區 | NT$30 | NT$35 | 每人一席 |
| 雙人包廂 | NT$100 | NT$120 | 每間，限2人使用 |

## 優惠方案

| 方案 | 價錢 | 內容 |
|---|---|---|
| 學生優惠 | 一般區每小時NT$25 | 週一至週五08:00至18:00 |
| 5小時包時 | 一般區NT$140 | 連續使用5小時 |
"""

TAXI = """江州市出租汽车客运服务管理办法

第八条 起步价10元，含起步里程3公里。
第九条 每天23:00至次日5:00为夜间时段，夜间起步价13元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fees"), {
        "临川市文化馆关于举办2028年暑期非遗公益课堂的通知.txt": CLASSES, "双河县2027年辣椒产业发展情况汇报.txt": CHILLI,
        "極速網咖逢甲店收費須知.md": CAFE, "江州市出租汽车客运服务管理办法.txt": TAXI})


def test_a_spoken_fee_and_a_fee_waived(engine):
    ans = engine.ask("蜡染要交多少材料钱")
    assert ans.found and "45元" in ans.answer, ans.answer
    ans = engine.ask("学费要交多少钱啊")
    assert ans.found and "全免" in ans.answer, ans.answer


def test_a_cap_and_a_floor(engine):
    ans = engine.ask("我们合作社想建好多大棚，补贴封顶是多少")
    assert ans.found and "25万元" in ans.answer, ans.answer
    ans = engine.ask("辣椒价格跌了合作社最低按多少一斤收")
    assert ans.found and "1.8元" in ans.answer and "3.1元" not in ans.answer, ans.answer


def test_fresh_chillies_said_short(engine):
    ans = engine.ask("白石那边新鲜辣子收购价多少")
    assert ans.found and "3.1元" in ans.answer, ans.answer


def test_a_named_area_on_a_weekend_and_an_hour(engine):
    ans = engine.ask("一般区周末每小时多少钱")
    assert ans.found and "NT$35" in ans.answer and "NT$30" not in ans.answer, ans.answer
    ans = engine.ask("雙人包廂週末一小時多少")
    assert ans.found and "NT$120" in ans.answer, ans.answer


def test_a_students_offer_is_not_the_price(engine):
    ans = engine.ask("一般區平日一小時多少錢")
    assert not ans.found or "NT$25" not in ans.answer, ans.answer


def test_a_taxi_by_the_spoken_word(engine):
    ans = engine.ask("半夜打车起步价几块")
    assert ans.found and "13元" in ans.answer, ans.answer
