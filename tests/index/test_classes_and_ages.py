"""Kinds met trying wenda as a new user on a children's palace's summer-class notice (session 36), checked here
on a document written for these tests:
- a count asked of a thing (几个班) is not answered by a figure said per one of it (每班16人: the players in each);
- 多大 before the people whose age it asks (多大的孩子能报) asks an age, not a size, and the age is the range the
  line lets in (8至10岁), not its lower end alone;
- 交钱, 付钱 are said by a notice as 缴费.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

CAMP = """清河区青少年篮球训练营2028年冬季招生简章

一、报名须知
1. 报名时间为12月1日8:30至12月10日18:00，在“清河篮球”小程序报名。
2. 每名学员最多报3个班，报名成功后须在24小时内缴费，逾期名额自动释放。
3. 咨询电话0571-8862415，联系人：丁晓峰教练。

二、训练班设置
1. 少儿启蒙班：招收8至10岁学员，每班16人，费用1980元，每周六上午训练。
2. 少儿提高班：招收10至12岁学员，每班14人，费用2380元，每周日上午训练。
3. 守门员专项班因教练外出培训本期不开。

三、其他
1. 开课后一周内退班的，退还学费的70%；超过一周的不予退费。
2. 训练营不提供午餐，家长可在场馆一楼等候。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("camp"), {"清河区青少年篮球训练营招生简章.txt": CAMP})


def test_a_count_said_per_one_of_the_thing_does_not_count_it(engine):
    ans = engine.ask("一个孩子能报几个班")
    assert not ans.found or "3个" in ans.answer, (ans.answer, ans.figures)
    assert not any(f in ("16人", "14人") for f in ans.figures), ans.figures


@pytest.mark.parametrize("question, ages", [("提高班多大的孩子能报", "10至12岁"),
                                             ("多大的小孩可以报启蒙班", "8至10岁")])
def test_how_old_asked_by_da_is_the_range_let_in(engine, question, ages):
    ans = engine.ask(question)
    assert ans.found and ages in ans.figures, (ans.answer, ans.figures)


def test_paying_in_everyday_words_is_the_notices_payment(engine):
    ans = engine.ask("报了名多久要交钱")
    assert ans.found and "24小时" in ans.answer, (ans.answer, ans.figures)
