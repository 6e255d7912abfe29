"""Kinds of the thirty-seventh held-out set (a notice as a PDF, a Hong Kong party room's rules), checked here on
documents written for these tests:
- a title the page wrapped over two lines («…运动会报» / «名工作的通知») is one title, whatever its first words;
- a time asked of a deed (什么时候开始报名) is given by the line its label names («1. 报名时间：…»), below the notice's
  lead-in;
- the date of the document itself (通知是哪天发的) is its signature's date line;
- a fee asked by the deed it is paid at (报名费) is the fee a line says is paid then («参赛费…，在网上报名时缴纳»);
- a title's owner ends where a space sets the branch apart («欢聚派对室 沙田店 租用须知»), and the owner's words a
  question names (派对室) are said by every line of its document;
- an opening hour asked (几点开门) is given by a bare range under an hours heading («## 开放时间» / «每日10:00至…»);
- a deed another title says (做好 of «关于做好…的通知») names no subject a line must say.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

NOTICE = """安宁市体育局关于做好2028年春季全民健身运动会报
名工作的通知
各有关单位：
根据全民健身有关规定，现将我市2028年春季全民健身运动会报名工作的有关事项通知如下：
一、报名时间和方式
1. 报名时间：2028年3月6日至3月12日。
2. 报名方式：一律通过网上报名系统报名，不接受现场报名。
3. 参赛费每人30元，在网上报名时缴纳。
二、比赛时间和地点
1. 比赛时间：2028年4月8日至4月9日。
2. 比赛地点：市体育中心。
安宁市体育局
2028年2月20日
"""

ROOM = """# 欢聚派对室 沙田店 租用须知

## 开放时间

- 每日10:00至翌日01:00
- 农历年初一至初三休息

## 付款

- 付款方式：现金及转数快；恕不接受信用卡。
"""

WARD = """滨江医院探视须知

普通病区的探视时间为每天15:00至20:00。
重症监护室每天探视一次，时间为15:30至16:00。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("titles"), {
        "安宁市体育局关于做好2028年春季全民健身运动会报名工作的通知.txt": NOTICE,
        "欢聚派对室沙田店租用须知.md": ROOM, "滨江医院探视须知.txt": WARD})


def test_a_title_wrapped_over_two_lines_is_one():
    from wenda.corpus.parse import parse_document

    doc = parse_document(NOTICE, "notice")
    assert doc.title == "安宁市体育局关于做好2028年春季全民健身运动会报名工作的通知"


def _first(ranked, words: str):
    """The candidates with the one whose text holds `words` put first (as the retrievers may rank it)."""
    top = next(s for s in ranked if words in s.hit.chunk.text)
    return [top] + [s for s in ranked if s is not top]


def test_a_deeds_time_is_its_labelled_line(engine):
    from wenda.index.decide import time_holder

    q, ranked = engine.answerer.rank("运动会什么时候开始报名")
    held = time_holder(engine.answerer, q, _first(ranked, "通知如下"))  # below the lead-in
    assert held is not None and "报名时间：" in held.hit.chunk.text
    ans = engine.ask("运动会什么时候开始报名")
    assert ans.found and "3月6日" in ans.answer, ans.answer


def test_the_documents_own_date(engine):
    from wenda.index.decide import candidates, dated_holder

    q, ranked = engine.answerer.rank("这个运动会报名通知是哪天发的")
    held = dated_holder(engine.answerer, q, candidates(engine.answerer, q, _first(ranked, "通知如下")))
    assert held is not None and held.hit.chunk.text.startswith("2028年2月20日")
    ans = engine.ask("这个运动会报名通知是哪天发的")
    assert ans.found and "2028年2月20日" in ans.answer, ans.answer


def test_a_fee_named_by_when_it_is_paid():
    from wenda.index.support import fee_paid_at, holds

    line = "参赛费每人30元，在网上报名时缴纳。"
    assert fee_paid_at("报名费", line) and holds("报名费", line)
    assert not fee_paid_at("报名费", "报名时须上传本人照片。")  # no fee said
    assert not fee_paid_at("服务费", line)


def test_a_fee_paid_when_registering_answers_the_registration_fee(engine):
    ans = engine.ask("运动会报名费多少钱")
    assert ans.found and "30元" in ans.answer, ans.answer


def test_a_titles_owner_before_a_space(engine):
    from wenda.index.corpus_view import owner_of

    assert owner_of("欢聚派对室 沙田店 租用须知") == "欢聚派对室"
    ans = engine.ask("派对室收不收信用卡")
    assert ans.found and "恕不接受信用卡" in ans.answer, ans.answer


def test_opening_hours_under_an_hours_heading(engine):
    ans = engine.ask("派对室每天几点开门")
    assert ans.found and "10:00" in ans.answer, ans.answer


def test_a_deed_in_another_title_names_no_subject(engine):
    q = engine.answerer.analyse("派对室的付款方式要做好什么准备")
    chunk = next(c for c in engine.answerer.chunks if "恕不接受信用卡" in c.text)
    assert "做好" not in engine.answerer.titled_elsewhere(q, chunk)  # «关于做好…报名工作的通知» is no party room's
