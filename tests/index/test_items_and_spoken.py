"""Kinds from the fifty-second session's tries (a pest-control company's price sheet, a county's rules on rural
public-welfare jobs, a Hong Kong kayak centre, a county's notice on residents' pension insurance, a county's report on
laying hens) and unseen49's misses, on documents written for these tests:
- a clause after the first of a «；» run is framed by the colon that leads it («公厕按照下列标准设置：…；居住区每平方公里
  不少于4座；»); a later sentence of a numbered item by the item's label («1. 县社会保险事业管理中心：…。联系电话：…»),
  and a phone question reads the sentences that give a number first; a body asked by its short name (社保中心) is
  said in full there;
- the price of an exam (考五级电工) is said for every trade; a row's cell word said right after the asker's first
  character (新建房屋 for 新楼) describes the thing, no other record; 特别 (how much) is no sibling of a 类别 column;
- a count whose noun the sentence before says in the same unit («…公益性岗位总量控制在1100个以内…。原则上每个行政村
  不超过6个»); 扣多少钱 of «扣发当月岗位补贴的20%», that month's share;
- 算不合格 negates 合格 (jieba's 算不 is no kind of it); 有奖金吗？多少 asks a sum; 无故 is «无正当理由»; a 月补贴 column
  prices one month; 3星期 is a length of time; 一堂多少 and 一节课 ask a lesson's price
  («$1,500/堂»); 村里 is said bare by «各村»; 點賣 asks a price; 早鳥 is one word;
  城乡居民 names no township; 县里 after words of the corpus that name no place is the asker's county; 外县 is «出县», 鸡蛋 a
  farm's «鲜蛋», 新盖 «新建», 附近 «周边», a kayak a kind of 艇; 截止到哪天 asks a date, no place;
  最贵是哪个月 the month of the line's «最高时…（10月份）»;
- a sum asked beside a sum stated (选500元档次政府补助多少) is the row's other sum; the lowest tier (最低一档) the
  least of a list «200元、300元、…».
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, says, titled_sheet

TOILETS = """# 临川市城市公共厕所管理办法

## 第一章 总则

第三条 市城市管理局负责全市公厕的监督管理；市住房和城乡建设局负责新建公厕的工程质量监督。

## 第二章 规划和建设

第五条 公厕按照下列标准设置：城市主干道两侧每隔600米至900米设置1座；居住区每平方公里不少于4座；商业步行街按照步行5分钟内能够找到公厕的标准设置。

第六条 12周岁以下儿童如厕应当由监护人陪同。

第十一条 车站、医院周边和夜间人流较多区域的公厕，实行24小时开放。

第十六条 公厕因维修需要暂停开放的，应当提前3天张贴公告，注明附近公厕的位置。
"""

SKILLS = """临川市人力资源和社会保障局关于开展2029年第二批职业技能等级认定的通知

一、认定职业

本批次认定职业：电工、焊工、育婴员、养老护理员。

二、收费标准

1.认定费含理论考试和实操考核：五级每人200元，四级每人280元，三级每人360元。
"""

def _pests() -> list[list[str]]:
    return [["序号", "类别", "项目", "收费标准", "单位", "说明"],
            ["1", "白蚁防治", "新建房屋白蚁预防（土壤屏障）", "4.2元", "平方米", "药效保证期12年"],
            ["2", "白蚁防治", "单位及厂房白蚁灭治", "2.8元", "平方米", "最低收费1800元；保修期2年"],
            ["3", "灭鼠", "家庭灭鼠（粘鼠板+鼠饵站）", "240元", "户·次", "建筑面积120平方米以内；含上门2次"],
            ["4", "灭蚊蝇", "庭院灭蚊（超低容量喷雾）", "1.5元", "平方米·次", "喷后3小时内避免儿童进入"],
            ["5", "灭蟑", "家庭灭蟑（胶饵+滞留喷洒）", "260元", "户·次", "适用于蟑螂密度较高的出租屋；保效期6个月"],
            ["注1：城区上门服务免收上门费，城区以外每次加收30元。"]]


JOBS = """# 青河县农村公益性岗位管理办法

## 第二章 岗位设置

第四条 全县农村公益性岗位总量控制在1100个以内，由县人社局统筹分配。原则上每个行政村不超过6个，户籍人口在3000人以上的行政村可增至10个。

第五条 各类岗位数量及补贴标准如下：

| 岗位类别 | 岗位数量（个） | 月补贴标准（元/人） |
|---|---|---|
| 村级保洁员 | 420个 | 800元/人 |
| 村级水管员 | 85个 | 650元/人 |

第十二条 每年7月至9月从事户外作业的村级保洁员，每人每月另发放高温补贴120元。

## 第五章 日常管理和考核

第十五条 月考核满分100分，85分以上为优秀，60分以下为不合格。

月考核不合格的，扣发当月岗位补贴的20%。

第十六条 年度考核优秀人员按不超过在岗人数10%的比例评定，每人给予一次性奖励800元。

第十八条 有下列情形之一的，解除岗位协议：（一）无正当理由连续旷工5天的；（二）弄虚作假骗取补贴的。
"""

KAYAK = """# 浪花獨木舟中心租借須知

## 參加資格

租借單人獨木舟者須年滿16歲；

## 課程

證書由總會發出，約於考核後3星期寄出。

| 課程 | 費用 | 內容 |
|---|---|---|
| 一對一私人教練 | $1,500/堂 | 每堂60分鐘 |
| 初級團體班 | $4,800 | 6堂，每堂90分鐘 |
| 進階團體班 | $5,600 | 8堂，每堂90分鐘 |

## 租借價目

防水手機套每個$25，可於櫃檯購買；

## 優惠

早鳥優惠：報讀一星章課程只需$650。

