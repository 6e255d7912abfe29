"""index/query.py: question analysis on hand-written questions (no model, no index)."""

from __future__ import annotations

import pytest

from wenda.index import query as Q


def test_normalize_maps_width_script_and_space_and_never_cuts():
    assert Q.normalize("崔橋鎮設了多少個卡點？") == "崔桥镇设了多少个卡点?"
    assert Q.normalize("  ＡＢＣ１２３\t\n  問題\u200b ") == "ABC123 问题"
    long = "卡" * (Q.MAX_QUESTION_CHARS * 3)
    assert Q.normalize(long) == long  # the length limit is the engine's to enforce, with a message


def test_tokens_drop_punctuation_and_stopwords_and_lower_case():
    toks = Q.tokens("崔桥镇的卡点，设置了ＧＤＰ！")
    assert "卡点" in toks and "设置" in toks and "gdp" in toks
    assert not {"的", "了", "，", "！", ","} & set(toks)
    assert Q.tokens("的了是，。") == []


@pytest.mark.parametrize("question, intent", [
    ("崔桥镇设了多少卡点", "figure"),
    ("绿水镇设置了几个卡点", "figure"),
    ("青山镇镇长是谁", "person"),
    ("领导小组什么时候成立的", "date"),
    ("疫情防控指挥部设在哪个镇", "entity"),
    ("崔桥镇有卡点吗？", "yesno"),
    ("是否发放了口罩", "yesno"),
    ("介绍一下崔桥镇", "clause"),
])
def test_intent(question, intent):
    assert Q.intent_of(question) == intent


def test_strip_asked_removes_the_asked_quantity_and_its_measure_word():
    assert Q.strip_asked("多少台大喇叭") == " 大喇叭"
    assert Q.strip_asked("设了几处卡点") == "设了 卡点"
    assert Q.strip_asked("多少口罩") == " 口罩"  # 口 begins a noun here, not a measure word


@pytest.mark.parametrize("question, measure", [
    ("设了几处卡点", "处"),
    ("出动了多少辆车", "辆"),
    ("捐了多少钱", "元"),
    ("多少党员参加", "人"),
    ("有多少工作人员", "人"),
    ("发放了多少口罩", None),
    ("卡点在哪里", None),
])
def test_measure_word(question, measure):
    assert Q.measure_word(question) == measure


def test_keyword_tags_keep_content_words_only():
    words = [w for w, _ in Q.keyword_tags("请问青山镇一共设置了多少个卡点？", exclude=("青山镇",))]
    assert words == ["设置", "卡点"]  # not the section, question words, stopwords, the asked 多少个
    tags = dict(Q.keyword_tags("绿水镇捐了多少钱"))
    assert tags["捐"] == "v" and "钱" not in tags and "多少" not in tags  # its part of speech comes along


def test_focus_words_touch_the_question_word():
    assert Q.focus_words("用来买什么", ["用来", "买"]) == ("买",)
    assert Q.focus_words("用什么消毒", ["用", "消毒"]) == ("用", "消毒")
    assert Q.focus_words("设在哪个镇", ["设", "镇"]) == ()  # 哪个镇: the noun after 哪 is the answer's kind


def test_entities_are_proper_names_minus_the_routed_ones():
    names = Q.entities("李四在青山镇检查了卡点", exclude=("青山镇",))
    assert "李四" in names and "青山镇" not in names


def test_tokenizer_spec_follows_the_word_lists(monkeypatch):
    spec = Q.tokenizer_spec()
    assert spec["stopwords"] == sorted(Q.STOPWORDS) and spec["version"] == Q.TOKENIZER_VERSION
    monkeypatch.setattr(Q, "STOPWORDS", Q.STOPWORDS | {"卡点"})
    assert Q.tokenizer_spec() != spec
    assert "卡点" not in Q.tokens("崔桥镇的卡点")  # and tokens follow the same list


