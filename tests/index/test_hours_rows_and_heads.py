"""Kinds from the forty-fifth session's tries and held-out set, on documents written for these tests (a park's
barbecue-area notice, a manga café in Taiwan usage, a county's blueberry report, a notary office's price list, an
e-bike repair shop's price list):
- hours said as a range the opening word follows («每日10:00—21:00开放») answer 几点开门 and 几点关门, 每天 being the
  thesaurus's 每日, when the best lines give no time of the place; a place open round the clock («24小時營業») says
  when it closes;
- a price after a clause that says what one unit holds («每袋3公斤，售价25元») is the unit's (一袋多少钱); 娃 is the
  儿童 of the corpus;
- a half hour asked takes the column priced per 30 minutes, no kind of 计时 it is;
- the person in charge (负责人) is the body's head named right before (理事长覃秀英); buying a ticket (买票) is no
  kind of 门票;
- a record asked by a compound whose modifier names one row (出生证明: the row of 出生公证) is that row, not the
  best-ranked row of another record; 翻译成 is the deed 翻译; one more asked of a row priced per one (多要一份副本:
  «计费单位：每份») is the row's price;
- a word of a table's heading that another row says in its cells (保养, 电动车) holds less for a row that never says
  it, and a count of times (一次) is no modifier of a row's name;
- a time asked (多久能拿到) is not a condition met (登记满6个月); 半年 is 满6个月; a person named by an age (17岁的高中生)
  is held by a range that holds the age (未满18周岁的未成年人); a month asked is the 月租, not a header of a case of
  its own count (預繳6個月每月);
- a row of the time asked (星期一至五 18:00-04:00 for 星期三夜晚, 下晝 being 下午) below rows of other cases only (a
  students' offer, a three-hour package) answers; 斯诺克 is Hong Kong's 士碌架;
- the whole named after a year (2027年松岭县) is the county, not a town's section; a post the line never says
  (general manager: 总经理) gets no name from it; the body that issued a document is its signature line, not the
  date under it;
- a figure asked per one of a kind (一个老师) is not the line's per another (每名学生); an age asked as a threshold
  reached (要满多少岁) is the figure with its bound (65周岁以上), and a section name of another document (優惠 of
  the billiards club) routes no question that names its own document (青丝坊).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import engine_config, titled_sheet

BARBECUE = """临江市园林局关于滨河公园烧烤区开放管理的通告

一、开放时间
（一）开放期为4月1日至11月15日，每日9:00—20:00开放，19:30起停止点火。
（二）当日最高气温达到37℃及以上时，烧烤区全天关闭。
二、收费标准
（一）亲子位（C区）5个，紧邻儿童游乐区，每场收费90元。
（二）服务中心出售机制木炭，每袋3公斤，售价28元；点火块每盒5元。
三、其他事项
（一）公园东门至烧烤区有免费电瓶车接驳，每20分钟一班，运行时间为8:30—19:30。
"""

MANGA = """# 書香漫畫王店消費須知

## 營業資訊

- 營業時間：24小時營業，全年無休。
- 客服電話：(02)2968-0000

## 座位價目表

| 區域 | 說明 | 計時（每30分鐘） | 3小時方案 | 5小時方案 |
|---|---|---|---|---|
| 一般閱讀座 | 開放式沙發座 | NT$30 | NT$150 | NT$220 |
| 雙人包廂 | 限2人使用 | NT$90 | NT$420 | NT$620 |
"""

BERRIES = """河源县2027年蓝莓产业发展情况汇报

溪口镇：合作社带农增收
镇上的蓝莓专业合作社由理事长覃晓梅牵头，实行统一供苗、统一收购，入社果农200户。

高坡村：采摘园带旺乡村游
高坡村建成蓝莓采摘园300亩，入园门票每人25元，门票可抵扣等额采摘费；园内采摘价每斤40元。
"""


RULES = """清河街道便民服务中心办事规定

第九条 申领居住证应当提供本人身份证和居住登记满6个月的证明。材料齐全的，自受理之日起15个工作日内制证发放。
第十条 任何人不得向未满18周岁的未成年人出售烟草制品。
第十一条 一次预付满3个月的，总价打九五折；预付满6个月的，总价打九折。

清河街道办事处
2028年3月1日
"""

STORAGE = """# 穩存迷你倉收費表

| 倉型 | 面積 | 月租 | 預繳6個月每月 |
|---|---|---|---|
| 文件倉 | 15平方呎 | 港幣690元 | 港幣620元 |
| 大型倉 | 60平方呎 | 港幣1980元 | 港幣1780元 |
"""


BILLIARDS = """# 金桿桌球會收費須知

