"""Kinds from the forty-seventh session's tries, on documents written for these tests (a home-appliance cleaning
firm's Excel sheet whose prices are bare numbers beside a unit column, a Hong Kong dance studio's fees by level and
lesson length and its room hire by time slot, a district's notice on a holiday camp with its sites, a village's
rules on building homes with an area table, a county report that names a park's 负责人):
- a bare price takes its money unit from the row's unit column («价格：120 · 单位：元/台» is 120元/台);
- a column of a lesson's length is the length asked in another unit (上一个钟: «60分鐘»), and no rate per hour is
  asked by it; a column of days and hours is the one whose days hold the day asked (星期六: «…星期六日及公眾假期»),
  with the table's heading («每小時») holding the hour asked;
- a case stated (4歲, 三級, 三口人, 7个人) falls in a row's range written with an en dash, in Chinese numerals, or
  as 及以上; a place said in full (平原地区) is the row's short form (平原区);
- an intake (可接收150人) answers how many children a site takes and its 名额; an address's house number counts
  nothing; 哪家公司 is answered by the company's name; a body said short (村委会) is its full name's (村民委员会);
- 几倍 asks a multiple; 啥价 a price; 每个月 the 月租 column; a selling price (售價) is the price of one (幾錢一部);
  护工, 中介费, 电子琴, 盖房子 are the document's 陪护, 信息服务费, 數碼琴, 建房; 押金 is a
  document's 按金 (Hong Kong's word for it); Hong Kong's 紅雨, 使唔使, 上堂;
- 哪所学校 is answered by a school's name (湖光小学); when a deed must be done, by a time ahead of it (提前2個月);
- 负责人 is held by a head's post (招生部经理) even where another document says 负责人 itself.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, says as _says, titled_sheet

DANCE = """# 星躍音樂舞蹈中心 觀塘店收費表（2029年）

## 舞蹈課程收費（每月4堂，港幣）

| 程度 | 30分鐘 | 45分鐘 | 60分鐘 | 備註 |
|---|---|---|---|---|
| 幼兒班（3–5歲） | HK$720 | HK$960 | 不設 | 小組課最多6人 |
| 初級（一至二級） | HK$800 | HK$1,100 | HK$1,380 | |
| 中級（三至五級） | HK$900 | HK$1,250 | HK$1,560 | |
| 高級（六至八級） | 不設 | HK$1,450 | HK$1,860 | |

## 舞室租用（每小時，港幣）

| 房間 | 星期一至五 10:00–18:00 | 星期一至五 18:00後、星期六日及公眾假期 | 備註 |
|---|---|---|---|
| 小舞室 | HK$70 | HK$110 | 最多4人 |
| 大舞室 | HK$150 | HK$210 | 設把杆及鏡牆 |

## 樂器租賃

| 琴款 | 月租 | 按金 | 運費（單程） |
|---|---|---|---|
| KAWAI ND-21 直立琴 | HK$720 | HK$2,500 | HK$1,100 |
| YAMAHA P-125 數碼琴 | HK$350 | HK$800 | HK$300 |

## 樂器銷售

| 型號 | 類別 | 售價 |
|---|---|---|
| Casio PX-S1100 | 便攜數碼琴 | HK$4,980 |
| YAMAHA B1 | 直立琴 | HK$32,800 |

- 租用音響設備須繳付按金HK$500，交還時退回。
- 黑色暴雨警告或八號風球生效時停課；紅色暴雨警告照常上課。
- 以信用卡繳付學費須另加3%手續費。
- 退學須提前2個月以書面通知，已繳學費恕不退還。
"""

CAMP = """东湖区教育局关于开展2029年暑期少儿营地活动的通知

一、营地地点
1. 城东小学（城东区建设路15号），可接收150人；
2. 湖光小学（湖光区滨湖大道208号），可接收90人。
二、用餐和保障
1. 午餐由区教育局统一招标的东湖市禾丰餐饮管理有限公司配送，供餐时间为11:40至12:20。
2. 每日12:30至14:00为午休时间。
三、住宿
营员的食宿由营地统一安排，不另收费。
"""

VILLAGE = """青石县农村村民建房管理规定

第八条 宅基地面积标准如下表：

| 户内人口 | 平原区（平方米） | 山区（平方米） |
|---|---|---|
| 1至3人 | 100平方米 | 120平方米 |
| 4至5人 | 120平方米 | 140平方米 |
| 6人及以上 | 140平方米 | 160平方米 |

第九条 临县道建房的，房屋外墙与公路边沟外缘距离不得少于8米。

第十二条 村民委员会应当自收到申请之日起7个工作日内完成审查，审查通过的，由村委会主任签字后报送乡镇人民政府。

第二十条 节假日施工的，按日工钱2倍计付。
"""

REPORT = """白溪县2028年茶油产业情况汇报

一、总体情况
全县油茶种植面积达到12.6万亩，比上年增加1.1万亩。

