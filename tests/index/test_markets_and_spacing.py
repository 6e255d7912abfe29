"""More kinds from the forty-eighth session's tries and unseen45, on documents written for these tests (a town's
rules on its night market, a sports hall's Excel sheet with a weekday and a weekend price column of bare numbers, a
Taiwan car-wash shop typeset with spaces between digits and words, a city's rules on charging facilities):
- a bare number under a price column named «…价» (平日价) takes the money unit of the row's unit column, and one
  under a header with a unit per two units («管理费（元/平方米·月）») that unit;
- a figure typeset with a space before its unit (2 年有效, 折 100 元) is one figure;
- 夜市 and 超市 are markets, no city the corpus lacks; 临时便民摊点 is a kind of stall, no special day;
- 经营时间 gives a place's hours (几点开张); 晚上十点 is 22:00; 噪音 is the rules' 噪声; 下班后 the evening slot;
- 好多钱 at a question's end asks how much; 那种 and 大家 are the asker's words;
- a kind's head cut off (充电桩) is held by the general name the rules give every such thing (充电设施);
- a numbered sheet's row is named by its first cell that is neither the number nor a category (衣物：羽绒服（长款）),
  so 长款 asked is that row's bracket, not a part of 中长款;
- a rise asked (比上一年贵了多少) is the figure said rising («比2028年度提高20元»), not the fee; jieba's 费比 is no name;
- Cantonese 仲 (still): 落紅雨仲開唔開;
- when rules take effect (哪天开始实施, 从啥时候开始用) is the «自…起施行» line, before a line whose deed the question's
  words name (收到材料之日), and a sheet's note says it whatever section the title names;
- a length of time asked is the range its bare number opens (3至5个工作天).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, says as _says, titled_sheet

MARKET = """青川县夜市摊点管理办法

第五条 夜市经营时间为每日18:30至次日0:30。
第六条 修鞋、配钥匙等临时便民摊点，经营时间为7:30至20:30。
第八条 遇暴雨等恶劣天气需要暂停夜市经营的，县城管局提前12小时向社会公告。
第十条 摊位管理费标准如下表：

| 夜市名称 | 管理费（元/平方米·月） | 电费（元/度） |
|---|---|---|
| 河西夜市 | 45 | 1.1 |
| 东门夜市 | 38 | 1.0 |

第十二条 夜市区域边界噪声，22:00前不得超过60分贝，22:00以后不得超过45分贝。
"""

HALL = """# 青川县文化馆场地使用管理办法

## 第一章 总则

第三条 县文化馆是本办法的主管部门，负责本办法的组织实施。

## 第三章 申请和取消

第九条 文化馆自收到完整申请材料之日起3个工作日内答复。

第十四条 取消预约的，场地押金全数退还，退款需时3至5个工作日。

## 第六章 附则

第二十一条 本办法自2029年5月1日起施行。
"""

SHOP = """# 晶亮汽車美容 台中店 須知

## 會員卡

- 會員卡自最後一次儲值日起算 3 年有效，逾期餘額不予退還。
- 新客首洗折 120 元。
"""

CHARGING = """清溪市住宅小区充电设施管理办法

