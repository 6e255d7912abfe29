"""Pure functions of index/extract.py and index/query.py that the second paraphrase set needed: who a
sentence names, which measure word a question asks in, what a figure may answer, what states a purpose."""

from __future__ import annotations

import pytest

from wenda.index import extract
from wenda.index.query import entities, measure_word, near_name


@pytest.mark.parametrize("text, name", [
    ("何东亚检查卡点", "何东亚"), ("尚东方", "尚东方"), ("韩立新对春耕备耕工作进行了部署", "韩立新"),
    ("：赵明远", "赵明远"), ("为高建军。", "高建军"), ("田艳华入户排查", "田艳华"), ("许峰召开党组", "许峰"),
    ("为成员", None), ("全力以赴做好防控", None), ("群众尽心尽力", None), ("干部坚决扛起", None),
])
def test_a_name_after_a_role(text, name):
    span = extract.name_after(text, 0)
    assert (span.text if span else None) == name


def test_a_name_by_its_tag_alone_is_a_family_name_and_no_two_deeds():
    assert extract.two_words("严肃处理") and not extract.two_words("欧阳东方")
    assert extract.family_named("何东亚") and not extract.family_named("大家庭")
    s = "对不作为的村干部严肃处理,决不姑息。"
    assert extract.best_person(s, ["村干部"]) is None


def test_a_name_another_role_introduces_does_not_answer():
    s = "由乡长丁俊邦任组长,各村党支部书记为成员。"
    assert extract.best_person(s, ["纪委", "书记"], "纪委书记是谁") is None
    assert extract.best_person(s, ["组长"], "组长是谁").text == "丁俊邦"


def test_a_doer_is_named_by_you_and_its_deed():
    assert [a.text for a in extract.doers("汇总后,由卫生院向上级报告")] == ["卫生院"]
    assert [a.text for a in extract.doers("镇督导组由班子成员带队", ["带队"])] == ["班子成员"]
    assert extract.doers("镇督导组由班子成员带队") == []  # 带队, tagged a noun: with no deed asked, none follows


@pytest.mark.parametrize("question, measure", [
    ("卡点上站岗的有几个人", "人"), ("每天派多少个人在卡点排查", "人"), ("初三有多少个学生", "人"),
    ("红石村有几个村民小组", "个"), ("有几个志愿者服务队", "个"), ("多少个人民公园", "个"),
    ("劝阻了多少艘船", "艘"), ("捐了多少箱口罩", "箱"),
])
def test_the_measure_word_asked(question, measure):
    assert measure_word(question) == measure


def test_a_group_is_not_counted_by_another_classifier():
    assert extract.unit_fit("10000只", "箱") is None and extract.unit_fit("3箱", "只") is None
    assert extract.unit_fit("102幅", "条") == 1.0  # two classifiers of single things may still agree
    assert extract.best_figure("并捐献医用口罩10000只", ["口罩"], "箱", noun="口罩") is None
    assert extract.best_figure("悬挂宣传横幅102幅", ["横幅"], "条", noun="横幅").text == "102幅"


def test_a_bare_number_written_onto_a_word_names_a_thing():
    s = "购置了高音喇叭、酒精及84消毒液等物品。"
    assert extract.best_figure(s, ["喇叭"], "台") is None
    assert extract.best_figure("病理报告5至7个工作日可取", ["病理报告"], "个工作日") is not None
    assert extract.best_figure("共有43,另有5", ["共有"], "个").text == "43"


@pytest.mark.parametrize("sentence, purpose", [
    ("庞庄村为减少群众外出,组织村干部统一为村民购买元宵,避免了群众扎堆聚集。", "为减少群众外出"),
    ("全区党员干部为切断传播途径彻夜奋战。", "为切断传播途径彻夜奋战"),
    ("用责任诠释为人民服务的宗旨", None), ("他被评为先进个人", None), ("这里成为景点", None),
])
def test_wei_before_a_verb_states_a_purpose(sentence, purpose):
    got = extract.best_reason(sentence, [])
    assert (got.text if got else None) == purpose