二、各地情况
石门镇：建成油茶加工园
产业园负责人邓明辉介绍，2028年园区加工茶油860吨，带动农户1200户。
"""


def _cleaning_rows() -> list[list]:
    return [["序号", "服务类别", "服务项目", "价格", "单位", "备注"],
            [1, "空调", "挂式空调清洗", 120, "元/台", "高空外机另加30元"],
            [2, "空调", "柜式空调清洗", 180, "元/台", ""],
            [3, "陪护", "医院陪护（全天）", 320, "元/天", "不做医疗护理操作"],
            [4, "陪护", "居家陪护（能自理）", 5600, "元/月", "每月休息4天"],
            ["", "", "", "", "", ""],
            ["说明：一、住家保姆签约一年收取信息服务费600元，合同期内不重复收取。", "", "", "", "", ""],
            ["二、住家人员的食宿由客户提供。", "", "", "", "", ""]]


def _school_rows() -> list[list]:
    return [["序号", "班型", "收费标准", "单位", "说明"],
            [1, "C1普通班", 4200, "元/人", "含科目一至科目四培训"],
            ["", "", "", "", ""],
            ["注1：招生部经理：罗志远，手机13905001122。", "", "", "", ""],
            ["注2：总经理：韩雪梅。", "", "", "", ""]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("sheets")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "星躍舞蹈室收費表.md").write_text(DANCE, encoding="utf-8")
    (corpus / "东湖区暑期少儿营地通知.txt").write_text(CAMP, encoding="utf-8")
    (corpus / "青石县农村村民建房管理规定.md").write_text(VILLAGE, encoding="utf-8")
    (corpus / "白溪县茶油产业情况汇报.txt").write_text(REPORT, encoding="utf-8")
    titled_sheet(corpus / "安居家电清洗及陪护价目表.xlsx", "安居家政服务部2029年价目表", _cleaning_rows())
    titled_sheet(corpus / "顺通驾校收费标准.xlsx", "顺通驾校2029年招生收费标准", _school_rows())
    from wenda.index.engine import Engine

    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_a_bare_price_takes_the_unit_columns_money():
    from wenda.corpus.shapes import row_text

    heads = ["服务项目", "价格", "单位", "备注"]
    assert row_text(heads, ["挂式空调清洗", "120", "元/台", ""]) == "服务项目：挂式空调清洗 · 价格：120元/台 · 单位：元/台"
    assert row_text(heads, ["上门开锁", "80", "次", ""]) == "服务项目：上门开锁 · 价格：80 · 单位：次"  # no money said


def test_a_bare_price_is_answered(engine):
    _says(engine.ask("挂式空调洗一台多少钱"), "120元")
    _says(engine.ask("医院护工一天多少钱"), "320元")  # 护工: the row of 医院陪护


def test_columns_of_a_length_and_of_days(engine):
    _says(engine.ask("中級想上一個鐘，月費幾多？"), "HK$1,560")
    _says(engine.ask("星期六租大舞室一個鐘幾錢"), "HK$210")


def test_a_case_within_a_rows_range():
    from wenda.index import extract

    assert extract.range_holds("我个女4岁", "幼儿班（3–5岁）")
    assert extract.range_holds("三级想上45分钟", "中级（三至五级）")
    assert extract.range_holds("我家三口人", "1至3人")
    assert extract.range_holds("我们7个人", "6人及以上")
    assert not extract.range_holds("我家三口人", "4至5人")


def test_a_case_within_a_rows_range_is_answered(engine):
    _says(engine.ask("我家三口人，住平原地区，宅基地最多批多大"), "100平方米")


def test_an_intake_a_company_and_a_body_said_short(engine):
    _says(engine.ask("城东小学能收多少个孩子"), "150人")
    _says(engine.ask("湖光小学名额有多少"), "90人")
    _says(engine.ask("午饭是哪家公司送的"), "禾丰餐饮管理有限公司")
    _says(engine.ask("村委会审查要几天"), "7个工作日")
    _says(engine.ask("湖光区的营地设在哪所学校"), "湖光小学")  # a school by the kind its name ends in


def test_a_multiple_a_price_and_words_of_the_documents(engine):
    _says(engine.ask("节假日施工给几倍工钱"), "2倍")
    _says(engine.ask("柜式空调清洗啥价"), "180元")
    _says(engine.ask("签一年住家保姆，中介费收多少"), "600元")
    _says(engine.ask("孩子中午几点午睡"), "12:30")
    _says(engine.ask("租音響要幾多押金"), "HK$500")


def test_a_rate_per_month_a_selling_price_and_the_sides_words(engine):
    _says(engine.ask("租部KAWAI ND-21每個月幾錢？"), "HK$720")  # 每个月: the 月租 column, not the 運費
    _says(engine.ask("Casio PX-S1100 幾錢一部"), "HK$4,980")  # a selling price is the price of one
    _says(engine.ask("租电子琴押金要多少"), "HK$800")  # 电子琴: the 數碼琴 row; 押金: its 按金
    _says(engine.ask("紅雨使唔使上堂？"), "照常上課")  # 紅雨, 使唔使, 上堂: Hong Kong's words
    _says(engine.ask("退學要幾時通知你哋"), "2個月")  # when: a time ahead of the deed, where no date is given
    _says(engine.ask("临县道盖房子，外墙离公路边沟要留多远"), "8米")  # 盖房子: 建房


def test_one_in_charge_beside_a_report_that_says_the_word(engine):
    _says(engine.ask("招生负责人是谁"), "罗志远")


def test_spoken_words_read_as_written():
    from wenda.index import query

    assert "信用卡" in query.spoken_to_written("可以用credit card俾錢嗎")
    assert "试课" in query.spoken_to_written("trial lesson幾錢")
