"""Times and dates a when-question asks: the end of a range its deed asks (几点关门: 22:00 of
早上6:00至晚上22:00), ranges written with a part of the day, until-clauses (直至撤点)."""

from support import text_engine

from wenda.index import deeds, extract
from wenda.index.query import deed_end, normalize


def texts(spans) -> list[str]:
    return [s.text for s in spans]


def test_two_times_joined_by_a_part_of_the_day_are_one_range():
    sentence = "服务中心周一至周五上午8:30至下午17:30对外办公，周六上午9:00至12:00只办理证明业务。"
    assert texts(extract.clock_times(sentence)) == ["8:30至下午17:30", "9:00至12:00"]
    assert texts(extract.clock_times("开放时间为每天早上6:00至晚上22:00。")) == ["6:00至晚上22:00"]
    assert texts(extract.clock_times("早餐7:00，午餐11:30。")) == ["7:00", "11:30"]  # two times, no range
    assert texts(extract.clock_times("上午9:00至12:00、下午14:00至17:30")) == ["9:00至12:00", "14:00至17:30"]


def test_the_end_of_a_range_leaves_its_part_of_the_day():
    sentence = "开放时间为每天早上6:00至晚上22:00。"
    values = extract.clock_times(sentence)
    assert texts(extract.range_ends(sentence, values, 0)) == ["6:00"]
    assert texts(extract.range_ends(sentence, values, 1)) == ["22:00"]
    night = "捷运每日营运时间为6:00至隔日0:00。"
    assert texts(extract.range_ends(night, extract.clock_times(night), 1)) == ["0:00"]


def test_the_deed_asks_an_end():
    assert deed_end(("关门",)) == deed_end(("闭馆",)) == deed_end(("收",)) == deed_end(("下班",)) == 1
    assert deed_end(("收班",)) == deed_end(("打烊",)) == deed_end(("停止", "售票")) == 1
    assert deed_end(("开门",)) == deed_end(("开放",)) == deed_end(("上班",)) == deed_end(("开",)) == 0
    assert deed_end(("收费",)) is None  # a deed of its own, it closes nothing
    assert deed_end(("报名",)) is None and deed_end(()) is None
    assert deed_end(("开门", "关门")) is None  # both: neither end


def test_a_deed_that_keeps_open_is_opposed_by_one_that_closes():
    # 跨年那天开到几点: not 22:00 of 除夕当天提前于22:00收班, but 2:00 of 延长营运至隔日2:00
    assert deeds.opposed("开", "收班") and deeds.opposed("开工", "收工")
    assert not deeds.opposed("开始收费", "收费")  # both sides in one word oppose nothing


def test_until_clauses():
    assert texts(extract.untils("老同志主动到卡点执勤,日夜值守,直至撤点,不计报酬。")) == ["直至撤点"]
    assert texts(extract.untils("志愿者坚持到疫情结束为止。")) == ["到疫情结束为止"]
    assert extract.untils("志愿者从早到晚坚持值守。") == []


def test_when_clauses_answer_when_no_date_is_given():
    assert texts(extract.dates("一局比赛结束之后交换发球权。")) == ["一局比赛结束之后"]
    assert texts(extract.dates("傍晚时份，球场变成了夜市。")) == ["傍晚时份"]
    assert texts(extract.dates("补库当天下午，各户准备一份供品送至庙宇。")) == ["补库当天下午"]
    assert texts(extract.dates("在印度，书写形式是当梵语发展成俗语之后才出现的。")) == ["当梵语发展成俗语之后"]
    assert texts(extract.dates("每当夜幕降临时，灯火通明。")) == ["每当夜幕降临时"]
    assert extract.dates("截击是在对方回球落地之前就将其打回的击球。") == []  # defines, says no time
    assert extract.dates("同时，他还负责后勤。") == extract.dates("在当时，这很常见。") == []
    assert extract.dates("每天工作24小时，很累。") == []
    assert texts(extract.dates("2001年3月，航班开通。")) == ["2001年3月"]  # a date comes first


def test_a_figure_inside_a_when_clause_still_counts():
    assert texts(extract.figures("连续检测3次之后，全部为阴性。")) == ["3次"]
    assert texts(extract.figures("一直到了第九年，新稻都没有花粉。")) == ["九年"]


def test_reigns_periods_and_counted_years():
    assert texts(extract.dates("魏黄初二年，文帝曹丕改许县为许昌县。")) == ["魏黄初二年"]  # with its dynasty
    assert texts(extract.dates("明洪武元年，废长社县。")) == ["明洪武元年"]
    assert texts(extract.dates("康熙年间至乾隆年间，逐渐形成三个将军辖区。")) == ["康熙年间", "乾隆年间"]
    assert texts(extract.dates("元禄年间的长崎人口有约6万人。")) == ["元禄年间"]
    assert extract.dates("在这个时期，他很忙。") == [] and extract.dates("持续十年，很久。") == []
    assert texts(extract.dates("但他没有放弃，一直到了第九年，新稻都没有花粉。")) == ["第九年"]


