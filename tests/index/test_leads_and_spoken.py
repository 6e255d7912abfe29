"""Kinds from the fifty-first session's tries (a photo studio's price sheet, a postal bureau's notice on parcels at
the Spring Festival, a Hong Kong indoor playground, a city's rules on digging roads, a county's pig-farming report)
and unseen48's misses, on documents written for these tests:
- a sub-item («（1）南湖区：…电话…») is framed by the sentence that leads its list («3. 国庆临时服务点：…»), and a
  table's rows by the sentence that points at the table («…缴纳绿地补偿费，收费标准见下表。»);
- a row's name said with the kind of record its table's other rows are (情侣写真套餐), or by the short form of
  a word (签证相片: «韩国签证照»), is that row; 转成 and 请师傅 name no thing; 家里 is no sibling of 公里;
- 每多一张多少钱 asks the note's «加精修每张35元», the earlier 几张 saying «a few»;
- a courier's six-digit service number (956178) is a phone number; an office asked by its abbreviation (园林局)
  is said in full in the value's own clause; a 24小时值班电话 is no case of 24 hours against «24小时内补办»;
- 过年 and 平安夜 name the day asked; «星期一至五（非公眾假期）» is the usual days; 收鋪 is a closing;
- 八十来平方 is about 80 square metres, held by «50平方米以上»; 几家 is answered by 个;
- 可樂 is a drink (no helping verb 可), «罐裝» prices one can, 日期章 is a stamp, 骑封章 is the sheet's 骑缝章,
  咋卖 asks a price, 另外交 pays besides (no 外交);
- 哪几天 and 几月份 ask dates, 用幾耐 the validity cell, 产值有多大 a sum, 自己要掏 the asker's share;
- 年出栏100头以上的大场 is the line's «年出栏100头以上的规模养殖场»; a 年出栏 is no rate per year;
- «学校是校服管理的责任主体» says who is; «…负责…质量的监督抽检» who 抽查s; 冬装棉服 is the line's 冬装, the
  asker naming it twice; 那段时间 points at a time, no name;
- 坐车 rides the bus (no sibling of 发车), Cantonese 車飛 is the row's 票价, 涨价涨多少 and 涨了几个点 ask a rise
  («上浮10%»); 还没挂果 asks the negated case («未挂果的每株70元»); 一座 is said «每穴», 几个平方 asks square metres;
  一个月 is priced by a 月卡 row, 一桌 by a note's «每桌620元» beside a 价格 cell per person;
- a price asked of nobody in particular is the 标准价, not the 学生价; «WhatsApp查詢：6120 4588» is a number; 买票
  is the 售票 of its section; 卧铺车 the row's «卧铺»; 小区 a line's 居民区.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, says, titled_sheet

NOTICE = """# 临州市邮政管理局关于做好2029年国庆及春节期间寄递服务工作的通知

三、网点安排

1. 各品牌快递营业网点国庆期间照常营业。

3. 国庆临时服务点：为方便市民寄取快件，全市设立3个国庆快件临时服务点，10月1日至10月7日每天9:00—19:00开放，可代收和暂存快件：

（1）南湖区：湖滨路66号邮政南湖揽投部，电话0731-6612034；

（2）北塘区：新华路12号顺丰北塘营业部，电话0731-6623178；

（3）高新区：科技大道8号韵达高新站，电话0731-6634590。

四、投诉与值班

1. 用户对快递服务不满意的，应先向快递企业投诉，企业应在7日内处理并答复。

2. 春节假期（2月5日至2月12日）投诉热线12305受理时间为9:00—17:00，网站24小时受理。

3. 市邮政管理局国庆值班电话：0731-6650112（10月1日至10月7日每天8:00—21:00）。

4. 各快递企业客服电话如下表。

| 企业 | 客服电话 |
|---|---|
| 极速快运 | 956178 |
| 中邮速递 | 11183 |
"""

RULES = """# 临州市城市绿地临时占用管理办法

## 第二章 审批

第八条 占用面积在50平方米以下的，自受理之日起2个工作日内作出决定；占用面积在50平方米以上的，自受理之日起5个工作日内作出决定。

## 第三章 费用

第十二条 临时占用城市绿地的，按照占用面积和天数缴纳绿地补偿费，收费标准见下表。

| 绿地类别 | 草坪（元/平方米·日） | 林地（元/平方米·日） |
|---|---|---|
| 公园绿地 | 5元/平方米·日 | 3元/平方米·日 |
| 道路绿地 | 4元/平方米·日 | 2元/平方米·日 |

第十三条 绿地补偿费按月缴纳；逾期未缴的，每日加收应缴补偿费的千分之五。

