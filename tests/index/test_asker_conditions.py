"""Kinds met on a job fair's notice (unseen23), checked here on a notice written for these tests: whether one
pays (交钱, 收钱) is said by a line that gives a price or none (免费); weather asked as a deed (下雨) is said by
the line's weather (雨雪天气); the asker's if (要是, 如果) is no word a line need say.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index.support import holds

NOTICE = """# 滨江市2027年人才招聘会公告

## 一、时间地点
1. 招聘会在体育馆内举行，如遇雨雪天气照常举行。

## 二、企业参展
1. 企业参展免费，每家企业限1个展位。
2. 参展企业须提供营业执照复印件。

## 三、其他
1. 现场提供免费寄存服务。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("conditions"), {"notice.md": NOTICE})


@pytest.mark.parametrize("question, said", [
    ("企业参展要交钱吗", "企业参展免费"),
    ("寄存东西收钱吗", "免费寄存"),  # these two a guard: the notice's wording let them pass before
    ("要是下雨招聘会还举行吗", "雨雪天气照常举行"),
])
def test_answered(engine, question, said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer, ans.answer


def test_the_words_that_say_them():
    assert holds("交钱", "企业参展免费") and not holds("交钱", "须提供营业执照复印件")
    assert holds("下雪", "如遇雨雪天气照常举行") and not holds("下雪", "如遇大风天气停航")
