"""Kinds of the thirty-sixth held-out set (an enlistment notice), checked here on a document written for these
tests (a district's call for volunteer firefighters):
- a question naming one sex (男队员) is not answered by a line that names only the other («女性队员：…»);
- 大学 is said by 高等学校 as a notice writes it;
- «一经查实，取消…» is what follows a condition (会怎样), a penalty, and no remedy for a trouble (怎么办);
- a rule cut in two by a semicolon («拒不参加培训的，由队长批评教育；逾期仍不参加的，扣除…300元») answers from
  its second half what its first half names.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

CALL = """临江区志愿消防队招募公告

一、招募条件
1. 女性队员：年满18至40周岁，主要从事宣传和后勤工作。
2. 男性队员：年满18至45周岁，身高165厘米以上。
3. 高等学校在校学生可以报名，年龄放宽到17周岁。

二、培训和考核
1. 岗前培训：3月1日至3月10日，在区训练基地进行。
2. 严禁在体能测试中弄虚作假，一经查实，取消队员资格。

三、装备和纪律
1. 报到后3天内到区消防救援站领取防护服。
2. 拒不参加培训的，由队长批评教育；逾期仍不参加的，扣除当月补贴300元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("call"), {"临江区志愿消防队招募公告.txt": CALL})


def test_a_sex_asked_is_not_answered_by_the_others_line(engine):
    from wenda.index.decide import another_sex

    assert another_sex("男青年多大年纪可以报名", "2. 女性青年：年龄为18至22周岁，应届毕业生可放宽到24周岁。")
    assert not another_sex("男青年多大年纪可以报名", "男性青年：年满18至22周岁。")
    assert not another_sex("男生能报名吗", "不限男女，年满16周岁即可报名。")  # both, in one word
    assert not another_sex("男更衣室在哪", "男女更衣室分设在二楼东西两侧，女更衣室在西侧。")  # both, then one
    assert not another_sex("孩子能报名吗", "女性队员：年满18至40周岁。")  # no sex asked
    ans = engine.ask("男队员最大多少岁")
    assert ans.found and "45周岁" in ans.answer and "40周岁" not in ans.answer, (ans.answer, ans.figures)


def test_a_university_is_a_higher_school(engine):
    ans = engine.ask("大学生年龄放宽到几岁")
    assert ans.found and "17周岁" in ans.answer, (ans.answer, ans.figures)


def test_what_follows_once_found_out(engine):
    ans = engine.ask("体能测试弄虚作假会怎样")
    assert ans.found and "取消队员资格" in ans.answer, (ans.answer, ans.figures)


def test_a_penalty_found_out_is_no_remedy():
    from wenda.index.extract import best_remedy, consequences

    line = "2. 严禁冒名顶替、替考，一经查实，取消该生当年体育考试成绩。"
    assert [c.text for c in consequences(line)] == ["取消该生当年体育考试成绩"]
    assert best_remedy(line, ["考试", "下雨"]) is None
    line = "3. 损坏设施的，按原价赔偿；故意损坏的，一经查实，取消全年预约资格。"  # after a condition, 一经查实 itself
    assert [c.text for c in consequences(line)] == ["按原价赔偿", "取消全年预约资格"]  # is no consequence


def test_a_rule_cut_by_a_semicolon_answers_from_its_second_half(engine):
    ans = engine.ask("拒不参加培训扣多少钱")
    assert ans.found and "300元" in ans.answer, (ans.answer, ans.figures)