## 球枱收費（每小時，每張枱）

| 時段 | 美式桌球枱 | 士碌架枱 |
|---|---|---|
| 星期一至五 12:00-18:00 | HK$45 | HK$65 |
| 星期一至五 18:00-04:00 | HK$66 | HK$86 |

## 優惠

| 優惠 | 收費 | 適用時間 |
|---|---|---|
| 學生優惠 | 美式枱每小時HK$32 | 星期一至五 12:00-18:00 |
| 日間三小時套票 | HK$140 | 星期一至五 12:00-18:00 |
"""

WALNUTS = """松岭县2027年核桃产业发展情况汇报

2027年，我县坚持把核桃产业作为山区群众增收的支柱产业来抓。全县核桃种植面积达到40万亩，干核桃总产量3.2万吨，综合产值9亿元。

石门镇：核桃主产区
石门镇是全县核桃种植面积最大的乡镇，全镇核桃面积6.5万亩，2027年干核桃产量8800吨。

白岩镇：核桃深加工
白岩镇引进的松岭核桃食品有限公司今年建成投产核桃油生产线，年加工干核桃5000吨。
"""


CLUBS = """青城学院学生社团管理办法

第一章 总则
第五条 学生社团由学生自愿组成，每个社团必须有1名指导教师，社团活动不得影响正常教学秩序。
第二章 会员和负责人
第八条 学生可以自愿申请加入社团，每名学生同时参加的社团一般不超过3个，入社须经社团负责人同意。
第十四条 指导教师由具有中级以上职称的在职教职工担任，每名教师指导的社团不超过2个，指导工作计入工作量。
"""

SALON = """# 青丝坊美发沙龙价目表

