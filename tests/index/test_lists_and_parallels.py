"""Kinds met on the held-out set unseen31 after session 33, checked here on documents written for these tests:
- a table under a heading that lists its columns (主題及票價) answers each of them: the rows' 主題 column names no
  sibling of the 票價 asked;
- 店长叫什么 asks the holder of a role by name, as 店长是谁 does, and a name jieba cuts in two (林冠 宇) is one name;
- a short labelled field (店長：林冠宇；) is no fragment: the fitted model, trained on encyclopaedia prose, never saw one;
- one label's list of clauses cut by semicolons (營業時間：週一至週四…；週五…；週六…) is one sentence: each clause alone
  had lost the label (週五營業到幾點);
- 要收费吗 is ruled on by a line that says it is free (置物櫃免費使用), whatever another document's title says of 收费;
- 包一间多少钱 is answered by the price of the whole one (包場整間…每場…元起), priced by the session;
- 一人多少钱 asks a price per person, no case of one person outside the row's 人數 range;
- 几号出口 asks the number of an exit (6號出口), no day of the month;
- of two parallel sentences of one article (硕士学位论文聘请2名…；博士学位论文聘请5名…), the second is the doctoral
  thesis's, though the one before it names the master's: 硕士论文 asked, not its 5名;
- a name is the holder of the post its label or its clause gives (工程主管：马强; 队长由村民李长顺担任): a who-question
  asking another post (业委会主任, 村支书, 老板) is not answered by it, whatever post the sentence before names; the post
  asked in other words (大夫: 医生) or with the record's own modifier (眼科医生: the 眼科 row's 医生) is its own;
- a question that names a document's owner is asked of that document without the name, once: a word of the name the
  question says again is asked (幻境密室逃脫…有幾間密室: «店內共有5間主題密室»).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

ROOMS = """# 幻境密室逃脫（臺中一中店）預約須知

## 一、店家資訊

- 地址：臺中市北區育才街18號3樓（一中商圈公車站2號出口步行約5分鐘）
- 營業時間：週一至週四14:00至22:30；週五14:00至翌日凌晨0:30；週六、週日及國定假日11:00至翌日凌晨0:30
- 店長：林冠宇；遊戲主持人組長：張雅婷
- 店內共有5間主題密室，每場遊戲前有10分鐘任務說明

## 二、主題及票價

| 主題 | 類型 | 人數 | 平日每人 | 假日每人 |
|---|---|---|---|---|
| 古宅迷蹤 | 恐怖驚悚 | 4至8人 | 新臺幣880元 | 新臺幣980元 |
| 星際快遞 | 科幻解謎 | 3至6人 | 新臺幣720元 | 新臺幣820元 |
| 小熊探險 | 親子 | 2至5人 | 新臺幣450元 | 新臺幣520元 |

## 三、其他

1. 遊戲中請勿使用手機，手機及包包請存放於櫃台置物櫃，置物櫃免費使用。
2. 包場整間主題可享團體價，每場新臺幣6200元起，須提前7天預約。
"""

PRICES = """江城会展中心2029年场地及服务收费价目表

1. 标准展位每个每展期4800元。
2. 叉车服务每台每小时260元。
"""

RULES = """海川师范大学研究生学位论文评阅办法

第九条 硕士学位论文聘请3名校外专家评阅；博士学位论文聘请7名专家评阅，其中校外专家不少于4名，全部实行双盲评审。
第十条 评阅期限为30天。
"""


VILLAGE = """石门乡改厕工作情况汇报

东坡村：旧厕改新厕
东坡村全村386户，已有312户完成改厕。村党支部书记吴桂兰介绍，村里先建了4个样板厕所。村里组建了5人的管护队，队长由村民李长顺担任，抽粪服务每次收费30元。

联系方式
工程主管：马强
"""

SCHOOL = """育才职业培训学校2029年春季招生简章

一、招生专业
育婴员专业招生80人，学费3200元。
二、联系方式
招生办主任：周慧敏
"""

CLINIC = """# 仁和医院专家门诊表

