"""Questions in Simplified characters and the asker's own words about a notice written in Traditional
characters (tests/data/trad2: a ferry's rules): the words a dictionary says are one thing answer, their
siblings do not."""

import pytest

from support import folder_engine
from wenda.index import extract, synonyms
from wenda.index.lexicon import siblings


def test_two_words_the_thesaurus_joins_through_a_third_of_their_head_are_no_siblings():
    """尖峰 and 高峰 stand in no group together, but each stands with 顶峰 and 巅峰 ("peak")."""
    assert synonyms.bridged("尖峰", "高峰") and synonyms.bridged("高峰", "尖峰")
    assert not siblings("尖峰", "高峰") and not siblings("高峰", "尖峰")


@pytest.mark.parametrize("a, b", [("离峰", "高峰"), ("首班车", "末班车"), ("午餐", "晚餐"), ("早餐", "午餐"),
                                  ("保洁员", "监督员"), ("深水区", "浅水区"), ("月卡", "年卡"), ("上午", "下午")])
def test_kinds_of_one_thing_are_bridged_by_no_third_word(a, b):
    assert not synonyms.bridged(a, b) and siblings(a, b)


def test_an_area_code_in_full_width_brackets_is_part_of_the_phone_number():
    """A Taiwanese notice writes （02）2181-2345; the number is one token, never a figure of 2181."""
    assert [p.text for p in extract.phones("可撥打24小時客服專線（02）2181-2345詢問")] == ["（02）2181-2345"]
    assert extract.phones("（注意）2181-2345") == []


def test_trips_are_a_measure_no_price_answers():
    """几趟 asks a count of trips: 一日票每張150元 is its price, no answer (不限次數 says no number)."""
    from wenda.index.query import measure_word

    assert measure_word("一日票能坐几趟") == "趟"
    assert not extract.measure_agrees("150元", "趟") and [f.text for f in extract.figures("每天往返3趟")] == ["3趟"]


@pytest.fixture(scope="module")
def ferry(tmp_path_factory):
    return folder_engine(tmp_path_factory, "trad2")


@pytest.mark.parametrize("question, value", [
    ("一班船能带几辆单车", "12輛"),  # 单车: the thesaurus's word for 自行車, the counted noun
    ("尖峰时段几分钟一班", "15分鐘"),
    ("高峰时段几分钟一班", "15分鐘"),  # 高峰 for 尖峰: one "peak"
    ("离峰时段几分钟一班", "30分鐘"),
    ("客服电话是多少", "（07）3355-6789"),
])
def test_a_simplified_question_in_other_words_is_answered_from_the_traditional_text(ferry, question, value):
    answer = ferry.ask(question)
    assert answer.found and value in answer.answer, (question, answer.answer)


@pytest.mark.parametrize("question", ["一班船能带几辆摩托车", "学生坐渡轮打几折", "来回票能坐几趟"])
def test_what_the_notice_does_not_say_is_refused(ferry, question):
    assert not ferry.ask(question).found, question
