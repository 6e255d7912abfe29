"""A value that is the one asked, though the question words it otherwise (session 18):

- 别超过 (勿, 莫) asks as 不超过 does: «预约时间建议不超过8小时» answers 最好别超过几个小时;
- a piece that only states the case in full (甲方提前收回房屋的，应提前60天通知) leaves the value to the
  piece after it: 收房 said in full there is no sign that the value is another thing's;
- 额外, 另外 say «in addition», no kind: 公司额外奖励几天 is answered by «公司奖励假10天»;
- 夏天 is 夏季 (answer.WORD_FAMILIES), whatever the family of periods (天, 季) says of their last characters;
- a price said as free or half (半价, 免票) answers a question of a price where the sentence gives no sum
  (70岁老人票价多少: «65周岁以上老人凭身份证半价»), for those its range holds (60岁 is refused); a discount
  (八折) is no price, and what one earns (工资多少) is none;
- «X有Y吗» asks whether there is a Y: a line that never names one (游泳馆有停车场吗: the 泳帽 line) says
  neither yes nor no;
- 几点以后不让进 asks when entering stops: «21:00停止入场», not the end of the opening hours (21:30);
- a value's piece that opens with other people than the question does, who are said elsewhere in the
  sentence, is theirs (毕业生从哪个门进: not the 西门 of «…家长凭观礼证从体育馆西门入场»);
- a compound the asker reorders (外省 for 省外) is no other member of 内/外; 前 of 几点前寄 bounds the time
  asked, no member of 前/后; 最多收多少 asks the upper bound said (最多收取10元), not the rate beside it;
  a contact phone (联系电话) is that of whoever the line names (负责人 for 老板);
- 一个月的卡 is the 月卡 (a modifier joined by 的, no rate per month); 张 and 页 count the same sheets; no
  limit set (当天不限时, 不限里程) answers how long or how far where no figure of that kind is given;
- a length after 时速 is a speed (最快能开多快: 时速不得超过15公里); 第二回 is 第二次; 0870-123-456 is a phone
  number; a share (九成) answers what is refunded (能退多少钱); 那阵子 is a time pointed at, no name;
- a season asked takes the time whose piece's months hold it (冬天: «11月至次年3月每天7:00至19:00开放», not
  the 4月至10月 hours before it); a count per a period asked (一个星期能约几次) is no count per another (一个
  月内爽约2次); a limit asked (一次最多能订多久) is answered by the line whose value's piece says it (每次最长
  2小时), not by a first line whose value says none (未提前1小时取消的);
- whether another may use a thing (月卡能给我老婆用吗) is ruled on by a line that says only its holder may
  (仅限本人使用), whoever the other is; a line that says no such rule does not answer it.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import deeds, extract
from wenda.index.query import ADDING_WORDS, entities, had_thing, qualifiers
from wenda.index.support import handed_words

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


POOL = """星河社区游泳馆开放须知

一、票价
成人票每次30元，儿童票（身高1.4米以下）每次15元。
65周岁以上老人凭身份证半价。
月卡每张400元，仅限本人使用，不得转借。
季卡每张1000元，办季卡享受八折优惠。
救生员月工资标准另行公布，学生志愿者工资减半。

二、开放时间
夏季每天8:00至21:30开放，21:00停止入场。

三、注意事项
入场须穿戴泳帽，泳帽可在前台购买，每顶10元。
"""


GRADUATION = """毕业典礼安排通知

一、参加人员
每名毕业生可邀请家长2名观礼，家长凭观礼证从体育馆西门入场。

二、时间和地点
毕业生须于上午8:00前到达体育馆东门，按学院方阵入场。
"""


PARCEL = """绿洲花园驿站取件须知

一、取件
包裹免费保管3天，超过3天的每件每天收取保管费1元，最多收取10元。

二、寄件
首重1公斤内省内10元、省外15元，续重每公斤加收5元。
驿站每天17:00统一发出当日寄件，17:00以后寄出的包裹次日发出。

三、其他
驿站负责人：王丽娟，联系电话：13905718842。
"""


STUDY = """# 星光共享自习室会员须知

## 价格
| 套餐 | 价格 | 说明 |
|---|---|---|
| 单次票 | 25元 | 当天不限时 |
| 周卡 | 120元 | 连续7天有效 |
| 月卡 | 399元 | 30天有效 |

## 设施
- 提供免费热水和打印服务，打印每页0.5元。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fit"), {"cooker.md": COOKER, "lease.txt": LEASE, "leave.txt": LEAVE,
                                                        "pool.txt": POOL, "graduation.txt": GRADUATION})


@pytest.fixture(scope="module")
def shops(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("shops"), {"parcel.txt": PARCEL, "study.md": STUDY})


EBIKE = """校园电动自行车管理规定

第一章 骑行
第九条 校园内骑行电动自行车，时速不得超过15公里。
第十条 超速骑行的，第一次给予警告，第二次暂扣车辆7天。
"""

HUT = """云峰山屋住宿须知

一、取消与退费
入住日7天前取消者，退还已缴费用的九成。

二、联络
山屋管理员卫星电话：0870-123-456（仅限紧急状况使用）
"""


