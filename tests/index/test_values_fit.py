"""A value that is the one asked, though the question words it otherwise (session 18):

- 别超过 (勿, 莫) asks as 不超过 does: «预约时间建议不超过8小时» answers 最好别超过几个小时;
- a piece that only states the case in full (甲方提前收回房屋的，应提前60天通知) leaves the value to the
  piece after it: 收房 said in full there is no sign that the value is another thing's;
- 额外, 另外 say «in addition», no kind: 公司额外奖励几天 is answered by «公司奖励假10天»;
- 夏天 is 夏季 (answer.WORD_FAMILIES), whatever the family of periods (天, 季) says of their last characters.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract
from wenda.index.query import ADDING_WORDS, qualifiers

COOKER = """# 电饭煲使用说明

## 预约功能
- 预约时间最长24小时，保温时间最长12小时。
- 夏季气温较高时，预约时间建议不超过8小时，以免米饭变质。
"""

LEASE = """房屋租赁合同主要条款

一、提前解约
甲方提前收回房屋的，应提前60天通知乙方，退还剩余租金。
乙方提前退租的，应提前30天书面通知甲方，并支付一个月租金作为违约金。
"""

LEAVE = """员工休假管理办法

一、婚假
员工依法登记结婚的，享受婚假13天，其中法定婚假3天、公司奖励假10天。

二、丧假
员工直系亲属去世的，给予丧假3天。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fit"), {"cooker.md": COOKER, "lease.txt": LEASE, "leave.txt": LEAVE})


def test_forbidding_reads_as_not():
    assert extract.direction("最好别超过几个小时") == extract.direction("建议不超过8小时") == -1
    assert extract.direction("超过3天") == 1


@pytest.mark.parametrize("question,said,not_said", [
    ("夏季预约最好别超过几个小时", "8小时", "24小时"),
    ("夏天预约最好别超过几个小时", "8小时", "24小时"),  # 夏天 is 夏季, no other member of 日天/周/月/季/年
    ("房东要提前收房得提前几天讲", "60天", "30天"),
    ("婚假里公司额外奖励几天", "10天", None),
])
def test_the_value_asked(engine, question, said, not_said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer and (not_said is None or not_said not in ans.answer), ans.answer


def test_adding_words_single_out_no_kind():
    assert "额外" in ADDING_WORDS
    assert "额外" not in qualifiers("公司额外的奖励有几天", ["公司", "额外", "奖励"])
    assert "合格" in qualifiers("考核合格的乡镇奖励多少钱", ["考核", "合格", "乡镇", "奖励"])
