"""A ninth held-out set (tests/data/unseen9), written at the start of session 14 before any of its
fixes and never tuned on: a city's residence-permit guide as an HTML page (headings 一、…, a table of
materials, a list of services), a middle school's winter-holiday notice as a PDF (grades side by side,
dates, rules, fees, a duty roster), a bus timetable as CSV (eight columns, a free-text 备注) and a
Traditional Chinese community notice for the elderly (an outline with 一、… headings, meals, visits,
transport, contacts). Questions in a user's words (头一回 for 首次, 礼拜天, 公租房 for 公共租赁住房,
夜班车 for 夜1路, Simplified questions of the Traditional text and the reverse) and questions they cannot
answer by design (高一, 初三英语, 外省 postage, 3路, 晚餐, another document's address). Through a real
engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, document_text, folder_engine, questions

QUESTIONS = questions("unseen9_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen9")



def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 100
    assert sum(not q["answerable"] for q in QUESTIONS) >= 25
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen9").iterdir())
    assert {p.suffix for p in files} == {".html", ".pdf", ".csv", ".txt"}
    text = "".join(document_text(p) for p in files)
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main 73afe3a when the set was written, before this session's fixes:
# 49/81, 20/28. The floor is that with one of slack each. After session 14's fixes and merges (rows6,
# faq6, bench6 and the main line's, none of which looked at this set): 49/81, 20/28, every answer the same.
# Its failures were then read (it is held out no longer) and two fixed in general terms (a route's
# number is part of its name; 最晚/最早 ask a timetable's 末班/首班 column): 51/81, 20/28.
FLOOR = {"answers": 48, "refusals": 19}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 7  # answered figures with a measure word asked: 8 on main 73afe3a, one of slack


def test_a_numbered_name_is_never_respelt(engine):
    """4路 is a route its number names; the corpus words nearest it in meaning (仁爱路, 九人 for 9路) are
    other things, never «资料里的说法»."""
    ans = engine.ask("4路首班车几点")  # the timetable has 1路, 2路, 5路, 9路, 12路, 夜1路
    assert not ans.found
    assert "仁爱路" not in ans.suggest and not any("路" in w or any(ch.isdigit() for ch in w) for w in ans.suggest)
    assert engine.answerer.lexicon.suggest("9路") is None
