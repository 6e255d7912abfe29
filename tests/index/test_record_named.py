"""A table row found by one of its cells and asked its name (王芳老师上的是哪门课, XK203是什么课): the name
cell, not the code beside it. Through a real engine (model, FAISS, BM25) over an invented course list."""

from __future__ import annotations

import pytest

from support import text_engine

COURSES = """课程编号,课程名称,授课教师,上课时间,教室
XK201,中国古典诗词,王芳,周一第3-4节,文科楼201
XK202,数据分析入门,陈立,周三第5-6节,机房302
XK203,园艺与生活,赵雪,周五第1-2节,植物园教室
XK204,围棋初级,孙浩,周四第7-8节,学生活动中心
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("courses"), {"选修课.csv": COURSES})


@pytest.mark.parametrize("question,name", [
    ("王芳老师上的是哪门课", "中国古典诗词"),
    ("XK203是什么课", "园艺与生活"),
    ("赵雪老师教哪门课", "园艺与生活"),
])
def test_the_row_found_by_another_cell_answers_with_its_name(engine, question, name):
    ans = engine.ask(question)
    assert ans.found and ans.span == name, (question, ans.answer, ans.span)


def test_a_teacher_the_list_lacks_is_refused(engine):
    assert not engine.ask("李明老师上的是哪门课").found