def test_a_town_one_sound_off_beside_its_short_form():
    names = ["商务中心区", "大李庄乡", "白潭镇", "崔桥镇", "商务中心", "大李庄", "白潭", "崔桥"]
    assert near_name("商务中新区排查了几个小区", names) == ("商务中心区", "商务中新区")
    assert near_name("大礼庄乡有多少人参加防疫", names) == ("大李庄乡", "大礼庄乡")
    assert near_name("崔乔镇", ["崔桥镇", "崔侨镇"]) is None  # two equally close: still neither


def test_the_kind_after_a_question_word_is_no_name_to_find():
    assert "东西" not in entities("乡政府给卡点买了哪些东西")
    assert "潘庄村" in entities("哪个单位用无人机给潘庄村消毒")


def test_a_ratio_is_one_value_asked_only_as_a_ratio():
    assert [f.text for f in extract.figures("采取1对1管控")] == ["1对1"] and extract.is_ratio("3比2")
    assert extract.best_figure("采取1对1管控", [], None, question="返乡人员有多少") is None
    assert extract.best_figure("采取1对1管控", [], "对", question="采取几对几管控").text == "1对1"
    assert extract.best_figure("男女生比例约为1：7", [], None, question="男女生比例是多少").text == "1：7"
    assert [f.text for f in extract.figures("上午8:00到校")] == ["8:00"]  # a clock time stays one


def test_a_penalty_in_the_clause_of_its_condition():
    assert [c.text for c in extract.consequences("对不作为的村干部严肃处理,决不姑息。")] == ["对不作为的村干部严肃处理"]
    assert [c.text for c in extract.consequences("凡违反规定的,罚款200元。")] == ["罚款200元"]


def test_a_clause_that_says_whether():
    assert extract.states_existence("白潭镇没有一人感染新冠肺炎") and extract.states_existence("确诊3例")
    assert not extract.states_existence("传达县政府对新型冠状病毒感染的肺炎疫情防控工作会议精神")


def test_the_verb_before_a_question_word_with_its_particle_is_the_focus():
    from wenda.index.query import asks_existence, focus_words, kind_words

    assert focus_words("宣布成立了哪些组", ["宣布", "成立", "组"]) == ("成立",)
    assert kind_words("志愿者用什么东西消毒", ["志愿者", "东西", "消毒"]) == ["东西"]
    assert asks_existence("有没有人感染") and not asks_existence("超市开门了吗")


def test_which_asks_no_quantity_and_a_title_is_asked_by_its_word():
    from wenda.index.query import ASKERS_WORDS, asks_title, intent_of, keyword_tags, measure_word

    assert intent_of("县文联的工作队驻在哪几个村") == "entity" and measure_word("驻在哪几个村") is None
    assert intent_of("崔桥镇有几个村") == "figure"
    assert asks_title("那篇报道的标题是啥") and asks_title("稿子的题目是什么") and not asks_title("考试有几道题")
    assert not {w for w, _ in keyword_tags("崔桥镇的饭店现在能开门吗")} & ASKERS_WORDS


def test_a_clause_that_opens_with_its_deed_has_its_subject_before():
    s = "县农业农村局驻潘庄村工作队,为村内公共区域实施无人机消毒。"
    assert extract.subjectless("为村内公共区域实施无人机消毒") and not extract.subjectless("县农业农村局驻潘庄村工作队")
    assert extract.goes_on(s, "为村内公共区域实施无人机消毒", "哪个单位用无人机给潘庄村消毒").startswith("县农业农村局")


def test_a_number_of_a_thing_is_no_sibling_of_it():
    from wenda.index.lexicon import siblings

    assert not siblings("手指", "双指") and not siblings("人", "三人")
    assert siblings("首班车", "末班车") and siblings("高一", "高二") and siblings("三楼", "二楼")


def test_an_origin_is_a_place_and_its_person():
    from wenda.index.query import asked_kind

    assert [o.text for o in extract.origins("张三，河南扶沟人，1970年生。")] == ["河南扶沟人"]
    assert [o.text for o in extract.origins("籍贯：山东济南")] == ["籍贯：山东济南"]
    assert extract.origins("共有村民1200人") == [] and extract.origins("项目负责人，张三") == []
    assert asked_kind("田艳华是哪里人") == "origin" and asked_kind("哪里人多") == "place"
