"""A held-out FAQ set (tests/data/faq6), written before any fix of this session: a university library's
reader FAQ in Markdown (12 bold 问/答 pairs under three headings, answers of two or three sentences with
a figure in the middle, and a «联系我们» block of 地址：/咨询电话：/开放时间： lines) in one corpus with a
residential compound's water-outage notice (联系人：, 联系电话：, 物业服务中心地址：). Questions in a user's
words (外校的人 for 校外人员, 放鸽子 for 爽约, 彩印 for 彩色打印, 热线 for 咨询电话, 找谁 for 联系人, one in
Traditional characters) and questions they cannot answer by design (a sibling reader 博士生/教职工, an
absent thing 光盘/传真/档案馆, an attribute the FAQ lacks 研讨室收费, another service 停电, 彩色复印 when
only 彩色打印 is priced). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions

QUESTIONS = questions("faq6_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "faq6")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 24
    assert sum(not q["answerable"] for q in QUESTIONS) >= 8
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "faq6").iterdir()))
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, on main ce2a14f before any fix: 14/25, 6/10.
# faq6 branch: 16/25, 7/10 once an FAQ's «可以。» answers its own yes/no question asked in other words
# (外校的人能进图书馆吗: 外校 is the FAQ's 校外 reordered), 晚上 is no typo of the FAQ's 网上 (圖書館晚上幾點關門)
# and 停电 is another utility than the 停水 of the notice. Left: 放鸽子 for 爽约, 彩印 for 彩色打印 (asked per
# 张, priced per 面), 找谁 against «联系人：王师傅» (no retriever finds it), a figure below a sentence of more
# words (停水要停几个小时, 过期多少天会被停借), an absent thing the question opens with (光盘), an attribute the
# FAQ lacks answered by its pair (研讨室收费吗), 彩色复印 priced as 彩色打印.
# The floor leaves one answer of slack.
FLOOR = {"answers": 15, "refusals": 7}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_place_asked_is_not_answered_by_a_time_a_number_or_a_name(engine):
    """decide.no_place: 在哪 asks a place; a sentence that says none but a clock time, a phone number, a
    price or a length of time does not answer it, nor a line that only names the asked thing."""
    ans = engine.ask("图书馆在哪")
    assert ans.found and "学府路66号" in ans.answer, ans.answer
    ans = engine.ask("文印室在哪")  # 二楼文印室提供…0.2元: the floor says where, the price does not veto it
    assert ans.found and "二楼" in ans.answer, ans.answer
    assert not engine.ask("学校档案馆在哪里").found


def test_a_faq_verdict_opens_its_answer(engine):
    """decide.faq_verdict: an FAQ pair whose own question is the yes/no question asked answers with the
    verdict it opens with (可以。), not a later sentence that limits it; a pair asking another thing does not."""
    ans = engine.ask("外校的人能进图书馆吗")  # 外校 said 校外 (support.unqualified: a compound reordered)
    assert ans.found and ans.answer.endswith("可以"), ans.answer
    ans = engine.ask("扫描收费吗")  # the pair «馆里能打印复印吗？答：可以。» asks another thing
    assert not ans.answer.endswith("可以"), ans.answer


def test_a_time_of_day_is_no_typo(engine):
    """Answerer.respelt: 晚上 is when the asker means, no typo of the FAQ's 网上."""
    ans = engine.ask("圖書館晚上幾點關門")
    assert ans.found and "22:00" in ans.answer, ans.answer


def test_another_utility_is_not_the_one_stopped(engine):
    """CONTRAST: 停电 asked of a 停水通知 is another utility's stop."""
    assert not engine.ask("停电要停几个小时").found
