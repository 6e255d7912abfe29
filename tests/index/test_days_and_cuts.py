"""Kinds met trying wenda as a new user on an after-school care centre's terms (session 35), checked here on a
document written for these tests:
- a yes-or-no about a day of a label's list by days shows the clause that names that day itself (周六 8:30–12:00),
  not one that holds it by a holiday word (周日及法定节假日不托管), unless a holiday is asked;
- a word of jieba's that the reading cuts again (班晚托 of 托管班晚托: 托管班, 晚托) is no name the line must say.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

CARE = """# 小禾苗课后托管班收费须知

## 一、基本情况

- 地址：清川市枫林路22号枫林小区会所三楼
- 托管时间：周一至周五 16:00–18:45；周六 9:00–11:30；周日及法定节假日不托管
- 每班不超过18人，配老师2名

## 二、收费标准

| 项目 | 价格 | 单位 | 备注 |
|---|---|---|---|
| 午托（含午餐） | 620元 | 每月 | 中午11:30至14:00 |
| 晚托（作业辅导） | 860元 | 每月 | 周一至周五放学后 |
| 临时托管 | 55元 | 每次 | 须提前一天预约 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("care"), {"小禾苗课后托管班收费须知.md": CARE})


def test_a_days_own_clause_answers_whether_it_opens(engine):
    ans = engine.ask("小禾苗托管礼拜六开不开")
    assert ans.found and "周六 9:00–11:30" in ans.answer and "不托管" not in ans.answer, (ans.answer, ans.near)
    ans = engine.ask("小禾苗托管礼拜天开不开")
    assert ans.found and "周日及法定节假日不托管" in ans.answer, (ans.answer, ans.near)


def test_a_word_cut_again_is_no_name_to_find(engine):
    ans = engine.ask("小禾苗托管班晚托一个月多少钱")
    assert ans.found and "860元" in ans.answer, (ans.answer, ans.near)
