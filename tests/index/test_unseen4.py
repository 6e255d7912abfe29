"""A fourth held-out set (tests/data/unseen4), written before any fix of this session and in shapes
the first three lack: a city regulation with 第X章 chapters and 第X条 articles (押金200元, 6:00至22:00,
每小时加收2元, 7个工作日, a hotline), a company's recruitment notice in Markdown (a table of posts with
quotas, places and pay ranges such as 8000—11000元; conditions, benefits, a deadline, an e-mail and a
contact), an IT helpdesk FAQ mixing English (Wi-Fi, VPN, EasyConnect, 10GB, 50MB, 分机8021) and a
cable car's price list and hours in Traditional characters as an .xlsx workbook (three sheets).
Questions in a user's words (tests/data/unseen4_questions.jsonl: 压金 for 押金, 单车 for 自行车, 仓管 for
仓库管理员, 彩打 for 彩色打印, wifi, HR, email, Traditional characters) and questions they cannot answer
by design (an absent entity, a sibling's attribute, a modifier the documents lack, another currency).
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, folder_engine, questions
from wenda.corpus.read_sheet import read_xlsx

QUESTIONS = questions("unseen4_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen4")


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 90
    assert sum(not q["answerable"] for q in QUESTIONS) >= 25
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = sorted((DATA / "unseen4").iterdir())
    assert {p.suffix for p in files} == {".txt", ".md", ".xlsx"}
    text = "".join(read_xlsx(p) if p.suffix == ".xlsx" else p.read_text(encoding="utf-8") for p in files)
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) when the set was written, before any fix: 66/105, 20/29 (21/29 once
# 邮箱容量有多少TB, which 10GB answers in another scale, became 邮件附件最多能发几个). 80/105 once
# 第五条 is no count, 一辆 answers 几辆, 3个工作日 answers 几天, 80% 打几折, a typo read as the corpus
# word (压金, 帐号), a row's figure taken from the asked column (来回), 几点 beats 热线, 不能超过 is an
# upper bound; 26/29 once a modifier the corpus never uses (电动自行车) must be said and 多快 asks a
# speed; 84/105 once one end of a range is asked (几点开始), a stated quantity picks its clause (干满
# 三年: 10天) and a preamble gives its purpose (为规范…); 86/105 once 第几条 asks an
# article's number and a quantity (一间) is no typo; 87/105 once a typo's fix adds no negation
# (桩位满: not 未满). Left: words only the title or another
# script holds (纜車 in a Traditional workbook: 坐纜車上山要多久, 可以帶狗坐纜車嗎), FAQ answers that are
# the next sentence (打不开怎么办), a row read as a whole for a field it lacks (叉车工要有什么证), a
# condition clause that singles out a sibling (车子弄坏了 vs 丢失), deeds the corpus never says (补办).
# After the merge with words2 and main's own changes: 87/105, 25/29 (one refusal less than the branch alone;
# which merged change costs it was not traced).
# 88/105, 26/29 once a 谁 is answered by whoever does the deed (彩色打印须部门负责人审批 for 彩打要谁批准)
# and a role asked of a person (负责人是谁) is no body's (临川公共交通集团有限公司 no longer answers).
# Merged (session 9): 90/105, 26/29 (VPN, Wi-Fi asked lower-cased: matched as the corpus writes them).
# The floor leaves one answer of slack.
# manual: 91/105, 26/29 (90 before) once 怎么办 is answered by the instruction, not the cause before it
# (wifi连上了网页打不开怎么办: 请在浏览器中手动打开 10.1.1.1 完成认证, not 多数情况是认证页面未弹出).
# rows: 92/105, 26/29 once A2's 2 is no count (一共要招多少个货车司机: the row's 10名) and an open question a
# row answers must name the value's column (叉车工要有什么证: the 任职条件, not the row's 工作地点).
# Merged (session 10): 92/105, 26/29 (公司现在有多少员工 lost: the 员工宿舍 sentence now ranks first and is vetoed).
# sheet3: 95/105, 26/29 once a word only a document's title says (纜車) restricts the candidates to that
# document (可以帶狗坐纜車嗎, 颳大風纜車還開嗎, 禮拜一纜車有開嗎, the last no longer answered by the regulation).
# 96/105, 26/29 once a candidate below vetoed ones answers when it says every keyword, more than they do
# (公司现在有多少员工: 现有员工1200余人 below the vetoed 员工宿舍 sentence).
# 96/105, 27/29 once a sentence naming another of the things its heading lists (车辆损坏与丢失: 丢失) is
# not the asked one's (车子弄坏了要在多长时间内报告).
# Merged (session 11, with notice3: 服务台早上几点上班 by a clock time in the morning): 97/105, 27/29.
# sibling5: 97/105, 28/29 once a deed done again (补办) is not answered by the first deed's deposit (办理).
# The floor leaves one answer of slack.
# Merged (session 13): 97/105, 28/29.
FLOOR = {"answers": 96, "refusals": 28}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 15


def test_an_article_number_is_no_figure(engine):
    ans = engine.ask("办租车卡要交多少压金")  # 压金: a typo of 押金, no sibling of it
    assert ans.found and ans.figures == ["200元"]
    assert engine.ask("一张卡一次最多能借几辆车").figures == ["一辆"]  # not 八条 of 第八条


def test_measures_of_a_notice_and_an_faq(engine):
    assert engine.ask("退卡以后押金多久能退回来").figures == ["7个工作日"]
    assert engine.ask("试用期工资打几折").figures == ["80%"]
    assert engine.ask("邮件附件最大能发多大").figures[0].endswith("50MB")
    assert not engine.ask("邮件附件最多能发几个").found  # a size, no count
    assert not engine.ask("公司网速有多快").found  # no speed is said


def test_a_row_answers_from_the_column_asked(engine):
    assert engine.ask("全票来回票多少钱").figures == ["300元"]  # 來回, not 單程's 180元
    assert engine.ask("团体来回票多少钱").figures == ["250元"]


def test_one_end_of_a_range(engine):
    assert engine.ask("早上几点开始可以借单车").figures == ["6:00"]
    assert "3月31日" in engine.ask("报名截止到哪天").answer


def test_a_modifier_or_role_the_documents_lack(engine):
    assert not engine.ask("电动自行车怎么收费").found
    assert not engine.ask("信息中心副主任是谁").found
    assert "郑海涛" in engine.ask("信息中心的主任是谁").answer


def test_the_article_that_says_it(engine):
    ans = engine.ask("第几条规定了丢车怎么赔")
    assert ans.found and ans.span == "第十二条" and "800元" in ans.quotes[0].text


def test_a_quantity_is_no_typo(engine):
    assert engine.ask("宿舍几个人住一间").figures == ["4人"]  # 一间 is not read as 一件 of 每人限帶一件


def test_a_typo_is_never_read_as_a_negation(engine):
    ans = engine.ask("还车的时候桩位满了怎么办")  # 位满 sounds as 未满; the fix must add no 未
    assert ans.found and "延时还车" in ans.answer


def test_a_word_only_a_title_says_names_its_document(engine):
    """纜車 is only in the workbook's title: its rows are the candidates, not the regulation's sentences."""
    ans = engine.ask("可以帶狗坐纜車嗎")
    assert ans.found and "裝入籠內" in ans.answer, ans.answer
    ans = engine.ask("禮拜一纜車有開嗎")
    assert ans.found and "公休" in ans.answer, ans.answer
    assert engine.answerer.named_documents(engine.answerer.analyse("坐纜車上山要多久")) == {
        next(c.doc for c in engine.chunks if "纜車" in c.title)}
    assert engine.answerer.named_documents(engine.answerer.analyse("办租车卡要交多少压金")) == set()


def test_a_vetoed_first_candidate_does_not_hide_one_that_says_every_word(engine):
    ans = engine.ask("公司现在有多少员工")  # «员工宿舍，宿舍为4人间» ranks first; its 4人 counts rooms
    assert ans.found and ans.figures == ["1200余人"], ans.answer


def test_a_sentence_on_another_thing_its_heading_lists_is_refused(engine):
    assert not engine.ask("车子弄坏了要在多长时间内报告").found  # «自行车丢失的…2小时内…报告», under 车辆损坏与丢失
    ans = engine.ask("丢车要在多长时间内报告")  # the listed thing the sentence does name
    assert ans.found and ans.figures == ["2小时"], ans.answer


def test_a_deed_done_again_is_not_the_first_deed(engine):
    """members.redone_deed: «办理租车卡须缴纳押金200元» is a first card's deposit, no 补办's fee."""
    assert not engine.ask("租车卡丢了补办要多少钱").found
    assert engine.ask("办租车卡要交多少压金").figures == ["200元"]
