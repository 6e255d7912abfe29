"""Documents whose sentences never repeat what the file is about (tests/data/titles: a pool's notice
and a library's rules, each named only by its title line), and what a question asks a value of.

- A word of the question held only by the sentence's document title counts (less than the sentence
  saying it itself): 星光游泳馆礼拜六几点开门 is the pool's 周五至周日 line, though the line never
  says 游泳馆.
- A yes/no question's 有没有X must find X; a noun the corpus says elsewhere (季卡) is not answered by
  a sentence about its sibling (年卡会员可申请停卡); a deed jieba cut into characters (停 卡) is one deed.
- The thing a price is asked of (带猫, 租遮阳伞) or whose number is asked (游泳教练的手机号) must be there.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import folder_engine
from wenda.index.query import deed_objects, existence_object, phone_owner, whether_deed


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "titles")


def test_a_word_only_the_title_holds_counts_for_the_sentence(engine):
    ans = engine.ask("星光游泳馆礼拜六几点开门")
    assert ans.found and "8:00" in ans.answer and "8:30" not in ans.answer, ans.answer
    ans = engine.ask("月湖图书馆礼拜三几点开门")
    assert ans.found and "8:30" in ans.answer, ans.answer


def test_whether_there_is_a_thing_the_documents_never_name_is_refused(engine):
    assert not engine.ask("星光游泳馆有没有宿舍").found


def test_a_yes_no_question_of_one_card_is_not_answered_by_its_sibling(engine):
    assert not engine.ask("季卡能停卡吗").found  # only the 年卡's 停卡 is said
    ans = engine.ask("年卡能停卡吗")
    assert ans.found and "停卡" in ans.answer, ans.answer


def test_a_price_of_a_thing_never_named_is_refused(engine):
    for question in ("带猫进游泳馆要付多少钱", "租遮阳伞一次多少钱"):
        ans = engine.ask(question)
        assert not ans.found, (question, ans.answer)
    ans = engine.ask("租储物柜一次多少钱")
    assert ans.found and "2元" in ans.answer, ans.answer


def test_a_number_of_someone_else_is_refused(engine):
    assert not engine.ask("游泳教练的手机号是多少").found
    ans = engine.ask("会籍顾问的手机号是多少")
    assert ans.found and "138 0000 1234" in ans.answer, ans.answer


@pytest.mark.parametrize("question, thing", [
    ("星光游泳馆有没有宿舍", "宿舍"), ("公司有没有食堂啊", "食堂"), ("白潭镇有没有人感染", ""), ("几点开门", ""),
])
def test_existence_object(question, thing):
    assert existence_object(question) == thing


def test_deed_objects_and_phone_owner():
    assert deed_objects("带猫上捷运要付多少钱", ("付", "带")) == ["猫"]
    assert deed_objects("租自行车一小时多少钱", ("租",)) == ["自行车"]
    assert deed_objects("几点关门", ("关门",)) == []
    assert deed_objects("连载完结时一共有多少话", ("完结", "连载")) == []  # 时 says when, not what
    assert phone_owner("健身教练的手机号是多少") == "教练"
    assert phone_owner("物业的电话是多少") == "物业"
    assert phone_owner("电话是多少") == ""


def test_a_deed_cut_into_characters_is_joined():
    assert whether_deed("季卡能停卡吗", ["季卡", "停", "卡"]) == ["停卡"]
    assert whether_deed("这个机器能除甲醛吗", ["机器", "除", "甲醛"]) == ["甲醛"]
    assert whether_deed("退租时押金能全退吗", ["退租", "押金", "全", "退"]) == ["全退"]  # unqualified keeps it only where the corpus says it


def test_a_state_near_in_meaning_is_no_deed(engine):
    # e5 places 干燥 by 加湿: a sentence keeping the floor dry says nothing of whether one may humidify
    ans = engine.ask("游泳馆能不能加湿")
    assert not ans.found, ans.answer


def test_the_title_alone_answers_nothing(engine):
    # every sentence of the pool's notice is the 游泳馆's: one that holds nothing else of the question
    # (吃东西) does not answer it, however the title counts beside a word the sentence says
    ans = engine.ask("星光游泳馆里能吃东西吗")
    assert not ans.found, ans.answer
