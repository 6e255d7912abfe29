"""More kinds read from the nineteenth held-out set's misses, checked here on a document written for these
tests: how often a fee is paid, not the period its price is per (每月20元，每半年收取一次); a Latin word
written with a hyphen (wifi for Wi-Fi); the latest time asked (最晚 of «最晚延至下午1时»); the clause of the
people asked, said in the corpus's word (外国人 for 外籍学员); a day asked against ranges of days
(前一天 is within «2天内», not «3至6天»); a noun jieba glues to 比 (产量比去年); a rise asked as 涨; the
clause of one sentence whose range holds the distance asked (住6公里远: «3至8公里单程160元»).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

NOTICE = """雪松滑雪场学员须知

报名时须出示身份证件，外籍学员须出示护照。
储物柜租金每月20元，由前台每半年收取一次。
雪具归还时间为下午4时，延迟归还每小时加收30元，最晚延至下午6时。
课程开始前7天以上取消，全额退款；开课前3至6天取消，退还学费的50%；开课前2天内取消，学费不退。
休息大厅提供免费Wi-Fi和热饮。
今年雪场接待学员1.2万人次，同比增长15%。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("limits"), {"notice.txt": NOTICE})


def test_how_often_not_the_period_of_a_price(engine):
    ans = engine.ask("储物柜的钱多久交一次")
    assert ans.found and "每半年" in ans.answer, ans.answer


def test_a_latin_word_written_with_a_hyphen(engine):
    assert engine.answerer.reader.cased("wifi") == "Wi-Fi"
    ans = engine.ask("wifi要钱吗")
    assert ans.found and "Wi-Fi" in ans.answer, ans.answer


def test_the_latest_time_asked(engine):
    ans = engine.ask("雪具最晚可以拖到几点还")
    assert ans.found and "下午6时" in ans.answer, ans.answer


def test_the_clause_of_the_people_asked(engine):
    ans = engine.ask("外国人报名要带什么证件")
    assert ans.found and "护照" in ans.answer, ans.answer


def test_a_day_against_ranges_of_days(engine):
    from wenda.index.extract import range_excludes, range_holds

    assert range_holds("开课前一天取消", "开课前2天内取消，学费不退")
    assert range_excludes("开课前一天取消", "开课前3至6天取消，退还学费的50%")
    ans = engine.ask("开课前一天取消学费还退吗")
    assert ans.found and "2天内" in ans.answer, ans.answer


def test_a_noun_glued_to_the_comparing_word():
    from wenda.index.query import keyword_tags

    words = [w for w, _ in keyword_tags("茶叶产量比去年涨了多少")]
    assert "产量" in words and "产量比" not in words


def test_a_rise_asked_as_zhang(engine):
    ans = engine.ask("学员人次比去年涨了多少")
    assert ans.found and "15%" in ans.answer, ans.answer


def test_half_a_unit_is_not_said_by_a_rate_per_unit(engine):
    from wenda.index.extract import one_unit_said

    assert not one_unit_said("半天", "租金每天200元") and one_unit_said("半天", "租金半天120元，全天200元")
    ans = engine.ask("储物柜租半个月多少钱")  # «储物柜租金每月20元»: no price for half a month
    assert not ans.found, ans.answer
    ans = engine.ask("储物柜租一个月多少钱")
    assert ans.found and "20元" in ans.answer, ans.answer


CLAUSES = """接送服务

提供上门接送，3公里内单程80元，3至8公里单程160元，超过8公里不接送。
"""


@pytest.fixture(scope="module")
def clauses(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("clauses"), {"pickup.txt": CLAUSES})


@pytest.mark.parametrize("question, said", [
    ("住2公里外接送一趟多少钱", "80元"),  # the clause whose range holds the case, in one sentence of three
    ("住6公里远接送单程多少钱", "160元"),
    ("住12公里远能来接吗", "超过8公里不接送"),
])
def test_the_clause_whose_range_holds_the_case(clauses, question, said):
    ans = clauses.ask(question)
    assert ans.found and said in ans.answer, (question, ans.answer)
