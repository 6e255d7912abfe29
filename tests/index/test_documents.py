"""index/: documents of every shape and format answered through the real engine (real model,
FAISS and BM25): subjects only in headings, answers only in table cells or FAQ answers,
the document's own date, and refusals."""

from __future__ import annotations

import shutil

import pytest

from wenda.corpus.load import read_corpus
from support import DATA, answered_right, folder_engine, misses, questions, text_engine

QUESTIONS = questions("doc_questions.jsonl")


@pytest.fixture(scope="module")
def docs_engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "docs")


def test_answers_and_refusals_at_least_95_percent(docs_engine):
    answerable = [q for q in QUESTIONS if q["answerable"]]
    refusals = [q for q in QUESTIONS if not q["answerable"]]
    assert len(answerable) >= 30 and len(refusals) >= 5
    wrong = misses(docs_engine, answerable)
    assert 1 - len(wrong) / len(answerable) >= 0.95, wrong
    assert all(answered_right(docs_engine, q) for q in refusals)


def test_subject_only_in_a_heading(docs_engine):
    ans = docs_engine.ask("厕所革命由哪个部门牵头？")
    assert ans.found and "县农业农村局" in ans.answer
    assert ans.section == "扎实推进农村厕所革命"  # the innermost heading names the section
    assert ans.quotes[0].text == "牵头单位：县农业农村局。"


def test_a_faq_question_is_never_the_answer(docs_engine):
    ans = docs_engine.ask("学校有校车吗？")
    assert ans.found and "没有校车" in ans.answer
    assert all("？" not in q.text for q in ans.quotes)


def test_table_row_quoted_readably_with_its_headers(docs_engine):
    ans = docs_engine.ask("住宿费每学期多少钱？")
    assert ans.found and "600元" in ans.answer
    assert ans.quotes[0].text == "收费项目：住宿费 · 标准：每学期600元 · 备注：仅住校生缴纳"
    assert "|" not in ans.answer


def test_clock_times_are_one_token(docs_engine):
    ans = docs_engine.ask("晚自习几点下课？")
    assert ans.found and ans.span == "21:10"


def test_source_line_names_title_and_date(docs_engine):
    from wenda.bot.format import render

    ans = docs_engine.ask("这份通知是哪天发的？")
    assert ans.found and ans.answer == "2025年2月26日" and ans.section is None  # the document's, no section's
    q = ans.quotes[0]
    assert q.title == "关于印发澄川县2025年农村人居环境整治提升行动方案的通知" and q.date == "2025年2月26日"
    text = render(docs_engine.ask("县财政安排了多少专项资金？"))
    assert "—— 《关于印发澄川县2025年农村人居环境整治提升行动方案的通知》 · 2025年2月26日 · 保障措施" in text
    out = ans.to_json()["quotes"][0]
    assert out["title"] == q.title and out["date"] == q.date


def test_skipped_files_are_reported_not_fatal(tmp_path):
    shutil.copy(DATA / "docs" / "news.txt", tmp_path / "news.txt")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (tmp_path / "notes.rtf").write_text("{\\rtf1 hello}", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["news.txt"]
    reasons = {s.path: s.reason for s in corpus.skipped}
    assert set(reasons) == {"broken.docx", "scan.pdf", "notes.rtf"}
    assert "Word" in reasons["broken.docx"] and "PDF" in reasons["scan.pdf"] and "unknown" in reasons["notes.rtf"]


@pytest.mark.parametrize("sentence, figures, dates", [
    ("高一年级晚自习21:10结束，住校生21:40前回到宿舍。", ["21:10", "21:40"], []),
    ("高一新生于8月28日8:00—11:30到学校报到", ["8:00—11:30"], ["8月28日"]),
    ("（二）集中整治阶段（3月16日—9月30日）", [], ["3月16日—9月30日"]),
    ("联系电话：0396-7712345，手机13912345678。", ["0396-7712345", "13912345678"], []),
    ("设卡点43个，捐款2万元，120人参加。", ["43个", "2万元", "120人"], []),
])
def test_times_ranges_and_phones_are_single_tokens(sentence, figures, dates):
    from wenda.index import extract

    assert [f.text for f in extract.figures(sentence)] == figures
    assert [d.text for d in extract.dates(sentence)] == dates


def test_a_phone_number_or_clock_time_counts_nothing():
    from wenda.index import extract

    assert extract.unit_fit("0396-7731120", "张") is None and extract.unit_fit("21:10", "人") is None
    assert extract.unit_fit("0396-7731120", None) == 0.0
    row = "乡镇：石门乡 · 卫生院：石门乡卫生院 · 院长：葛春燕 · 值班电话：0396-7745218"
    assert extract.field_value(row, ["石门乡", "卫生院", "院长"]).text == "葛春燕"
    assert extract.field_value(row, ["值班电话"]).text == "0396-7745218"


def test_a_key_value_sentence_inside_prose_answers_with_its_value(tmp_path):
    """«牵头部门：后勤处。» after a prose sentence of the same paragraph: the answer is the value,
    not the key that matched the question."""
    engine = text_engine(tmp_path, {"notice.txt": (
        "关于开展秋季安全检查的通知\n\n一、检查内容\n\n（一）用电安全。重点检查宿舍私拉电线，每间宿舍每月检查不少于2次。牵头部门：总务科。\n\n"
        "（二）饮水安全。饮水机每季度消毒一次。联系人：赵青。\n")})
    ans = engine.ask("用电安全由哪个部门牵头？")
    assert ans.found and ans.span == "总务科" and "牵头部门：总务科" in ans.quotes[0].text
    assert engine.ask("饮水安全的联系人是谁").span == "赵青"