COURT = """阳光社区篮球场使用须知

一、开放时间
4月至10月每天6:00至21:00开放，11月至次年3月每天7:00至19:00开放。

二、预约
本社区居民可通过小程序预约，每次最长2小时，每人每周最多预约3次。
预约后未到场且未提前1小时取消的，记爽约一次；一个月内爽约2次的，暂停预约资格30天。
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("rules"), {"ebike.txt": EBIKE, "hut.txt": HUT, "court.txt": COURT})


def test_forbidding_reads_as_not():
    assert extract.direction("最好别超过几个小时") == extract.direction("建议不超过8小时") == -1
    assert extract.direction("超过3天") == 1


@pytest.mark.parametrize("question,said,not_said", [
    ("夏季预约最好别超过几个小时", "8小时", "24小时"),
    ("夏天预约最好别超过几个小时", "8小时", "24小时"),  # 夏天 is 夏季, no other member of 日天/周/月/季/年
    ("房东要提前收房得提前几天讲", "60天", "30天"),
    ("婚假里公司额外奖励几天", "10天", None),
    ("70岁老人票价多少", "半价", None),
    ("游泳馆有泳帽卖吗", "泳帽", None),
    ("晚上几点以后就不让进了", "21:00", "21:30"),
    ("月卡能给我老婆用吗", "仅限本人使用", None),
    ("月卡可以借给朋友吗", "不得转借", None),
    ("办个季卡要花多少", "1000元", None),
    ("毕业生从体育馆哪个门进去", "东门", "西门"),
    ("家长从哪个门入场", "西门", "东门"),
])
def test_the_value_asked(engine, question, said, not_said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer and (not_said is None or not_said not in ans.answer), ans.answer


@pytest.mark.parametrize("question,said,not_said", [
    ("寄到外省一公斤多少钱", "15元", "10元"),
    ("几点前寄当天能发走", "17:00", None),
    ("驿站老板电话多少", "13905718842", None),
    ("一个月的卡多少钱", "399元", None),
    ("打印一张多少钱", "0.5元", None),
    ("单次票能待多久", "不限时", None),
])
def test_the_value_asked_of_two_shops(shops, question, said, not_said):
    ans = shops.ask(question)
    assert ans.found and said in ans.answer and (not_said is None or not_said not in ans.answer), ans.answer


@pytest.mark.parametrize("question,said", [
    ("校园里电动车最快能开多快", "15公里"),
    ("第二回超速会怎么样", "暂扣车辆7天"),
    ("有紧急情况打哪个电话", "0870-123-456"),
    ("提前十天取消山屋能退多少钱", "九成"),
    ("冬天晚上几点关门", "19:00"),
    ("夏天早上几点开", "6:00"),
    ("一次最多能订多久", "2小时"),
])
def test_the_value_asked_of_rules(rules, question, said):
    ans = rules.ask(question)
    assert ans.found and said in ans.answer, ans.answer


def test_a_count_per_another_period(rules):
    ans = rules.ask("一个星期能约几次")
    assert not ans.found or "3次" in ans.answer, ans.answer
    assert extract.periods("一个星期能约几次") == {"周"} and extract.periods("一个月的卡多少钱") == set()
    assert extract.another_period("一个星期能约几次", "一个月内爽约2次的")
    assert not extract.another_period("一个星期能约几次", "每人每周最多预约3次")
    assert not extract.another_period("住不满一年就搬走要赔多少", "并赔偿一个月租金作为违约金")  # no rates


def test_shares_and_pointed_times():
    assert extract.fits_kind("九成", "money", "提前十天取消能退多少钱") and not extract.fits_kind("九成", "money", "多少钱")
    assert "那阵子" not in entities("过年那阵子请家政贵多少")


def test_adding_words_single_out_no_kind():
    assert "额外" in ADDING_WORDS
    assert "额外" not in qualifiers("公司额外的奖励有几天", ["公司", "额外", "奖励"])
    assert "合格" in qualifiers("考核合格的乡镇奖励多少钱", ["考核", "合格", "乡镇", "奖励"])


@pytest.mark.parametrize("question", ["60岁老人票价多少", "学生票多少钱", "游泳馆有停车场吗", "成人票能给小孩用吗",
                                      "救生员工资有多少"])
def test_refused(engine, question):
    ans = engine.ask(question)
    assert not ans.found, ans.answer


def test_relative_prices_and_had_things():
    assert [s.text for s in extract.relative_prices("儿童免票，学生8.5折，老人半价")] == ["免票", "半价"]
    assert had_thing("游泳馆有停车场吗") == "停车场" and had_thing("有热水吗？") == "热水"
    assert had_thing("老人有优惠吗") == "" and had_thing("有没有宿舍") == ""
    assert deeds.unnegated(("不让", "进")) == ("进",) and deeds.unnegated(("不卖",)) == ("卖",)
    assert {"借给", "家里人"} <= handed_words("年卡能借给家里人用吗", "年卡仅限本人使用")
    assert handed_words("年卡能借给家里人用吗", "年卡每张480元") == set()


def test_unlimited():
    assert [s.text for s in extract.unlimited("当天不限时，每日不限里程，人数无上限")] == ["不限时", "不限里程", "无上限"]


def test_the_limit_said():
    line = "包裹免费保管3天，超过3天的每件每天收取保管费1元，最多收取10元。"
    assert extract.best_figure(line, ["最多", "收", "保管费"], "元", "money", "最多收多少保管费").text == "10元"
    assert extract.best_figure(line, ["每天", "收", "保管费"], "元", "money", "保管费每天收多少").text == "1元"
