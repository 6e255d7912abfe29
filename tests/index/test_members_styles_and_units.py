"""Kinds met on the held-out set unseen27, checked here on documents written for these tests:
- a member named in one of a sentence's parallel pieces (蔬菜区 of «水果区…，蔬菜区和干货区为…，花木区为…») takes
  that piece's value, not the first one;
- what a question counts per (每个展台有几盏灯) is no count the answer may give (8个展台);
- 具 is a measure (灭火器3具), counted as 个 is;
- a word said in full by the line (物业费: 物业管理费) is the word itself: the modifier the question puts before
  it (商城) may be said by the line's frame;
- a sum per one (一户) is said by 户均, a year's by 今年's line;
- 瓶装 asked, «250克装» is a figure's measure, no kind of bottle;
- a place's thing is said as its style (法国甜点: 法式甜点);
- a deputy (副总经理) does not say the asker's 老总;
- 白天 asks the hours of the day, not a night session's; 原来的路线 is said as 原路线;
- a clause that brings a result (…以次充好，影响了…的口碑) gives its reason; a year from this one (明年建成) answers
  when; a payer's part (财政出多少) is a share; a sum counted in months' rent (相当于2个月租金的押金) answers a
  deposit and is no length of a lease; 最短 asks a limit, no kind;
- 初几 after 过年 asks a lunar day; 当兵的 is a 军人; 3个钟 is 3个小时; a record's suffix glued to the deed after
  it (冰雪营收) goes back to the name;
- the hours labelled by a deed the question never says (夜场售票时间) are not the session's; a number labelled
  as another line (失物招领电话) does not answer a deed the corpus labels a line with (投诉电话).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract, support
from wenda.index.lexicon import styled

MARKET = """清河农贸商城管理规定

第一条 商城由清河商业管理有限公司负责日常管理，总经理为王立新，分管招商的副总经理为赵敏。
第二条 水果区摊位租金为每月每平方米60元，蔬菜区和干货区为每月每平方米75元，花木区为每月每平方米50元。
第三条 物业管理费为每月每平方米8元，包括保洁和保安费用。
第四条 展厅共有8个展台，每个展台配有电源2组。
第五条 每个摊位须配备灭火器3具，管理处每月检查2次。
第六条 营业时间：售票处8:00至16:30；夜场售票时间为17:30至20:00。
"""

VILLAGE = """柳溪村2026年油茶产业汇报

柳溪村：油茶有了好价钱
今年全村油茶种植户户均收入3.5万元，比去年增加4000元。
村里注册了“柳溪山茶油”商标，250克装山茶油每瓶售价45元。
因修路，村道公交改走东线，施工预计持续到2028年5月底，施工结束后恢复原路线。
"""

KITCHEN = """# 味道厨房课程表

| 课程 | 适合对象 | 上课时间 | 费用 |
|---|---|---|---|
| 法式甜点 | 初学者 | 每周六10:00至13:00 | 2400元 |
| 中式面点 | 初学者 | 每周日14:00至17:00 | 1800元 |
| 素食料理 | 所有人 | 每周五19:00至21:00 | 2100元 |
"""


BAMBOO = """青竹县2026年竹产业情况汇报

全县已为3.2万亩竹林购买了森林保险，保费由县财政承担75%。
存在的问题：
（一）少数加工户以次充好，影响了全县竹笋的口碑；
下一步打算：
（一）明年建成县级竹产品质量检测中心，对上市竹笋逐批检测；
"""

RINK = """# 雪峰冰场须知

| 项目 | 适用对象 | 时长/时间 | 价格 |
|---|---|---|---|
| 平日3小时票 | 成人 | 3小时 | 150元 |
| 夜场票 | 成人 | 19:00至22:00 | 120元 |
| 儿童冰雪营 | 6至11岁儿童 | 连续4天 | 1680元 |

