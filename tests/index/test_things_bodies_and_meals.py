"""Kinds found trying a new document (a factory's canteen rules), checked here on a document written for these tests
(a hospital's staff canteen):
- a thing asked whether there is (清真餐有吗, said before 有吗) is not held by a word e5 puts beside it that shares
  only a modifier's character (清零) and no dictionary sense (its modifier's 清真, "Muslim", where the dictionary
  lacks the whole);
- which body is asked (承包商是哪家) is not answered by a clause that only says the asked noun again (约谈承包商);
- which department does a duty (归哪个部门管) is the body 由 hands it to (由后勤保障科负责管理), whatever jieba makes
  of the duty (负责管理, a noun to it);
- a meal's price is per meal (早餐一顿几块钱: «早餐3元»); how a fee is reckoned in a case (人少了怎么算钱) is the
  price the clause after the case's condition sets («…比预订人数少的，按预订人数收费»), not the condition;
- what follows an offence found out (代刷卡一经发现，双方各扣…) answers 会怎样, and a line must speak of the deed
  to answer it, not only hold a sanction (约谈承包商).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

RULES = """仁济医院职工食堂管理办法

第一条 职工食堂由后勤保障科负责管理，食堂负责人：孙海涛，电话：0571-87012345。
第二条 职工凭工作证刷卡就餐，医院每月为每名职工补贴餐费260元，月底清零，不得提现。
第三条 补贴用完后按实际消费扣款：早餐3元，午餐10元，晚餐8元。
第四条 就餐须排队，不得代他人刷卡。代刷卡一经发现，双方各扣当月绩效50元。
第五条 每半年组织一次职工满意度测评，满意率低于85%的，约谈承包商。
第六条 食堂内禁止吸烟，禁止将餐具带出食堂。
第七条 科室聚餐须提前三天预订包间，实际就餐人数比预订人数少的，按预订人数收费。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("canteen"), {"仁济医院职工食堂管理办法.txt": RULES})


def test_a_thing_said_before_you_have_it(engine):
    from wenda.index.query import had_thing

    assert had_thing("清真餐有吗") == "清真餐"
    assert had_thing("这个有吗") == "" and had_thing("周末有吗") == ""
    ans = engine.ask("清真餐有吗")
    assert not ans.found, ans.answer


def test_which_body_is_named_not_restated(engine):
    ans = engine.ask("食堂承包商是哪家")
    assert not ans.found, ans.answer


def test_the_department_a_duty_is_handed_to(engine):
    from wenda.index import extract

    assert [d.text for d in extract.doers("职工食堂由后勤保障科负责管理，食堂负责人：孙海涛")] == ["后勤保障科"]
    ans = engine.ask("职工食堂归哪个部门管理")
    assert not ans.found or ans.span == "后勤保障科", (ans.answer, ans.span)


def test_a_meal_priced_per_meal(engine):
    ans = engine.ask("早餐一顿几块钱")
    assert ans.found and "3元" in ans.answer, ans.answer


def test_what_follows_an_offence_found_out(engine):
    from wenda.index.extract import consequences

    assert [c.text for c in consequences("代刷卡一经发现，双方各扣当月绩效50元。")] == ["双方各扣当月绩效50元"]
    ans = engine.ask("帮同事刷卡会怎样")
    assert ans.found and "50元" in ans.answer and "约谈承包商" not in ans.answer, ans.answer


def test_the_price_after_the_condition(engine):
    ans = engine.ask("聚餐来的人少了怎么算钱")
    assert ans.found and "按预订人数收费" in ans.answer and "比预订人数少" not in ans.answer, ans.answer
