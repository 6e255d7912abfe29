"""index/extract.py: answer spans inside one sentence, on hand-written sentences (no model, no index)."""

from __future__ import annotations

import pytest

from wenda.index import extract as X
from wenda.index.extract import Span


def texts(spans: list[Span]) -> list[str]:
    return [s.text for s in spans]


@pytest.mark.parametrize("sentence, expected", [
    ("全镇共设置卡点43个,出动人员120人。", ["43个", "120人"]),
    ("捐款45000余元", ["45000余元"]),
    ("筹集资金近10万元", ["近10万元"]),
    ("悬挂横幅不少于100条", ["不少于100条"]),
    ("开展消杀四次", ["四次"]),
    ("发放口罩2000余只，间隔1.5米以上", ["2000余只", "1.5米以上"]),
    ("增长了12.4%", ["12.4%"]),
])
def test_figures_keep_prefix_number_and_unit_as_written(sentence, expected):
    spans = X.figures(sentence)
    assert texts(spans) == expected
    for s in spans:  # offsets point at the text itself
        assert sentence[s.start:s.end] == s.text


@pytest.mark.parametrize("sentence", ["他参加了一场会议", "这是一道难题", "共有万人空巷之势", "工作千头万绪"])
def test_chinese_numerals_without_a_count_are_words(sentence):
    assert X.figures(sentence) == []


def test_dates_are_not_figures():
    s = "2020年1月26日(星期日)设卡点8个"
    assert texts(X.dates(s)) == ["2020年1月26日(星期日)"]
    assert texts(X.figures(s)) == ["8个"]
    assert texts(X.dates("一月二十六日召开会议")) == ["一月二十六日"]
    assert texts(X.dates("2019年建成，2020年3月投用")) == ["2019年", "2020年3月"]


@pytest.mark.parametrize("text, unit", [("处体温监测点", "处"), ("人次", "人次"), ("平方公里的", "平方公里"), ("镇", None)])
def test_unit_at_reads_the_unit_a_text_starts_with(text, unit):
    assert X.unit_at(text) == unit


def test_unit_of_and_class():
    assert X.unit_of("近10万元") == "万元" and X.unit_class("万元") == "money"
    assert X.unit_of("45000余元") == "元"
    assert X.unit_of("120") == ""
    assert X.unit_class("人次") == "person" and X.unit_class("小时") == "time" and X.unit_class("辆") == "count"


@pytest.mark.parametrize("figure, measure, fit", [
    ("43个", "个", 0.0),       # the unit asked
    ("204人", "人", 0.0),
    ("120", "人", 1.0),        # a bare number may be the count
    ("102幅", "条", 1.0),      # another classifier of counted things
    ("5名", "个", 1.0),        # 个 for a count of people
    ("24小时", "人", None),    # another kind of quantity
    ("3万元", "人", None),
    ("3万元", None, 0.0),      # no measure asked: anything fits
])
def test_unit_fit(figure, measure, fit):
    assert X.unit_fit(figure, measure) == fit


def test_best_figure_prefers_the_asked_unit_then_the_keywords_clause():
    s = "全镇设置卡点21个，出动党员干部80名，排查返乡人员356人"
    assert X.best_figure(s, ["卡点"], "个").text == "21个"
    assert X.best_figure(s, ["返乡人员"], "人").text == "356人"
    assert X.best_figure(s, ["党员干部"], "人").text == "80名"
    assert X.best_figure(s, ["卡点"], "小时") is None        # nothing of the kind asked
    assert X.best_figure("没有数字的句子", ["卡点"]) is None


def test_the_date_taken_is_the_one_nearest_the_keywords():
    s = "1月20日成立指挥部，1月26日启动一级响应"
    assert X.nearest(X.dates(s), s, ["一级响应"]).text == "1月26日"
    assert X.nearest(X.dates(s), s, ["指挥部"]).text == "1月20日"
    assert X.nearest(X.dates("没有日期"), "没有日期", ["指挥部"]) is None