| 方案 | 費用 | 內容 |
|---|---|---|
| 月票 | $2,800 | 30天內每天限借2條艇，限本人使用 |
| 年度會員 | $9,000 | 1年內每天不限次數，帶來賓租艇8折 |
| 十次卡 | $1,000 | 半年內有效 |
"""

PENSION = """临川县人力资源和社会保障局关于做好2029年度城乡居民基本养老保险缴费工作的通知

一、参保范围

1. 年满16周岁（不含在校学生）的本县户籍城乡居民，可在户籍所在地参加城乡居民养老保险。

二、缴费档次及政府补贴

1. 2029年度个人缴费标准设为每年200元、300元、500元、1000元、2000元、3000元共6个档次，最低档次比上年提高20元，参保人自主选择档次缴费。

| 档次 | 个人缴费（元/年） | 政府缴费补贴（元/年） |
|---|---|---|
| 第二档 | 300元/年 | 50元/年 |
| 第三档 | 500元/年 | 60元/年 |

三、经办服务网点

1. 县社会保险事业管理中心：县城人民路66号政务服务中心二楼。工作时间：周一至周五8:30—17:30；每周六上午9:00—12:00提供延时服务。联系电话：0759-6610023。

2. 各乡镇便民服务中心社保窗口均可办理参保登记，工作时间与县社保中心一致。
"""

EGGS = """临川县2027年蛋鸡养殖产业发展情况汇报

全县有蛋鸡养殖场（户）1150个，其中存栏1万只以上的规模养殖场88个。县里每年安排蛋鸡产业发展资金500万元。

鲜蛋出县不需要检疫证明，但须附带产地合格证。

2027年鸡蛋收购价最低时每斤只有3.40元（4月份），最高时每斤4.90元（10月份）。

石门镇：合作社每天早上7:00至9:30在各村收蛋点收蛋。

存在的问题：饲料价格上涨，小散户养殖成本增加。

联系人：县农业农村局畜牧股 罗小红，联系电话：0736-8821190。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp("items")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "临川市城市公共厕所管理办法.md").write_text(TOILETS, encoding="utf-8")
    (corpus / "临川市职业技能等级认定通知.txt").write_text(SKILLS, encoding="utf-8")
    titled_sheet(corpus / "除虫公司价目表.xlsx", "安居有害生物防治公司2028年服务收费价目表", _pests())
    (corpus / "青河县农村公益性岗位管理办法.md").write_text(JOBS, encoding="utf-8")
    (corpus / "浪花獨木舟中心須知.md").write_text(KAYAK, encoding="utf-8")
    (corpus / "临川县城乡居民养老保险缴费通知.md").write_text(PENSION, encoding="utf-8")
    (corpus / "临川县蛋鸡产业汇报.txt").write_text(EGGS, encoding="utf-8")
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_a_clause_is_framed_by_the_colon_that_leads_its_run(engine):
    says(engine.ask("居民区每平方公里至少几座公厕"), "4座")


def test_a_later_sentence_of_an_item_is_framed_by_its_label(engine):
    says(engine.ask("社保中心电话多少"), "0759-6610023")
    says(engine.ask("县社保中心在哪里"), "人民路66号")


def test_the_price_of_an_exam_is_said_for_every_trade(engine):
    says(engine.ask("考五级电工要多少钱"), "200元")


def test_a_rows_cell_describing_the_thing_asked(engine):
    says(engine.ask("盖新楼做白蚁预防，药效能保多少年"), "12年")
    says(engine.ask("家里蟑螂特别多，灭一次多少钱"), "260元")


def test_rules_of_a_welfare_job(engine):
    says(engine.ask("月考核多少分以下算不合格"), "60分")
    says(engine.ask("年终考核优秀有奖金吗？多少"), "800元")
    says(engine.ask("无故旷工几天会被解聘"), "5天")
    says(engine.ask("水管员一个月补贴几多钱"), "650元")
    says(engine.ask("一个月考核没过要扣多少钱"), "20%")
    says(engine.ask("一个村最多能安排几个公益岗"), "6个")


def test_spoken_words_of_a_kayak_centre(engine):
    says(engine.ask("證書考完幾耐寄到"), "3星期")
    says(engine.ask("防水手機袋點賣"), "$25")
    says(engine.ask("早鳥報一星幾錢"), "$650")
    says(engine.ask("幾多歲先可以自己租單人艇"), "16歲")
    says(engine.ask("一對一教練一堂多少"), "$1,500")
    says(engine.ask("私人教练一节课多少钱"), "$1,500")


def test_a_pension_notice(engine):
    says(engine.ask("多大年纪可以参加城乡居民养老保险"), "16周岁")
    says(engine.ask("选500元档次的话政府补助多少"), "60元")
    says(engine.ask("养老保险最低一档每年交多少钱"), "200元")


def test_a_county_report_in_the_askers_words(engine):
    says(engine.ask("有问题找县里哪个联系？电话多少"), "0736-8821190")
    says(engine.ask("鸡蛋拉到外县去卖需要检疫证吗"), "不需要")
    says(engine.ask("合作社每天几点到村里收蛋？"), "7:00至9:30")
    says(engine.ask("鸡蛋收购价最贵是哪个月"), "10月份")


def test_rules_of_public_toilets_in_the_askers_words(engine):
    says(engine.ask("新盖的公厕工程质量谁来监督"), "住房和城乡建设局")
    says(engine.ask("医院附近的公厕半夜开门吗"), "24小时")
    says(engine.ask("小孩多大以下上厕所要大人跟着"), "12周岁")


def test_until_which_day_asks_a_date(engine):
    from wenda.index.query import asked_kind

    assert asked_kind("今年交养老保险截止到哪天") is None
    assert asked_kind("社保中心到哪办") == "place"
