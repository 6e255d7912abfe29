"""A held-out set of numeral siblings and of deeds side by side (tests/data/sibling5), written before any
fix of its session: an island's ferry and transport notice in Markdown — 一等舱/二等舱 fares (单程/往返),
1号线/2号线 buses, 步行 and 观光车 and 公交 times to the same places, 小汽车/摩托车 carried on the ferry,
单人/双人 bicycles — and questions in a user's words (tests/data/sibling5_questions.jsonl), fourteen of them
asking a member the notice lacks (三等舱, 商务舱, 3号线, 三人自行车), a deed or means it does not price or
time (走路上山顶 where only the 观光车 is timed, 骑自行车, 自行车带上船, 停车 where only 托运 is priced), or
an attribute no sentence holds (往返 of 摩托车, 一等舱's 座位, 民宿押金): the sentence on the sibling
member or the other deed must be refused.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions

QUESTIONS = questions("sibling5_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "sibling5")


def test_the_set_has_both_kinds():
    assert len(QUESTIONS) >= 24
    assert sum(not q["answerable"] for q in QUESTIONS) >= 10
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in (DATA / "sibling5").iterdir())
    for q in QUESTIONS:  # every key and gold answer is the document's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, before any fix: 19/21, 10/14 (wrong: 从码头走路上山顶
# by the 观光车's 10分钟, 三人自行车 by 单人自行车's 15元, 一等舱老人打几折 by 二等舱's 八折, 小汽车停车 by its
# 托运 fee; missed: 平时第一班船几点开 and 2号线早上几点发车, refused).
# 19/21, 13/14 once a member named by another number (members.numeral_member: 三人 by 单人/双人, 一等舱 by
# 二等舱) or a value of another means (members.means_member: 走路 by the 观光车's ride) is refused.
# The floor leaves one answer of slack.
FLOOR = {"answers": 18, "refusals": 12}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_member_named_by_another_number_is_refused(engine):
    """members.numeral_member: 三等舱 and 一等舱 are held by 二等舱 (they differ only in the number)."""
    assert not engine.ask("三等舱单程多少钱").found
    assert not engine.ask("一等舱老人打几折").found  # «…购买二等舱可享八折优惠»
    assert "八折" in engine.ask("二等舱老人打几折").answer
    assert not engine.ask("三人自行车每小时多少钱").found  # 单人 and 双人 are 一 and 两
    assert "25元" in engine.ask("双人自行车租一小时多少钱").answer


def test_a_value_of_another_means_is_refused(engine):
    """members.means_member: the 观光车's ride is no walk's time; the walk asked where it is said is answered."""
    assert not engine.ask("从码头走路上山顶要多久").found  # «观光车从码头开到山顶观景台约10分钟»
    assert "10分钟" in engine.ask("坐观光车从码头到山顶要多久").answer
    assert "30分钟" in engine.ask("走路去金沙滩要多久").answer


def test_members_by_number():
    from wenda.index.members import members, means_member, numeral_member

    assert members("一等舱和二等舱") == {(1, "等"), (2, "等")}
    assert members("单人间 双人间 三人间") == {(1, "人间"), (2, "人间"), (3, "人间")}
    assert numeral_member("3号楼在哪", "2号门入口") is None  # 号楼 and 号门: no family
    assert members("5月1号开门吗") == set()  # a day of the month, no member
    assert members("一路上要走多久") == set()  # 一路: all the way
    assert numeral_member("3号楼在哪", "1号楼至5号楼为住宅") is None  # a range holds it
    assert numeral_member("3号线几点首班", "1号线首班8:00") == "3号"
    assert numeral_member("头等舱多少钱", "一等舱85元") is None  # 头等 is 一等
    assert means_member("开小车上船要多少钱", "摩托车随船托运单程60元") is None  # two means asked
    assert means_member("电动车停哪里", "电动自行车一律停放在北门车棚") is None
    assert means_member("坐公交去金沙滩要多久", "从码头步行到金沙滩约30分钟") == "公交"


def test_a_deed_done_again():
    """members.redone_deed: 补办 asked, the frame says only 办理 (a first card's deposit)."""
    from wenda.index.members import redone_deed

    assert redone_deed("租车卡丢了补办要多少钱", "办理租车卡须缴纳押金200元") == "补办"
    assert redone_deed("会员卡丢了补办多少钱", "会员卡限本人使用；遗失补办须缴纳工本费20元") is None
    assert redone_deed("办卡要多少钱", "办理会员卡须缴纳押金200元") is None


def test_a_time_between_departures_is_no_trip_time(engine):
    """members.interval_given: «每20分钟一班» says how often a bus leaves, not how long the ride takes."""
    assert "20分钟" in engine.ask("1号线公交多久一班").answer
    assert "25分钟" in engine.ask("坐1号线到灯塔公园要多久").answer
    from wenda.index.members import interval_given

    row = "线路：K15路 · 发车间隔：8分钟 · 票价：2元"
    at = row.index("8分钟")
    assert interval_given("K15路坐到头要多久", row, at, at + 3, "发车间隔")
    assert not interval_given("K15路发车间隔多久", row, at, at + 3, "发车间隔")
    line = "1号线首班8:00，末班18:00，每20分钟一班"
    at = line.index("20分钟")
    assert interval_given("坐1号线要多久", line, at, at + 4)
    assert not interval_given("1号线多久一班", line, at, at + 4)


def test_a_row_with_a_remark_column_may_answer_an_open_question(engine):
    """decide.restates_record leaves a row with a 说明 column alone: it may say any attribute (the refusal of a
    row's own name as the span is tested on sheet3: 敬老票要帶什麼證件)."""
    assert "矿泉水" in engine.ask("一等舱有什么服务").answer


def test_a_column_named_by_a_synonym(engine):
    assert engine.ask("二等舱来回票要多少钱").figures == ["100元"]  # 往返票价, not 单程票价's 55元