def test_keyword_positions_and_distance():
    s = "卡点设在村口，卡点有人值守"
    assert X.keyword_positions(s, ["卡点"]) == [(0, 2), (7, 9)]
    span = Span("值守", 11, 13)
    assert X.distance(span, X.keyword_positions(s, ["卡点"]), s) == 2  # "有人" between, no comma
    assert X.distance(span, [], s) == 1e6
    # a comma between costs more than the characters alone
    s2 = "卡点，21个"
    assert X.distance(Span("21个", 3, 6), [(0, 2)], s2) == 1 + 12


def test_clause_of_and_best_clause():
    s = "镇党委高度重视，成立领导小组，由镇长张三任组长。"
    assert X.clause_of(s, Span("领导小组", s.index("领导小组"), s.index("领导小组") + 4)) == "成立领导小组"
    assert X.best_clause(s, ["领导小组"]).rstrip("，。") == "成立领导小组"
    assert X.best_clause(s, ["组长"], focus=("任",)).startswith("由镇长张三任组长")


def test_people_after_a_role_or_before_one():
    assert X.best_person("党委书记何东亚带队检查", ["党委书记"]).text == "何东亚"
    s = "由乡长丁俊邦任组长"
    assert X.best_person(s, ["组长"]).text == "丁俊邦"
    assert X.last_person("记者王五报道，通讯员赵六摄影") == "赵六"
    assert X.last_person("没有人名的句子") is None


def test_reasons_are_purposes_not_deeds():
    s = "村级设置堵卡点43个,做到“内防扩散、外防输入”,切实保障全镇人民群众的生命安全。"
    assert [r.text for r in X.reasons(s)] == ["做到“内防扩散、外防输入”"]
    assert X.best_reason("为了减少群众外出,组织村干部统一配送元宵。", ["配送"]).text == "为了减少群众外出"
    assert X.best_reason("设卡点、挂横幅、写标语、散传单。", ["卡点"]) is None


def test_an_open_answer_line_goes_on_past_a_clause_that_restates_the_question():
    sentence = "该物种数量稀少，其生存受到威胁，原因是失去栖息地、过度放牧及被捕食。另有记载。"
    # the clause only says where the answer is: the line goes on to what it is about
    line = X.goes_on(sentence, "其生存受到威胁", "该物种的生存会受到什么威胁")
    assert line == "其生存受到威胁，原因是失去栖息地、过度放牧及被捕食"
    # a clause that says something new is the answer itself
    assert X.goes_on(sentence, "原因是失去栖息地、过度放牧及被捕食", "该物种为什么少") == \
        "原因是失去栖息地、过度放牧及被捕食"
    assert X.restates("其生存受到威胁", "该物种的生存会受到什么威胁")
    assert not X.restates("原因是失去栖息地", "该物种的生存会受到什么威胁")


def test_an_answer_line_that_goes_on_stops_near_its_limit():
    tail = "，".join(["甲乙丙丁戊己庚辛"] * 12)
    sentence = "其作用是，" + tail + "。"
    line = X.goes_on(sentence, "其作用是", "它的作用是什么")
    assert line.startswith("其作用是，甲乙丙丁戊己庚辛")
    assert len(line) <= X.LINE_LIMIT and line.count("，") >= 1
    # a clause that ends its sentence is left as it is, even when the quote goes on
    assert X.goes_on("其作用是保护。另有记载。", "其作用是保护", "它的作用是什么保护") == "其作用是保护"
    # a clause not in the sentence is left as it is
    assert X.goes_on(sentence, "别的", "它的作用是什么") == "别的"


# -- spans of clause questions by kind, and what decides between two values -----------------------

@pytest.mark.parametrize("sentence, expected", [
    ("3. 凡连续旷工3天以上的，公司有权解除劳动合同。", ["公司有权解除劳动合同"]),
    ("物业费按季度缴纳，逾期超过30天未缴的，物业公司将发出书面催缴通知。", ["物业公司将发出书面催缴通知"]),
    ("图书借期30天，逾期未还的，每册每天收取滞纳金0.1元。", ["每册每天收取滞纳金0.1元"]),
    ("严禁在林区吸烟，违者罚款200元。", ["罚款200元"]),
    ("图书借期30天，可续借一次。", []),  # no condition, no consequence
])
def test_consequences_follow_a_condition(sentence, expected):
    assert texts(X.consequences(sentence)) == expected


