"""Kinds from the fifty-third session's tries (a wedding-photography studio's price sheet, a city's rules on on-street
parking, a Hong Kong florist, a city's notice on professional-title assessment, a county's report on buying the
autumn grain) and the bundled article, on documents written for these tests:
- a place the question names that a document lists in a class («三类区域为北湖区、开发区及其他区域»), where the
  fees are set per class: the question is asked of the class, and the listing line is quoted;
- 多钱 asks a price (要多钱, 多钱一斤); 头一个钟头 is the 首小时 of a price list; 閂門 is closing (关门); a bare English
  «number» asks a number to call; 係咩 asks what;
- 几点关门, where no time is said to close, is the time work stops («每天7:00开秤，18:00停止入库»); a word of the
  question (储备库) has no sibling inside another word (停止入库);
- 啥时候结束 is the date said to end a stretch («自9月20日启动，计划到2029年4月30日结束»), 什么时候开始 the one said to
  start it;
- 网址 and 邮箱 ask a web or an e-mail address, and nothing else answers them;
- a place the question names (白沙镇) is no person whose number a line names for someone else;
- a bound asked (最低, 最多) is taken from a line below the first only where that line says the thing counted.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, says, titled_sheet

PARKING = """# 溪州市城市道路临时停车泊位收费管理办法

## 第二章 泊位设置

第六条 全市路内泊位实行分区域收费。一类区域为城东区建设路、人民路、中心广场周边等核心商圈；二类区域为一类区域以外的城东区、城西区建成区；三类区域为北湖区、开发区及其他区域。

## 第三章 收费标准

第九条 小型车白天收费标准如下：（一）一类区域：首小时5元，此后每30分钟3元；（二）二类区域：首小时3元，此后每30分钟2元；（三）三类区域：首小时2元，此后每小时1元。

第十条 二类区域每月280元，三类区域每月160元。一类区域不办理包月停车。

第十一条 停车费可以通过“溪州停车”小程序、支付宝或者现金缴纳。
"""

GRAIN = """临河县2028年秋粮收购工作情况汇报

秋粮收购工作自9月20日启动，计划到2029年4月30日结束。县财政每年安排秋粮收购补贴资金800万元，对烘干设备每台补贴2万元。

电商服务站：网上卖粮

站长孙丽介绍，县里对寄递本县大米的快递每单补贴1元，每家企业每年最高补贴3万元。

城南镇：储备库延长收粮时间

储备库每天7:00开秤，18:00停止入库，中午不休息。

马桥镇：烘干中心帮农户解难

合作社理事长宋立平说，烘干中心24小时运转，农户可以拨打13807761234预约。

西岭镇：收购网点进村

镇里在村级设置收购网点43个，每天出动60名干部到网点巡查。网点全天开放，农户就近售粮，网点当场结算。

该镇采取多种形式宣传收购政策，全镇共悬挂横幅80幅、每村张贴收购价格公示不少于30张，利用大喇叭20台宣传。
"""

SAND = """# 溪州市河道采砂管理办法

第十五条 采砂作业时间为每天7:00至19:00，禁止夜间采砂。

第十六条 每个可采区同时作业的采砂船舶不得超过3艘。
"""

NOTICE = """溪州市人力资源和社会保障局关于做好2029年度职称评审工作的通知

一、申报方式

1. 申报人员登录“溪州市职称评审系统”（网址：zc.xzrs.gov.cn）注册并填报。

2. 系统技术支持：电话0736-86520011。
"""

FLORIST = """# 花語坊花藝店訂花須知

## 分店資料

營業時間：星期一至六10:00至20:30；星期日11:00至19:00

WhatsApp：6123 4567
"""


SCHOOL = """# 海灣單車學校須知

## 學校資料

地址：新界大埔汀角路88號（汀角村巴士站對面，步行約2分鐘）

停車場可泊12部私家車，學員免費泊車2小時。

農莊飼養山羊20頭，供小朋友餵飼。

## 守則

1. 飲酒後不可踩單車。

2. 學校設有更衣室及淋浴間，毛巾須自備。

3. 缺席恕不補堂，但因天氣取消的課堂會安排補堂。

4. 大堂自助租車機24小時開放，可自助租借單車。

## 花藝班附加收費

母親節期間全部花束加價20%。

帛事花牌每個HK$2,400。

