"""Which of a sentence's values a question asks, when the sentence holds several (session 14):

- a keyword said both bare and after a prefix that names another member (副主任, 非会员) counts where
  it stands bare: 主任技师 gets its own fee, not the 副主任技师's beside it;
- a bare 多少 after a deed of paying or charging (一天最多收多少, 要交多少) asks a sum, not a count;
- the thing counted after 几条/几辆 is a noun even where jieba tags it an idiom (冲锋舟): the count of
  another thing in the same sentence (编织袋) is not its answer;
- the 约 that ends a word (爽约3次) is no "about" of the figure after it, and a negated modal
  (不让, 不准) is no deed the sentence must say;
- 年度 says a sum per year (年度报销限额 answers 一年最多报多少);
- 每户 says per 户 whatever verb follows (每户发放: 每家 asked); a deed of receiving (拿到) is what the
  sentence's giving says; a figure's piece whose only "noun" is jieba's place name (惠及) counts what
  the sentence spoke of; a worker named by trade and suffix (保洁工) is the text's 保洁人员; 面积多大
  asks a size, not an age; a thing singled out by a part of the asked whole (湖区码头 asked of
  «北门码头», the document saying 湖区北门) is the asked thing;
- a difference asked (比去年多了多少) is the figure a word of change opens, not the total beside it;
  a 热线 asked 几个小时 asks hours, not a number; 多久…一回 asks how often;
- the usual case asked (平时几点收班) is not answered by a holiday's exception (除夕当天提前于…收班);
- a place asked of prose is refused for a value of another kind only in the clause that answers
  (出身于青山队，在2010年以5万元转会: the fee is another clause's);
- a route's number and its head are one name (3路, not a lone 3 and the 路 every row says), and a
  timetable's 最晚/最早 asks its 末班/首班 column.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index.query import asked_kind, counted_noun
from wenda.index.extract import fits_kind, keyword_positions

CLINIC = """康宁体检中心收费须知

一、诊查费
普通号诊查费15元，副主任技师号30元，主任技师号50元。
非会员体检套餐每份380元，会员体检套餐每份300元。

二、预约与报销
一个月内爽约2次的，60天内不能再预约。
职工参保人员体检费用每次报销40%，年度报销限额为600元。

三、停车
中心停车场有车位120个，前15分钟免费，之后每小时4元，每天最高收费30元。
"""

STORE = """河口乡防汛物资储备

河口乡：物资早备足
乡里储备沙袋5万条、救生衣200件、冲锋舟4艘，确保汛期随时调用。
"""


TOWN = """东坪县冬季保暖报道

白沙镇：暖心补贴送到家
为帮助困难群众，镇里为特困户每户发放取暖补贴600元，共惠及218户。
镇里安排保洁人员45名，每天清扫主干道积雪。
全镇今年冬季供暖面积达到86万平方米，比去年增加9万平方米。
镇里开通了24小时取暖服务热线，巡查队每周上门检查一次。
"""

LAKE = """翠湖景区游览须知

一、交通
除夕当天游船提前于16:00停航。
游客可从湖区北门进入，北门设有售票处。
北门码头共有游船32艘，每艘限乘8人。
"""


PLAYER = """李明远

李明远，中国足球运动员，司职后卫。
李明远出身于青山队，在2010年以5万元转会到河口队。
"""


BUS = """线路,起点站,终点站,首班车,末班车,票价
3路,东站,西湖公园,6:10,21:00,1元
13路,东站,大学城,6:40,20:30,2元
夜3路,东站,北站,21:00,次日0:30,2元
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("values"), {"clinic.txt": CLINIC, "store.txt": STORE,
                                                           "town.txt": TOWN, "lake.txt": LAKE,
                                                           "player.txt": PLAYER, "bus.csv": BUS})


def test_a_bare_keyword_wins_over_its_prefixed_member():
    text = "普通号诊查费15元，副主任技师号30元，主任技师号50元。"
    assert keyword_positions(text, ["主任技师"]) == [(text.rindex("主任技师"), text.rindex("主任技师") + 4)]
    assert len(keyword_positions(text, ["副主任技师"])) == 1
    # said once, after the prefix only: the place still counts
    assert keyword_positions("副主任技师号30元", ["主任技师"]) == [(1, 5)]


def test_the_fee_of_the_asked_rank_not_of_the_deputy_rank(engine):
    ans = engine.ask("主任技师的诊查费多少")
    assert ans.found and "50元" in ans.answer and "30元" not in ans.answer, ans.answer
    ans = engine.ask("副主任技师号多少钱")
    assert ans.found and "30元" in ans.answer, ans.answer


def test_a_member_price_is_not_the_non_member_price(engine):
    ans = engine.ask("会员体检套餐多少钱")
    assert ans.found and "300元" in ans.answer and "380元" not in ans.answer, ans.answer