def test_a_negated_qualifier_is_another_one():
    from wenda.index.support import asked_forms, opposed

    q = "考核不合格的乡镇罚款多少钱"
    assert asked_forms(q, ["考核", "不", "合格", "乡镇"]) == ["考核", "不合格", "乡镇"]
    assert opposed("不合格", "考核合格的乡镇奖励8万元", [], "考核合格的乡镇奖励8万元，考核不合格的乡镇通报批评", q)
    assert not opposed("不合格", "考核不合格的乡镇罚款2万元", [], "考核不合格的乡镇罚款2万元", q)
    assert opposed("合格", "考核不合格的乡镇罚款2万元", [], "考核不合格的乡镇罚款2万元", "考核合格的乡镇罚款多少")
    # a negation of two characters (没有, 未能) negates as one does: 没休息 and 没有休息 ask the same
    said = "许峰已38个小时没有休息"
    for asked in ("许峰多久没休息了", "许峰多长时间没有休息"):
        [form] = asked_forms(asked, ["休息"])
        assert form == "没休息" and not opposed(form, said, [], said, asked), asked
    assert opposed("没休息", "许峰已38个小时在休息", [], "许峰已38个小时在休息", "许峰多久没休息了")


def test_a_sibling_beside_the_value_is_no_answer():
    from wenda.index.support import opposed

    text = "首班车早上6:30发车"
    assert opposed("末班车", text, ["首班车", "早上", "发车"], text, "末班车几点发车")
    assert not opposed("首班车", text, ["首班车", "早上", "发车"], text, "首班车几点发车")
    # the asked word elsewhere in the sentence: the sibling beside the value is not decisive here
    assert not opposed("末班车", text, ["首班车"], "首班车早上6:30发车，末班车20:30发车", "末班车几点发车")


def test_a_noun_jieba_glued_to_the_next_deed_is_cut_back():
    from wenda.index.query import keyword_tags

    words = [w for w, _ in keyword_tags("村医一天给观察的人测几回体温")]
    assert "人" in words and "人测" not in words  # 人测 is no word of the dictionary
    assert "叉车" in [w for w, _ in keyword_tags("叉车工要什么学历")]


def test_a_verbal_noun_that_ends_the_question_is_no_head_of_the_counted():
    from wenda.index.query import counted_noun

    assert counted_noun("一个大人最多带几个小孩免费") == "小孩"  # 免费 is what they get
    assert counted_noun("有多少名社区工作人员") == "工作人员"


def test_what_the_counted_did_is_part_of_the_question():
    from wenda.index.query import predicate_words

    kws = ["其余", "省份", "返乡", "人员", "发烧"]
    assert predicate_words("其余省份返乡人员中有多少人发烧", kws, None) == ("发烧",)
    assert predicate_words("每个村要配几名环境监督员", ["每个", "村", "配", "环境监督员"], "环境监督员") == ()
    assert predicate_words("崔桥镇有多少返乡人员", ["返乡", "人员"], "返乡人员") == ()
    assert predicate_words("谁写的报道", ["写", "报道"], None) == ()
    assert predicate_words("滤网多少钱一片", ["滤网", "一片"], None) == ()  # a rate, no deed
    assert predicate_words("私教多少钱一节课", ["私教", "一节课"], None) == ()


def test_kinds_of_clause_questions():
    from wenda.index.query import asked_kind, asks_consequence, asks_reason, intent_of, measure_word

    assert asked_kind("物业费多久交一次") == "frequency" and asked_kind("地址在哪儿") == "place"
    assert asks_consequence("连续旷工好几天会有什么后果") and asks_consequence("书过期了怎么罚")
    assert not asks_consequence("书可以借多久")
    assert intent_of("连续旷工好几天会有什么后果") != "figure" and measure_word("好几天会怎样") is None
    assert asks_reason("为啥不让在楼道里充电")


def test_numbered_names_and_years():
    from wenda.index.query import numbered_names, years

    assert numbered_names("2号线班车几点发车") == ["2号线"] and numbered_names("第二期几号开始") == ["第二期"]
    assert numbered_names("坐5路公交") == ["5路"] and numbered_names("柳岸路口站") == []
    assert years("2023年发了多少") == ["2023年"] and years("发了300年") == []


def test_what_is_measured_is_no_modal_and_a_population_is_people():
    from wenda.index.query import measured_subject

    assert measured_subject("常住人口多少人", ["常住人口"]) == "常住"
    assert measured_subject("能记几个积分", ["能记"]) is None


