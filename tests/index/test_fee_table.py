"""Questions about a contract-like document with a fee table (session 16), each a general shape:

- a typo that is no word and that jieba cuts into single characters (押今 as 押 今, 宽代 as 宽 代) is read
  as the corpus word it sounds like, as a typo jieba keeps whole already was;
- 多长时间 / 多久 is the value asked, not a thing the deed is done to (一共租多长时间: 租赁期限为12个月);
- 几毛钱 / 几块钱 ask money (元), no thing counted;
- 谁交 / 谁出 of a table row is answered by its one party column (承担方：甲方);
- a row of another time slot than asked is refused for the one that holds it (晚上7点那场: the
  黄金场（18:00—22:00） row, not 夜场（22:00后）);
- a record the table does not have (物业费 in a table of 电费, 燃气费, 宽带费 …, a word the corpus never
  uses) is refused, not answered by another row.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index.query import counted_noun, measure_word, value_owners

LEASE = """青枫小区房屋租赁合同（摘要）

一、租赁期限
租赁期限为24个月，自2027年5月1日起至2029年4月30日止。

二、租金与押金
每月租金为人民币3600元，按月支付。
签订本合同时，乙方向甲方支付押金7200元，退租时无息退还。
"""

FEES = """费用项目,标准,承担方,缴纳方式
电费,0.62元/度,乙方,预付费电卡充值
燃气费,3.1元/立方米,乙方,燃气公司营业厅缴纳
宽带费,120元/月,乙方,自行办理
有线电视费,28元/月,甲方,甲方代缴
车位租金,300元/月,乙方,向小区停车场缴纳
"""


SHOWS = """影厅,场次时段,票价,会员价
巨幕厅,早场（12:00前）,45元,38元
巨幕厅,日场（12:00—18:00）,60元,50元
巨幕厅,黄金场（18:00—22:00）,85元,70元
巨幕厅,夜场（22:00后）,55元,45元
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fees"), {"lease.txt": LEASE, "fees.csv": FEES, "shows.csv": SHOWS})


def test_a_typo_cut_into_single_characters_is_read_as_the_word(engine):
    ans = engine.ask("押今要交多少")
    assert ans.found and "7200元" in ans.answer


def test_how_long_is_the_value_asked_not_an_object():
    assert "多长时间" not in value_owners("一共租多长时间啊", ("租",), "duration")


def test_how_long_the_lease_runs(engine):
    ans = engine.ask("一共租多长时间啊")
    assert ans.found and "24个月" in ans.answer


def test_mao_and_kuai_ask_money():
    assert measure_word("电费几毛钱一度") == "元" and counted_noun("电费几毛钱一度") is None
    assert measure_word("买了几块蛋糕") == "块"  # 块 counting pieces stays a measure


def test_the_party_column_answers_who(engine):
    ans = engine.ask("有线电视费谁来交")
    assert ans.found and "甲方" in ans.answer
    ans = engine.ask("电费几毛钱一度")
    assert ans.found and "0.62元" in ans.answer


def test_a_record_the_table_lacks_is_refused(engine):
    for question in ("物业费是谁交", "卫生费谁出"):  # (暖气费 is still taken for 燃气费: the lexicon holds them one)
        assert not engine.ask(question).found, question


def test_the_row_of_the_time_slot_asked(engine):
    ans = engine.ask("巨幕厅晚上9点半那场会员价多少")  # 21:30: 黄金场, not the 日场 row beside it
    assert ans.found and "70元" in ans.answer
    ans = engine.ask("巨幕厅下午场票价多少")
    assert ans.found and "60元" in ans.answer
    ans = engine.ask("巨幕厅上午场会员价多少")  # 早场（12:00前）: never the 日场's 50元
    assert not ans.found or "38元" in ans.answer
