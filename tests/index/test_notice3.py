"""A held-out notice (tests/data/notice3), written before any fix of its session: a community
library's rules for readers (开放时间 with a closed day, 办证 with a deposit, 借阅规则 with limits and
loan periods, 逾期 fines with a cap, 阅览室 rules such as 室内禁止饮食, holidays, phone numbers).
Questions in a user's words (tests/data/notice3_questions.jsonl: 礼拜一 for 每周一, 吃东西 for 饮食,
晚还 for 逾期, 小孩 for 少儿, 带狗 for 携带宠物, wifi for 无线网络) and questions it cannot answer by
design (a sibling qualifier 外地人 for 本辖区居民, absent things 光盘, 电脑, 馆长, 打印, 照片, another
currency, a holiday it never names, a loan period of the 期刊 that are never lent).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, folder_engine, held, questions

QUESTIONS = questions("notice3_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "notice3")


def test_the_set_has_both_kinds_and_its_own_words():
    assert len(QUESTIONS) >= 20
    assert sum(not q["answerable"] for q in QUESTIONS) >= 6
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "notice3").iterdir()))
    for q in QUESTIONS:  # every key and gold answer is the document's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, on main before any fix: 13/22, 8/9
# (图书室里能吃东西吗 answered with the notice's preamble, 外地人办借书证要交多少押金 with the 本辖区居民's 押金100元).
# 15/22, 8/9 once a yes/no question's deed of one character (吃) is checked and said by a word of the
# sentence's own (饮食), and a closure on the asked day (每周一…全天闭馆) answers 礼拜一能去看书吗.
# The floor leaves one answer of slack.
FLOOR = {"answers": 14, "refusals": 8}


def test_answers_hold_the_floor(engine):
    right, wrong = held(engine, QUESTIONS, answerable=True)
    assert right >= FLOOR["answers"], wrong


def test_refusals_hold_the_floor(engine):
    right, wrong = held(engine, QUESTIONS, answerable=False)
    assert right >= FLOOR["refusals"], wrong


def test_a_deed_of_one_character_is_checked(engine):
    ans = engine.ask("图书室里能吃东西吗")  # not the preamble that names the 图书室 and nothing eaten
    assert ans.found and "禁止饮食" in ans.answer, ans.answer


def test_a_closure_on_the_day_asked_answers_whether_one_may_come(engine):
    ans = engine.ask("礼拜一能去看书吗")
    assert ans.found and "闭馆" in ans.answer, ans.answer