## 第四章 抢修

第十八条 供水、燃气等地下管线抢修需要占用绿地的，可以先行占用，同时通知市园林绿化局（24小时值班电话：0731-6680119）和所在街道办事处，并在24小时内补办审批手续。
"""

PLAYGROUND = """# 樂童島室內遊樂場沙田店須知

## 開放時間

| 日子 | 開放時間 |
|---|---|
| 星期一至五 | 10:00 – 19:00 |
| 星期六、日及公眾假期 | 10:00 – 20:00 |

平安夜（12月24日）及除夕（12月31日）提早於18:00關門。

WhatsApp查詢：6120 4588（只接受文字訊息）

## 入場收費

| 票種 | 星期一至五（非公眾假期） | 星期六、日及公眾假期 |
|---|---|---|
| 幼兒（6個月至未滿2歲） | $58 | $78 |
| 小童（2至12歲） | $118 | $148 |

## 套票

| 套票 | 內容 | 售價 | 有效期 |
|---|---|---|---|
| 平日10次套票 | 10次小童2小時（平日） | $900 | 購買日起6個月 |

## 餐飲

| 品項 | 價格 | 備註 |
|---|---|---|
| 可樂、檸檬茶 | $15 | 罐裝 |
| 熱香餅 | $38 | 即叫即製 |
"""

SEALS = """# 同心刻章店收费价目表

| 项目 | 收费标准 | 说明 |
|---|---|---|
| 骑缝章 | 70元 | 长条形，可加刻编号 |
| 日期章（回墨） | 30元 | 年月日可调 |
| 新办企业四章套餐 | 180元 | 含公章、财务章、发票章、法人章；备案费已含 |
"""

REPORT = """# 青禾县2027年肉牛产业发展情况汇报

## 基本情况

全县有肉牛养殖场（户）2150个，其中年出栏100头以上的规模养殖场96个。

全年出栏肉牛8.6万头，牛肉产量1.3万吨，肉牛全产业链产值21.4亿元，比上年增长6.1%。

## 扶持政策

县财政对新建或改扩建年出栏500头以上的标准化牛场，每个补助30万元；对购买良种公牛的，每头补助3000元。

能繁母牛保险每头保额8000元，保费每头400元，农户自己只交80元，其余由各级财政承担。

## 石门镇：牛肉美食节带旺乡村游

石门镇每年10月下旬举办牛肉美食文化节，2027年第三届美食节吸引游客3.2万人次。
"""

UNIFORMS = """# 临州市中小学生校服管理办法

## 第一章 总则

第三条 市教育局负责全市校服管理的统筹协调；市市场监督管理局负责校服产品质量的监督抽检。

第四条 学校是校服管理的责任主体。

## 第三章 采购

第十一条 校服实行最高限价：夏装每套不超过110元，冬装每件不超过240元。

第十二条 冬装为棉服1件，夏装为短袖上衣1件、短裤或者裙子1条。
"""

ID_CARDS = """# 临州市公安局关于开展2029年暑期学生居民身份证集中办理工作的通告

二、办理时间

1.集中办理期间，各派出所户籍窗口周一至周五8:30至17:30办理。

3.7月12日至7月26日高校录取期间，市民服务中心公安窗口每天延长至19:00。
"""

STATION = """# 青溪县汽车客运站2029年春运旅客运输服务公告

## 二、加班线路及票价

春运期间主要加班线路、发车时间及票价如下表：

| 线路 | 发车时间 | 全程票价 | 备注 |
|---|---|---|---|
| 青溪—省城南湖客运中心 | 6:30起每30分钟一班 | 88元 | 途经石桥镇 |
| 青溪—佛山顺德 | 每日17:00 | 280元 | 卧铺，2月14日至2月27日运行 |

## 三、票价

跨县、跨市班线执行春运票价，在基准票价基础上上浮10%，卧铺班线上浮15%。

## 四、售票及退票改签

1. 每名成人旅客可免费携带1名身高1.2米以下且不单独占用座位的儿童。

## 五、施工

站前广场改造在居民区附近施工的，22:00至次日6:00禁止进行产生噪声的作业。
"""

LAND = """# 青溪县集体土地征收补偿办法

## 第二章 土地补偿

第八条 征收农用地的区片综合地价：（一）一类区片：城关镇、新桥镇，每亩56000元；

（二）二类区片：石门镇、白沙镇、龙口乡，每亩47000元；

（三）三类区片：其余乡镇，每亩41000元。

## 第三章 地上附着物补偿

第十二条 青苗及附着物补偿标准：

（一）果树：挂果期每株240元，未挂果的每株70元；