如要導師手寫心意卡，每張加HK$15。
"""


SUBSIDY = """溪州县农业农村局关于做好2029年度农机购置补贴工作的通知

三、补贴标准

1. 谷物烘干机（批处理量10吨以上）每台补贴2.6万元；

2. 作业补贴：开展秸秆还田作业的，每亩补贴25元，单个主体作业面积不少于300亩，补贴面积最高不超过2000亩；

3. 每个农业生产经营组织年度内补贴总额不超过50万元。
"""

BAND = """# 雷音Band房觀塘店須知

## 分店資料

- 營業時間：每日11:00至凌晨01:00
- 預約熱線：2765 4321

## 房間

| 房間 | 面積 | 時租 | 主要設備 |
|---|---|---|---|
| C房 | 150平方呎 | HK$150/小時 | 爵士鼓一套、結他音箱2台 |
| D房 | 120平方呎 | HK$120/小時 | Yamaha直身鋼琴、收音咪2支 |

## 其他服務

錄音室租用（連錄音師）每小時HK$400，最少2小時。
"""


def _pests() -> list[list[str]]:
    return [["序号", "类别", "服务项目", "收费标准", "计价单位", "说明"],
            ["1", "灭蟑螂", "家庭灭蟑", "160元", "套", "100平方米以内"],
            ["2", "灭蟑螂", "餐饮店灭蟑", "2.2元", "平方米", "起步价280元；须在营业结束后施工"],
            ["3", "灭蟑螂", "餐饮店包年灭蟑", "2200元", "年", "每月上门1次"],
            ["4", "附加服务", "加急上门", "80元", "次", "2小时内到达；晚上9点以后不接单"],
            ["注1：营业时间每天8:30至19:30，春节除夕至正月初三休息。"]]


def _mill() -> list[list[str]]:
    return [["序号", "类别", "项目", "收费标准", "单位", "说明"],
            ["1", "代加工", "黄豆磨浆", "0.5元", "斤", "按黄豆重量计"],
            ["2", "代加工", "黄豆去皮", "0.2元", "斤", "按黄豆重量计"],
            ["3", "成品销售", "本店自制豆浆", "3元", "斤", "每天早上现磨"],
            ["4", "成品销售", "本店卤水豆腐", "4元", "斤", "每天限量100斤"]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp("classes")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "溪州市路内停车收费管理办法.md").write_text(PARKING, encoding="utf-8")
    (corpus / "临河县秋粮收购汇报.txt").write_text(GRAIN, encoding="utf-8")
    (corpus / "溪州市职称评审通知.txt").write_text(NOTICE, encoding="utf-8")
    (corpus / "溪州市河道采砂管理办法.md").write_text(SAND, encoding="utf-8")
    (corpus / "花語坊花藝店訂花須知.md").write_text(FLORIST, encoding="utf-8")
    (corpus / "海灣單車學校須知.md").write_text(SCHOOL, encoding="utf-8")
    titled_sheet(corpus / "豆坊价目表.xlsx", "磨坊豆制品加工及销售价目表", _mill())
    titled_sheet(corpus / "除虫服务部价目表.xlsx", "净家除虫服务部2029年收费价目表", _pests())
    (corpus / "溪州县农机购置补贴通知.txt").write_text(SUBSIDY, encoding="utf-8")
    (corpus / "雷音Band房須知.md").write_text(BAND, encoding="utf-8")
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_a_member_of_a_class_is_asked_of_its_class(engine):
    ans = engine.ask("北湖区路边停车头一个钟头要多钱")
    says(ans, "首小时2元")
    assert any("三类区域为北湖区" in q.text for q in ans.quotes)  # the line that puts 北湖区 in its class
    says(engine.ask("建设路停一个小时多少钱"), "首小时5元")
    says(engine.ask("城西区包月一个月多少钱"), "280元")
    says(engine.ask("建设路能办包月吗"), "不办理包月")


def test_a_place_listed_in_two_classes_is_no_member_of_one():
    from wenda.corpus.types import Chunk
    from wenda.index.corpus_view import CorpusView
    from wenda.index.lexicon import Lexicon

    text = PARKING.split("\n\n")[2]
    view = CorpusView([Chunk(id=0, doc="d", section="", kind="body", text=text, start=0, end=len(text), paragraph=0)],
                      Lexicon.empty())
    assert view.class_of("建设路")[0] == "一类区域"
    assert view.class_of("开发区")[0] == "三类区域"
    assert view.class_of("城东区") is None  # in 一类 (城东区建设路) and in 二类


def test_spoken_words_of_price_and_hours(engine):
    says(engine.ask("花語坊平日幾點閂門？"), "20:30")
    says(engine.ask("你哋whatsapp number係咩"), "6123 4567")


def test_closing_is_when_work_stops(engine):
    says(engine.ask("储备库晚上几点关门，不收粮了？"), "18:00")
    says(engine.ask("储备库早上几点开秤"), "7:00")


def test_the_end_of_a_stretch_and_its_start(engine):
    says(engine.ask("秋粮收购收到啥时候结束？"), "2029年4月30日")
    says(engine.ask("秋粮收购是哪天开始的"), "9月20日")


def test_a_web_address_is_asked_and_nothing_else_answers(engine):
    says(engine.ask("申报系统网址是多少"), "zc.xzrs.gov.cn")
    assert not engine.ask("职称评审有没有邮箱，邮箱是多少").found


def test_a_town_named_is_no_person_with_a_number(engine):
    says(engine.ask("马桥镇烘干中心预约打哪个电话"), "13807761234")


def test_a_bound_of_another_thing_is_no_bound_of_the_count_asked(engine):
    says(engine.ask("西岭镇的网点最低设了几个"), "43个")  # not «每村张贴收购价格公示不少于30张»


def test_a_bound_asked_of_the_bundled_article(article_engine):
    says(article_engine.ask("崔桥镇的卡点最低设了几个"), "43个")  # not «每村张贴宣传标语不少于100条»


def test_short_price_words_are_read():
    from wenda.index.query import asked_kind, normalize

    assert normalize("东湖区停车一个小时要多钱") == "东湖区停车一个小时要多少钱"
    assert normalize("差不多钱就行") == "差不多钱就行"
    assert asked_kind(normalize("花生油多钱一斤")) == "money"
    assert "号码" in normalize("whatsapp number")
    assert "号码" not in normalize("number of seats")


def test_cantonese_words_of_a_school(engine):
    says(engine.ask("去單車學校喺邊個巴士站落車"), "汀角村巴士站")
    says(engine.ask("停車場可以泊幾多架車"), "12部")
    says(engine.ask("農莊有幾多隻山羊"), "20頭")
    says(engine.ask("飲咗酒可唔可以踩單車"), "不可")
    says(engine.ask("有冇沖涼房"), "淋浴間")
    says(engine.ask("唔得閒去可唔可以補堂"), "恕不補堂")
    says(engine.ask("自助租車機幾點可以用"), "24小時")


def test_a_rise_a_funeral_and_a_card(engine):
    says(engine.ask("母親節加價加幾多？"), "20%")
    says(engine.ask("白事花牌要幾錢"), "HK$2,400")
    says(engine.ask("要導師手寫張卡要錢不"), "HK$15")


def test_a_row_named_by_the_word_asked_at_its_end(engine):
    says(engine.ask("豆浆多钱一斤"), "3元")
    says(engine.ask("豆腐多少钱一斤"), "4元")


def test_words_of_a_county_and_of_sand(engine):
    says(engine.ask("县里一年拿多少钱补贴秋粮收购"), "800万元")  # 县里: the 县财政, not the 县里 of another line
    says(engine.ask("晚上能挖沙吗"), "禁止夜间采砂")  # 挖沙: 采砂


def test_bounds_and_periods_of_a_subsidy(engine):
    says(engine.ask("粮食烘干机补贴几万"), "2.6万元")  # 粮食: a list's 谷物
    says(engine.ask("秸秆还田要做多少亩以上才能补"), "300亩")  # 不少于 is the side above, no 不超过2000亩
    says(engine.ask("合作社一年最多能拿多少补贴？"), "50万元")  # 年度内: per year


def test_a_price_list_of_a_pest_control_shop(engine):
    says(engine.ask("饭店灭蟑螂咋收费"), "2.2元")
    says(engine.ask("除虫服务部晚上几点关门"), "19:30")  # the hours, said with no colon; not «晚上9点以后不接单»


def test_a_hong_kong_band_room(engine):
    says(engine.ask("雷音預約電話幾號？"), "2765 4321")
    says(engine.ask("雷音邊間房有鋼琴？"), "D房")
    assert not engine.ask("錄音室用咩牌子嘅咪？").found  # no make is said