def test_frequencies_places_and_doers():
    assert texts(X.frequencies("物业费按季度缴纳，逾期")) == ["按季度"]
    assert texts(X.frequencies("公司每年组织员工体检一次。")) == ["每年组织员工体检一次"]
    assert X.frequencies("借期30天。") == []
    assert texts(X.places("服务中心位于柳岸路88号一楼，公交5路")) == ["位于柳岸路88号一楼"]
    assert X.places("服务中心总值班电话0513-8362214。") == []
    assert texts(X.doers("请假3天以内由部门经理审批，3天以上由分管副总经理审批。")) == ["部门经理", "分管副总经理"]


def test_the_side_of_a_threshold():
    assert X.direction("请假超过3天要谁审批") == 1 and X.direction("3天以上由分管副总经理审批") == 1
    assert X.direction("请假3天以内由部门经理审批") == -1 and X.direction("工龄不满10年的") == -1
    assert X.direction("请假要谁审批") == 0
    assert X.same_side("超过3天", "3天以上") and not X.same_side("超过3天", "3天以内")
    assert X.same_side("请假要谁审批", "3天以内")  # the question names no side: any agrees


def test_clock_colons_part_of_the_day_and_spaced_phones():
    s = "厨余垃圾投放时间为每天早上7:00至9:00和晚上18:00至20:00，其他时间请投放到东门。"
    evening = X.times(s)[1]
    assert X.clause_of(s, evening).startswith("厨余垃圾")  # 7:00's colon ends no clause
    assert X.day_part_before(s, evening) == "evening" and X.day_part_before(s, X.times(s)[0]) == "morning"
    assert X.day_parts("老年食堂晚饭几点开") == {"evening"} and X.day_parts("几点开") == set()
    assert texts(X.phones("联系电话0512-6677 3150。")) == ["0512-6677 3150"]


def test_a_row_field_is_the_piece_of_its_value():
    row = "线路：3号线 · 发车时间：7:25 · 座位数：45"
    seats = X.figures(row)[-1]
    assert X.piece_of(row, seats) == "座位数：45"
    assert X.best_figure(row, ["座位"], "个", noun="座位").text == "45"  # not the clock time beside it


def test_a_slot_of_the_object_counts_it():
    s = "停车场有车位85个。"
    assert X.best_figure(s, ["停"], "辆", slots=(("停", "车"),)).text == "85个"


def test_the_range_a_condition_sets():
    assert X.bounds("（二）工龄满10年不满20年的，年休假10天。") == {"年": (10.0, 20.0)}
    assert X.bounds("3天以上由分管副总经理审批") == {"天": (3.0, float("inf"))}
    assert X.bounds("工作了12年有几天年假", point=True) == {"年": (12.0, 12.5)}
    # a top said with 以内, 以下 takes its own figure in (3天以内 holds 3天); 超过 leaves its own out, as 不满 does
    assert X.bounds("请假3天以内由部门经理审批") == {"天": (float("-inf"), 3.5)}
    assert X.bounds("请假超过3天") == {"天": (3.5, float("inf"))}
    assert X.bounds("不满3天") == {"天": (float("-inf"), 3.0)}
    assert not X.same_side("请假超过3天要谁审批", "请假3天以内由部门经理审批")
    second = "（二）工龄满10年不满20年的，年休假10天。"
    assert not X.same_side("工龄不满10年年假几天", "年休假10天", second)  # the sentence's range decides
    assert X.same_side("工龄不满10年年假几天", "年休假5天", "（一）工龄满1年不满10年的，年休假5天。")
    assert X.same_side("工作了12年有几天年假", "年休假10天", second)
    assert X.same_side("迟到10分钟扣多少钱", "每次扣款20元", "迟到或早退30分钟以内的，每次扣款20元；")


def test_another_measure_of_time_is_another_unit():
    assert not X.measure_agrees("20年", "天") and not X.measure_agrees("30分钟", "小时")
    assert X.measure_agrees("4小时", "个小时") and X.measure_agrees("2个月", "月") and X.measure_agrees("3日", "天")


