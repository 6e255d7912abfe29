"""Pure functions of extract for document shapes a manual, a Taiwanese notice or a list brings:
units written in Latin letters or 公分, list item numbers, limits, stated quantities against ranges."""

from wenda.index import extract


def texts(sentence: str) -> list[str]:
    return [f.text for f in extract.figures(sentence)]


def test_units_of_manuals_and_taiwanese_notices():
    assert texts("额定功率 55W") == ["55W"]
    assert texts("本机使用220V、50Hz交流电源") == ["220V", "50Hz"]
    assert texts("长度不得超过220公分") == ["超过220公分"]
    assert texts("睡眠模式28分贝") == ["28分贝"]
    assert texts("洁净空气量500立方米/小时") == ["500立方米"]
    assert texts("风速降至1档") == ["1档"]
    assert texts("产品型号KJ-500X") == []  # a code's digits count nothing (a letter after them is no unit either)
    assert texts("产品型号500X") == ["500"]  # a letter after the digits is no unit
    assert extract.unit_class("公分") == extract.unit_class("厘米") == "length"
    assert extract.measure_agrees("220V", "伏") and not extract.measure_agrees("55W", "伏")


def test_a_list_items_number_is_no_figure():
    assert texts("3. 儿童须在成人看护下使用") == []
    assert texts("2、请勿在浴室等潮湿环境中使用") == []
    assert texts("（2）共8个") == ["共8个"]
    assert texts("3.5米的高度") == ["3.5米"]
    assert texts("四周距墙壁至少30厘米") == ["至少30厘米"]  # 四周 is around, not four weeks
    assert texts("逾期两周未报到") == ["两周"]


def test_a_limit_asked_and_said():
    assert extract.limit_asked("一个大人最多带几个小孩") == 1
    assert extract.limit_asked("饭卡一次最少充多少") == -1
    assert extract.limit_said("每次充值不少于50元") == -1  # 不少于 is a lower bound, whatever 少于 says
    assert extract.limit_said("每位成人限带两名") == 1
    assert extract.limit_held("最贵", "起程票价20元，最高65元")  # both ends said: the asked one is there
    assert not extract.limit_held("最多", "每次充值不少于50元")
    assert not extract.same_side("老年卡每次最多能充多少", "每次充值不少于50元")
    assert extract.same_side("饭卡一次最少充多少", "每次充值不少于50元")


def test_a_stated_quantity_against_a_range():
    assert extract.arabic("八十岁老人") == "80岁老人"
    assert extract.bounds("本社区60周岁至79周岁的老人") == {"岁": (60.0, 79.5)}
    assert extract.bounds("九十多岁的老人", point=True) == {"岁": (90.0, 100.0)}
    assert extract.bounds("2026年1月5日至2月28日") == {}  # two dates are no range of months
    assert extract.within("七十岁", "本社区60周岁至79周岁的老人")
    assert not extract.within("八十岁", "本社区60周岁至79周岁的老人")
    assert extract.within("八十岁", "80周岁以上的老人")
    # a figure question never answers with a quantity of the unit it states itself
    assert extract.best_figure("本社区60周岁至79周岁的老人，凭老年卡就餐每餐优惠2元。", ["老人"],
                               question="七十岁的老人吃饭能便宜多少").text == "2元"


def test_a_measure_asked_needs_its_unit():
    assert extract.fits_kind("8.5公斤", "weight") and not extract.fits_kind("3", "weight")
    assert extract.fits_kind("30厘米", "distance") and extract.fits_kind("约5分钟", "distance")
    assert not extract.fits_kind("2", "distance") and not extract.fits_kind("8:00", "distance")


def test_a_name_before_a_road_or_in_a_schools_name_is_no_person():
    assert extract.best_person("学校地址：滨江区文昌路118号", []) is None
    assert extract.best_person("招生办主任：周慧敏", ["主任"]).text == "周慧敏"


def test_an_ordinal_counts_nothing():
    assert texts("第五条 办理租车卡须缴纳押金200元") == ["200元"]  # 第五条 names an article
    assert texts("获得第3名") == ["3名"]  # which place: it answers 第几名


