"""Kinds found trying new documents (a village co-operative's dividend plan, a Taiwan campsite's rules, an estate's
owners' committee election Q&A), checked here on documents written for these tests (a town's welfare rules for its
elders, a hot-spring resort's guide in Traditional Chinese):
- an age the asker states falls in the highest tier open above whose floor is below it (85岁: «80周岁以上每人800元»,
  not the «70周岁以上…500元» before it, which holds 85 too);
- a sum the asker states (花了5万) is held by a bound it passes (超过3万元的), and the sum asked is the one the clause
  after that condition gives (…的，给予一次性救助2000元); 5万 is no 万能 of jieba's cut;
- 慰问金多少 asks a sum, which «春节慰问每人500元» gives (a 金 named by the deed it pays for; 过年 is 春节);
- 多少股 is a count in shares: never the 人 of shareholders beside it;
- 补领 is asked of a line that says 补办 (one renewal, said from either side);
- a rate a clause with no figure says for the list after it (每年发放…，…专科学历30000元) is the one asked (一年), and
  the member a list names right before the word every value follows (专科学历) answers 专科生;
- a thing a price leaves out (不含工本费) is no price of it;
- a meal (早餐) is no part of the day a clock time holds; a thing asked whether there is (有游泳池吗), or priced
  with nothing else asked, is not held by a neighbour whose dictionary sense shares nothing with it;
- 一晚 is the unit a price is per, no thing priced; weeks, months and years before an event are days (提前两周,
  婚礼前一个月: a notice counts 入住日前14日), and an asker's days are a notice's 日;
- 热水几点有 is answered by the hours of its supply (热水供应时间为…);
- a word respelt as the corpus says it (无人机 as 空拍机) is set apart from the deed before it (飞);
- an age asked is never a clock time; 纸质 is 书面, 自己带 is 自备.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

WELFARE = """青山镇2028年老年人福利发放办法

一、春节慰问
1. 70周岁以上老人春节慰问每人600元，80周岁以上每人900元，90周岁以上每人2000元。
2. 慰问金于2028年1月20日前发放到老人的社保卡。

二、医疗救助
1. 老人因病住院，医保报销后个人自付超过4万元的，给予一次性救助3000元。
2. 救助申请表在镇民政办领取，办理地点为镇便民服务中心二楼。

三、敬老卡
1. 敬老卡在镇便民服务中心办理，首次办理免费。
2. 敬老卡遗失的，可到镇便民服务中心补办，补办费10元，不含照片费。
3. 当年新办的敬老卡逾期未领取的，可在12月20日前到镇便民服务中心补办，逾期不再补发。

四、高龄津贴
高龄津贴按月发放，每年发放标准按学历不分，按户籍计：本镇户籍老人每月100元。

五、家庭优待
镇内退役军人家庭每年发放优待金，高中及以下学历2000元，专科学历3000元，本科及以上学历3600元。

六、合作社股份
1. 镇农业合作社共有股东1860人，总股数2400股，每股分红380元。

七、志愿者招募
志愿者报名时间为每天9:00至17:00，节假日照常受理。
"""

RESORT = """# 暖泉谷溫泉度假村住宿須知

## 一、房價

| 房型 | 平日 | 假日 | 可住 |
| --- | --- | --- | --- |
| 和室雙人房 | NT$3,200／晚 | NT$4,000／晚 | 2人 |
| 家庭四人房 | NT$4,800／晚 | NT$5,600／晚 | 4人 |
| 露營帳篷租借 | NT$700／晚 | NT$700／晚 | 4人帳 |

## 二、取消

1. 入住日前14日以上取消，訂金全額退還。
2. 入住日前7至13日取消，退還訂金50%。
3. 入住日前6日內取消，訂金不予退還。

## 三、設施

1. 熱水供應時間為15:00至24:00。
2. 衛浴區設有淋浴間8間，請勿在淋浴間洗衣。
3. 提早入住（11:00起）每房加收NT$500。
4. 延後退房至14:00每房加收NT$300，超過14:00以一晚計費。
5. 禁止施放煙火及空拍機。
6. 烤肉用木炭請自備。
7. 書面意見請投入大廳意見箱。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("welfare"), {"青山镇2028年老年人福利发放办法.txt": WELFARE})


@pytest.fixture(scope="module")
def resort(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("resort"), {"暖泉谷溫泉度假村住宿須知.md": RESORT})


@pytest.mark.parametrize("question,figure", [("我奶奶85岁春节慰问多少钱", "900元"), ("92岁的老人过年慰问多少", "2000元"),
                                             ("75岁老人过年慰问金多少", "600元")])