def test_a_bare_how_much_after_charging_asks_a_sum(engine):
    assert asked_kind("停车一天最多收多少") == "money"
    assert asked_kind("押金要交多少") == "money"
    assert asked_kind("一天最多收多少人") is None  # a measure word says what is counted
    assert asked_kind("书弄丢了要赔多少") == "penalty"  # not "money": a penalty may be a multiple (按定价的2倍)
    assert fits_kind("2倍", "penalty") and fits_kind("800元", "penalty") and not fits_kind("24小时", "penalty")
    ans = engine.ask("停车一天最多收多少")
    assert ans.found and "30元" in ans.answer and "120个" not in ans.answer, ans.answer


def test_a_noun_jieba_reads_as_an_idiom_is_the_thing_counted(engine):
    assert counted_noun("河口乡有几条冲锋舟") == "冲锋舟"
    ans = engine.ask("河口乡有几条冲锋舟")
    assert not ans.found or ("4艘" in ans.answer and "5万条" not in ans.answer), ans.answer


def test_a_word_ending_in_yue_is_no_about_and_a_negated_modal_no_deed(engine):
    from wenda.index.extract import figures

    assert [f.text for f in figures("一个月内爽约2次的，60天内不能再预约。")] == ["一个月", "2次", "60天"]
    assert [f.text for f in figures("人口约5000人")] == ["约5000人"]  # 口约 is a noun: 约 still says about
    ans = engine.ask("爽约几次就不让预约了")
    assert ans.found and "2次" in ans.answer, ans.answer


def test_a_yearly_limit_answers_a_sum_per_year(engine):
    from wenda.index.extract import paid_per

    assert paid_per("年", "年度报销限额为600元") and not paid_per("年", "2026年度预算")
    ans = engine.ask("体检一年最多报多少钱")
    assert ans.found and "600元" in ans.answer, ans.answer


def test_each_household_is_each_family_and_receiving_is_the_giving(engine):
    from wenda.index.support import per_units

    assert "户" in per_units("镇里为特困户每户发放取暖补贴600元")
    ans = engine.ask("白沙镇给特困户每家补多少钱")
    assert ans.found and "600元" in ans.answer, ans.answer
    ans = engine.ask("白沙镇一共有多少家特困户拿到了取暖补贴")
    assert ans.found and "218户" in ans.answer, ans.answer


def test_a_worker_by_trade_and_a_size_asked_with_duo_da(engine):
    from wenda.index.support import worker_said

    assert worker_said("保洁工", "镇里安排保洁人员45名") and not worker_said("保洁工", "镇里安排保安人员45名")
    ans = engine.ask("白沙镇安排了多少保洁工")
    assert ans.found and "45名" in ans.answer, ans.answer
    assert asked_kind("全镇供暖面积多大") != "age" and asked_kind("老人多大了") == "age"
    ans = engine.ask("白沙镇今年供暖面积多大")
    assert ans.found and "86万平方米" in ans.answer, ans.answer


def test_a_part_of_the_asked_whole_names_the_asked_thing(engine):
    ans = engine.ask("湖区码头有多少艘游船")
    assert ans.found and "32艘" in ans.answer, ans.answer


def test_a_difference_hours_of_a_hotline_and_how_often(engine):
    assert asked_kind("服务热线几个小时有人接") != "phone" and asked_kind("服务热线是多少") == "phone"
    assert asked_kind("巡查队多久检查一回") == "frequency"
    ans = engine.ask("白沙镇供暖面积比去年多了多少")
    assert ans.found and "9万" in ans.answer and "86万" not in ans.answer, ans.answer
    ans = engine.ask("白沙镇的取暖热线几个小时有人接")
    assert ans.found and "24小时" in ans.answer, ans.answer


def test_the_usual_case_is_not_answered_by_a_holidays_exception(engine):
    ans = engine.ask("游船平时几点停航")
    assert not ans.found or "16:00" not in ans.answer, ans.answer
    ans = engine.ask("除夕游船几点停航")
    assert ans.found and "16:00" in ans.answer, ans.answer


def test_a_place_in_prose_beside_another_clauses_fee(engine):
    ans = engine.ask("李明远在哪里出身")
    assert ans.found and "青山队" in ans.answer, ans.answer


def test_a_route_is_named_by_its_number_and_a_timetables_last_departure(engine):
    from wenda.index.query import keyword_tags

    assert ("3路", "m") in keyword_tags("3路早上第一班车几点")
    ans = engine.ask("3路早上第一班车几点")
    assert ans.found and "6:10" in ans.answer, ans.answer
    ans = engine.ask("夜3路最晚几点")
    assert ans.found and "0:30" in ans.answer and "21:00" not in ans.answer, ans.answer