def test_a_mobile_number_is_asked_for_by_shouji():
    sentence = "服务中心总值班电话0513-8362214，夜间紧急情况请拨打社区值班手机13862791105。"
    assert X.best_phone(sentence, ["值班"], "晚上有急事该打哪个手机号").text == "13862791105"
    assert X.best_phone(sentence, ["值班电话"], "值班电话是多少").text == "0513-8362214"
    # a sentence with a landline only does not answer a question about a 手机 number
    assert X.best_phone("总值班电话0513-8362214。", ["值班"], "值班手机号是多少") is None


@pytest.mark.parametrize("sentence,reason", [
    ("苏镜宇原名苏博，因为婶婶认为他命中缺金，改名镜宇。", "因为婶婶认为他命中缺金"),
    ("由于尚恩长得不高，他在校时有个绰号叫做矮冬瓜。", "由于尚恩长得不高"),
    ("因是一个内陆国家，莱索托没有港口。", "因是一个内陆国家"),
    ("这是原因之一，因此他走了。", None),       # 原因 names a cause, 因此 draws a conclusion: neither gives one
    ("基因突变会导致疾病。", None),
    ("市民不应打电话询问天气，以免令电话线路繁忙。", "以免令电话线路繁忙"),  # a purpose said as what to avoid
    ("出门戴好口罩，免得被传染。", "免得被传染"),
    ("以免费价格供应午餐。", None),  # 以 and 免费: no 以免
])
def test_a_cause_answers_why(sentence, reason):
    got = X.best_reason(sentence, [])
    assert (got.text if got else None) == reason


def test_a_number_grouped_in_thousands_is_one_figure():
    s = "下游露天部分长度约1,000米，宽约30米。"
    fig = X.best_figure(s, ["长度"], None, None, "下游露天部分有多长", None)
    assert fig.text == "约1,000米"
    assert X.clause_of(s, fig) == "下游露天部分长度约1,000米"
    assert [f.text for f in X.figures("编号为10,20,30号。")] == ["10", "20", "30"]  # a list is no thousands


def test_a_description_asked_runs_on_past_its_first_clause():
    s = "雄鹿的鹿角分开为10-14个叉，有些甚至达至20个。"
    clause = "雄鹿的鹿角分开为10-14个叉"
    assert X.goes_on(s, clause, "雄鹿的鹿角有什么特点？") == "雄鹿的鹿角分开为10-14个叉，有些甚至达至20个"
    assert X.goes_on(s, clause, "雄鹿的鹿角怎么了？") == clause  # no description asked: the clause answers


@pytest.mark.parametrize("sentence,when", [
    ("自19世纪晚期，天城文被定为梵语的标准书写系统。", "19世纪晚期"),
    ("每到秋季举办青年成年礼。", "秋季"),
    ("即在元宵节前后各庙宇订有自己的行程。", "元宵节"),
    ("该寺始建于明代中叶。", "明代中叶"),
    ("这种舞步在80年代初流行。", "80年代初"),
    ("秋天气候凉爽，现代文学兴起。", None),   # weather and 现代 name no time
    ("结头龙生存于白垩纪晚期的中坎潘阶。", "白垩纪晚期"),   # a geological period
    ("腹卷出现在镰仓时代后期，现在被称为腹卷。", "镰仓时代后期"),
    ("纪念馆在纪律检查中关闭。", None),
    # no date nor age: the opening clause says after what the rest happened
    ("幕末引入西洋军制后，开始盛行起不结丁髷的风潮。", "幕末引入西洋军制后"),
    ("一局比赛结束之后，交换发球权。", "一局比赛结束之后"),
    ("比赛结束后，2001年3月双方交换球衣。", "2001年3月"),   # a date stands: it answers
    # a year of an era or a reign is a date; a count of years is not
    ("康熙七年，陕西省正式分为陕西、甘肃二省。", "康熙七年"),
    ("顺治二年四月，清军兵下江南。", "顺治二年四月"),
    ("持续十年，损失惨重。", None),
    # a period alone at the head of its clause; 此/这 name none
    ("朝鲜王朝时期，儒教取代了佛教成为国教。", "朝鲜王朝时期"),
    ("这个时期，他很忙。", None),
    ("在此期间，他离开了。", None),
])
def test_a_when_question_is_answered_by_an_age_a_season_or_a_festival(sentence, when):
    assert [d.text for d in X.dates(sentence)][:1] == ([when] if when else [])