| 类别 | 项目 | 适用范围/说明 | 价格 |
|---|---|---|---|
| 剪发 | 男士精剪 | 含洗吹 | 48元 |
| 剪发 | 老人剪发 | 65周岁以上老人 | 15元 |
"""


def _notary_rows() -> list[list[str]]:
    head = ["序号", "类别", "服务项目", "计费单位", "收费标准", "出证时限", "备注"]
    rows = [
        ["1", "民事证明类", "出生公证", "每件", "80元", "5个工作日", "含公证书正本1份"],
        ["2", "民事证明类", "婚姻状况公证（未婚、已婚、离婚、丧偶）", "每件", "100元", "5个工作日", ""],
        ["3", "民事证明类", "学历公证", "每件", "100元", "5个工作日", "含毕业证和学位证"],
        ["4", "法律行为类", "遗嘱公证", "每件", "500元", "当场出证", "由2名公证员共同办理"],
        ["5", "翻译及副本", "英文译文", "每件", "80元", "随公证书出证", ""],
        ["6", "翻译及副本", "日文、韩文译文", "每件", "120元", "随公证书出证", ""],
        ["7", "翻译及副本", "公证书副本", "每份", "20元", "随公证书出证", "公证书正本费用已含在公证费内"],
    ]
    return [head, *rows]


def _repair_rows() -> list[list[str]]:
    head = ["序号", "类别", "服务项目", "收费标准", "计费单位", "说明"]
    rows = [
        ["1", "轮胎", "普通补胎", "15元", "次", "真空胎补胎20元；每次最多补2个洞"],
        ["2", "轮胎", "更换内胎", "35元", "条", "含工时费"],
        ["3", "刹车", "更换刹车线", "25元", "根", "前刹、后刹价格相同"],
        ["4", "保养", "整车保养", "50元", "次", "检查刹车、轮胎、线路，链条加油"],
        ["5", "保养", "电动车清洗", "10元", "辆", "当天在本店做保养的免费清洗"],
    ]
    return [head, *rows]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("hours_rows")
    corpus = root / "corpus"
    corpus.mkdir()
    titled_sheet(corpus / "临澄市公证处2028年公证服务收费价目表.xlsx", "临澄市公证处2028年公证服务收费价目表", _notary_rows())
    titled_sheet(corpus / "骑安电动车维修中心电动自行车维修保养收费价目表.xlsx", "骑安电动车维修中心电动自行车维修保养收费价目表",
           _repair_rows())
    for name, text in {"临江市园林局关于滨河公园烧烤区开放管理的通告.txt": BARBECUE, "書香漫畫王店消費須知.md": MANGA,
                       "河源县2027年蓝莓产业发展情况汇报.txt": BERRIES, "清河街道便民服务中心办事规定.txt": RULES,
                       "穩存迷你倉收費表.md": STORAGE, "金桿桌球會收費須知.md": BILLIARDS,
                       "松岭县2027年核桃产业发展情况汇报.txt": WALNUTS, "青城学院学生社团管理办法.txt": CLUBS,
                       "青丝坊美发沙龙价目表.md": SALON}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    from wenda.index.engine import Engine

    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_hours_a_range_and_its_opening_word_give(engine):
    ans = engine.ask("烧烤区每天几点开门几点关门")
    assert ans.found and "9:00—20:00" in ans.answer, ans.answer


def test_a_place_open_round_the_clock(engine):
    ans = engine.ask("漫畫王幾點關門？")
    assert ans.found and "24小時營業" in ans.answer, ans.answer


def test_the_unit_a_clause_describes(engine):
    ans = engine.ask("木炭咋卖的，一袋多少钱")
    assert ans.found and "28元" in ans.answer, ans.answer


def test_a_kid_is_a_child(engine):
    ans = engine.ask("带娃的亲子位收费多少")
    assert ans.found and "90元" in ans.answer, ans.answer


def test_a_half_hour_takes_the_column_per_thirty_minutes(engine):
    ans = engine.ask("一般座位看漫畫半小時多少錢")
    assert ans.found and "NT$30" in ans.answer and "NT$150" not in ans.answer, ans.answer


def test_the_head_in_charge_and_a_ticket_bought(engine):
    ans = engine.ask("溪口那个蓝莓合作社的负责人叫啥")
    assert ans.found and "覃晓梅" in ans.answer, ans.answer
    ans = engine.ask("去高坡村进园子要买票吗 多少钱")
    assert ans.found and "25元" in ans.answer, ans.answer


def test_a_record_named_by_its_modifier_a_translation_and_one_more_copy(engine):
    ans = engine.ask("办个出生证明的公证多少钱")
    assert ans.found and "80元" in ans.answer and "婚姻" not in ans.answer, ans.answer
    ans = engine.ask("公证书翻译成English要多少钱")
    assert ans.found and "80元" in ans.answer, ans.answer
    ans = engine.ask("想多要一份副本，加多少钱")
    assert ans.found and "20元" in ans.answer, ans.answer


def test_a_heading_word_another_row_says(engine):
    ans = engine.ask("洗一次电动车多少钱")
    assert ans.found and "10元" in ans.answer, ans.answer


def test_a_time_taken_is_no_condition_met_and_half_a_year_is_six_months(engine):
    ans = engine.ask("居住证交了材料多久能拿到")
    assert ans.found and "15个工作日" in ans.answer, ans.answer
    ans = engine.ask("一次交半年的钱打几折")
    assert ans.found and "九折" in ans.answer and "九五折" not in ans.answer, ans.answer


def test_a_person_named_by_an_age_the_range_holds(engine):
    ans = engine.ask("可以卖烟给17岁的高中生吗")
    assert ans.found and "未满18周岁" in ans.answer, ans.answer


def test_a_month_asked_is_the_monthly_rent_not_a_prepaid_case(engine):
    ans = engine.ask("稳存大型仓一个月几多钱")
    assert ans.found and "1980" in ans.answer, ans.answer


def test_a_table_row_of_the_time_asked_below_rows_of_other_cases(engine):
    ans = engine.ask("金杆桌球会星期三夜晚打美式枱幾錢一個鐘")
    assert ans.found and "HK$66" in ans.answer, ans.answer
    ans = engine.ask("金杆桌球会平日下晝打美式枱一個鐘幾錢")
    assert ans.found and "HK$45" in ans.answer, ans.answer
    ans = engine.ask("金杆桌球会礼拜二晚上打斯诺克一个钟多少钱")
    assert ans.found and "HK$86" in ans.answer, ans.answer


def test_the_whole_named_after_a_year_and_a_post_never_said(engine):
    ans = engine.ask("2027年松岭县干核桃产了多少吨")
    assert ans.found and "3.2万吨" in ans.answer, ans.answer
    ans = engine.ask("松岭核桃食品公司的general manager是谁")
    assert not ans.found, ans.answer


def test_the_body_that_issued_a_document(engine):
    ans = engine.ask("便民服务中心办事规定是哪个单位发的")
    assert ans.found and "清河街道办事处" in ans.answer and "2028年3月1日" not in ans.answer, ans.answer


def test_a_figure_per_one_of_another_kind_and_an_age_reached(engine):
    ans = engine.ask("一个老师最多带几个社团")
    assert ans.found and "2个" in ans.answer and "3个" not in ans.answer, ans.answer
    ans = engine.ask("青丝坊老人剪发的优惠要满多少岁")
    assert ans.found and "65周岁以上" in ans.answer, ans.answer
