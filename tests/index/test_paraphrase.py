"""Questions in the asker's words, not the documents' (tests/data/paraphrase_questions.jsonl): synonyms,
colloquial phrasing, typos, Traditional characters, English mixed in, and questions that the documents
cannot answer by design (an attribute of a section that lacks it, a sibling qualifier, an absent
entity), through a real engine over the bundled article and three other documents."""

from __future__ import annotations

import re
import shutil

import pytest

from support import DATA, REPO, engine_config, figures_of_another_unit, misses, questions
from wenda.index.engine import Engine


QUESTIONS = questions("paraphrase_questions.jsonl")
# A park notice written after the deed rules were built (tests/data/notices/park.txt): opening and
# closing times in one sentence, dates of closing and reopening, a parking-space count.
NOTICE = questions("notice_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("paraphrase")
    corpus = root / "corpus"
    shutil.copytree(DATA / "answers", corpus)
    shutil.copy(DATA / "villages" / "spring_farming.txt", corpus / "spring_farming.txt")
    shutil.copy(DATA / "notices" / "park.txt", corpus / "park.txt")
    for f in (REPO / "corpus" / "data").glob("*.txt"):  # the bundled article beside them
        shutil.copy(f, corpus / f.name)
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_the_set_is_large_and_has_both_kinds():
    assert len(QUESTIONS) >= 110
    assert sum(not q["answerable"] for q in QUESTIONS) >= 40
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)


# Measured (answers, refusals): 63/90, 36/42 before the lexicon; 78/90, 36/42 with it; 80/90, 40/42
# once a value must answer what is asked and not its sibling (support.opposed, Answerer.fits_asked);
# 82/90, 40/42 once a neighbour of the same first character holds a word (卡点 for 卡口: lexicon.kin_in);
# 82/90, 41/42 once what the counted did is asked too (多少人发烧: query.predicate_words).
# With the park notice in the corpus: 81/90, 41/42; then 82/90 once 不懈努力 is no negation of 努力;
# 84/90, 42/42 once a count per another unit is refused (每个乡镇 / 每个村), 良种 is a kind of 种子
# (synonyms.root_of) and the asker's unsaid characters pick the piece (外省 → 其余省份).
# 87/90 once the dictionary holds a word for the corpus's (CC-CEDICT glosses, index/synonyms.py:
# 检查站 and checkpoint by 卡 of 关卡, 卡子, 岗卡 → 卡点), 88/90 once 检查点, which no dictionary lists,
# borrows the gloss of 检查站 ("checkpoint", chosen by e5 among the glosses of 检查's words).
# Left: 商务中心区弄了几个值班点 (值班 → 执勤 is known, but the 执勤点 sentence is ranked 31st, past the
# 30 candidates), and 商务中心区设了多少卡点, which tests/data/answer_questions.jsonl wants refused.
AT_LEAST = {"answers": 0.97, "refusals": 0.95}


def test_answers_hold_what_this_branch_reached(engine):
    answerable = [q for q in QUESTIONS if q["answerable"]]
    wrong = misses(engine, answerable)
    assert 1 - len(wrong) / len(answerable) >= AT_LEAST["answers"], wrong


def test_answers_at_least_95_percent(engine):
    answerable = [q for q in QUESTIONS if q["answerable"]]
    wrong = misses(engine, answerable)
    assert 1 - len(wrong) / len(answerable) >= 0.95, wrong


@pytest.mark.parametrize("question", ["崔桥镇一共有多少个检查站", "崔桥镇设了多少个检查点？",
                                      "崔桥镇一共设了多少checkpoint", "崔橋鎮一共有多少個檢查站"])
def test_a_checkpoint_in_other_words_counts_the_kadian_not_the_temperature_posts(engine, question):
    """The sentence counts 2处体温监测点 before 堵卡点43个: the dictionary's word (卡点) picks the figure."""
    ans = engine.ask(question)
    assert ans.found and ans.figures == ["43个"] and "2处" not in ans.answer, (question, ans.answer)


def test_a_modifier_of_a_thing_said_in_other_words_must_be_in_the_figures_piece(engine):
    """体温检查点: 卡点 says 检查点, but «村级设置堵卡点43个» counts no 体温 ones (the 体温 of the sentence
    belongs to its 2处体温监测点): never 43."""
    ans = engine.ask("崔桥镇有几个体温检查点")
    assert "43个" not in ans.figures and "43" not in (ans.span or ""), ans.answer
    assert engine.ask("崔桥镇有几个村级检查点").figures == ["43个"]  # the piece says 村级 itself


def test_refusals_at_least_95_percent(engine):
    refusals = [q for q in QUESTIONS if not q["answerable"]]
    wrong = misses(engine, refusals)
    assert 1 - len(wrong) / len(refusals) >= AT_LEAST["refusals"], wrong


def test_no_answered_figure_has_another_unit(engine):
    """The measure word agrees, or the figure stands right beside the very noun asked."""
    checked, wrong = figures_of_another_unit(engine, QUESTIONS)
    assert wrong == []
    assert checked >= 30


def test_a_section_name_one_sound_off_is_that_section():
    from wenda.index.query import near_name

    names = ["崔桥镇", "白潭镇", "大李庄乡", "崔桥", "白潭"]
    assert near_name("崔乔镇设了多少卡点", names) == ("崔桥镇", "崔乔镇")
    assert near_name("大李装乡开了几次会", names) == ("大李庄乡", "大李装乡")
    assert near_name("王庄村设了多少卡点", names) is None
    assert near_name("崔乔镇", ["崔桥镇", "崔侨镇"]) is None  # two equally close: neither


