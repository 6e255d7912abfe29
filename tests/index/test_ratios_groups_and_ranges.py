"""Kinds found in new users' tries (a childcare centre's rules, an ice rink's rules, a trampoline park's prices,
an ETC FAQ, a student-loan notice in PDF, an exit-entry FAQ, a music room's guide in Hong Kong usage), checked
here on documents written for these tests (a swimming school's rules, a roller rink's prices, a permit office's
answers):
- a count asked per one of another (一个老师带几个孩子) is answered by a ratio (1:4), never by a length of time
  (6至12个月: 个 counts no months); a ratio the question names (一对三) is another case than the row's (一对一);
- snacks counted after meals (两餐两点) are no clock time;
- 哪个班…最便宜 is the table's row with the least in the asked column;
- a quantity the asker states picks the line whose range holds it, for a yes or no (请了3天假，学费能退不: «不足5个
  工作日的不予退还») and for what follows (多待了5天会咋样: «不满10天的，给予警告»); a range said before all of a
  sentence's figures holds for each («儿童票（身高1.2米至1.4米）平日60元，周末75元»), and 一米三 is 1.3米;
- what follows a deed not done (没提前说就退学会怎样) is the consequence of its negated condition;
- a row named for another group of people (儿童票) is not the price asked of 大人;
- words as askers say them: 饭钱 (伙食费), 三胎 (三孩), 少交 (减免), 几台小车 (3辆…客车), 存 (充值), 场长 a post,
  负责人 the head of the unit, 小孩 an age a range holds (未满16周岁), 澳门 said in 港澳;
- a line the page broke inside a word («…。联系» then «人：…») is one sentence.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

SCHOOL = """海豚游泳学校管理规定

第一章 班级和收费
第一条 学校按年龄设置三类班级：（一）启蒙班，招收4至6岁的儿童，每班不超过12人，教练与学员的比例不低于1:4；（二）提高班，招收7至12岁的儿童，每班不超过16人。
第二条 学校每天提供两餐两点，午餐时间为11:30—12:30。
第三条 学员伙食费每人每天20元。
第四条 三孩家庭每月减免学费200元。
第五条 学员连续请假5个工作日以上（含5个工作日）的，按请假天数退还学费的50%；请假不足5个工作日的不予退还。
第六条 学员申请退学的，应当提前10天提交书面申请；未提前申请的，扣除半个月学费。
第七条 校长孙海波全面负责学校工作。

| 班级 | 全日班（元/月） | 半日班（元/月） |
| --- | --- | --- |
| 启蒙班 | 2400 | 1300 |
| 提高班 | 2100 | 1150 |
| 竞技班 | 2600 | 1500 |
"""

RINK = """飞轮旱冰场须知

第一条 旱冰场场长李文涛全面负责安全管理，前台经理周婷负责票务。
第二条 儿童票（身高1.2米至1.4米）平日50元，周末及节假日70元。身高1.4米以上的儿童购买成人票。
第三条 成人票平日80元，周末及节假日100元。

| 项目 | 时长 | 价格 | 说明 |
| --- | --- | --- | --- |
| 儿童畅滑票 | 60分钟 | 45元 | 8周岁以下须有1名成人陪同 |
| 成人畅滑票 | 120分钟 | 90元 | 含护具 |
| 私教课（一对一） | 每小时 | 300元 | 须提前预约 |

第四条 储值卡可在前台充值，单卡余额上限为3000元。
"""

PERMITS = """临江市证件办理问答

问：一个人能给几辆车办通行卡？
答：同一身份证名下最多可为2辆7座及以下客车办理通行卡。

问：护照有效期是多久？
答：未满16周岁人员的护照有效期为5年，16周岁以上为10年。

问：在港澳逾期滞留怎么处理？
答：逾期滞留不满10天的，给予警告；逾期滞留10天以上的，1年内不予签发赴港澳签注。

4. 咨询电话：市证件服务中心综合科0736-5109876（工作日）；监督电话：0736-5109880。联系
人：综合科科长刘晓燕。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("ratios"), {"海豚游泳学校管理规定.txt": SCHOOL,
                                                          "飞轮旱冰场须知.md": RINK, "临江市证件办理问答.txt": PERMITS})


def test_a_count_per_one_is_a_ratio(engine):
    ans = engine.ask("启蒙班一个教练带几个小朋友")
    assert ans.found and ans.span == "1:4", (ans.answer, ans.span)


def test_months_are_no_count_of_things():
    from wenda.index.extract import unit_fit

    assert unit_fit("12个月", "个") is None
    assert unit_fit("10个", "个") == 0.0


def test_another_ratio_is_another_case(engine):
    ans = engine.ask("私教课一对三一个人多少钱")
    assert not ans.found, ans.answer
    ans = engine.ask("私教课一对一多少钱")
    assert ans.found and "300元" in ans.answer, ans.answer


def test_snacks_are_no_clock_time():
    from wenda.index.extract import clock_times

    assert clock_times("学校每天提供两餐两点，午餐时间为11:30—12:30。") == [
        s for s in clock_times("学校每天提供两餐两点，午餐时间为11:30—12:30。") if s.text == "11:30—12:30"]


def test_the_cheapest_row_of_a_column(engine):
    ans = engine.ask("哪个班的全日班最便宜")
    assert ans.found and "提高班" in ans.answer, ans.answer
    ans = engine.ask("哪个班的半日班最贵")
    assert ans.found and "竞技班" in ans.answer, ans.answer


def test_a_stated_quantity_picks_its_range(engine):
    ans = engine.ask("孩子请了3天假，学费能退不")
    assert ans.found and "不予退还" in ans.answer, ans.answer
    ans = engine.ask("在澳门多待了5天回来会咋样")
    assert ans.found and "给予警告" in ans.answer, ans.answer
    ans = engine.ask("小孩一米三，周末去门票多少钱")
    assert ans.found and ans.span == "70元", (ans.answer, ans.span)


def test_what_follows_a_deed_not_done(engine):
    ans = engine.ask("没提前打招呼直接退学会怎样")
    assert ans.found and "扣除半个月学费" in ans.answer, ans.answer


def test_a_row_of_another_group(engine):
    ans = engine.ask("大人滑60分钟多少钱")
    assert not ans.found or "45元" not in ans.answer, ans.answer


def test_words_as_askers_say_them(engine):
    ans = engine.ask("饭钱一天多少")
    assert ans.found and "20元" in ans.answer, ans.answer
    ans = engine.ask("我们是三胎家庭，每个月能少交多少")
    assert ans.found and "200元" in ans.answer, ans.answer
    ans = engine.ask("我一个身份证最多能给几台小车办")
    assert ans.found and ans.span == "2辆", (ans.answer, ans.span)
    ans = engine.ask("储值卡最多能存多少钱")
    assert ans.found and "3000元" in ans.answer, ans.answer


def test_posts_and_people(engine):
    ans = engine.ask("旱冰场场长叫啥名字")
    assert ans.found and ans.span == "李文涛", (ans.answer, ans.span)
    ans = engine.ask("综合科负责人是谁")
    assert ans.found and ans.span == "刘晓燕", (ans.answer, ans.span)
    ans = engine.ask("小孩的护照有效期几年")
    assert ans.found and ans.span == "5年", (ans.answer, ans.span)


def test_a_word_the_page_broke():
    from wenda.corpus.parse import parse_document

    doc = parse_document(PERMITS, "临江市证件办理问答.txt")
    sentences = [s.text for sec in doc.sections for p in sec.paragraphs for s in p.sentences]
    assert any("联系人：综合科科长刘晓燕" in s for s in sentences), sentences