def test_two_values_joined_are_one_range():
    sentence = "康熙年间至乾隆年间，逐渐形成三个将军辖区，至光绪年间废除。"
    assert extract.ranged(sentence, extract.dates(sentence)) == [True, True, False]


def test_counted_weeks_are_no_day_of_the_week():
    assert texts(extract.dates("2001年3月，航空公司开通了航班，每两周一班。")) == ["2001年3月"]
    assert extract.weekdays("三星期一次") == set() and extract.weekdays("每周一闭馆") == {1}
    assert extract.weekdays("周二至周五") == {2, 3, 4, 5}


def test_a_spoken_when_is_read_as_when():
    assert "什么时候" in normalize("守到啥时候")


NOTICE = (
    "青禾社区服务公告\n\n"
    "一、开放时间\n\n"
    "社区阅览室开放时间为每天早上8:00至晚上21:30，每周一闭馆。\n\n"
    "社区食堂午餐11:00开始供应。\n\n"
    "服务大厅周一至周五上午8:30至下午17:30对外办公。\n\n"
    "二、停水通知\n\n"
    "因管道维修，停水时间为12月5日9:00至17:00。\n\n"
    "垃圾收运时间为每天晚上7:30至8:30。\n\n"
    "三、志愿服务\n\n"
    "青禾社区的志愿者在路口服务点日夜值守，直至撤点。\n"
)


def test_when_questions_over_opening_hours(tmp_path):
    engine = text_engine(tmp_path, {"notice.txt": NOTICE})
    closes = engine.ask("阅览室晚上几点关门")
    assert closes.found and closes.span == "21:30" and "阅览室" in closes.answer
    opens = engine.ask("服务大厅几点上班")
    assert opens.found and opens.span == "8:30"
    until = engine.ask("志愿者在服务点守到啥时候")
    assert until.found and "直至撤点" in until.answer
    assert engine.ask("阅览室几点开门").span == "8:00"
    assert engine.ask("几点停水").span == "9:00至17:00"  # a deed that opens or closes no range: the whole
    assert engine.ask("垃圾几点收").span == "7:30"  # the range of the 收 itself: when it starts
    assert not engine.ask("游泳馆几点关门").found  # no 游泳馆 in the notice


def test_a_when_clause_answers_when(tmp_path):
    engine = text_engine(tmp_path, {"tennis.txt": (
        "网球规则\n\n一局比赛结束之后交换发球权。\n\n每次发球前，裁判应当报出本局比分。\n\n"
        "傍晚时份，球场变成热闹的夜市。\n")})
    ans = engine.ask("网球比赛什么时候交换发球权")
    assert ans.found and "一局比赛结束之后" in ans.answer
    ans = engine.ask("什么时候球场变成夜市")
    assert ans.found and "傍晚时份" in ans.answer


def test_a_range_of_reigns_answers_when_it_began(tmp_path):
    engine = text_engine(tmp_path, {"history.txt": (
        "行政区划\n\n康熙年间至乾隆年间，逐渐形成三个将军辖区：盛京、吉林、黑龙江。\n\n"
        "光绪三十三年，废除三地将军衙门，改设奉天省。\n")})
    ans = engine.ask("三个将军辖区从何时开始形成")
    assert ans.found and ans.span == "康熙年间"


def test_a_time_counted_from_an_event_is_a_date_only_when_asked_when():
    from wenda.index import extract

    assert [d.text for d in extract.dates("纸质教材在开课前5天统一寄出", relative=True)] == ["开课前5天"]
    assert [d.text for d in extract.dates("转班须在开课后14天内提出", relative=True)] == ["开课后14天内"]
    assert [d.text for d in extract.dates("请提前3天预约", relative=True)] == ["提前3天"]
    assert not any("3天" in d.text for d in extract.dates("请提前3天预约"))  # a figure for 提前几天
    assert [f.text for f in extract.figures("请提前3天预约")] == ["3天"]


def test_routes_are_named_whole_and_streets_are_none():
    from wenda.index import extract

    assert [r.text for r in extract.routes("可乘坐K15路、夜3路或旅游1路，换乘地铁2号线")] == ["K15路", "夜3路", "旅游1路", "地铁2号线"]
    assert extract.routes("学校位于文三路218号，路口有红绿灯") == []