（二）坟墓迁移每穴2800元，无主坟墓由乡镇人民政府统一迁移。

## 第四章 安置

第十五条 选择产权调换的，按每人45平方米的标准在城东安置小区安置。

第十六条 签约奖励：（一）在签约期限第1日至第15日内签约的，每户奖励30000元；

（二）在签约期限第16日至第30日内签约的，每户奖励15000元。
"""

STUDY = [["序号", "类别", "项目", "开放时段", "标准价", "学生价", "说明"],
         ["1", "散座", "日卡（散座）", "8:00-22:00", "26元/天", "22元/天", "当日有效"],
         ["2", "固定座位", "固定座位月卡（靠窗区）", "8:00-22:00", "459元", "399元", "先到先得"],
         ["3", "餐饮", "农家午餐", "11:30-13:30", "32元", "—", "10人以上可订桌餐，每桌620元"]]


def _studio_rows() -> list[list]:
    return [["类别", "项目", "规格/内容", "价格", "备注"],
            ["证件照", "一寸证件照", "白底、蓝底任选，冲印8张", "20元", "加印每版8元"],
            ["证件照", "毕业照/学籍图像采集", "蓝底，按规格480×640像素", "25元", "仅提供电子版"],
            ["签证照", "韩国签证照", "35×45mm白底，冲印4张", "45元", ""],
            ["写真", "情侣写真", "服装2套，精修12张", "699元", "加精修每张35元"],
            ["全家福", "全家福标准套餐", "8人以内，精修3张", "458元", "每超1人加收30元"],
            ["全家福", "全家福尊享套餐", "12人以内，精修6张", "958元", "含服装2套"],
            ["全家福", "上门拍摄附加费", "市区范围内", "150元", "市区外每公里另加3元；仅限周末"],
            ["修复", "黑白照片上色", "黑白照转彩色", "90元/张", "可与修复同做"]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp("leads")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "临州市邮政管理局寄递服务通知.txt").write_text(NOTICE, encoding="utf-8")
    (corpus / "临州市城市绿地临时占用管理办法.md").write_text(RULES, encoding="utf-8")
    (corpus / "樂童島室內遊樂場須知.md").write_text(PLAYGROUND, encoding="utf-8")
    (corpus / "同心刻章店收费价目表.md").write_text(SEALS, encoding="utf-8")
    (corpus / "青禾县肉牛产业汇报.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "临州市中小学生校服管理办法.md").write_text(UNIFORMS, encoding="utf-8")
    (corpus / "临州市暑期学生居民身份证集中办理通告.txt").write_text(ID_CARDS, encoding="utf-8")
    titled_sheet(corpus / "照相馆价目表.xlsx", "明光照相馆2029年服务价目表", _studio_rows())
    (corpus / "青溪县汽车客运站春运公告.md").write_text(STATION, encoding="utf-8")
    (corpus / "青溪县集体土地征收补偿办法.md").write_text(LAND, encoding="utf-8")
    titled_sheet(corpus / "自习室收费标准.xlsx", "静思自习室2029年收费标准", STUDY)
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_a_sub_item_is_framed_by_its_lists_lead(engine):
    says(engine.ask("南湖区临时服务点电话多少"), "0731-6612034")
    ans = engine.ask("北塘区的国庆临时服务点电话是多少")
    says(ans, "0731-6623178")
    assert "6612034" not in ans.answer


def test_a_tables_rows_are_framed_by_the_sentence_pointing_at_it(engine):
    ans = engine.ask("公园绿地的林地每平方米每天补偿费多少")
    says(ans, "3元")
    assert "5元" not in ans.answer


def test_a_rows_name_said_with_its_kind_or_short_form(engine):
    says(engine.ask("情侣写真套餐多少钱"), "699元")
    says(engine.ask("韩国签证相片要多少钱"), "45元")
    says(engine.ask("学籍图像采集照片要多少像素"), "480×640")
    says(engine.ask("黑白照片转成彩色多少钱一张"), "90元")
    says(engine.ask("想请师傅上门来家里拍全家福，要另外加多少钱"), "150元")


def test_each_one_more_asks_the_notes_sum(engine):
    ans = engine.ask("情侣写真想多修几张，每多一张多少钱")
    says(ans, "35元")
    assert "699元" not in ans.answer


def test_numbers_and_offices_of_a_notice(engine):
    says(engine.ask("極速快運的客服電話幾號"), "956178")
    says(engine.ask("市邮管局国庆值班电话多少"), "0731-6650112")
    says(engine.ask("园林局的24小时值班电话是多少"), "0731-6680119")
    says(engine.ask("投诉快递公司以后多久必须给答复"), "7日")


def test_the_day_asked_by_its_spoken_name(engine):
    says(engine.ask("12305过年几点有人接电话"), "9:00—17:00")
    says(engine.ask("平安夜幾點關門"), "18:00")
    says(engine.ask("星期六幾點收鋪？"), "20:00")
    ans = engine.ask("平日幼兒入場要幾錢？")
    says(ans, "$58")
    assert "$78" not in ans.answer


def test_quantities_said_about_and_counted_by_个(engine):
    ans = engine.ask("占用绿地三十来平方，审批要几天")
    says(ans, "2个工作日")
    assert "5个工作日" not in ans.answer
    says(engine.ask("年出栏100头以上的大场全县有几家"), "96个")


def test_spoken_words_of_a_price_list(engine):
    says(engine.ask("可樂一罐幾錢"), "$15")
    says(engine.ask("回墨的日期章多少钱"), "30元")
    says(engine.ask("骑封章咋卖"), "70元")
    says(engine.ask("四章套餐的备案费还要另外交吗"), "备案费已含")


def test_what_a_report_question_asks(engine):
    ans = engine.ask("牛肉美食节一般几月份办")
    says(ans, "10月下旬")
    says(engine.ask("10次套票可以用幾耐？"), "6個月")
    ans = engine.ask("肉牛产业链一年产值有多大")
    says(ans, "21.4亿元")
    assert "1.3万吨" not in ans.answer
    ans = engine.ask("能繁母牛保险农户自己要掏多少钱")
    says(ans, "80元")
    assert "8000元" not in ans.answer
    ans = engine.ask("新建一个年出栏五百头的标准化牛场，县里给补多少钱")
    says(ans, "30万元")
    assert "3000元" not in ans.answer


def test_who_a_rule_names(engine):
    says(engine.ask("校服管理的责任主体是谁"), "学校")  # «学校是校服管理的责任主体»
    says(engine.ask("校服质量谁来抽查"), "市市场监督管理局")  # «…负责校服产品质量的监督抽检»
    ans = engine.ask("冬装棉服一件最高卖多少")
    says(ans, "240元")
    assert "110元" not in ans.answer


def test_a_time_pointed_at(engine):
    says(engine.ask("录取那段时间市民服务中心开到几点"), "19:00")
    says(engine.ask("市民服务中心什么时候延长办证"), "7月12日至7月26日")


def test_a_fare_a_rise_and_a_ticket_asked_in_other_words(engine):
    says(engine.ask("坐车去省城要多少钱"), "88元")  # 坐车 rides the bus, no kind of its 发车
    says(engine.ask("佛山順德嘅車飛幾錢"), "280元")  # Cantonese 車飛: the 全程票价
    says(engine.ask("春运车票涨价涨多少"), "10%")  # «上浮10%»
    says(engine.ask("卧铺车票春运涨了几个点"), "15%")


def test_a_case_said_negated_and_units_said_alike(engine):
    ans = engine.ask("小果树还没挂果的一棵给多少")
    says(ans, "70元")
    assert "240元" not in ans.answer
    says(engine.ask("迁祖坟一座给多少钱"), "2800元")  # 一座 by «每穴»
    says(engine.ask("换安置房的话，每个人能分几个平方"), "45平方米")


def test_a_rate_asked_of_a_row(engine):
    says(engine.ask("想要个靠窗的固定位，一个月要多少钱"), "459元")  # the 月卡 row
    ans = engine.ask("十几个人订一桌多少钱")
    says(ans, "620元")  # the note's «每桌620元», not the 价格 cell per person
    assert "32元" not in ans.answer


def test_the_price_anybody_pays_and_other_sides_of_a_deed(engine):
    ans = engine.ask("日卡幾錢一天？")
    says(ans, "26元")  # the 标准价 cell, not the 学生价 beside it
    assert "22元" not in ans.answer
    says(engine.ask("whatsapp號碼係幾多？"), "6120 4588")
    says(engine.ask("小孩子多高就要买票了"), "1.2米")  # 买票 under «售票及退票改签», one sale
    says(engine.ask("顺德的卧铺车几号开始有"), "2月14日")  # the row's «卧铺»
    says(engine.ask("小区边上施工，晚上几点以后不能搞有噪音的活"), "22:00")  # 小区: «居民区»


def test_a_township_of_ours_and_a_day_within_a_range(engine):
    says(engine.ask("我们龙口乡征地每亩给多少钱"), "47000元")  # 我们 opens no place name
    ans = engine.ask("拖到第20天才签还有奖吗，多少")
    says(ans, "15000元")  # 第20天 within «第16日至第30日» (jieba's 天才 is no word here)
    assert "30000元" not in ans.answer
