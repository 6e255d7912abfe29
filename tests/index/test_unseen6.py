"""A sixth held-out set (tests/data/unseen6), written after this session's own fixes and measured, never
tuned on: a company's travel-expense rules as a Word document (headings 一、…, 高铁二等座, 每晚不超过500元,
10个工作日内), a noodle shop's menu in Markdown (a table of 小碗/大碗 prices, opening hours with a closed
day, extras and delivery), a courier's FAQ in plain text (问：/答：; rates, delivery times, what may not
be sent, insurance) and a Taiwanese news report in Traditional characters (a marathon: date, fees,
cut-off times, prizes). Questions in a user's words (饭补 for 伙食补助, 半马 for 半程馬拉松, 打车费, 封路
for 交通管制) and questions they cannot answer by design (头等舱, 国外, 中碗, 半马冠军奖金, 周末上门取件).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, folder_engine, questions
from wenda.corpus.read_docx import read_docx

QUESTIONS = questions("unseen6_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen6")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 60
    assert sum(not q["answerable"] for q in QUESTIONS) >= 15
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen6").iterdir())
    assert {p.suffix for p in files} == {".txt", ".md", ".docx"}
    text = "".join(read_docx(p) if p.suffix == ".docx" else p.read_text(encoding="utf-8") for p in files)
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main when the set was written, after this session's own fixes and
# before the helpers' branches were merged: 28/46, 8/15.
# After the merges (session 11): 28/46, 9/15 (报名费能退吗 refused).
# sibling4: 28/46, 13/15 once a member of a family the frame does not name is refused (寄到国外 by 省外, 周末
# by 工作日, 半马 by 全程马拉松) and 国外's 住宿标准 by the cities' (unsaid_subject).
# para4: 33/46, 9/15 once 分机号 is an extension's label, 外省 is the corpus's 省外, 饭补's 饭 is no object of
# 出差, 半马/全马 abbreviate 半程/全程马拉松 (1000元, not the full race's 1200元) and 关门时间是多久 asks a
# length of time. The floor leaves one answer of slack.
# Merged (session 12, sibling4 and para4 together; 半马 joined again as one keyword is still an
# abbreviation contrast_member reads): 33/46, 13/15.
# Merged (session 13; yesno5: 对方管饭还有伙食补助吗 by the line whose condition states it): 34/46, 13/15.
FLOOR = {"answers": 33, "refusals": 13}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 9


