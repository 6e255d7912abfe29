"""A sibling's value is a refusal (issue 10, item 3): one test per mechanism of Answerer.answers_sibling,
each beside the question that asks for the very value given, so that the rule cannot pass by refusing
everything. Through real engines (real model, FAISS, BM25) over the held-out documents
tests/data/unseen (company rules) and tests/data/unseen2 (gym, rental FAQ, hospital)."""

from __future__ import annotations

import pytest

from support import folder_engine, text_engine
from wenda.index.answer import bare_modified, joined_heads, word_before


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen")


@pytest.fixture(scope="module")
def venues(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen2")


def test_an_open_question_is_not_answered_by_a_siblings_clause(venues):
    assert not venues.ask("网费怎么算").found  # 電費每度5元 is the 电费's
    ans = venues.ask("电费怎么算")
    assert ans.found and "5元" in ans.answer


def test_a_sibling_the_piece_names_outweighs_a_neighbour_in_meaning(venues):
    # 火车站 is held by 地铁 in meaning, but the piece names another 站 (文三路站)
    assert not venues.ask("医院离火车站多远").found
    ans = venues.ask("医院离地铁站多远")  # the asked kind's own modifier is in the piece
    assert ans.found and "300米" in ans.answer


def test_a_kind_whose_modifier_jieba_drops_is_still_asked(rules):
    assert not rules.ask("分拨中心中班几点开始").found  # 中 is a stopword: 早班's hours are no answer
    assert "7:00" in rules.ask("分拨中心早班几点开始").span
    assert "15:00" in rules.ask("分拨中心晚班几点开始").span.split("至")[0]


def test_a_figure_right_after_a_sibling_is_refused_for_a_word_jieba_tags_a_verb(rules):
    assert not rules.ask("丧假能休几天").found  # 年休假5天
    assert rules.ask("婚假能休几天").figures == ["13天"]


def test_the_asked_word_said_in_another_piece_of_the_sentence(venues):
    ans = venues.ask("醫院急診幾點關門")  # 周日只开放急诊: 7:30 belongs to 门诊挂号
    assert not ans.found or "7:30" not in ans.answer
    assert "7:30" in venues.ask("门诊几点开始挂号").span


def test_a_deed_said_otherwise_is_no_sibling(venues):
    # 采血 for 抽血: jieba tags it a verb in the sentence, a deed and not a kind
    assert "10:00" in venues.ask("抽血要几点之前去").span
    assert venues.ask("在哪里抽血").found


def test_a_figure_measuring_another_noun_than_the_frame_asks(venues):
    assert not venues.ask("儿童池水深多少").found  # 身高不足1.4米 beside 浅水区水深1.2米
    assert venues.ask("浅水区水深多少").figures == ["1.2米"]


def test_joined_heads_and_bare_modifiers_are_pure_text_functions():
    assert "文三路站" in joined_heads(["地铁", "2", "号线", "文三路", "站"], "从地铁2号线文三路站")
    assert joined_heads(["地铁", "2", "号线"], "从地铁2号线") == []  # 2 is no word to join
    assert joined_heads(["小时", "记"], "1小时 记") == []  # not written together
    assert bare_modified("分拨中心中班几点开始", ["分拨", "中心", "班", "开始"], ["班"]) == ["中班"]
    assert bare_modified("浅水区的水有多深", ["浅水区", "水", "有多深"], ["水"]) == []  # 的 is no modifier
    assert bare_modified("一个月最多能漏打几次卡", ["一个月", "最多", "能漏", "打", "卡"], ["卡"]) == []  # nor 次


def test_word_before_is_the_word_that_ends_where_a_noun_begins():
    assert word_before("午餐和晚餐每餐补贴5元", 7) == "餐"  # 每餐: the per-unit 每 dropped
    assert word_before("环境湿度超过85%时会缩短滤网寿命", 13) == "缩短"
    assert word_before("咨询电话：12345", 2) == ""  # 电话 inside 咨询电话 opens no word


CANTEEN = ("长者食堂须知\n\n一、就餐补贴\n\n80周岁以上的老人，午餐和晚餐每餐补贴5元。\n\n"
           "二、培训优惠\n\n本市户籍的失业人员凭失业证可享受学费减免30%。\n\n"
           "三、使用环境\n\n环境湿度超过85%时会缩短滤网寿命。\n")


def test_a_word_that_means_the_asked_modifier_or_a_deed_before_a_noun_is_no_sibling(tmp_path):
    engine = text_engine(tmp_path, {"canteen.txt": CANTEEN})
    # 吃饭补贴 asked, 每餐补贴 given: 餐 is the dictionary's word for 吃饭
    ans = engine.ask("八十岁老人吃饭补贴多少")
    assert ans.found and ans.figures == ["5元"]
    # 影响滤网 asked, 缩短滤网寿命 given: 影响 is a deed done to 滤网, no kind of 滤网
    ans = engine.ask("湿度超过多少会影响滤网")
    assert ans.found and "85%" in ans.figures[0]
    # a cut asked as a sum (减多少) is said as a share; a modifier of a word said otherwise (户口 as
    # 户籍) that the frame never says is another kind's (外地户口, 本市户籍)
    ans = engine.ask("下岗失业的学费能减多少")
    assert ans.found and ans.figures == ["30%"]
    assert not engine.ask("外地户口的失业人员学费减多少").found
    assert not engine.ask("失业人员学费多少钱").found  # a share is no sum


def test_a_price_per_piece_is_the_unit_price_not_a_packs(tmp_path):
    engine = text_engine(tmp_path, {"filter.txt": (
        "滤网更换\n\n复合滤网建议每6个月更换一次。滤网可在官方商城购买，单价199元，两片装358元。\n")})
    ans = engine.ask("滤网多少钱一片")  # 一片 is no deed, and 两片装 says no price of one
    assert ans.found and ans.figures == ["199元"]
    ans = engine.ask("滤网两片多少钱")
    assert ans.found and ans.figures == ["358元"]


def test_a_menu_count_answers_its_meal_and_no_other(tmp_path):
    engine = text_engine(tmp_path, {"menu.txt": (
        "长者食堂用餐须知\n\n早餐每份4元，午餐每份12元，晚餐每份10元。\n\n"
        "午餐为两荤一素一汤，晚餐为一荤两素，米饭免费添加。\n")})
    ans = engine.ask("午饭有几个菜")
    assert ans.found and ans.figures == ["两荤一素一汤"]
    # 早饭 is the dictionary's 早餐, which the frame never says: 午餐's menu is a sibling's
    assert not engine.ask("早饭有几个菜").found
    assert engine.ask("早饭一份多少钱").figures == ["4元"]


def test_a_table_rows_cells_all_name_what_its_figures_count(tmp_path):
    engine = text_engine(tmp_path, {"spec.md": (
        "# 净化器说明书\n\n## 产品规格\n\n| 参数 | 数值 |\n| --- | --- |\n| 洁净空气量（颗粒物） | 500立方米/小时 |\n"
        "| 额定功率 | 55W |\n\n## 招聘\n\n| 岗位 | 人数 | 地点 |\n| --- | --- | --- |\n"
        "| 冷链货车司机 | 10名 | 冷链基地 |\n| 叉车工 | 4名 | 中心仓 |\n")})
    assert engine.ask("一小时能净化多少立方米空气").figures == ["500立方米"]  # 空气 in the row's 参数 cell
    assert engine.ask("一共要招多少个货车司机").figures == ["10名"]
    assert not engine.ask("一共要招多少个叉车司机").found  # no row counts them


def test_a_closing_time_asked_of_opening_hours_said_as_a_range(tmp_path):
    engine = text_engine(tmp_path, {"community.txt": (
        "社区公共设施\n\n社区一楼设有健身房和阅览室，开放时间为每天早上6:00至晚上22:00。\n\n"
        "垃圾车每周一、二、四、五晚上7:30到社区大门口收运。\n")})
    ans = engine.ask("阅览室晚上几点关门")  # 开放 from 6:00 to 22:00: its range answers a closing time
    assert ans.found and "22:00" in ans.answer and "7:30" not in ans.answer
    assert not engine.ask("阅览室中午几点关门").found  # no noon in the range


def test_a_figure_with_no_noun_of_its_own_counts_the_sentences_topic(tmp_path):
    engine = text_engine(tmp_path, {"metro.txt": (
        "乘车须知\n\n一、携带物品\n\n自行车仅限周六、周日搭乘，每节车厢限4辆。\n\n二、票价\n\n"
        "身高未满115公分的儿童，由成人陪同可免费搭乘，每位成人限带两名。\n\n"
        "三、防疫\n\n商务中心区在各路口设置卡点，党员干部昼夜值守，并捐献医用口罩10000只。\n")})
    assert engine.ask("一节车厢能放几辆自行车").figures == ["4辆"]
    assert not engine.ask("一节车厢能放几辆摩托车").found
    assert engine.ask("一个大人最多带几个小孩免费").figures == ["两名"]
    assert not engine.ask("一个大人最多带几个老人免费").found
    assert not engine.ask("商务中心区设了多少卡点").found  # 口罩10000只 counts 口罩, its own noun


def test_a_word_sharing_a_character_with_the_asked_one_is_no_sibling_of_its_gloss(tmp_path):
    # CC-CEDICT glosses 站点 as a website (网站): the sentence's 车站 is no sibling of that sense, it is
    # the 站点 asked
    engine = text_engine(tmp_path, {"stations.txt": (
        "大沙东站\n\n大沙东站是广州地铁五号线的车站，位于黄埔区大沙地东路地底。\n\n"
        "本站设有一个岛式月台。\n\n乘客可登录广州地铁网站查询首末班车时间。\n")})
    ans = engine.ask("大沙东站是哪个地铁的站点？")
    assert ans.found and "广州地铁" in ans.answer


def test_a_day_or_a_place_of_another_member_is_refused(tmp_path):
    """contrast_member over a courier's FAQ: 周末 asked, 工作日 said; 国外 asked, 省外 said."""
    eng = text_engine(tmp_path, {"courier.txt": "快递服务说明\n\n上门取件\n工作日8:00至18:00提供免费上门取件服务，请提前2小时预约。\n\n"
                                              "收费标准\n省外首重1公斤12元，续重每公斤5元。\n\n开放时间\n营业厅开放时间为周一至周五9:00至17:00。\n"})
    assert not eng.ask("周末能上门取件吗").found
    assert eng.ask("工作日能上门取件吗").found
    assert not eng.ask("寄到国外多少钱").found
    assert "12元" in eng.ask("寄到省外首重多少钱").answer


def test_a_kind_the_corpus_treats_apart_is_not_answered_by_the_general_figure(tmp_path):
    """unsaid_subkind: 商铺 singles out a kind of 装修押金 the sentence never names; the corpus names 商铺 elsewhere."""
    eng = text_engine(tmp_path, {"estate.txt": "物业服务公告\n\n装修管理\n业主装修前须办理装修登记手续，并缴纳装修押金3000元。\n\n"
                                             "物业费\n住宅物业费每月每平方米2元，商铺物业费每月每平方米4.5元。\n"})
    assert not eng.ask("商铺装修押金多少钱").found
    assert eng.ask("装修押金多少钱").figures == ["3000元"]
    assert "4.5元" in eng.ask("商铺物业费多少钱").answer


MARATHON = ("城市马拉松12月登场\n\n城市马拉松今年共设全程马拉松、半程马拉松及10公里健康跑三个组别。\n\n"
            "全程马拉松报名费1200元，半程马拉松1000元，10公里健康跑800元。\n\n"
            "全程马拉松关门时间为6小时，半程马拉松为3小时30分钟。全程马拉松男女组冠军各可获得奖金20万元。\n\n"
            "泳池收费\n\n单次票成人100元，学生凭学生证60元。\n\n十次券950元，自购买日起一年内有效。\n")


def test_an_abbreviated_member_and_the_price_of_a_kind(tmp_path):
    """contrast_member over the sentence itself and a value's piece (半马 is 半程马拉松, 全马 全程马拉松);
    unsaid_subject for «X价» (学生价: the 十次券's 950元 is no student's price)."""
    eng = text_engine(tmp_path, {"race.txt": MARATHON})
    assert not eng.ask("半马冠军奖金多少").found  # the sentence before speaks of 半程马拉松; this one of 全程
    assert "20万元" in eng.ask("全马冠军奖金多少").answer
    assert "1200元" not in (eng.ask("半马报名费多少钱").answer or "")  # 1200元 is the 全程马拉松's
    assert not eng.ask("十次券学生价多少").found
    assert "950元" in eng.ask("十次券多少钱").answer


def test_a_member_of_a_family_of_words_the_frame_does_not_name(venues):
    """contrast_member's WORD_FAMILIES: 住院 asked, the sentence speaks of 门诊 only."""
    assert not venues.ask("职工医保住院报销多少").found
    assert "800元" in venues.ask("职工医保门诊起付线是多少").answer


def test_the_word_a_whole_section_speaks_of_is_no_kind_treated_apart(tmp_path):
    """unsaid_subkind reads the sentence's section: 景区 of 景区旺季几点开门 is what the guide is about
    (its 开放时间 section says «景区将临时关闭»), so the hours' sentence answers; a kind said only in
    another section (商铺 under 物业费) is still treated apart."""
    eng = text_engine(tmp_path, {"garden.txt": "翠湖山游览须知\n\n一、开放时间\n旺季每天8:00—18:00开放，17:30停止售票。\n"
                                               "遇台风天气，景区将临时关闭。\n\n二、停车\n景区停车场小型车每次收费10元。\n\n"
                                               "三、装修管理\n商户装修前须缴纳装修押金2000元。\n\n四、租金\n商铺租金每月每平方米80元。\n"})
    ans = eng.ask("景区旺季几点开门")
    assert ans.found and "8:00" in ans.answer
    assert not eng.ask("商铺装修押金多少钱").found