@pytest.mark.parametrize("question,intent", [
    ("赵鹏的职业是什么？", "entity"),       # 什么's 么 is no yes-no particle
    ("锣鼓经是什么?", "entity"),
    ("这件事是怎么发生的？", "clause"),
    ("能停车么？", "yesno"),                # a 么 of its own is
    ("崔桥镇有卡点吗", "yesno"),
])
def test_what_ending_in_me_is_no_yes_no_question(question, intent):
    assert Q.intent_of(question) == intent


@pytest.mark.parametrize("question,intent", [
    ("巴西得到第一个冠军是在西元几年?", "date"),   # a year asked, not a count of years
    ("史特拉斯堡于几世纪人口成长三倍?", "date"),
    ("他在公司工作了几年?", "figure"),             # a count of years stays a figure
    ("在韩国历史的哪一时期儒教成为国教?", "date"),
])
def test_a_year_or_a_century_asked_is_a_date(question, intent):
    assert Q.intent_of(Q.normalize(question)) == intent


def test_which_one_is_which():
    assert Q.normalize("哪一種澱粉") == "哪种淀粉"
    words = [w for w, _ in Q.keyword_tags(Q.normalize("在哪一時期改为儒教"))]
    assert "时期" in words and "一时期" not in words


@pytest.mark.parametrize("question,reason", [
    ("为什么要设卡点", True),
    ("华北陆块成为什么的一部分？", False),   # 成为 is the verb: what it became is asked
    ("常用的节奏型称为什么？", False),
    ("该站改名为什么?", False),
    ("最常见的动物模型为什么?", False),     # ending the question after a noun: 为 is 是, what is asked
    ("这是为什么？", True),
    ("猫为什么怕水?", True),
])
def test_why_is_not_a_verb_ending_in_wei(question, reason):
    assert Q.asks_reason(question) is reason


@pytest.mark.parametrize("question,role", [
    ("这篇报道的作者是谁", "记者"),
    ("这篇文章是谁写的", "记者"),
    ("本文的作者叫什么", "记者"),
    ("大李庄乡这篇稿子的通讯员叫什么", "通讯员"),
    ("《战栗游戏》的作者是谁？", None),        # a work the document names: its author is asked
    ("约翰三书的作者是谁", None),
])
def test_the_byline_is_asked_only_of_the_document_itself(question, role):
    assert Q.asks_writer(Q.normalize(question)) == role


@pytest.mark.parametrize("question,noun", [
    ("罗渣士中心球场是什么队伍的主场？", "队伍"),     # right after the question word
    ("1609年哪个地区的荷兰商馆建立?", "地区"),
    ("赵鹏的职业是什么？", "职业"),                   # before it, joined by 是
    ("崔桥镇设了多少卡点", None),                     # no what-question
])
def test_the_noun_that_names_what_is_asked(question, noun):
    nouns = tuple(w for w, f in Q.keyword_tags(question) if f.startswith("n"))
    assert Q.asked_noun(question, nouns) == noun


def test_a_number_and_its_head_are_one_keyword_however_jieba_cuts_them():
    from wenda.index.query import keyword_tags

    words = lambda q: [w for w, _ in keyword_tags(q)]  # noqa: E731
    assert words("1路早上第一班车几点")[0] == "1路"  # 1 / 路
    assert words("3路车多少钱") == ["3路", "车"]  # 3 / 路车: the head is taken, 车 stays a word
    assert "3号楼" in words("3号楼在哪") and "号" not in words("3号楼在哪")  # 3 / 号 / 楼
    assert words("2号线首班车") == ["2号线", "首班车"]
    assert "楼" in words("门诊楼5楼是什么科")  # no number before it: 楼 stays itself


def test_a_classifier_after_the_question_word_is_not_the_noun_asked():
    from wenda.index.query import asked_noun

    assert asked_noun("赵敏老师上的是哪门课", ("赵敏", "老师", "门", "课")) == "课"  # 哪门课: a 课, not a 门
    assert asked_noun("球场是什么队伍的主场", ("球场", "队伍", "主场")) == "队伍"