def test_abbreviations_and_siblings():
    from wenda.index.lexicon import abbreviated, siblings

    assert abbreviated("宿管", "宿舍管理员电话") == "宿舍管"
    assert abbreviated("支书", "党支部书记林芳") == "支部书"
    assert abbreviated("卡口", "村级设置堵卡点43个") == ""
    assert siblings("末班车", "首班车") and siblings("保洁员", "监督员") and siblings("高一", "高二")
    assert siblings("困难村", "困难家庭")
    assert not siblings("卡口", "卡点") and not siblings("劝返", "劝阻") and not siblings("村主任", "主任")


def test_word_vectors_are_cached_and_grow(tmp_path, engine):
    from wenda.index.lexicon import Lexicon, WordCache

    first = Lexicon.build([["卡点", "横幅"]], engine.encoder, tmp_path)
    assert first.known("卡点") and not first.known("检查站")
    cached = WordCache(tmp_path, engine.encoder.model_id).load()
    assert set(cached) == {"卡点", "横幅"}
    Lexicon.build([["卡点", "喇叭"]], engine.encoder, tmp_path)
    assert set(WordCache(tmp_path, engine.encoder.model_id).load()) == {"卡点", "横幅", "喇叭"}
    assert abs(float(cached["卡点"] @ cached["卡点"]) - 1.0) < 1e-3


def test_a_refusal_says_what_the_corpus_has(engine):
    ans = engine.ask("白潭镇设了多少个卡点")
    assert not ans.found
    assert "白潭镇" in ans.near and "卡点" in ans.near and "崔桥镇" in ans.near
    assert engine.ask("王庄村设了多少卡点").near == "资料里没有提到王庄村。"


def test_the_refusal_shows_why_and_labels_the_passage(engine):
    from wenda.bot.format import NEAR_LABEL, RELATED_LABEL, render

    text = render(engine.ask("白潭镇设了多少个卡点"))
    assert "但没有白潭镇的" in text and NEAR_LABEL in text and RELATED_LABEL not in text


def test_a_neighbour_of_the_same_first_character_holds_a_foreign_word(engine):
    lexicon = engine.answerer.lexicon
    assert lexicon.kin_in("卡口", "村级设置堵卡点43个") >= 0.5  # e5 places 卡点 among 卡口's neighbours
    assert lexicon.kin_in("卡口", "镇政府设置2处体温监测点") == 0.0
    assert lexicon.kin_in("卡点", "村级设置堵卡点43个") == 1.0  # the word itself
    assert lexicon.kin_in("植树造林", "种植小麦") == 0.0  # 种植 does not open with 植


# -- the park notice: which value of a sentence belongs to the asked deed -----------------------

def test_the_notice_set_has_both_kinds():
    assert len(NOTICE) >= 30 and sum(not q["answerable"] for q in NOTICE) >= 12
    assert len({q["q"] for q in NOTICE}) == len(NOTICE)
    assert not {q["q"] for q in NOTICE} & {q["q"] for q in QUESTIONS}


def test_notice_answers_and_refusals(engine):
    """Measured: 19/19 answers, 13/13 refusals (session 17: 20/20, 12/12, one question relabelled answerable) (before the deed rules: 公园几点关门 refused or 6:00,
    荷花池什么时候重新开放 4月1日, 能停多少辆车 refused)."""
    for answerable in (True, False):
        items = [q for q in NOTICE if q["answerable"] is answerable]
        wrong = misses(engine, items)
        assert 1 - len(wrong) / len(items) >= 0.95, wrong


def test_closing_time_is_not_the_opening_time(engine):
    for question in ("公园几点关门", "东湖公园晚上几点关"):
        ans = engine.ask(question)
        assert ans.found and "22:00" in ans.answer and "6:00" not in ans.answer, (question, ans.answer)
    ans = engine.ask("公园早上几点开门")
    assert ans.found and "6:00" in ans.answer and "22:00" not in ans.answer


def test_start_and_stop_of_one_deed_are_told_apart(engine):
    assert "17:30" in engine.ask("游船码头几点停售").answer
    assert "9:00" in engine.ask("游船几点开始卖票").answer
    assert "21:00" in engine.ask("灯光秀晚上几点结束").answer


def test_a_date_of_the_opposite_deed_is_not_the_answer(engine):
    reopen = engine.ask("荷花池哪天重新对外开放")
    assert reopen.found and "5月1日" in reopen.answer and "4月1日" not in reopen.answer
    close = engine.ask("荷花池从哪天开始封闭维修")
    assert close.found and "4月1日" in close.answer
    assert not engine.ask("荷花池哪天举办荷花节").found  # no date of that deed at all


def test_a_parking_slot_counts_cars(engine):
    ans = engine.ask("东湖公园能停多少辆车")
    assert ans.found and ans.figures == ["320个"]
    assert not engine.ask("公园北门有几个停车位").found  # the notice names the east gate's car park only


def test_a_sibling_modifier_of_what_is_asked_is_refused(engine):
    assert not engine.ask("公园的投诉电话是多少").found  # the notice gives the 咨询电话
    assert engine.ask("游客中心的电话是多少").found


def test_no_answered_notice_figure_has_another_unit(engine):
    """As for the other sets; besides, a count in 个 of a slot for the asked deed on the asked thing
    (停车位 for 能停多少辆车) agrees (extract.slot_of)."""
    from wenda.index import extract
    from wenda.index.query import asked_object

    checked, wrong = figures_of_another_unit(engine, NOTICE)
    slots = []
    for q, fig in wrong:
        ans = engine.ask(q)
        at = ans.answer.find(fig)
        thing = asked_object(q)
        if not (fig.endswith("个") and thing and re.search(rf"{thing}[\u4e00-\u9fff]?位$", ans.answer[:at])):
            slots.append((q, fig))
    assert slots == []
    assert checked >= 5