def test_the_highest_tier_below_the_age_stated(engine, question, figure):
    ans = engine.ask(question)
    assert ans.found and figure in ans.answer, (question, ans.answer)
    assert not any(f in ans.answer for f in {"600元", "900元", "2000元"} - {figure}), ans.answer


def test_tiers_are_no_condition_of_the_question():
    from wenda.index.extract import tier_superseded

    text = "70周岁以上老人春节慰问每人600元，80周岁以上每人900元，90周岁以上每人2000元。"
    assert tier_superseded("85岁慰问多少", "70周岁以上老人春节慰问每人600元", text)
    assert not tier_superseded("85岁慰问多少", "80周岁以上每人900元", text)
    # a bound the question sets is its condition, and a clause without a value of its own is no tier
    assert not tier_superseded("展期超过3天，多一天加收多少", "展位费每超出1天加收20%",
                               "展期一般为3天，展期超过3天的，展位费每超出1天加收20%。")


def test_a_sum_stated_passes_the_bound_and_the_clause_after_answers(engine):
    from wenda.index.extract import asked_amounts

    assert asked_amounts("住院自己花了5万能补助多少") == {50000.0}
    ans = engine.ask("住院自己花了5万能补助多少")
    assert ans.found and "3000元" in ans.answer and "4万元" not in ans.answer, ans.answer


def test_a_count_of_shares_is_no_count_of_people(engine):
    ans = engine.ask("合作社总共有多少股")
    assert not ans.found or "2400股" in ans.answer, ans.answer
    assert not ans.found or "1860人" not in ans.answer, ans.answer
    ans = engine.ask("一股分多少钱")
    assert ans.found and "380元" in ans.answer, ans.answer


def test_a_renewal_said_from_the_other_side(engine):
    ans = engine.ask("敬老卡补领截止到哪天")
    assert ans.found and "12月20日" in ans.answer, ans.answer


def test_a_rate_said_for_the_list_and_its_member(engine):
    ans = engine.ask("专科生当兵家里一年优待金多少钱")
    assert ans.found and ans.span == "3000元", (ans.answer, ans.span)


def test_a_thing_left_out_of_a_price_is_not_priced(engine):
    ans = engine.ask("补办敬老卡的照片费多少钱")
    assert not ans.found, ans.answer


def test_an_age_is_never_a_clock_time(engine):
    ans = engine.ask("志愿者要多大年纪")
    assert not ans.found, ans.answer


def test_a_meal_is_no_part_of_the_day(resort):
    from wenda.index.extract import day_part_said

    assert day_part_said("早上", "提早入住（11:00起）") == "11:00"
    assert day_part_said("早餐", "提早入住（11:00起）") == ""
    ans = resort.ask("早餐多少钱")
    assert not ans.found, ans.answer


def test_a_pool_is_not_held_by_showers(resort):
    ans = resort.ask("度假村有游泳池吗")
    assert not ans.found, ans.answer


def test_one_night_is_the_unit_priced_per(resort):
    ans = resort.ask("租帐篷一晚多少")
    assert ans.found and "700" in ans.answer, ans.answer


def test_weeks_and_days_as_a_notice_counts_them(resort):
    from wenda.index.extract import bounds

    assert bounds("提前两周取消", point=True)["天"] == (14.0, 14.5)
    assert "天" not in bounds("一周内死了怎么办", point=True)  # a bound, no case
    assert bounds("前三天取消", point=True)["日"] == (3.0, 3.5)
    ans = resort.ask("前三天取消還能退嗎")
    assert ans.found and "不予退還" in ans.answer, ans.answer
    from wenda.index.extract import ahead_days

    assert ahead_days("婚礼前一个月取消") == 30 and ahead_days("提前半年") == 182.5 and ahead_days("两个星期前") == 14
    assert ahead_days("一个月多少钱") == 0 and ahead_days("以前一年交多少") == 0 and ahead_days("提前一个月内") == 0
    ans = resort.ask("入住前三个星期取消能退吗")
    assert ans.found and "全額退還" in ans.answer, ans.answer


def test_hours_of_supply_answer_when_there_is_any(resort):
    ans = resort.ask("热水几点有")
    assert ans.found and "15:00" in ans.answer, ans.answer


def test_respelt_words_stand_apart_and_spoken_forms(resort):
    ans = resort.ask("可以飞无人机吗")
    assert ans.found and "禁止" in ans.answer, ans.answer
    ans = resort.ask("木炭要自己带吗")
    assert ans.found and "自備" in ans.answer, ans.answer
    ans = resort.ask("纸质意见投到哪里")
    assert ans.found and "意見箱" in ans.answer, ans.answer
