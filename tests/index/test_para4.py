"""A held-out county news report (tests/data/para4): winter heating in three towns, in the bundled
article's shape («乡镇名：标题» sections, bylines, photo captions, counts with units, people and
their roles, a slogan, a reason clause), written before any fix of this session. Its questions
(tests/data/para4_questions.jsonl) are put in a user's own words: 钟头 for 小时, 一个礼拜 for 一周,
修理队 for 维修小分队, 被子 for 棉被, 每平米 for 每平方米, a typo in a town's name (柳和乡), two in
Traditional characters; and some it cannot answer by design (a sibling town's fact, an attribute a
section lacks, a town not in it, another unit: 多少米 of 38公里). Through a real engine."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions, text_engine
from wenda.index import extract

QUESTIONS = questions("para4_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "para4")


def test_the_set_has_both_kinds():
    assert len(QUESTIONS) >= 24
    assert sum(not q["answerable"] for q in QUESTIONS) >= 7
    text = "".join(p.read_text(encoding="utf-8") for p in (DATA / "para4").iterdir())
    for q in QUESTIONS:  # every key and gold answer is the document's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, before any fix: 17/25, 7/9.
# 19/25, 7/9 once 那几天 asks nothing (刘长青那几天睡了几个钟头: 12个小时, not 五天) and a count of weeks
# said with 礼拜 is read as 周 (杨秀英一个礼拜看望了多少户: 一周内…96户).
# 21/25, 9/9 once a unit said in full answers its abbreviation (每平米: 每平方米), the money word of a price
# (取暖钱) is the value asked and no thing it is paid for, a length, weight or area asked in one unit is not
# answered in another (多少米: not 38公里) and 多长的管道 asks a length (not the 暖气片 count).
# Left: 被子 for 棉被 counted in 床 (条), 白装 for 免费安装, 避寒的地方 (4处, found but below the fitted
# threshold), 报修电话几点能打 (24小时, no clock time).
# open15: 22/25, 9/9 once the dictionary's word for the counted noun lends its classifier (多少条被子: 棉被300床).
# The floor leaves one answer of slack.
FLOOR = {"answers": 20, "refusals": 9}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_stretch_of_time_pointed_at_is_not_asked(engine):
    """那几天 points at the days the report spoke of; the 几个钟头 after it is what is asked."""
    ans = engine.ask("刘长青那几天睡了几个钟头")
    assert ans.found and "12个小时" in ans.answer, ans.answer


def test_weeks_said_with_libai(engine):
    ans = engine.ask("杨秀英一个礼拜看望了多少户困难家庭")  # 一个礼拜: the document's 一周内
    assert ans.found and ans.figures == ["96户"], ans.answer


def test_an_extension_after_its_label_with_a_suffix():
    assert [s.text for s in extract.phones("财务部联系人：孙晓燕，分机号6023。")] == ["6023"]
    assert [s.text for s in extract.phones("分机号码：8021")] == ["8021"]
    assert extract.phones("全楼共有320个分机") == []  # a count of extensions, no number


def test_a_reordered_compound_and_an_extension(tmp_path):
    """外省 is the asker's 省外 (the same two characters the other way round, never a sibling: 省内
    stays 省内); 分机 is asked of a 分机号 line."""
    eng = text_engine(tmp_path, {"express.txt": (
        "寄件须知\n\n省内首重1公斤8元，续重每公斤2元。\n\n省外首重1公斤12元，续重每公斤5元。\n\n"
        "客服联系人：孙晓燕，分机号6023。\n")})
    ans = eng.ask("寄到外省首重多少钱")
    assert ans.found and ans.figures == ["12元"], ans.answer
    ans = eng.ask("客服分机多少")
    assert ans.found and "6023" in ans.answer, ans.answer


def test_a_unit_said_in_full_answers_its_abbreviation(engine):
    ans = engine.ask("东岭镇暖气费每平米便宜了多少")  # 每平米: the document's 每平方米
    assert ans.found and ans.figures == ["0.5元"], ans.answer


def test_the_money_word_of_a_price_is_the_value_asked(engine):
    ans = engine.ask("柳河乡每家一年补多少取暖钱")  # 钱 is what 1200元 is, no thing paid for
    assert ans.found and ans.figures == ["1200元"], ans.answer


def test_a_measure_asked_in_one_unit_is_not_answered_in_another(engine):
    assert not engine.ask("柳河乡铺了多少米燃气管道").found  # 38公里: the asker named 米
    assert not engine.ask("青石镇铺了多长的燃气管道").found  # a length: not the 暖气片 count 1350片
    ans = engine.ask("柳河乡铺了多长的燃气管子")
    assert ans.found and ans.figures == ["38公里"], ans.answer


def test_a_word_of_the_language_is_not_respelt_into_a_piece_of_a_name(article_engine):
    """进村 sounds near 井村 (jieba's cut of 七里井村); it is a word of its own and stays one."""
    from wenda.index.corpus_view import in_dictionary

    assert in_dictionary("进村") and not in_dictionary("井村")
    q = article_engine.answerer.analyse("大李庄乡禁止谁进村")
    assert "进村" in q.keywords and "井" not in q.keywords


def test_an_abbreviation_jieba_cuts_is_one_thing(tmp_path):
    """半马 (jieba: 半 + 马) and 全马 abbreviate 半程马拉松 and 全程马拉松: the value is the one in the
    piece that says the abbreviated race, never its sibling's in the other clause; 关门时间是多久 asks a
    length of time, no date."""
    eng = text_engine(tmp_path, {"race.txt": (
        "城市马拉松竞赛规程\n\n全程马拉松报名费1200元，半程马拉松1000元，10公里健康跑800元。\n\n"
        "全程马拉松关门时间为6小时，半程马拉松为3小时30分钟。\n\n比赛当天4:30起实施交通管制。\n")})
    assert eng.ask("半马报名费多少钱").figures == ["1000元"]
    assert eng.ask("全马报名费多少钱").figures == ["1200元"]
    ans = eng.ask("全马关门时间是多久")
    assert ans.found and ans.figures == ["6小时"], ans.answer
    ans = eng.ask("半马关门时间是多久")
    assert ans.found and ans.figures[0].startswith("3小时"), ans.answer


def test_a_common_noun_jieba_takes_for_a_name_and_a_price_in_fen(tmp_path):
    """麦子 is a name to jieba's dictionary (nr) and a word the corpus uses; the thesaurus knows it as
    小麦, which the answering sentence says. 5分钱 is a sum of money, not a bare 5."""
    eng = text_engine(tmp_path, {"towns.txt": (
        "柳湾镇：颗粒归仓保丰收\n\n“麦子收到仓里才算丰收。”镇党委书记说。\n\n"
        "东岗乡：订单收购促增收\n\n东岗乡与县面粉厂签订小麦订单收购合同,收购价格比市场价每斤高出5分钱,带动农户增收200余万元。\n")})
    ans = eng.ask("东岗乡的麦子卖给面粉厂每斤多给多少")
    assert ans.found and "5分钱" in ans.answer, ans.answer
    assert [s.text for s in extract.figures("每斤高出5分钱")] == ["5分钱"]


def test_a_rate_word_is_no_sibling_and_a_manner_word_no_kind(tmp_path):
    """每月 says how often, no kind of 包月 (both end in 月); in 什么管理方式 the 方式 is the manner asked,
    which the answer (网格化管理) names by its kind, no word a sibling of it (拉网式) stands for."""
    eng = text_engine(tmp_path, {"notice.txt": (
        "停车管理\n\n业主月租车位每月300元，临时停车首小时免费。\n\n"
        "崔桥镇：网格管理\n\n全镇实行网格化管理,镇、村两级干部进行拉网式排查。\n")})
    ans = eng.ask("包月停车一个月多少钱")
    assert ans.found and ans.figures == ["300元"], ans.answer
    q = eng.answerer.analyse("崔桥镇用的是什么管理方式")
    chunk = next(c for c in eng.chunks if "网格化管理" in c.text)
    assert eng.answerer.answers_sibling(q, chunk, eng.answerer.span(q, chunk)) is None


def test_the_first_or_last_run_said_with_an_ordinal(tmp_path):
    """头班车, 第一班, 最后一班 are the timetable's 首班 and 末班 (never each other)."""
    from wenda.index.query import spoken_to_written

    assert spoken_to_written("K15路头班车几点") == "K15路首班车几点"
    assert spoken_to_written("周末第一班船几点开") == "周末首班船几点开"
    assert spoken_to_written("最后一班车几点") == "末班车几点"
    eng = text_engine(tmp_path, {"bus.md": (
        "# 公交时刻表\n\n| 线路 | 首班时间 | 末班时间 |\n|---|---|---|\n| K15路 | 6:00 | 22:30 |\n| K28路 | 6:20 | 21:00 |\n")})
    ans = eng.ask("K15路头班车几点")
    assert ans.found and "6:00" in ans.answer and ans.span == "6:00", ans.answer
    ans = eng.ask("K15路最后一班车几点")
    assert ans.found and ans.span == "22:30", ans.answer


def test_a_one_character_deed_written_with_its_formal_homophone(tmp_path):
    """交 of 多久交一次 is the notice's 缴 (缴纳): the same sound, the thesaurus's synonym."""
    from wenda.index.answer import homophone_said

    assert homophone_said("交", "物业费按季度缴纳") == "缴"
    assert homophone_said("交", "物业费按季度收取") == ""
    eng = text_engine(tmp_path, {"notice.txt": (
        "物业费\n\n物业费按季度缴纳，每季度第一个月的15日前缴清。\n\n停车费\n\n业主月租车位每月300元。\n")})
    ans = eng.ask("物业费多久交一次")
    assert ans.found and "按季度" in ans.answer, ans.answer


def test_who_comes_to_deal_with_it(tmp_path):
    """谁来管: the deed is 管 (jieba glues the directional 来 to it); no sentence says it, so the one
    that 由 hands a duty answers, the duty done 依法 (由派出所依法处理)."""
    assert [s.text for s in extract.doers("对故意焚烧秸秆的人员,由派出所依法处理,并在全乡通报批评。")] == ["派出所"]
    eng = text_engine(tmp_path, {"towns.txt": (
        "石门乡：严防死守禁秸秆焚烧\n\n对不听劝阻、故意焚烧秸秆的人员,由派出所依法处理,并在全乡通报批评。\n\n"
        "全乡在田间地头设置禁烧值守点32个。\n")})
    ans = eng.ask("在石门乡故意烧麦秆的人谁来管")
    assert ans.found and "派出所" in ans.answer, ans.answer


def test_the_experiential_guo_inside_a_deed_asked_yes_or_no():
    """有没有着过火 asks whether it 着火 (jieba would cut 着 / 过火, «too far»); 超过, 通过 are words."""
    from wenda.index.query import spoken_to_written

    assert spoken_to_written("石门乡今年有没有着过火") == "石门乡今年有没有着火"
    assert spoken_to_written("有没有超过十天") == "有没有超过十天"
    assert spoken_to_written("有没有通过审核") == "有没有通过审核"


def test_an_ordinal_run_only_of_a_vehicle_or_a_time():
    from wenda.index.query import spoken_to_written

    assert spoken_to_written("第一班的学生有多少") == "第一班的学生有多少"  # a class, no run
    assert spoken_to_written("带头班子成员有几个") == "带头班子成员有几个"


def test_a_count_asked_by_the_dictionary_word_takes_its_classifier(engine):
    """被子 is counted in 条 by the asker, 棉被 in 床 by the report: the dictionary's word for the counted noun
    lends its classifier, as the noun itself does (102幅 for 多少条横幅)."""
    ans = engine.ask("东岭镇送了多少条被子")
    assert ans.found and ans.figures == ["300床"], ans.answer
