"""Kinds met on the held-out set unseen28, checked here on documents written for these tests:
- an area said as 平米, 平方 or ㎡ is an area (平方米 was read as a length, 平米 as 米): 一平米多少钱 asks a price per area,
  and a noun glued to the numeral of 一平米 (电梯费一平米: jieba's 费一) is the noun, no name;
- a price per 个, the general classifier, prices one of anything counted (换一根灯管: «计价单位：每个»);
- 部 counts machines as 台 does (洗衣機6部); a local number without an area code right after its label is a
  phone number (電話：2388 1234);
- a name jieba cut across the corpus's words (白石 山东 门 of 白石山东门) is cut again as the corpus says them
  (白石山, 东门), so 山东 is no name the line must say;
- 首年 says 第一年; 恢复开放 renews 开放 (重新开放 asked); a thing asked of by 有没有 (母婴室) is said to be there by a
  clause naming it (新增了…母婴室1间);
- a price per another period or measure (每天, 每磅) answers no price asked per one (一个月交多少, 按小时租), whatever
  the question calls the sum; a sum topped up (增值500蚊, Hong Kong's dollars) is a condition only its own tier answers;
- 几点 asks a clock time, no count of the 孩子 after it; Hong Kong's words (波鞋, 大褸, 乾衣機) are the Mainland's
  (运动鞋, 大衣, 烘干机) as Taiwan's are (synonyms.REGIONAL);
- 12个品种 counts 种; a count of what the question counts after its measure (多少个专任老师) is no other noun's
  for the place that owns them (全园 is the 幼儿园 asked, pointed at; 教学班12个 counts the 班 of 几个班);
- a row naming the asked word's near word as a whole cell (适用对象：沿街商铺 for 铺面), or as one of the things a cell
  lists (大褸／羽絨 for 大衣: 大褸 is Hong Kong's word), holds it.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract
from wenda.index.query import measure_word

ESTATE = """# 碧水苑小区2028年物业服务收费价目表

| 类别 | 项目 | 适用对象 | 价格 | 计价单位 | 备注 |
|---|---|---|---|---|---|
| 物业费 | 住宅物业服务费 | 高层住宅 | 2.1元 | 每平方米每月 | 按季度缴纳 |
| 物业费 | 商铺物业服务费 | 沿街商铺 | 4.8元 | 每平方米每月 | 不含店内垃圾清运 |
| 公共能耗 | 电梯运行费 | 高层住宅 | 0.3元 | 每平方米每月 | 1楼住户免收 |
| 维修 | 更换灯泡或灯管 | 本小区住户 | 8元 | 每个 | 住户自备灯管的只收人工费 |
"""

LAUNDRY = """# 淨白洗衣（油麻地店）收費須知

## 一、店舖資料

- 電話：2388 1234
- 本店設有工業洗衣機6部及乾衣機4部。
- 預付洗衣卡：增值港幣1000元送港幣150元。

## 二、價目表

| 類別 | 項目 | 價錢 | 單位 | 取衣時間 |
|---|---|---|---|---|
| 乾洗 | 大褸／羽絨 | 港幣120元 | 每件 | 5天 |
| 水洗 | 恤衫洗熨 | 港幣20元 | 每件 | 3天 |
| 鞋履 | 波鞋清洗 | 港幣90元 | 每對 | 7天 |
"""

PARK = """白石山风景区管理处关于步道开放的通告

根据白石山步道修复工程进展情况，现将有关事项通告如下：
一、开放范围
1. 自2028年5月1日起，2号线（北门至望江亭）全线恢复开放，全长5.2公里。
2. 3号线（南门至飞来石）因去年暴雨造成塌方，继续封闭施工。
二、服务设施
1. 东门停车场有车位300个，小型车每次收费10元。
2. 南门停车场在施工期间暂停使用。
3. 东门游客中心出租登山杖，每根每天15元。
"""

SCHOOL = """晨光幼儿园招生简章

幼儿园概况：全园现有教学班12个，教职工50人，其中专任教师26人、保健医生2人。
招生办法：报名人数超过计划时公开电脑摇号，由市公证处全程公证。
作息安排：家长送孩子入园的时间为7:50至8:30，午睡至14:30。
"""

MARKET = """江北区2027年菜市场改造工作汇报

