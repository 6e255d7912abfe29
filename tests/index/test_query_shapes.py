"""Question analysis for words jieba glues, question words it splits, codes and measures asked."""

from wenda.index import query as Q


def words(question: str) -> list[str]:
    return [w for w, _ in Q.keyword_tags(question)]


def test_glued_words_are_cut_back():
    assert "车厢" in words("一节车厢能放几辆单车") and "节车厢" not in words("一节车厢能放几辆单车")
    assert "放" in words("一节车厢能放几辆单车")  # 能放: a helping verb glued to the deed
    assert "卡里" not in words("老年卡里的钱能退吗") and Q.entities("老年卡里的钱能退吗") == []
    assert "要求" in words("报名有什么要求")  # a word jieba's dictionary knows well stays whole


def test_question_words_leave_the_question_whole():
    assert "点收" not in words("大年三十捷运几点收车") and "收车" in words("大年三十捷运几点收车")
    assert "礼拜" not in words("礼拜几可以带脚踏车") and "礼拜" not in Q.entities("礼拜几可以带脚踏车")
    assert words("这个净化器多大功率") == ["净化器", "功率"]
    assert "东西" not in words("在车上吃东西罚多少") and Q.entities("吃东西") == []
    assert "高" in words("大赛的级别有多高")  # at the end, 多高 is left as it was


def test_a_measure_asked_by_its_adjective():
    assert Q.asked_kind("机器有多重") == "weight" and "重量" in words("机器有多重")
    assert Q.asked_kind("学校离地铁站多远") == "distance"
    assert Q.asked_kind("深水区有多深") == "length"
    assert Q.asked_kind("级别有多高") is None  # a level, not a length


def test_codes_are_numbered_names():
    assert Q.numbered_names("显示屏出现E2是什么意思") == ["E2"]
    assert Q.numbered_names("KJ-500多重") == ["KJ-500"]
    assert Q.numbered_names("地铁2号线") == ["2号线"]


def test_the_kind_a_regulation_or_faq_question_asks():
    assert Q.asked_kind("热线电话晚上几点就没人接了") == "clock"  # a time, though 热线 is said
    assert Q.asked_kind("延时还车有几分钟不收费") is None  # minutes, not money
    assert Q.asked_kind("押金要交多少") == "money"
    assert Q.asked_kind("多久对运营单位考核一次") == "frequency"
    assert Q.asked_kind("邮件附件最大能发多大") == "size" and Q.asked_kind("孩子今年多大") == "age"
    assert Q.asked_kind("公司网速有多快") == "speed"
    assert Q.asked_kind("小孩多高以下不用买票") == "length" and Q.asked_kind("级别有多高") is None
    assert Q.asked_kind("打印机卡纸了打哪个分机") == "phone"


def test_a_limit_asked_is_one_word():
    assert "最短" in words("密码最短要几位") and "短要" not in words("密码最短要几位")
    assert "最晚" in words("送餐最晚几点要订")


def test_a_modal_is_no_deed_of_a_count():
    assert Q.predicate_words("团体票要多少人才能买", ["团体票", "才能", "买"], None) == ()


def test_which_end_of_a_range():
    assert Q.range_end("捷运几点开始营运") == 0
    assert Q.range_end("报名截止到什么时候") == 1
    assert Q.range_end("几点关门") is None


def test_the_role_a_who_question_asks():
    assert Q.asked_role("学校校长是谁") == "校长"
    assert Q.asked_role("食堂的厨师长是谁") == "厨师长"
    assert Q.asked_role("许峰是谁") is None  # a name, no role


def test_a_question_for_an_article_number():
    assert Q.asks_article("第几条规定了丢车怎么赔") and Q.asks_article("哪一条规定了押金")
    assert not Q.asks_article("押金多少钱") and not Q.asks_article("这条路叫什么")


def test_until_and_from_ask_an_end():
    assert Q.range_end("图书馆开到几点") == 1
    assert Q.range_end("从几点可以进场") == 0
    assert Q.range_end("几点到") is None  # arriving, no range
