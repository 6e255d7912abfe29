"""Kinds met in the thirty-fifth held-out set (session 37), checked here on a document written for these tests
(a zoo's visitor notice):
- 什么颜色 asks a colour: the one whose piece names the case asked (儿童为黄色手环), and a line that names no
  colour has no answer;
- a figure given for a part by 其中 (其中哺乳动物860只) is no answer to the whole (一共多少只动物), though it is to the part;
- a role handed to someone by 由…担任/兼任 names its holder after the holder's own post (办公室主任由保卫科科长钱海涛兼任),
  and the role asked whole (办公室主任) is not the bare one before it (主任由园长孙立平担任);
- an age the question states picks the piece whose range holds it (90周岁以上每人500元 for a 93岁 visitor);
- a benefit withheld (不享受免费) is asked in the same words when the question says «不免费».
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

ZOO = """北岭动物园游览须知

一、园区概况
1. 2028年，北岭动物园坚持“以动物福利为本”，全园饲养动物规模达到2150只，其中哺乳动物860只；当年新引进动物120只。
2. 园区安全委员会主任由园长孙立平担任，委员会办公室设在保卫科，办公室主任由保卫科科长钱海涛兼任。

二、门票
1. 门票每人60元：6至17周岁半价，6周岁以下免票。
2. 持老年卡免费入园，夜场19:00—21:00不享受免费，按半价购票。
3. 入园时成人佩戴蓝色手环，儿童佩戴黄色手环，团体游客佩戴绿色手环。
4. 团体游客须提前3天预约，由领队统一购票。

三、游乐项目
1. 园内小火车限3周岁以上游客乘坐，每人10元。

四、敬老活动
1. 重阳节当天80至89周岁老人每人发放慰问金200元，90周岁以上每人500元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("zoo"), {"北岭动物园游览须知.txt": ZOO})


@pytest.mark.parametrize("question, colour", [("儿童戴什么颜色的手环", "黄色"), ("成人戴啥颜色的手环", "蓝色"), ("团体游客的手环是什么颜色", "绿色")])
def test_a_colour_asked_is_the_one_of_the_case(engine, question, colour):
    ans = engine.ask(question)
    assert ans.found and colour in ans.answer, (ans.answer, ans.figures)
    assert not any(c in ans.answer for c in {"蓝色", "黄色", "绿色"} - {colour}), ans.answer


def test_a_colour_asked_of_a_line_that_names_none_has_no_answer(engine):
    ans = engine.ask("门票是什么颜色的")
    assert not ans.found or any(c in ans.answer for c in ("蓝色", "黄色", "绿色")), (ans.answer, ans.figures)


def test_a_part_given_by_qizhong_is_no_answer_to_the_whole(engine):
    ans = engine.ask("北岭动物园一共有多少只动物")
    assert ans.found and any("2150只" in f for f in ans.figures), (ans.answer, ans.figures)
    ans = engine.ask("园里有多少只哺乳动物")
    assert ans.found and "860只" in ans.figures, (ans.answer, ans.figures)


def test_a_role_handed_to_someone_names_the_holder_after_their_post(engine):
    ans = engine.ask("安全委员会办公室主任是谁")
    assert ans.found and "钱海涛" in ans.answer and "孙立平" not in ans.answer, (ans.answer, ans.figures)
    ans = engine.ask("安全委员会主任是谁")
    assert ans.found and "孙立平" in ans.answer, (ans.answer, ans.figures)


def test_a_stated_age_picks_the_piece_whose_range_holds_it(engine):
    ans = engine.ask("93岁的老人能领多少慰问金")
    assert ans.found and "500元" in ans.figures, (ans.answer, ans.figures)


def test_a_benefit_withheld_is_asked_in_its_negation(engine):
    ans = engine.ask("老年卡不免费的夜场是几点到几点")
    assert ans.found and "19:00—21:00" in ans.answer, (ans.answer, ans.figures)
