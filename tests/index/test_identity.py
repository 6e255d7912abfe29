"""Who a named person is (许峰是干什么的, 何东亚是谁, 李一是什么职务): the role a sentence gives them, never a clause
that only names them (许峰已38个小时没有休息 said nothing of what he is). Before index/identity.py the first
candidate naming the person answered, whatever it said of them.

Pure readings of questions and sentences first, then through a real engine (real model, FAISS, BM25) over a
report written here."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index.identity import asked_identity, role_of


@pytest.mark.parametrize("question, name", [
    ("周立华是干什么的", "周立华"),
    ("周立华是做什么工作的？", "周立华"),
    ("周立华担任什么职务", "周立华"),
    ("周立华的职务是什么", "周立华"),
    ("文中提到的周立华是谁", "周立华"),
    ("谁是周立华", "周立华"),
    ("周立华是哪个单位的", "周立华"),
])
def test_a_named_persons_role_is_asked(question, name):
    assert asked_identity(question) == name


@pytest.mark.parametrize("question", [
    "站长是谁",  # a role asked: its holder's name is the answer
    "负责人是谁",
    "讲解员是谁",
    "东区是干啥用的",  # a use asked, no person
    "会议是谁主持的",
    "周立华的电话是多少",
])
def test_no_role_is_asked(question):
    assert asked_identity(question) is None


@pytest.mark.parametrize("sentence, name, role", [
    ("3月2日,县水利局党组书记周立华主持召开专题会议", "周立华", "县水利局党组书记周立华"),  # before the name, after a date
    ("撰稿 陈默 摄影 赵青", "赵青", "摄影 赵青"),  # a byline's label
    ("联系人：综合科科长孙丽，电话0731-5550123", "孙丽", "综合科科长孙丽"),
    ("据该站站长刘洋介绍", "刘洋", "该站站长刘洋"),  # 站长, which jieba tags a verb
    ("负责人：高远（队长）", "高远", "负责人：高远"),
    ("会议由副镇长丁一帆主持", "丁一帆", "副镇长丁一帆"),
    ("马建军担任合作社理事长", "马建军", "马建军担任合作社理事长"),  # after a verb of holding
    ("宋佳（项目经理）负责现场协调", "宋佳", "宋佳（项目经理）"),  # in brackets
])
def test_the_role_a_sentence_gives(sentence, name, role):
    span = role_of(sentence, name)
    assert span is not None and span.text == role
    assert sentence[span.start:span.end] == role


@pytest.mark.parametrize("sentence, name", [
    ("工作部署完成时,周立华已30个小时没有休息。", "周立华"),
    ("“群众满意才是标准。”周立华如是说。", "周立华"),
    ("周立华和孙丽一起查看了堤坝", "孙丽"),
])
def test_a_sentence_that_only_names_the_person_gives_no_role(sentence, name):
    assert role_of(sentence, name) is None


REPORT = """城关镇防汛工作报道

记者 陈默 通讯员 赵青

7月8日,县水利局党组书记周立华带队检查城关镇防汛工作,查看了3处险工险段。
检查结束时,周立华已连续30个小时没有休息。
城关镇共组织抢险队员120人,储备编织袋2万条。
抢险队由副镇长丁一帆任队长,下设3个小组。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("identity"), {"城关镇防汛.txt": REPORT})


@pytest.mark.parametrize("question, role", [
    ("周立华是干什么的", "党组书记"),
    ("周立华担任什么职务", "党组书记"),
    ("丁一帆是谁", "副镇长"),
    ("赵青是干嘛的", "通讯员"),
])
def test_the_engine_answers_with_the_role(engine, question, role):
    ans = engine.ask(question)
    assert ans.found, ans.near
    assert role in ans.answer
    assert "没有休息" not in ans.answer  # the sentence that only names him is no answer
    assert ans.answer.replace("城关镇防汛工作报道：", "") in ans.quotes[0].text  # verbatim, its sentence quoted first


def test_a_question_about_a_figure_is_read_as_before(engine):
    ans = engine.ask("城关镇组织了多少抢险队员")
    assert ans.found and "120人" in ans.answer