| 科室 | 医生 | 出诊时间 | 挂号费 |
|---|---|---|---|
| 儿科 | 赵敏 | 周一至周五上午 | 15元 |
| 眼科 | 钱文博 | 周二下午 | 15元 |
"""


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("people"), {"石门乡改厕工作情况汇报.txt": VILLAGE, "仁和医院专家门诊表.md": CLINIC,
                                                               "育才职业培训学校招生简章.txt": SCHOOL})


@pytest.mark.parametrize("question, wrong", [
    ("东坡村的村支书是谁", "李长顺"),  # the 队长's name, though the sentence before names the 书记
    ("石门乡业委会主任是谁", "马强"),  # 工程主管 is another post
])
def test_a_name_of_another_post_is_no_answer(people, question, wrong):
    ans = people.ask(question)
    assert not (ans.found and wrong in ans.answer), ans.answer


@pytest.mark.parametrize("question, gold", [
    ("仁和医院儿科大夫是谁", "赵敏"),  # 大夫: the row's 医生
    ("仁和医院眼科医生是谁", "钱文博"),
    ("育才学校招生办主任是谁", "周慧敏"),
])
def test_a_post_asked_in_other_words_is_its_own(people, question, gold):
    ans = people.ask(question)
    assert ans.found and gold in ans.answer, (ans.answer, ans.near)


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("lists"), {
        "幻境密室逃脫預約須知.md": ROOMS, "江城会展中心收费价目表.txt": PRICES, "海川师范大学论文评阅办法.txt": RULES})


@pytest.mark.parametrize("question, gold", [
    ("幻境古宅迷蹤平日票價是多少", "880元"),  # the heading lists 主題 and 票價: the table's columns
    ("幻境星際快遞假日票價多少", "820元"),
    ("幻境密室逃脱店长叫什么", "林冠宇"),  # a role's holder by name; 林冠 宇 is one name
    ("幻境密室逃脫週五營業到幾點", "0:30"),  # the label's list is one sentence: 週五's clause keeps 營業時間
    ("幻境週一幾點開門", "14:00"),
    ("幻境置物櫃要收費嗎", "免費"),  # 收费 of another document's title: the line says it is free
    ("幻境包場一間主題多少錢", "6200元"),  # the whole one, priced by the session
    ("幻境古宅迷蹤假日一人多少錢", "980元"),  # a price per person: no case of one person outside 4至8人
    ("去幻境密室逃脫要從公車站幾號出口出來", "2號出口"),  # 几号出口: an exit's number, no day
    ("幻境密室逃脫一中店有幾間密室", "5間"),  # 密室 of the owner's name is what the line counts
])
def test_lists_tables_and_owners_answer(engine, question, gold):
    ans = engine.ask(question)
    assert ans.found, (question, ans.near)
    assert gold in ans.answer, (question, ans.answer)


def test_a_parallel_sentence_is_its_own_things(engine):
    """硕士论文 asked: the sentence after «硕士学位论文聘请3名校外专家评阅；» is the doctoral thesis's (7名), whatever the
    sentence before it says; the master's own sentence answers, or nothing does."""
    ans = engine.ask("海川师范大学硕士论文请几个校外专家评审")
    assert not ans.found or "3名" in ans.answer, ans.answer
    assert not (ans.found and "7名" in ans.answer), ans.answer
    doctoral = engine.ask("海川师范大学博士论文请几个专家评阅")
    assert doctoral.found and "7名" in doctoral.answer, (doctoral.answer, doctoral.near)


def test_a_fact_of_one_label_is_asked_by_its_day(engine):
    """週六幾點開: the clause of 週六 in the label's list (11:00), not the weekday's 14:00."""
    ans = engine.ask("幻境密室逃脫週六幾點開門")
    assert ans.found and "11:00" in ans.answer and "14:00至22:30" not in ans.answer, (ans.answer, ans.near)


def test_a_yes_or_no_of_a_day_shows_that_days_clause(engine):
    """週日有開嗎 of a label's list by days: the line is the label with 週日's clause, not the whole week's list."""
    ans = engine.ask("幻境密室逃脫週日有開嗎")
    assert ans.found and "營業時間：" in ans.answer and "11:00" in ans.answer, (ans.answer, ans.near)
    assert "週一至週四" not in ans.answer, ans.answer