def test_a_restating_clause_that_ends_its_sentence_goes_back():
    s = "2012年伦敦奥运，巴西开始注入新球员。随后夺得银牌。"
    # nothing follows in its sentence: what the question asks was said before it
    assert X.goes_on(s, "巴西开始注入新球员", "巴西开始注入新球员是在哪场运动会时？") == "2012年伦敦奥运，巴西开始注入新球员"
    # a clause that says something new stays alone
    assert X.goes_on(s, "巴西开始注入新球员", "2012年发生了什么？") == "巴西开始注入新球员"


def test_a_restating_clause_goes_where_the_rest_of_the_question_is_said():
    s = "西藏的基层政区是宗，大致相当于内地的县，但规模很小。"
    # the clause before speaks of 西藏 and 政区 the question also names: the answer is there
    assert X.goes_on(s, "大致相当于内地的县", "内地的县可以与西藏的哪一行政层级大致相当？") == "西藏的基层政区是宗，大致相当于内地的县"
    # what the section already says (西藏) needs no clause before
    s2 = "西藏的基层政区是宗，规模大致相当于内地的县，但人口很少。"
    assert X.goes_on(s2, "规模大致相当于内地的县", "内地的县可以与西藏的哪一行政层级大致相当？", frame="西藏的行政层级") == \
        "规模大致相当于内地的县，但人口很少"
    # nothing of the question before it: the line goes on after it
    assert X.goes_on(s, "大致相当于内地的县", "大致相当于内地的县的政区规模怎样？") == "大致相当于内地的县，但规模很小"


def test_a_question_for_the_subject_goes_back_to_it():
    s = "沙勿略是耶稣会创始人之一，只遗憾的于1552年死在中国广东沿海的上川岛。"
    clause = "只遗憾的于1552年死在中国广东沿海的上川岛"
    assert X.goes_on(s, clause, "哪一位耶稣会教士于1552年死在中国上川岛？") == "沙勿略是耶稣会创始人之一，" + clause
    assert X.goes_on(s, clause, "沙勿略于1552年死在哪里？") == clause  # the subject is asked of, not asked for
    d = "冠夫姓（或从夫姓），指女性结婚后改用丈夫的姓氏。"
    assert X.goes_on(d, "冠夫姓（或从夫姓）", "什么是冠夫姓？") == "冠夫姓（或从夫姓），指女性结婚后改用丈夫的姓氏"


@pytest.mark.parametrize("sentence,question,filled", [
    ("过了十余年后，孙权封王称帝，立孙登为太子。", "孙权封王称帝后立谁为太子？", "孙登"),
    ("索尼的父亲与叔父精通满文，受清太祖努尔哈赤重用。", "索尼的父亲和叔父受谁重用过？", "清太祖努尔哈赤"),
    ("孙权封王称帝，大赦天下。", "孙权封王称帝后立谁为太子？", None),   # the sentence does not frame it
    # the noun a question word asks for is the end of the answer's name
    ("楼曾瑞毕业于香港中文大学，后赴美。", "楼曾瑞毕业于哪个大学?", "香港中文大学"),
    ("王处直的家族世代隶属神策军。", "王处直的家族世代隶属什么军?", "神策军"),
])
def test_the_question_word_is_filled_from_the_sentence_that_frames_it(sentence, question, filled):
    got = X.frame_fill(sentence, question)
    assert (got.text if got else None) == filled