西门菜市场：老市场换了新颜
西门菜市场今年新增了公共卫生间2座和母婴室1间，门外临时摊位每个摊位每天收取管理费10元。蔬菜摊位租金每月每平方米55元，首年还减免了3个月租金。
北苑社区：平价菜进社区
社区菜市场设了平价蔬菜专区，每天供应10个品种的平价菜。
年度评优：每年评选优秀经营户20名，每户奖励2000元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("areas_recuts"), {
        "estate.md": ESTATE, "laundry.md": LAUNDRY, "park.txt": PARK, "school.txt": SCHOOL, "market.txt": MARKET})


# (question, what its answer line says): each case a kind of the docstring; all but the one marked fail on the
# code before these fixes (19 of the file's 21 tests fail there)
ANSWERED = [
    ("碧水苑的电梯费一平米多少钱", "0.3元"),  # 一平米 an area; 费一 no name
    ("物业换一根灯管多少钱", "8元"),  # 每个
    ("碧水苑沿街铺面的物业费一平多少", "4.8元"),  # a whole cell
    ("净白洗衣店有几台洗衣机", "6部"), ("净白洗衣的电话是多少", "2388 1234"),  # 部; a local number
    ("净白洗衣干洗一件大衣多少钱", "120元"),  # one of the things a cell lists
    ("白石山东门停车场有多少个车位", "300个"),  # cut again: 白石山, 东门
    ("白石山2号线什么时候重新开放", "2028年5月1日"),  # 恢复开放
    ("西门菜市场第一年免了几个月租金", "3个月"),  # 首年
    ("西门菜市场有没有母婴室", "母婴室1间"),  # a thing named
    ("北苑社区的平价蔬菜专区每天有几种菜", "10个品种"),  # 个品种
    ("晨光幼儿园一共有几个班", "12个"),  # 全园, 教学班
    ("晨光幼儿园有多少个专任老师", "26人"),  # a guard here: on unseen28 the 幼儿园 owning them was taken for what is counted
    ("晨光幼儿园摇号有没有公证", "全程公证"),  # a thing named (公证 is said done)
    ("早上几点送孩子去晨光幼儿园", "7:50至8:30"),  # 几点: no count of 孩子
    ("净白洗衣洗一双运动鞋多少钱", "90元"),  # Hong Kong's 波鞋
]


@pytest.mark.parametrize("question, said", ANSWERED)
def test_answered(engine, question, said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer


def test_a_kind_of_what_is_counted_is_no_count_of_all(engine):
    # a guard (the code before refused it too): while this rule was written, 优秀员工20名 answered 公司有多少名员工
    ans = engine.ask("江北区菜市场一共有多少个经营户")
    assert "20名" not in (ans.answer or "")  # the count of the best ones, no count of all


@pytest.mark.parametrize("question, given", [
    ("西门菜市场的临时摊位一个月交多少管理费", "10元"),  # per day
    ("白石山登山杖按小时租多少钱", "15元"),  # per day
    ("淨白洗衣增值500蚊送幾多", "150元"),  # the tier of 1000元
])
def test_another_rate_or_tier_is_no_answer(engine, question, given):
    ans = engine.ask(question)
    assert given not in (ans.answer or "")


def test_the_readings():
    assert [extract.unit_class(u) for u in ("平方米", "平米", "平方", "㎡", "平方公里", "米")] == [
        "area", "area", "area", "area", "area", "length"]
    assert extract.measure_agrees("12个品种", "种") and extract.measure_agrees("6部", "台")
    assert [p.text for p in extract.phones("电话：2388 1234；WhatsApp：6123 4455")] == ["2388 1234", "6123 4455"]
    assert extract.phones("全年接待2388 1234人次") == []  # no label: two figures
    assert extract.one_unit_said("一根", "价格：8元 · 计价单位：每个")
    assert not extract.one_unit_said("一根", "价格：8元 · 计价单位：每个月")
    assert extract.priced_per_other("登山杖按小时租多少钱", "每根每天15元")
    assert not extract.priced_per_other("物业费按月交还是按季度交", "按季度缴纳")  # which, no price per one
    assert extract.asked_amounts("增值500蚊送几多") == {500.0}
    assert measure_word("早上几点送孩子") is None and measure_word("有几个孩子") == "人"
