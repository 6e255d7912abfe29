"""Values said in ways the extractor missed before session 16, each a general shape of Chinese:

- a length of time with a half (不少于半天, 半小时内, 一个半小时, 两个半月) is one figure whose unit is the
  time word; the halves of a calendar (上半年, 下半月) and a half with no unit (半价) are none;
- 一天, 一周 after a word of shifting or bounding (提前一天, 满一年) is a length of time, not an article;
- an extension after 内线 is a telephone number, as one after 分机;
- a light verb before another deed lends it its deed (几点以后可以办入住 asks the time of 入住);
- a negation asked as the deed (几点就不卖票了, 哪天不营业) is said by a word of ceasing (停止售票, 店休);
- a day of the week answers 星期几 / 哪天 where the sentence names no date (每周二店休);
- the one clock time of a sentence whose whole says the asked deed is that deed's, wherever the deed
  stands (演出当天晚上7:00起，…停止…入场), while a noun of the question the sentence lacks still refuses;
- days asked (周末开到几点) take the time whose piece names them (周末（周六、周日）延长至23:00), and a
  separator inside round brackets ends no piece;
- a word right before the counted noun (多少条标语横幅) says which ones are counted, no deed the
  sentence must say.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import deeds, extract
from wenda.index.query import predicate_words

HOTEL = """云栖民宿入住须知

一、入住与退房
入住时间为15:00以后，退房时间为中午12:00以前。
前台可代订接站服务，需提前一天告知。
年卡会员满一年可免费升级房型。

二、早餐与棋牌室
早餐供应时间为7:00至9:30，每位加收早餐费30元。
棋牌室工作日（周一至周五）开放时间为10:00至21:00，周末（周六、周日）延长至23:00。

三、联系
前台咨询电话：内线6602。
"""

MUSEUM = """临川市博物馆参观须知

一、开放时间
博物馆8:30开始售票，16:30停止售票，17:00闭馆。
博物馆每周二闭馆，法定节假日照常开放。
讲解服务每场约一个半小时，需提前预约。

二、活动
文物修复体验课每次不少于半天，限12人参加。
音乐节当天晚上7:00起，博物馆停止夜间参观。
音乐节当天下午3:00起，博物馆周边道路实施交通管制。

三、停车
停车场晚上22:00以后禁止外来车辆进入。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("said"), {"hotel.txt": HOTEL, "museum.txt": MUSEUM})


def test_a_length_of_time_with_a_half_is_one_figure():
    said = {t: [(f.text, extract.unit_of(f.text)) for f in extract.figures(t)]
            for t in ("每次不少于半天。", "确保险情发生后半小时内处置到位。", "全程约一个半小时。", "工期两个半月。")}
    assert said["每次不少于半天。"] == [("不少于半天", "天")]
    assert said["确保险情发生后半小时内处置到位。"] == [("半小时内", "小时")]
    assert said["全程约一个半小时。"] == [("约一个半小时", "小时")]
    assert said["工期两个半月。"] == [("两个半月", "月")]
    for text in ("上半年完成了计划。", "下半月开始施工。", "学生半价优惠。"):
        assert extract.figures(text) == [], text


def test_one_day_after_a_word_of_shifting_is_a_length_of_time():
    assert [f.text for f in extract.figures("住校生可提前一天返校。")] == ["一天"]
    assert [f.text for f in extract.figures("会员满一年可升级。")] == ["一年"]
    assert extract.figures("一天吃三顿饭。") == []  # no shift, no bound: an article


def test_an_extension_after_neixian_is_a_phone_number():
    assert [p.text for p in extract.phones("咨询电话：内线8021。")] == ["8021"]
    assert [p.text for p in extract.phones("人事部内线电话6602")] == ["6602"]


def test_a_light_verb_and_a_negation_as_the_deed():
    assert deeds.asked_deeds("几点以后可以办入住", ["以后", "可以", "办", "入住"], []) == ["入住"]
    assert deeds.asked_deeds("在哪办", ["办"], ["办"]) == ["办"]  # alone, the light verb is the deed
    assert deeds.word_score("不", "16:00停止售票", ["16:00", "停止", "售票"]) > 0
    assert deeds.word_score("不", "8:30开始售票", ["8:30", "开始", "售票"]) == 0


def test_the_time_of_the_deed_behind_a_light_verb(engine):
    ans = engine.ask("几点以后可以办入住")
    assert ans.found and "15:00" in ans.answer


def test_a_length_of_time_answers_how_long(engine):
    ans = engine.ask("修复体验课一次最少多长时间")
    assert ans.found and "半天" in ans.answer
    ans = engine.ask("讲解一场要多久")
    assert ans.found and "一个半小时" in ans.answer


def test_the_extension_answers_the_phone_asked(engine):
    ans = engine.ask("民宿前台电话多少")
    assert ans.found and "6602" in ans.answer


def test_a_negated_deed_and_a_weekday(engine):
    ans = engine.ask("博物馆几点就不卖票了")
    assert ans.found and "16:30" in ans.answer and "8:30" not in ans.answer
    ans = engine.ask("博物馆星期几不开门")
    assert ans.found and "周二" in ans.answer


def test_the_one_time_of_a_sentence_that_says_the_deed(engine):
    ans = engine.ask("音乐节那天几点开始封路")  # the deed (封路, 交通管制) said in the clause after the time
    assert ans.found and "3:00" in ans.answer
    assert not engine.ask("游泳池晚上几点关门").found  # the car park's 22:00 is no pool's


def test_the_time_of_the_days_asked(engine):
    text = "棋牌室工作日（周一至周五）开放时间为10:00至21:00，周末（周六、周日）延长至23:00。"
    last = extract.clock_times(text)[-1]
    assert extract.segment_of(text, last) == "周末（周六、周日）延长至23:00"
    ans = engine.ask("周末棋牌室开到几点")
    assert ans.found and "23:00" in ans.answer and "周末" in ans.answer


def test_a_word_before_the_counted_noun_is_no_deed():
    assert predicate_words("石门乡挂了多少条标语横幅", ["石门乡", "挂", "标语", "横幅"], "横幅") == ()
    assert predicate_words("有多少人发烧", ["人", "发烧"], "人") == ("发烧",)
