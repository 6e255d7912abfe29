"""More kinds from new users' tries (a student-loan notice, a family-doctor report, an exit-entry FAQ, a music
room's guide in Hong Kong usage), checked here on documents written for these tests (a county's education-aid
notice, a county's clinic report, a Hong Kong studio's guide):
- a bound asked (最多能贷多少) is never swapped for a dictionary neighbour (超过), and a value that opens with its
  bound («…不低于1000元、不超过20000元») answers the most; a unit per year said before a list (每年…、…) is each
  item's;
- a line whose subject is the whole (全县乡村医生…，平均年龄54岁; 2028年，我县计划…) is the whole's, whatever
  section it stands in;
- a fee named before its figures (邮寄费由申请人承担：寄往本市地址每件20元) is the fee asked (邮费); 市里 is 本市;
- 礼拜六 is the 周六 a line says; 练琴 is a deed, no person's name; 保证金 is Hong Kong's 按金, 碌卡 is 刷卡.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

AID = """青川县学生资助中心关于2028年助学贷款的通知

一、贷款额度
1. 全日制普通本专科学生每人每年贷款金额不低于1000元、不超过16000元。
2. 研究生每人每年不低于1000元、不超过22000元。
二、代偿
毕业后到基层单位就业且服务满3年的，可申请贷款代偿，本专科生每人每年最高代偿12000元，研究生每人每年最高代偿15000元。
三、邮寄
合同可选择邮寄，邮寄费由申请人承担：寄往本市地址每件18元，寄往省内其他城市每件25元。
四、办理时间
县资助中心只在工作日办公，周六上午9:00—12:00只办理咨询，不办理签约。
"""

CLINIC = """青川县2027年乡村医疗工作汇报

今年以来，我县持续推进乡村医疗服务。

桃溪镇：村医队伍逐步年轻化
桃溪镇卫生院院长陈海峰介绍，镇里今年新招村医6名。全县乡村医生386人，平均年龄52岁，其中60岁以上的有88人。2028年，我县计划将家庭医生签约率提高到55%。
"""

STUDIO = """# 和聲琴室租用須知

| 器材 | 收費 | 按金 |
| --- | --- | --- |
| 無線咪 | HK$25／支／小時 | HK$200 |
| 譜架 | 免費 | 不設 |

- 付款方式：只收現金及八達通，恕不接受信用卡。
- 鋼琴琴弦斷裂，每條賠償HK$180。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("bounds"), {"青川县学生资助中心关于2028年助学贷款的通知.txt": AID,
                                                          "青川县2027年乡村医疗工作汇报.txt": CLINIC,
                                                          "和聲琴室租用須知.md": STUDIO})


def test_a_bound_asked_and_a_bound_said(engine):
    ans = engine.ask("本科生一年最多能贷多少")
    assert ans.found and "16000元" in ans.answer and "代偿" not in ans.answer, ans.answer
    ans = engine.ask("读研的话一年最多贷多少钱")
    assert ans.found and "22000元" in ans.answer and "代偿" not in ans.answer, ans.answer


def test_a_value_opening_with_its_bound():
    from wenda.index.extract import figures, limit_at

    s = "研究生每人每年不低于1000元、不超过22000元。"
    most, least = figures(s)[1], figures(s)[0]
    assert limit_at(s, most, 1) and not limit_at(s, least, 1)


def test_the_whole_as_a_lines_subject(engine):
    ans = engine.ask("全县村医平均多大年纪")
    assert ans.found and "52岁" in ans.answer, ans.answer
    ans = engine.ask("2028年全县签约率目标定的多少")
    assert ans.found and "55%" in ans.answer, ans.answer


def test_a_fee_named_before_its_figures(engine):
    ans = engine.ask("合同寄到市里的家要多少邮费")
    assert ans.found and "18元" in ans.answer, ans.answer


def test_a_weekday_in_other_words(engine):
    ans = engine.ask("礼拜六能去签约不")
    assert ans.found and "不办理签约" in ans.answer, ans.answer


def test_a_deed_is_no_name():
    from wenda.index.query import is_proper_name

    assert not is_proper_name("练琴")
    assert is_proper_name("王琴") or is_proper_name("李娜")


def test_hong_kong_words(engine):
    ans = engine.ask("練琴時把琴弦弄斷了要賠多少")
    assert ans.found and "HK$180" in ans.answer, ans.answer
    ans = engine.ask("借支咪要幾多保證金")
    assert ans.found and "HK$200" in ans.answer, ans.answer
    ans = engine.ask("可唔可以碌卡")
    assert ans.found and "信用卡" in ans.answer, ans.answer
