"""How a question's written forms are read: which words single out what is asked, which are
part of a figure, which name a place or an occasion (Traditional questions of DRCD's kind)."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import query as Q
from wenda.index.answer import place_stem
from wenda.index.reading import DATE_NOUNS, _figure_piece


@pytest.mark.parametrize("question, qualifier, kept", [
    ("考核合格的乡镇奖励多少钱", "合格", True),  # a kind among siblings (合格, not 优秀)
    ("在网球中使用哪种握拍方式是处理高球最有效的方式", "有效", False),  # a grade: the sentence may say it otherwise
    ("氢融合的反应速率会因什么的改变而有很大的变化", "很大", False),
    ("形成共轨恒星这样的系统的原因为", "这样", False),  # a pointing word singles out nothing
    ("早期除了维基媒体以外的维基引擎以什么风格建立连结", "以外", False),
])
def test_a_grade_or_a_pointing_word_is_no_qualifier(question, qualifier, kept):
    keywords = [qualifier, "方式", "系统", "变化", "乡镇"]
    assert (qualifier in Q.qualifiers(question, keywords)) is kept


def test_for_the_first_time_is_no_numbered_name():
    assert Q.numbered_names("欧洲人第一次来到苏利南是在何时") == []
    assert Q.numbered_names("第一次会议在哪里开") == ["第一次"]  # the name of an event stays one


def test_the_written_wei_of_who_is_read_as_shi():
    assert Q.normalize("開始帶頭反對羅斯福的人為誰?").startswith("开始带头反对罗斯福的人是谁")
    assert "人为主" in Q.normalize("这里的人为主要劳力")  # 人为 not followed by a question word stays


def test_a_year_and_its_shi_are_part_of_the_figure():
    assert _figure_piece("年时", "韩国于1997年时的领导人为")
    assert not _figure_piece("年时", "年时不同")  # no figure before it


def test_an_area_is_named_by_its_place():
    assert place_stem("青海地区") == "青海"
    assert place_stem("长江一带") == "长江"
    assert place_stem("青海") == ""  # no area tail
    assert place_stem("东地区") == ""  # a one-character stem names nothing


@pytest.mark.parametrize("question, word", [
    ("掌球戏是流行于哪一时期的游戏", "时期"),  # a date question: 时期 names the kind of date asked
    ("这座桥是什么年代的建筑", "年代"),
])
def test_a_time_noun_is_what_a_date_question_asks(article_engine, question, word):
    q = article_engine.answerer.analyse(question)
    assert q.intent == "date" and word in DATE_NOUNS and word not in q.qualifiers


def test_an_ordinal_may_be_said_with_another_measure_word_or_as_shou():
    from wenda.index.answer import _ordinal_said

    assert _ordinal_said("第一座", "台湾第一批采用花岗石建造的灯塔")
    assert _ordinal_said("第一家", "是台湾首家民间兴建的医院")
    assert not _ordinal_said("第二家", "第二十家分店")  # 第二十 is not 第二
    assert not _ordinal_said("第二期", "第二批")  # 第二期 names a phase: it must be said as written
    assert not _ordinal_said("第一家", "首先")


@pytest.mark.parametrize("question, read", [
    ("how many checkpoints in 崔桥镇", "多少checkpoint崔桥镇"),  # the question word, the plural, the glue
    ("崔桥镇设了多少个check point", "崔桥镇设了多少个checkpoint"),  # two words the dictionary knows as one
    ("崔桥镇有多少volunteers", "崔桥镇有多少volunteer"),
    ("VPN怎么连", "VPN怎么连"),  # no English question word, no plural the dictionary knows: as written
    ("This is 什么", "This is 什么"),
])
def test_english_words_are_read_for_matching(question, read):
    assert Q.english_read(question) == read


@pytest.mark.parametrize("question, figure", [
    ("how many checkpoints in 崔桥镇", "43个"),
    ("大李庄乡设了几个checkpoints", "21个"),
    ("崔桥镇设了多少个check point", "43个"),
])
def test_an_english_or_english_mixed_question_is_answered(article_engine, question, figure):
    a = article_engine.ask(question)
    assert a.found and figure in a.answer


@pytest.mark.parametrize("question, kind", [
    ("第8名的消费量占全球的多少比例", None),  # 消费 is consumption, no fee: a share is asked, not money
    ("管理费一坪多少", "money"),
    ("押金要交多少", "money"),
])
def test_consumption_is_no_fee(question, kind):
    assert Q.asked_kind(question) == kind


def test_the_de_that_ends_a_question_modifies_nothing():
    assert Q.qualifiers("汉地十八省是从何时开始产生的？", ["汉地", "产生"]) == ()
    assert Q.qualifiers("考核合格的乡镇奖励多少钱", ["合格", "乡镇"]) == ("合格",)


@pytest.mark.parametrize("question, kind", [
    ("东西掉在捷运上打什么电话", "phone"),  # a question word between the verb and the number asks it
    ("热线是多少", "phone"),
    ("王建国的手机号", "phone"),
    ("打电话问天气的服务是哪年开始的", None),  # 打电话 is the deed asked about, no number
    ("拨电话报修的人多吗", None),
])
def test_a_phone_is_asked_only_when_no_verb_takes_it(question, kind):
    assert Q.asked_kind(question) == kind


@pytest.mark.parametrize("question, places", [
    ("韭园镇党委书记是谁", ["韭园镇"]),
    ("扶沟县的韭园镇有几个卡点", ["扶沟县", "韭园镇"]),  # a name opens after the word that joins it
    ("有多少罗德学者为麻省理工校友", []),  # 学者为麻省 is no place: 为 joins, and 麻 alone names none
    ("哪一座城市位于最北端", []),  # a word that points or counts names no place
])
def test_a_place_named_by_its_kind_opens_after_a_joining_word(question, places):
    from wenda.index.support import places_named

    assert places_named(question) == places


def test_a_word_the_corpus_says_is_no_misspelling_of_another(tmp_path):
    # 罗德 and 洛德 sound alike and both stand in the corpus (in Traditional characters): the asker's
    # 羅德 is read as written, so 47位羅德學者 answers (it was respelt 洛德 and refused)
    engine = text_engine(tmp_path, {"school.txt": (
        "校友\n\n截至2014年，共有逾30位諾貝爾獲獎者、47位羅德學者、61位馬歇爾獎學金得主為本校的校友。\n\n"
        "洛德先生於1990年訪問本校，並發表演講。\n")})
    ans = engine.ask("截止2014年有多少羅德學者為本校校友?")
    assert ans.found and "47位" in ans.answer


@pytest.mark.parametrize("question, kept, dropped", [
    ("五一放假食堂开不开", "开", "开不开"),  # A-not-A asks whether A
    ("能带狗进去吗", "带", "能带"),  # jieba glues the modal to the verb (tagged a noun)
    ("捷运上可以吃东西吗", "吃", "可以"),
    ("残疾人办卡要交押金吗", "押金", "要"),
])
def test_the_asking_form_of_a_yes_no_question_is_no_word_to_look_for(question, kept, dropped):
    words = [w for w, _ in Q.keyword_tags(question)]
    assert kept in words and dropped not in words
    assert Q.intent_of(question) == "yesno"


def test_the_deed_a_yes_no_question_asks_follows_its_modal():
    assert Q.whether_deed("这个机器能除甲醛吗", ["机器", "除甲醛"]) == ["除甲醛"]
    assert Q.whether_deed("净化器能不能加湿", ["净化器", "加湿"]) == ["加湿"]
    assert Q.whether_deed("净化器多重", ["净化器"]) == []


def test_a_weight_in_pounds_is_not_answered_in_kilograms():
    from wenda.index import extract

    assert Q.measure_word(Q.normalize("行李最多能帶多少磅")) == "磅"
    assert extract.unit_fit("20公斤", "磅") is None
    assert extract.unit_fit("20磅", "磅") == 0.0


def test_yes_no_questions_and_latin_words_over_a_notice(tmp_path):
    # a yes/no question is answered by the rule that allows or forbids the deed in the corpus's words;
    # one whose deed no sentence says or rules on is refused; a Latin word asked in lower case is
    # matched as the document writes it (ct → CT)
    engine = text_engine(tmp_path, {"notice.txt": (
        "清风空气净化器用户须知\n\n感谢您选购清风空气净化器。\n\n"
        "本机适用面积为35至60平方米。\n\n"
        "门店内禁止吸烟，禁止携带宠物入内。\n\n"
        "血常规报告约2小时可取，CT报告需要1个工作日，病理报告需要5至7个工作日。\n")})
    assert not engine.ask("净化器能不能加湿").found  # no sentence says 加湿
    ans = engine.ask("ct报告要等多久")
    assert ans.found and ans.figures == ["1个工作日"]
    ans = engine.ask("门店里能抽烟吗")
    assert ans.found and "禁止吸烟" in ans.answer


def test_a_yes_no_question_is_answered_by_the_rule_after_a_sentence_that_only_names_its_place(tmp_path):
    # the sentence ranked first names the canteen but not smoking (vetoed); the next one rules on it
    engine = text_engine(tmp_path, {"canteen.txt": (
        "长者食堂用餐须知\n\n幸福里社区长者食堂里面自2025年10月起对外开放。\n\n"
        "1. 就餐人员请自觉排队。\n\n2. 食堂内禁止吸烟，请勿大声喧哗。\n")})
    ans = engine.ask("长者食堂里面能抽烟吗")
    assert ans.found and "食堂内禁止吸烟" in ans.answer
    assert not engine.ask("长者食堂里面能唱歌吗").found  # no sentence says or rules on singing
