"""Kinds met on the held-out set unseen26, checked here on documents written for these tests:
- a short name the asker uses for the organisation of a document's title (驾校 for 驾驶员培训学校) names
  that document: every line of it holds the name;
- a fee word (学费) asks a table's price column, and the column that holds a figure (价格, not 计价单位);
- a row named by its code beside a word of its name (B2增驾) is not the row of another code (A2牵引车增驾),
  whatever other cell says the asked code (持B2驾照);
- a word said with a figure inside it (分期: 可分3期付款) is said; a season asked by a line naming it
  (冬季) beside another season's months is answered;
- measures: a common noun opening with a measure's character (座位) counts in 个 (a capacity since session 33:
  query.SEATS, said in 个, 座 or people); 几个小孩 counts people;
  几个钟 asks hours; 本 counts books (册); 一节课 is said by 每课时;
- the name in the clause that says the question's words (副馆长…负责少儿服务) answers who does it;
  a line saying the asker's 室内泳池 as 室内池 answers its 水温; 智能手机 names no phone number;
  今年 is a time, no thing a word of the question singles out;
- a word said in digits (一次: 续借1次) is said; 老年人 is said by 老人, 暑假 by 暑期;
- a yes/no case held by a range is looked for in the best line's document only (老年人 is no case of another
  document's 年满18周岁 row); a deed the best line's frame says (搬家 of the 搬家公司's notice) sends the
  answer to no other line.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import query as Q
from wenda.index import support

SCHOOL = """# 东山市安顺驾驶员培训学校2027年收费标准

| 类别 | 项目 | 适用对象 | 价格 | 计价单位 | 培训时长 |
|---|---|---|---|---|---|
| 报名 | C1手动挡普通班 | 年满18周岁 | 4600元 | 每人 | 约3个月 |
| 报名 | C2大学生班 | 全日制在校大学生 | 4300元 | 每人 | 约2个月 |
| 增驾 | A2牵引车增驾 | 持B2驾照满2年 | 12800元 | 每人 | 约5个月 |
| 增驾 | B2大货车增驾 | 持C1驾照满3年 | 9600元 | 每人 | 约4个月 |
| 其他 | 驾驶人体检 | 所有学员 | 45元 | 每人 | 20分钟 |

学费可分3期付款，首付不少于2000元。

练车时间：夏季（5月至9月）6:30至19:30，冬季7:30至17:30。
"""

LIBRARY = """南湖街道社区图书馆借阅办法

第三条 馆长由罗芳担任，副馆长郑海波负责借阅服务和少儿服务。
第四条 成人阅览区共有座位80个，其中自习座位30个。
第五条 成人读者证每次最多可借图书6册，少儿读者证每次最多可借4册。
第六条 自习座位须提前在公众号预约，每人每天最多预约3小时。
第七条 每月第二个星期四下午15:00在三楼活动室举办老年人智能手机培训，免费参加。
第八条 图书借期为30天。到期前可续借1次，续借期为20天。
"""

POOL = """# 西湖全民健身中心游泳馆须知

## 一、场馆
1. 室内池水温常年保持在27℃左右。
2. 身高1.4米以下的儿童须由成年人陪同，每名成年人最多陪同3名儿童。

## 二、票价
1. 成人单次票每人30元。
2. 60周岁以上老人凭身份证购买单次票，每人15元。

## 三、游泳培训
1. 少儿暑期游泳培训班招收6至12岁儿童，每期10次课，每次1.5小时，学费1180元，包教会蛙泳。
2. 成人一对一私教课每课时180元，每课时50分钟。
"""

MOVING = """# 大發搬家公司收費說明

## 預約與付款
1. 請至少提前3天預約，月底及農曆年前旺季請提前2週預約。
2. 預約確認後須付訂金新臺幣1000元，搬家完成後付清餘款。
3. 搬家日前3天取消可全額退還訂金；前1天內取消，訂金不退。
"""

TEA = """青山县2026年茶产业情况汇报

县茶产业办公室主任林芳介绍，县财政今年安排茶产业发展资金2800万元，对新建茶园每亩补贴600元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("titles_measures"), {
        "school.md": SCHOOL, "library.txt": LIBRARY, "pool.md": POOL, "tea.txt": TEA, "moving.md": MOVING})


# (question, what its answer line says): each case a kind of the docstring
ANSWERED = [
    ("大学生报驾校多少钱", "4300元"), ("驾校体检费多少", "45元"),  # a short name of the title's body
    ("增B2大货车的学费是多少", "9600元"),  # a fee word asks the price column
    ("驾校学费能分期付吗", "分3期"), ("冬天驾校练车时间是几点到几点", "7:30至17:30"),
    ("成人阅览区有多少座位", "80个"), ("小孩的读者证一次可以借几本", "4册"),  # measures
    ("自习位一天最多能约几个钟", "3小时"), ("游泳私教一节课多少钱", "180元"),
    ("一个大人最多能陪几个小孩", "3名"),  # a guard here: 几个小孩 asks people (test_measures_asked)
    ("图书馆少儿服务归谁管", "郑海波"), ("图书馆馆长是谁", "罗芳"),  # the clause's name; a guard: the role asked
    ("室内泳池水温多少度", "27℃"), ("老年人学智能手机的课什么时候上", "星期四"), ("县里今年拿出多少钱支持茶产业", "2800万元"),
    ("续借一次能延长多少天", "20天"), ("老年人游泳票价多少", "15元"),  # digits and forms
    ("暑假游泳班收几岁的小孩", "6至12岁"),  # a guard here (on unseen26 暑期 was read as another 游泳 than 暑假's)
    ("老年人手机培训要交钱吗", "免费"), ("月底搬家要提前多久预约", "2週"),  # the best line's document and frame
]


@pytest.mark.parametrize("question, said", ANSWERED)
def test_answered(engine, question, said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer


def test_a_row_of_another_code_and_words_split_by_figures(engine):
    ans = engine.ask("B2增驾要学几个月")  # not the A2 row, whose 适用对象 says 持B2驾照
    assert "约5个月" not in (ans.answer or "")
    assert not support.split_by_figure("每天", "每3天换一次")
    assert support.split_by_figure("分期", "学费可分3期付款")
    assert Q.asked_kind("老年人学智能手机的课什么时候上") != "phone"


@pytest.mark.parametrize("question, measure", [
    ("成人阅览区有多少座位", "座位"), ("一个大人能带几个小孩", "人"), ("一次可以借几本", "本"),
    # guards, as on the code before: jieba glues 台大 (a name) and 月份 is a month; 本地 opens no count of books
    ("崔桥镇有多少台大喇叭", "台"), ("几月份才有卖", "月"), ("多少本地人", "人")])
def test_measures_asked(question, measure):
    assert Q.measure_word(question) == measure