@pytest.mark.parametrize("sentence,keywords,reason", [
    # a cause runs on until the clause that says what it brought
    ("由于庙宇三面环山，而且那些山区都是郊野公园范围，所以如要循陆路进入，必须走山径。", ["陆路", "进入"],
     "由于庙宇三面环山，而且那些山区都是郊野公园范围"),
    # or until the clause that speaks of the asked deed
    ("由于岩画的历史价值，特别是在印第安人中的地位，很多景点必须在工作人员陪同下参观。", ["景点", "陪同", "参观"],
     "由于岩画的历史价值，特别是在印第安人中的地位"),
    # a purpose is one clause
    ("为了防止疫情扩散，全镇设立卡点，劝返外来人员。", ["设立", "卡点"], "为了防止疫情扩散"),
    # a stop ends a cause
    ("因为下雨。比赛推迟，改到周日。", ["比赛"], "因为下雨"),
])
def test_a_cause_runs_over_its_clauses(sentence, keywords, reason):
    assert X.best_reason(sentence, keywords).text == reason


@pytest.mark.parametrize("sentence,question,name", [
    # a name jieba cuts in two is one name
    ("马丁范布伦在1836年取得了总统职位。", "1836年时的美国总统为谁?", "马丁范布伦"),
    ("食肉牛龙亚科是由美国古生物学家保罗·塞里诺在1998年提出。", "食肉牛龙亚科是由谁提出的？", "保罗·塞里诺"),
    ("这是一本由史蒂芬·金出版的小说。", "这本小说的作者是谁？", "史蒂芬·金"),
    # the question's own name is never the answer, the other one is
    ("1952年，德怀特艾森豪将军击败了州长阿德莱史蒂文森。", "州长阿德莱史蒂文森于1952年输给谁?", "德怀特艾森豪"),
])
def test_a_person_asked_is_a_whole_name_the_question_does_not_state(sentence, question, name):
    from wenda.index import query as Q
    got = X.best_person(sentence, [w for w, _ in Q.keyword_tags(question)], question)
    assert got is not None and got.text == name


def test_a_question_asking_which_town_is_answered_by_the_section_the_line_opens_with():
    s = "全区200余名党员响应倡议,在党旗重温入党誓词表身份,配戴党徽领任务,率先设立15个高标准疫情防控执勤点,第一时间排查辖区。"
    clause = "率先设立15个高标准疫情防控执勤点"
    # the section (商务中心区, a 区 of the town-level kinds 乡镇 asks) names the town: no clause back
    assert X.goes_on(s, clause, "哪个乡镇设了15个执勤点", frame="商务中心区") == clause
    # without a frame, or where the frame is no place of the asked kind, the subject is still looked for
    back = X.goes_on(s, clause, "哪个乡镇设了15个执勤点")
    assert back.endswith(clause) and len(back) > len(clause) + 10
    assert X.goes_on(s, clause, "哪个村设了15个执勤点", frame="商务中心区") == back


def test_what_someone_did_is_a_run_of_clauses():
    s = "疫情防控工作开展以来,各驻村工作队充分发挥作用,主动到驻村卡点进行值守,与乡村干部一起共同防控疫情。"
    clause = "各驻村工作队充分发挥作用"
    assert X.goes_on(s, clause, "驻村工作队干了些啥").startswith(clause + ",主动到驻村卡点进行值守")
    assert X.goes_on(s, clause, "驻村工作队做了什么") != clause
    assert X.goes_on(s, clause, "驻村工作队怎么了") == clause  # no deed asked: the clause answers


def test_a_figure_keeps_its_unit_after_its_order_of_magnitude():
    from wenda.index.extract import figures, measure_agrees, unit_of

    said = lambda s: [(f.text, unit_of(f.text)) for f in figures(s)]  # noqa: E731
    assert said("明年全镇稻虾共作面积将扩大到1.5万亩。") == [("1.5万亩", "亩")]
    assert said("今年卖稻谷收入比去年多了4万多元。") == [("4万多元", "元")]  # not 4万, which would answer 多少亩
    assert said("共3万余人参加") == [("共3万余人", "人")] and said("全县1万多户") == [("1万多户", "户")]
    assert said("捐款10万余元") == [("10万余元", "万余元")] and said("人口100多万") == [("100多万", "万")]
    assert not measure_agrees("4万多元", "亩") and measure_agrees("2.6万株", "棵")
