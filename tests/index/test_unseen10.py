"""A tenth held-out set (tests/data/unseen10), written at the start of session 15 before any of its
fixes and never tuned on: a company employee handbook's chapter on leave as a Word document (headings
一、…, a table of 假别/天数/工资待遇/提前申请/证明材料, then 年假/病假/婚假/产假/丧假 and who approves),
a university's elective course list as an Excel sheet (a one-cell title row, then 课程编号/课程名称/授课
教师/上课时间/教室/学分/人数上限/备注, closing notes), an online furniture shop's after-sales FAQ in
Markdown (## 问：… / 答：…: returns, postage, refunds, delivery, invoices, warranty, installation), a
county autumn-harvest report in the bundled article's shape («镇名：标题» sections with figures, names,
dates and reasons) and a Taiwanese city's household garbage rules in Traditional Chinese as an HTML page
(collection days and times, a table of bag sizes and prices, recycling, kitchen waste, bulky waste,
fines, phone numbers). Questions in a user's words (歇 for 休, 礼拜几, 薪水 for 工资, 秸杆, invoice,
classroom, Simplified questions of the Traditional text and the reverse) and questions they cannot answer
by design (陪产假, 事假, 外公, 油画课, 急救课's 材料费, 货到付款, another town's 镇长 or 巡查员, 斤 where
公斤 are given, 公斤 where 公升 are given, 废电池). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, document_text, folder_engine, questions

QUESTIONS = questions("unseen10_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen10")



def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 120
    assert sum(not q["answerable"] for q in QUESTIONS) >= 32
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen10").iterdir())
    assert {p.suffix for p in files} == {".docx", ".xlsx", ".md", ".txt", ".html"}
    text = "".join(document_text(p) for p in files)
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main e4a12e5 when the set was written, before this session's fixes:
# 86/142, 27/41. After session 15's fixes and merges (rows15, refuse15, open15 and the main line's, none
# of which looked at this set): 85/142, 27/41 (one answer lost: a bare 4万 of «4万多元» counted 亩). Its
# failures were then read (it is held out no longer) and that one fixed in general terms (a figure keeps
# its unit after 万: 1.5万亩, 4万多元): 87/142, 27/41; and a course found by another cell answers with its
# name cell (GX119是什么课, 赵敏老师上的是哪门课): 89/142, 27/41. Session 16 (a length of time with a half,
# 内线 extensions): 91/142, 27/41. The floor is that with one of slack each.
FLOOR = {"answers": 90, "refusals": 26}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 29  # answered figures with a measure word asked: 30 on main e4a12e5, one of slack