def test_one_counts_when_its_measure_is_asked():
    sentence = "每张租车卡每次只能租用一辆自行车。"
    assert texts(sentence) == []  # 一辆 is no figure of its own
    assert extract.best_figure(sentence, ["租车卡"], "辆").text == "一辆"
    assert extract.best_figure(sentence, ["租车卡"], "台") is None
    assert extract.one_counted("第一辆车", "辆") == []


def test_working_days_discounts_data_sizes_floors_and_extensions():
    assert extract.measure_agrees("3个工作日", "天") and not extract.measure_agrees("3个工作日", "小时")
    assert extract.measure_agrees("80%", "折")
    assert texts("邮箱容量为10GB，附件不超过50MB") == ["10GB", "不超过50MB"]
    assert extract.unit_class("GB") == "data" and not extract.measure_agrees("10GB", "个")
    assert texts("位于总部大楼2楼203室") == ["2楼", "203"]
    assert [p.text for p in extract.phones("请拨打行政部分机8021报修")] == ["8021"]
    assert extract.fits_kind("100Mbps", "speed") and not extract.fits_kind("50MB", "speed")


def test_an_upper_bound_said_with_a_modal():
    assert extract.direction("重量不能超过20公斤") == -1 == extract.direction("不超过20公斤")
    assert extract.same_side("行李最重不能超过几公斤", "重量不超过20公斤")
    assert extract.limit_held("最短", "密码长度不少于10位") and not extract.limit_held("最短", "不超过8小时")


def test_a_rate_of_one_unit_is_no_bound():
    sentence = "每年带薪年假5天起，工作满3年后增加到10天。"
    assert extract.same_side("一年有几天带薪假", "每年带薪年假5天起", sentence)
    assert extract.per_unit_dropped("一年有几天带薪假", sentence) == "有几天带薪假"
    assert not extract.same_side("一年有几天带薪假", "满3年", "满3年")  # no 每年 there: 一年 stays a bound


def test_the_stated_quantity_picks_its_clause():
    sentence = "每年带薪年假5天起，工作满3年后增加到10天。"
    assert extract.best_figure(sentence, ["年假"], "天", question="干满三年年假有多少天").text == "10天"
    assert extract.best_figure(sentence, ["年假"], "天", question="一年有几天年假").text == "5天"


def test_the_end_of_a_range_asked():
    one = "捷运每日营运时间为6:00至隔日0:00。"
    times = extract.clock_times(one)
    assert [t.text for t in extract.range_ends(one, times, 0)] == ["6:00"]
    assert [t.text for t in extract.range_ends(one, times, 1)] == ["0:00"]
    dates = "报名时间：2025年3月10日至3月31日。"
    assert [d.text for d in extract.range_ends(dates, extract.dates(dates), 1)] == ["3月31日"]
    later = "跨年夜延长营运至隔日2:00。"
    assert extract.range_ends(later, extract.clock_times(later), 0) == []  # an end, not a start


def test_a_preamble_states_its_purpose():
    preamble = "第一条 为规范本市公共自行车租赁服务，方便市民短途出行，根据有关规定，制定本办法。"
    assert extract.best_reason(preamble, ["制定"]).text == "为规范本市公共自行车租赁服务"
    assert extract.reasons("第二条 本办法适用于本市中心城区范围内公共自行车的租赁") == []


def test_a_range_opening_bare_number_takes_the_ranges_unit():
    row = "岗位：客服专员 · 月薪：4500—6000元"
    first = extract.figures(row)[0]
    assert extract.with_range_unit(row, first) == "4500元"
    assert not extract.fits_kind(extract.with_range_unit(row, first), "age")


def test_the_article_number_a_sentence_opens_with():
    assert extract.article_number("第十二条 租车期间自行车丢失的，…").text == "第十二条"
    assert extract.article_number("租车期间自行车丢失的，见第十二条") is None


def test_a_limit_asked_among_listed_choices():
    sentence = "3. 定时功能可设置1小时、2小时、4小时或8小时后自动关机。"
    figs = extract.figures(sentence)
    assert extract.limit_of_list(sentence, figs, 1).text == "8小时"
    assert extract.limit_of_list(sentence, figs, -1).text == "1小时"
    assert extract.limit_of_list(sentence, figs, 0) is None  # no limit asked
    apart = "押金200元，卡内预存不少于30元。"
    assert extract.limit_of_list(apart, extract.figures(apart), 1) is None  # two clauses, no list