第十条 公用充电设施应当集中设置在地面停车场，与住宅楼外墙的距离不少于8米。
第十一条 自用充电桩由业主委托有资质的单位安装。
第十二条 2029年度居民生活用电附加费为每户每年120元，比2028年度提高15元。
第十三条 黃雨、紅雨照常營業；黑雨停止營業。
"""


def _hall_rows() -> list[list]:
    return [["序号", "场地/项目", "时段", "平日价", "周末及节假日价", "单位"],
            ["1", "羽毛球标准场", "早场 6:30—9:00", "25", "35", "元/片/小时"],
            ["2", "羽毛球标准场", "晚场 17:00—22:00", "75", "85", "元/片/小时"],
            ["3", "羽毛球比赛场（木地板）", "晚场 17:00—22:00", "95", "115", "元/片/小时"],
            ["4", "羽毛球场包月", "平日晚场，每周1次", "520", "—", "元/片/月"]]


def _laundry_rows() -> list[list]:
    return [["序号", "类别", "衣物", "干洗价（元）", "单位"],
            ["12", "羽绒服", "羽绒服（短款，臀部以上）", "32", "件"],
            ["13", "羽绒服", "羽绒服（中长款，至膝盖）", "42", "件"],
            ["14", "羽绒服", "羽绒服（长款，过膝）", "55", "件"],
            ["注1：本价目表自2029年3月1日起执行，原价目表同时作废。", "", "", "", ""]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp("markets")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "青川县夜市摊点管理办法.md").write_text(MARKET, encoding="utf-8")
    (corpus / "晶亮汽車美容須知.md").write_text(SHOP, encoding="utf-8")
    (corpus / "青川县文化馆场地使用管理办法.md").write_text(HALL, encoding="utf-8")
    (corpus / "清溪市住宅小区充电设施管理办法.txt").write_text(CHARGING, encoding="utf-8")
    titled_sheet(corpus / "体育馆场地收费表.xlsx", "松林体育馆2029年场地收费表", _hall_rows())
    titled_sheet(corpus / "洗衣店价目表.xlsx", "桂林洗衣坊2029年价目表", _laundry_rows())
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_bare_prices_of_a_price_column_and_of_a_header_per_two_units():
    from wenda.corpus.shapes import row_text

    assert "平日价：520元/片/月" in row_text(["场地", "平日价", "单位"], ["包月", "520", "元/片/月"])
    assert "管理费（元/平方米·月）：45元/平方米·月" in row_text(["夜市", "管理费（元/平方米·月）"], ["河西夜市", "45"])
    assert row_text(["项目", "评价"], ["A", "5"]) == "项目：A · 评价：5"  # a rating is no price


def test_bare_prices_are_answered(engine):
    _says(engine.ask("羽毛球场包月多少钱"), "520元")
    _says(engine.ask("河西夜市的摊位费每平方米每个月多少钱"), "45元")


def test_a_figure_typeset_with_a_space(engine):
    from wenda.index import extract

    assert [f.text for f in extract.figures("起算 3 年有效，折 120 元")] == ["3 年", "120 元"]
    _says(engine.ask("儲值卡會過期嗎？效期多久"), "3 年")


def test_markets_stalls_and_hours(engine):
    _says(engine.ask("夜市一般晚上几点开张？"), "18:30")
    _says(engine.ask("修鞋配钥匙的小摊子几点到几点能摆？"), "7:30至20:30")
    _says(engine.ask("下暴雨夜市要停的话会提前多久通知大家"), "12小时")
    _says(engine.ask("晚上十点以后夜市噪音不能超过多少分贝"), "45分贝")


def test_the_askers_words(engine):
    _says(engine.ask("木地板那种比赛场周末晚上多少钱一小时"), "115元")
    _says(engine.ask("平时下班后去打羽毛球，标准场一小时好多钱"), "75元")


def test_a_kind_held_by_its_general_name(engine):
    _says(engine.ask("公用充电桩离住宅楼外墙至少几米"), "8米")


def test_a_numbered_sheets_row_is_named_by_its_item(engine):
    _says(engine.ask("长款羽绒服干洗多少钱"), "55元")


def test_a_rise_asked(engine):
    _says(engine.ask("用电附加费比上一年贵了多少"), "15元")


def test_cantonese_still(engine):
    _says(engine.ask("落紅雨仲開唔開？"), "照常營業")


def test_when_rules_take_effect(engine):
    from wenda.index import extract

    assert extract.EFFECTIVE_ASKED.search("这张价目表从啥时候开始用")  # 开始用: when it takes effect
    assert not extract.EFFECTIVE_ASKED.search("游泳池什么时候用人多")
    _says(engine.ask("这个文化馆场地管理办法哪天开始实施的？"), "2029年5月1日")
    _says(engine.ask("洗衣店这张价目表从啥时候开始用"), "2029年3月1日")


def test_a_length_of_time_with_its_range(engine):
    ans = engine.ask("文化馆取消预约后押金退款要等多久")
    _says(ans, "3至5个工作日")
    assert ans.figures == ["3至5个工作日"], ans.figures  # the range, not its opening 3
