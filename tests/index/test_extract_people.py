"""Who a 谁 question is answered by when no plain name stands by the question's words: the name
before a kin (是谁的儿子: 司马炎之子), a body (索尼公司), and the dates written as months, decades
and ages that a 什么时候 question may be answered by."""

from __future__ import annotations

import pytest

from wenda.index import extract as E


@pytest.mark.parametrize("sentence, question, name", [
    ("司马晏，字平度，晋武帝司马炎之子。", "司马晏是谁的儿子", "司马炎"),
    ("硕塞，清太宗皇太极第五子，生母为侧妃叶赫那拉氏。", "硕塞是谁的儿子", "皇太极"),  # a name jieba does not tag
    ("司马繇，字思玄，琅邪王司马伷三子。", "司马繇是谁的儿子", "司马伷"),
    ("朱佩兰，吴丞相朱据之女，吴景帝孙休之妻。", "朱皇后是谁的妻子", "孙休"),
    ("他是张三的儿子。", "李四是谁的儿子", "张三"),
])
def test_the_name_before_the_kin_asked(sentence, question, name):
    span = E.kin_of(sentence, question)
    assert span is not None and span.text.endswith(name) and sentence[span.start:span.end] == span.text


@pytest.mark.parametrize("sentence, question", [
    ("她和丈夫一起来到北京。", "李四是谁的丈夫"),  # no name before the kin
    ("司马晏为人恭愿，才能在武帝诸子中最劣。", "司马晏是谁的儿子"),  # 诸子: his brothers, no father named
    ("司马晏，字平度，晋武帝司马炎之子。", "司马晏是哪年出生的"),  # no kin asked
])
def test_no_kin_no_name(sentence, question):
    assert E.kin_of(sentence, question) is None


def test_a_body_answers_who_when_no_person_is_named():
    assert [b.text for b in E.bodies("索尼公司于2007年11月成为球队的重要赞助商。")] == ["索尼公司"]
    assert [b.text for b in E.bodies("神州天地体育传媒（北京）有限公司担任总运营商")] == ["神州天地体育传媒（北京）有限公司"]
    assert [b.text for b in E.bodies("他在北京大学读书")] == ["北京大学"]  # after a preposition
    assert E.bodies("他去年来到这里工作") == []


@pytest.mark.parametrize("sentence, date", [
    ("在1950年代有270万东德居民非法越境到西德", "1950年代"),  # a decade, not the year 1950
    ("接着于2月底无预警地中断两国间的贸易条约", "2月底"),  # a month alone and its part
    ("而在11月到4月中旬期间随时都有可能下雪", "4月中旬"),
    ("2001年3月底开通航班", "2001年3月底"),
    ("长崎县的旧石器时代遗迹有福井洞窟", "旧石器时代"),  # an age after 的
])
def test_months_decades_and_ages_are_dates(sentence, date):
    assert date in [d.text for d in E.dates(sentence)]


@pytest.mark.parametrize("sentence", ["培训为期3个月", "难有和平稳定的治理时期来证明其统治能力"])
def test_a_duration_or_a_described_period_is_no_date(sentence):
    assert E.dates(sentence) == []


def test_none_is_no_count_of_one():
    assert E.figures("白潭镇没有一人感染新冠肺炎") == []  # 没有一人: nobody, not one person
    assert [f.text for f in E.figures("全镇共有一人感染")] == ["一人"]


@pytest.mark.parametrize("text, role, name", [
    ("坚持做到干部责任清、防控措施实", "干部", None),  # 责任 + 清: a common word, no family name
    ("幸福里社区长者食堂自2020年开放", "社区长", None),  # 者 + 食堂
    ("村党支部书记会上立下军令状", "书记", None),  # 会上: a time word
    ("其他科级干部任副组长", "干部", None),  # ends in a role
    ("镇长韩立新对春耕备耕工作进行了部署", "镇长", "韩立新"),  # pieces, opening with a family name
    ("网格员组长为高建军。", "组长", "高建军"),
    ("通讯员 尚东方", "通讯员", "尚东方"),
])
def test_no_name_is_made_up_of_common_words_after_a_role(text, role, name):
    span = E.name_after(text, text.index(role) + len(role))
    assert (span.text if span else None) == name


@pytest.mark.parametrize("name, made", [("责任清", True), ("者食堂", True), ("任副组长", True),
                                        ("韩立新", False), ("尚东方", False)])
def test_a_made_up_name(name, made):
    assert E.made_up(name) is made
