"""Kinds from the forty-eighth session's tries and unseen45, on documents written for these tests (a county's table
of subsidies for farm machines in bands of horsepower and tank size, a city's note on childbirth allowances, a
massage parlour's Excel sheet with numbered rows and the length of each service in its note column, a Hong Kong
archery club's practice rules):
- a case stated in horsepower (60匹马力) or litres (40升) falls in a row's band written «50—70马力（不含70马力）» or
  «20L及以上»; the top a band leaves out (不含70马力) belongs to the next band, not to both;
- an hour asked (一个钟) is the length a row's note says (60分钟), no rate per hour, and no thing of its own the
  row must name;
- a numbered sheet's 序号 is the row's place, never its value;
- 有没有休息时间 asks of a thing (休息时间) that a line says it includes;
- hours that leave holidays out (法定节假日除外) are the usual hours, no special day's;
- a word a question shortens (谷电) said in full in another clause whose figure is of another kind (谷段为每日23:00…)
  leaves the price in the value's own clause (电价每千瓦时0.31元) to the question;
- 生小孩 is giving birth (生育, a notice's 分娩), no 小孩; 剖腹产 is the notice's 剖宫产; 收割机 its 收获机.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, says as _says, titled_sheet

SUBSIDY = """# 柳河县2029年农机购置补贴额一览表

## 补贴额一览

| 机具品目 | 分档名称 | 补贴额（元/台） |
|---|---|---|
| 轮式拖拉机 | 25—50马力（不含50马力）四轮驱动 | 5200元 |
| 轮式拖拉机 | 50—70马力（不含70马力）四轮驱动 | 10800元 |
| 轮式拖拉机 | 70—100马力（不含100马力）四轮驱动 | 17400元 |
| 轮式拖拉机 | 100马力及以上四轮驱动 | 30500元 |
| 植保无人驾驶航空器 | 药箱额定容量10—20L（不含20L） | 4300元 |
| 植保无人驾驶航空器 | 药箱额定容量20L及以上 | 6900元 |
| 玉米收获机 | 自走式3行 | 36000元 |
"""

BIRTH = """柳河县医疗保障局关于2029年城乡居民医保待遇的通知

一、住院待遇
1. 乡镇卫生院住院报销比例为90%，县级医院为75%。
2. 孕产妇住院分娩实行定额补助：顺产每例补助900元，剖宫产每例补助1500元。
二、咨询电话
县医保中心：0745-6620118，办公时间为周一至周五上午8:30—12:00、下午14:00—17:30（法定节假日除外）。
三、充电桩电价
自用充电桩可以选择执行峰谷分时电价：谷段为每日23:00至次日7:00，电价每千瓦时0.31元；峰段电价每千瓦时0.66元。
"""

ARCHERY = """# 飛羽射箭會 收費及守則

## 自由練習

- 每節1小時，每節包括10分鐘休息時間；
- 會員每節HK$90，非會員每節HK$130。
"""


def _massage_rows() -> list[list]:
    return [["序号", "服务项目", "收费标准", "计费单位", "说明"],
            ["1", "足底按摩", "68", "元/次", "50分钟"],
            ["2", "全身推拿", "138", "元/次", "60分钟；加钟每30分钟60元"],
            ["3", "肩颈推拿", "58", "元/次", "30分钟"],
            ["17", "皮衣（短款夹克）护理", "160", "元/件", "含清洁上光，补色另议"],
            ["18", "皮衣（长款大衣）护理", "260", "元/件", "含清洁上光，补色另议"]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp("bands")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "柳河县农机购置补贴额一览表.md").write_text(SUBSIDY, encoding="utf-8")
    (corpus / "柳河县医保待遇通知.txt").write_text(BIRTH, encoding="utf-8")
    (corpus / "飛羽射箭會收費及守則.md").write_text(ARCHERY, encoding="utf-8")
    titled_sheet(corpus / "悦足养生馆价目表.xlsx", "悦足养生馆2029年服务项目价目表", _massage_rows())
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_a_band_in_horsepower_or_litres():
    from wenda.index import extract

    assert extract.bounds("50—70马力（不含70马力）四轮驱动") == {"马力": (50.0, 70.0)}  # the top left out
    assert extract.bounds("药箱额定容量20L及以上") == {"升": (20.0, float("inf"))}  # L is 升
    assert extract.range_holds("70马力的拖拉机", "70—100马力（不含100马力）")
    assert not extract.range_holds("70马力的拖拉机", "50—70马力（不含70马力）")


def test_a_band_is_answered(engine):
    _says(engine.ask("我准备买台60匹马力的四驱拖拉机，能补多少钱？"), "10800元")
    _says(engine.ask("120马力的拖拉机补贴是多少"), "30500元")
    _says(engine.ask("打药的无人机，药箱30升的那种补贴多少"), "6900元")


def test_an_hour_asked_is_a_length_the_note_says(engine):
    _says(engine.ask("全身按摩一个钟多少钱"), "138元")


def test_a_serial_number_is_no_value(engine):
    ans = engine.ask("皮衣长大衣保养要多少")  # the value is the price cell, not the 序号 18 before it
    _says(ans, "260元")
    assert ans.answer.endswith("260元/件"), ans.answer


def test_a_thing_a_line_says_it_includes(engine):
    _says(engine.ask("每節有冇休息時間"), "10分鐘")


def test_words_of_giving_birth_and_of_machines(engine):
    _says(engine.ask("生小孩剖腹产医保补多少钱"), "1500元")
    _says(engine.ask("三行的玉米收割机补多少"), "36000元")


def test_hours_that_leave_holidays_out_are_the_usual_ones(engine):
    _says(engine.ask("县医保中心下午几点开门"), "14:00")


def test_a_shortened_word_beside_a_clause_of_another_kind(engine):
    _says(engine.ask("谷电一度电多少钱"), "0.31元")