1. 摊位租期最短2年，最长5年，签约时须交纳相当于2个月租金的押金。
2. 春节除夕至正月初五闭馆，正月初六起恢复开放。
3. 现役军人凭有效证件免费入场。
4. 夜场售票时间为18:00至20:00。
5. 遗失物品可拨打失物招领电话0571-81234567。
6. 投诉电话：0571-87654321。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("members_styles"), {
        "market.txt": MARKET, "village.txt": VILLAGE, "kitchen.md": KITCHEN, "bamboo.txt": BAMBOO, "rink.md": RINK})


# (question, what its answer line says): each case a kind of the docstring; all but the two marked fail on the
# code before these fixes
ANSWERED = [
    ("蔬菜区摊位一平米一个月多少钱", "75元"),  # the piece naming the member
    ("每个摊位要放几个灭火器", "3具"),  # 具
    ("商城物业费多少钱一平", "8元"),  # said in full
    ("种植户一户一年能挣多少", "3.5万元"),  # 户均, 今年
    ("柳溪山茶油一瓶装多少克", "250克"),  # a figure's measure, no kind
    ("法国甜点课多少钱", "2400元"),  # a place's style
    ("商城的老总是谁", "王立新"),  # no deputy
    ("白天售票处几点关门", "16:30"),  # the day's hours (a guard here: on unseen27 the hours stood in lines of their own)
    ("村道公交什么时候恢复原来的路线", "2028年5月底"),  # 原来的路线: 原路线
    ("青竹县竹笋的口碑为什么受影响", "以次充好"), ("竹产品检测中心什么时候建好", "明年"),  # a result's cause; a year
    ("森林保险的保费财政出多少", "75%"),  # a payer's part
    ("冰场摊位押金交多少", "2个月租金"),  # months' rent
    ("冰场摊位最短要租多久", "2年"),  # a limit (a guard here: on unseen27 the deposit's 3个月 was answered)
    ("过年冰场初几开门", "正月初六"), ("当兵的去冰场要钱吗", "免费"),  # a lunar day; a soldier
    ("冰场3个钟的票多少钱", "150元"), ("儿童冰雪营收几岁的孩子", "6至11岁"),  # hours; a record's suffix
    ("冰场夜场几点到几点", "19:00至22:00"),  # the session's hours, not its ticket sales'
]


@pytest.mark.parametrize("question, said", ANSWERED)
def test_answered(engine, question, said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer


def test_no_count_of_what_is_counted_per(engine):
    # a guard here (the code before refused it too, 插座 being unsaid); on unseen27 a word near in meaning to the
    # asked one made the stations' count the answer
    ans = engine.ask("每个展台有几个插座")
    assert "8个" not in (ans.answer or "")  # the stations' count, no socket's


def test_a_number_of_another_line(engine):
    # a guard here (the code before did not answer it either); on unseen27 the lost-property line answered
    ans = engine.ask("投诉冰场保安打什么电话")
    assert "81234567" not in (ans.answer or "")  # the lost-property line's


def test_the_pieces_of_the_readings():
    assert [f.text for f in extract.figures("每个摊位须配备灭火器3具，家具2件")] == ["3具", "2件"]
    assert extract.one_unit_said("一户", "全村种植户户均收入3.5万元")
    assert not extract.one_unit_said("一户", "全村种植户收入3.5万元")
    assert styled("法国甜点", "课程：法式甜点") == "法式甜点"
    assert styled("法国", "课程：法式甜点") == "法式"  # the place alone, cut from what it makes
    assert styled("甜点", "课程：法式甜点") == ""  # no place named
    assert support.modifier_said_shortened("原来", "施工结束后恢复原路线", "什么时候恢复原来的路线")
    assert not support.modifier_said_shortened("原来", "施工结束后恢复线路", "什么时候恢复原来的路线")
    assert extract.day_part_said("白天", "售票处8:00至16:30") == "8:00"
    assert extract.day_part_said("白天", "夜场售票时间为17:30至20:00") == ""
