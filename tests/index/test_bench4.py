"""Encyclopedia paragraphs of the benchmarks' kind (tests/data/bench4: a county's paragraph that names
it once, then speaks of it), read through a real engine (real model, FAISS, BM25).

- A name the question says counts when the sentence's paragraph says it anywhere (Answerer.paragraph_names):
  青溪县 opens the paragraph, «县里在城东兴建了第一座水电站» is about it; a county never named is refused.
- A share asked (多少比例, 多少百分比) is answered by a percentage or a fraction (三分之二, 40%), and the
  share noun need not be said (query.SHARE_ASKED, extract._FRACTION).
- A word before 的 that frames the thing in time or grades it (当时的, 著名的, 刘宋时期的) singles out no
  kind among siblings (query._FRAMING).
"""

from __future__ import annotations

import pytest

from support import folder_engine
from wenda.index import extract
from wenda.index.query import counted_noun, keyword_tags, measure_word, qualifiers


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "bench4")


def test_a_name_said_where_the_paragraph_opens_counts(engine):
    ans = engine.ask("青溪县在城东兴建的第一座水电站叫什么名字")
    assert ans.found and "白石水电站" in ans.answer, ans.answer
    assert not engine.ask("红溪县在城东兴建的第一座水电站叫什么名字").found


def test_a_share_is_answered_by_a_fraction_or_a_percentage(engine):
    ans = engine.ask("茶叶产值约占农业总产值多少比例")
    assert ans.found and ans.span == "三分之二", (ans.span, ans.answer)
    ans = engine.ask("外出务工的青年约占全县青年多少百分比")
    assert ans.found and ans.span == "40%", (ans.span, ans.answer)


def test_a_word_that_frames_in_time_or_grades_is_no_qualifier(engine):
    ans = engine.ask("当时的茶行多由哪里的商人经营")
    assert ans.found and "徽州商人" in ans.answer, ans.answer
    ans = engine.ask("著名的青溪红茶由哪家茶行首创")
    assert ans.found and "同春茶行" in ans.answer, ans.answer


def test_fractions_are_shares():
    spans = [f.text for f in extract.figures("消灭了帝国三分之一的人口，约占总面积的四分之三左右")]
    assert spans == ["三分之一", "四分之三左右"]
    assert extract.unit_of("三分之一") == "%" and extract.unit_fit("五分之三", "%") == 0.0
    # a fraction answers a share, never an amount in other units (面积约为多少)
    sp = extract.best_figure("全市土地面积2,052平方公里，约占全岛总面积的十六分之一。", ["面积"], None, None, "全岛面积约为多少的16倍")
    assert sp is not None and sp.text == "2,052平方公里"


@pytest.mark.parametrize("question, measure", [
    ("消灭了帝国多少比例的人口", "%"), ("超过多少百分比的学生来自全球", "%"), ("设了多少卡点", None), ("多少人参加", "人"),
])
def test_a_share_is_asked_in_percent(question, measure):
    assert measure_word(question) == measure
    assert counted_noun(question) in (None, "卡点")


@pytest.mark.parametrize("question, quals", [
    ("于现代，通常称当时的三种蛮夷为什么", ()), ("刘宋时期的朝廷收入大宗为哪一种税收", ()),
    ("目前我们所见的大部分的长城都是哪个时期建造的", ()), ("考核合格的乡镇有几个", ("合格",)),
])
def test_framing_words_are_no_qualifiers(question, quals):
    tags = keyword_tags(question)
    assert qualifiers(question, [w for w, flag in tags if not flag.startswith("v")]) == quals


def test_a_sentence_that_only_restates_the_question_s_context_answers_nothing(engine):
    ans = engine.ask("古驿道沿线设置有许多驿站作为公文传递系统，也就是用什么方式传递公文的站点?")
    assert not ans.found or "换马接力" in ans.answer, ans.answer
    assert extract.restates_context("古驿道沿线设置有许多驿站作为公文传递系统。",
                                    "古驿道沿线设置有许多驿站作为公文传递系统，也就是用什么方式传递公文的站点")
    assert not extract.restates_context("古驿道沿线设置有许多驿站作为公文传递系统。", "古驿道沿线设置有许多驿站作为什么系统")


def test_the_kind_a_question_word_asks_need_not_be_said():
    sp = extract.frame_fill("山区农民主要通过种植茶叶增加收入。", "山区农民主要通过哪种方式增加收入")
    assert sp is not None and sp.text == "种植茶叶"
    assert extract.frame_fill("他毕业于香港中文大学。", "他毕业于哪个大学").text == "香港中文大学"
    # a kind that modifies what follows (什么性质的频道) stays: «的频道» alone would frame any 频道
    assert extract.frame_fill("该台是一条以粤语为主的综合频道，也是第一条以粤语播出的频道", "该台是一条什么性质的频道") is None


@pytest.mark.parametrize("sentence, expected", [
    ("民国七十一年7月1日，再次升格为省辖市，民国七十九年10月6日，将市区划分为东区、西区等二区。",
     ["民国七十一年7月1日", "民国七十九年10月6日"]),
    ("明洪武元年，废长社县，并入许州。", ["明洪武元年"]),
    ("2015年9月17日，全平台公测。", ["2015年9月17日"]),
])
def test_an_era_year_before_a_calendar_date_is_one_date_with_it(sentence, expected):
    assert [d.text for d in extract.dates(sentence)] == expected


def test_a_year_of_an_era_answers_which_year(engine):
    ans = engine.ask("县城在民国几年解放")
    assert ans.found and "民国三十八年" in ans.answer, ans.answer


def test_a_date_set_apart_by_a_comma_frames_the_deed_after_it(engine):
    ans = engine.ask("茶行公会从哪一年正式开始发行会刊")
    assert ans.found and ans.span == "1991年", (ans.span, ans.answer)
    ans = engine.ask("会刊哪一年更名为青溪茶讯")
    assert ans.found and ans.span == "1995年1月", (ans.span, ans.answer)


def test_which_place_in_order_is_answered_by_an_ordinal():
    sp = extract.best_figure("青溪红茶在全国名茶评比中位列第五。", ["评比"], None, None, "青溪红茶在全国名茶评比中位列第几")
    assert sp is not None and sp.text == "第五"
    assert extract.best_figure("依第五条规定，共设卡点43个。", ["卡点"], None, None, "共设多少卡点").text == "43个"
