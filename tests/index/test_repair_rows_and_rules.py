"""Kinds met on a phone repair shop's price sheet and a village's rules for weddings and funerals
(unseen24), checked here on documents written for these tests: 手机 in a question of a price names the thing
priced, no phone number; a row's length of time is its 维修时长 column, not a warranty its note gives, unless
the question names the warranty; 萤幕 is 屏幕, 苹果 is iPhone, 第十代 is 第10代; days listed with 、 share
the hours after them; a size with its unit (2米的) that a row gives otherwise is another record's; a role's
holder named after 由 (会长由…王建国担任); the body a case is handed to (交镇纪委处理); a start asked is no
recurring date; 免费 answers 收费吗; the asker's group picks the clause of its exemption.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract
from wenda.index.answer import Span, only_inside_longer
from wenda.index.query import asked_kind

SHEET = """# 易修堂电脑维修中心价目表

| 类别 | 项目 | 适用机型 | 价格 | 维修时长 | 备注 |
| --- | --- | --- | --- | --- | --- |
| 键盘 | 更换键盘 | MacBook Air | 680元 | 2小时 | 原厂配件，保修1年 |
| 键盘 | 更换键盘 | Windows笔记本 | 260元 | 1小时 | 保修6个月 |
| 屏幕 | 更换屏幕 | MacBook 第十代 | 1900元 | 3天 | 原装屏 |
| 系统 | 重装系统 | Windows笔记本 | 60元 | 1小时 | 请提前备份资料 |
| 配件 | 电源线 | 1米 | 39元 | 现货 | 质保3个月 |

营业时间：周一至周五9:00至20:00，周六、周日10:30至18:00。
"""

RULES = """# 桃源村红白事简办规定

第一条 村红白理事会负责本规定的监督。理事会会长由村党支部书记赵德明担任，副会长由村委会委员孙晓红担任。

第二条 每年6月对各户执行情况进行评议。

第三条 村文化礼堂免费提供给村民办宴席；餐具、桌椅免费借用，损坏的照价赔偿。

第四条 村里组建帮厨队，队长李大山，为办事户提供帮厨服务，每场收取服务费200元，低保户、残疾人家庭免收。丧事期间灵堂用电按每度1元收费。

第五条 党员干部违反本规定的，交镇纪委依规依纪处理。

第六条 本规定自2027年3月1日起施行。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("repair"), {"sheet.md": SHEET, "rules.md": RULES})


def test_a_phone_priced_is_no_number():
    assert asked_kind("苹果手机换电池多少钱") == "money"
    assert asked_kind("维修店手机号多少") == "phone"  # a guard


def test_pieces_and_holders():
    t = "营业时间：周一至周五9:00至20:00，周六、周日10:30至18:00。"
    at = t.find("10:30")
    assert extract.piece_of(t, Span("10:30", at, at + 5)).startswith("周六、周日")
    assert extract.digit_form("第十代") == "第10代"
    assert [s.text for s in extract.role_holders("会长由村党支部书记赵德明担任，副会长由村委会委员孙晓红担任", "会长")] \
        == ["村党支部书记赵德明"]
    assert [o.text for o, _ in extract.handed_to("违反的，交镇纪委依规依纪处理。")] == ["镇纪委"]
    assert only_inside_longer("理事", "应在婚礼前10天到红白理事会报备", ["理事", "理事会", "婚礼"])


@pytest.mark.parametrize("question, value", [
    ("苹果电脑换键盘多少钱", "680元"),
    ("换键盘要等多久", "小时"),  # the 维修时长 column, not the note's 保修
    ("MacBook Air换键盘保修多久", "1年"),  # a guard: the warranty named
    ("MacBook第十代換螢幕要幾天", "3天"),
    ("维修店礼拜六几点开门", "10:30"),
    ("理事会会长是谁", "赵德明"),
    ("理事会副会长叫什么名字", "孙晓红"),
    ("干部违反规定谁来处理", "镇纪委"),
    ("这个规定从什么时候开始执行", "2027年3月1日"),
    ("借礼堂的桌椅收费吗", "免费"),
    ("低保户请帮厨队要钱吗", "免收"),
])
def test_answered(engine, question, value):
    ans = engine.ask(question)
    assert ans.found and value in (ans.span or "") + ans.answer, (ans.span, ans.answer)


@pytest.mark.parametrize("question", [
    "2米的电源线多少钱",  # the row is 1米's
    "苹果电脑重装系统多少钱",  # the row is Windows笔记本's
])
def test_refused(engine, question):
    ans = engine.ask(question)
    assert not ans.found, ans.answer
