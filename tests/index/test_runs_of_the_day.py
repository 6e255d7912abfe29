"""Kinds a new user met on a ferry notice, checked here on a notice written for these tests: a day's runs by
their order (首班船, 末班船) are the first and last of the boat asked (渡船), no kinds of boat; the time of the
run asked (末班, 最后一班) is taken, not the first time of the sentence; 最早 and 最晚 are said by those
runs, and by the last or the first of the times a line lists for the day's runs (07:30、12:00、16:45三班船).
A battery bike asked by its everyday name (电瓶车) is the notice's 电动车. A length of time asked of a deed
(提前多久去报到) is the one of the line that says that deed, not of one that says another (提前5天预约).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

NOTICE = """# 白沙渡口客渡须知

## 一、开航时间
平时首班船：早上6:10开船，末班船：晚上20:40。
每25分钟一班。

## 二、票价
| 票种 | 价格 | 说明 |
| --- | --- | --- |
| 成人票 | 6元 | 单程 |
| 电动车随船 | 4元 | 每辆 |
| 自行车随船 | 1元 | 每辆 |

## 三、其他
客服电话：0731-96550
"""

LISTED = """# 西岛客船须知

班次：每天07:30、12:00、16:45三班船，每趟航程约40分钟。

报到：请于开船前30分钟到售票处报到。

团体：20人以上团体须提前5天预约。
"""

LAST_ONLY = """# 城西公交夜班须知

夜间末班车：晚上23:30从城西站发出。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("runs"), {"ferry.md": NOTICE})


@pytest.mark.parametrize("question, value, other", [
    ("末班船几点开", "20:40", "6:10"),  # the last run's time, though the first run's comes first
    ("最后一班船几点", "20:40", "6:10"),
    ("头班船几点开", "6:10", "20:40"),
    ("渡船晚上几点停", "20:40", "6:10"),  # 末班船 is the ferry's last run, no sibling of 渡船
])
def test_the_run_asked(engine, question, value, other):
    ans = engine.ask(question)
    assert ans.found, question
    assert ans.span == value and other not in ans.span, (ans.span, ans.answer)


def test_a_battery_bike_by_its_everyday_name(engine):
    ans = engine.ask("推电瓶车上船多少钱")
    assert ans.found and "4元" in ans.answer, ans.answer


def test_a_run_the_line_does_not_give_is_refused(tmp_path):
    engine = text_engine(tmp_path, {"bus.md": LAST_ONLY})
    assert engine.ask("末班车几点发车").found  # the line's own run
    assert not engine.ask("首班车几点发车").found  # only the last run is given


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("listed"), {"isle.md": LISTED})


@pytest.mark.parametrize("question, value", [
    ("最后一班船几点开", "16:45"),
    ("末班船几点", "16:45"),
    ("第一班船几点开", "07:30"),
    ("要提前多久去报到", "30分钟"),
])
def test_the_run_among_those_listed(listed, question, value):
    ans = listed.ask(question)
    assert ans.found and value in ans.span, (ans.span, ans.answer)
