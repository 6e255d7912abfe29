"""A third held-out set in a new user's words (tests/data/paraphrase3_questions.jsonl), written before
any fix of this branch: about sixty questions over the bundled article, on facts the other sets do not
ask (what was pledged, who did it, what was bought, a title, a caption), and about forty over the
documents of tests/data/unseen2 and unseen3 (a gym's rules, a hospital's notice and timetable, a
Taiwanese FAQ and metro notice in Traditional characters, a canteen's notice, a manual, a school's
brochure), all in one corpus. Words the text does not use (执勤岗, 路障, 早点, 大夫, 脚踏车, 抽烟,
上班时间, 一年的卡), colloquial phrasing (咋, 啥, 干了些啥), a typo (催桥镇), Traditional characters,
English mixed in (filter, primary school), and 40 questions unanswerable by design: a sibling qualifier
(党员 for 党员干部, 主任医师 for 副主任医师, 季卡 for 年卡), an attribute a section lacks, an absent town
(韭园镇, 汴岗镇), a figure in another unit (美元, 分钟, 个月). Through a real engine: real model, FAISS,
BM25."""

from __future__ import annotations

import shutil

import pytest

from support import DATA, HoldsTheFloor, NoFigureOfAnotherUnit, REPO, engine_config, questions
from wenda.corpus.read_docx import read_docx
from wenda.index.engine import Engine

QUESTIONS = questions("paraphrase3_questions.jsonl")
FOLDERS = ("unseen2", "unseen3")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("paraphrase3")
    corpus = root / "corpus"
    corpus.mkdir()
    for folder in FOLDERS:
        for f in (DATA / folder).iterdir():
            shutil.copy(f, corpus / f.name)
    for f in (REPO / "corpus" / "data").glob("*.txt"):  # the bundled article beside them
        shutil.copy(f, corpus / f.name)
    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_the_set_is_large_held_out_and_has_both_kinds():
    assert len(QUESTIONS) >= 100
    assert sum(not q["answerable"] for q in QUESTIONS) >= 30
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    files = [p for folder in FOLDERS for p in sorted((DATA / folder).iterdir())]
    text = "".join(read_docx(p) if p.suffix == ".docx" else p.read_text(encoding="utf-8") for p in files)
    text += "".join(p.read_text(encoding="utf-8") for p in (REPO / "corpus" / "data").glob("*.txt"))
    for q in QUESTIONS:  # every key and gold answer is the documents' own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]
    others = {q["q"].rstrip("？?") for name in ("article_questions.jsonl", "paraphrase_questions.jsonl",
                                                "paraphrase2_questions.jsonl", "answer_questions.jsonl",
                                                "unseen2_questions.jsonl", "unseen3_questions.jsonl")
              for q in questions(name)}
    assert not {q["q"].rstrip("？?") for q in QUESTIONS} & others  # held out: none asked before


# Measured (answers, refusals) when the set was written, before any fix: 36/87, 34/40.
# 37/87, 35/40 once a role's deputy, a count of 党员干部 and a sibling said in a purpose clause no longer
# pass or block (崔桥镇每天派出多少名党员 refused; 社区为啥要开长者食堂 answered), 礼拜六 is held by
# 周六、周日 as a qualifier, 脚踏车 and 自行车 are one thing (Cilin), 一年的卡 is the 年卡; 38/87, 37/40
# once a yes/no question's deed must be said in the thesaurus's word the corpus uses (抽烟: 吸烟), a
# deputy (副主任医师) does not hold the role asked, and a town that is no section (韭园镇) is absent.
# Left: answers that are groups, not people (谁在城区搞消毒: 义务消毒队; 庞庄村派谁: 村干部), clauses
# whose support is carried by the asker's filler words (最少, 之间, 一直, 头一时间), reasons with no
# marker (复产关系经济发展), words no dictionary links to the corpus's (路障 for 卡点, 早点 in 早餐's
# place at retrieval, 汽油 for 易燃物品), a list asked of a sentence's object (逆行者 → 领导干部…).
# 40/87 once a question asking what someone did reads on through its deeds (干了些啥) and adverbs,
# pronouns and particles of the asker weigh less; 41/87 once a qualifier the corpus never uses is held
# by a neighbour of full weight that is no sibling (小孩 by 儿科).
# 46/87, 37/40 once a 谁 is answered by the group, role or body that does the asked deed (extract.doers:
# 义务消毒队, 派谁买 → 村干部, 爱心企业与爱心人士) and a role handed out by who holds it (成员都有谁:
# extract.role_holders). (The branch measured 42/87 before it; main's own changes since gave the rest.)
# figures4: 43/87, 37/40 (42 before, measured the same way) once a name one character off in its last
# character is no misspelt section (私教课开课前 named 私教课程 and read as 私教课程课前); 44/87 once a
# range whose end says its part of the day (早上6:00至晚上22:00) is one time, as 6:00—22:00 is; 45/87
# once a noun jieba glued to the next deed (人测 of 观察的人测几回体温) is cut back to the noun.
# times4: 44/87, 37/40 once a closing deed asks a range's end (阅览室几点关门: 22:00 of 早上6:00至晚上22:00) and
# 守到啥时候 is answered by an until-clause (直至撤点).
# Merged (session 9: people4, figures4, times4 and yes/no questions read by their deed): 52/87, 37/40.
# Of those, 长者食堂里面能抽烟吗 and 特困的老人吃饭收钱吗 once a yes/no question's asking form (能, 可以,
# A-not-A) is no word to find and the rule answers after a vetoed first sentence. The floor leaves one
# answer of slack.
# manual: 55/87, 37/40 (52 before, measured the same way) once 咋办 / 要干啥 ask what to do, answered by the
# instruction (净化器响声变大了咋办: 请检查机器是否放置平稳; filter灯变红了要干啥: 请及时更换), and a lone 一
# before a deed says "as soon as" (净化器一开机是什么模式: 自动模式); 56/87 once a rule's case is remedied by
# what it does for it (因为教学回商务中心区的人要怎么办: 核实健康证明). The floor leaves one answer of slack.
# Merged (session 10): 61/87, 37/40 once a word only the document's title holds counts (碧波游泳池礼拜五晚上几点关:
# 碧波 is the notice's title) with the helpers' 怎么办, row and clause work. The floor leaves one answer of slack.
# article2: 62/87, 37/40 once a kind asked (什么样的排查) is answered by a sentence naming one (拉网式排查).
# The floor leaves one answer of slack.
# Merged (session 11: article3, notice3, sheet3): 67/87, 38/40 (许峰说…拥护, 後張村…回家了嗎, 往上报, 有没有捐钱,
# 那篇文章叫啥名字; 崔桥镇有没有人得新冠 refused). The floor leaves one answer of slack.
# Merged (session 12): 67/87, 39/40.
# Session 13 on main: 68/87, 39/40 (长者食堂礼拜天有早饭吗: decide.yesno_ruled).
# open15: 69/87, 39/40 once a quoted value named by the asked noun answers an open question the model refuses
# (商务中心区党员许了什么诺: 履行“我是党员我执勤、舍我其谁”的承诺).
FLOOR = {"answers": 67, "refusals": 39}


class TestHeldOut(HoldsTheFloor, NoFigureOfAnotherUnit):
    questions = QUESTIONS
    floor = FLOOR
    figures = 5


def test_a_count_of_party_members_is_not_one_of_party_member_cadres(engine):
    assert not engine.ask("崔桥镇每天派出多少名党员").found  # «150余名党员干部» counts 干部
    assert engine.ask("崔桥镇每天出动多少党员干部").figures == ["150余名"]


def test_a_deputy_is_not_the_role_asked_and_an_absent_town_is_absent(engine):
    assert not engine.ask("皮肤科的主任医师是谁").found  # 何静 is 副主任医师
    assert not engine.ask("韭园镇党委书记是谁").found  # not 白潭镇's 何东亚
    assert engine.ask("白潭镇党委书记是谁").span == "何东亚"


def test_a_word_the_thesaurus_calls_the_same_thing_is_no_sibling(engine):
    ans = engine.ask("带脚踏车要从哪节车厢上")  # 自行車 in the metro notice
    assert ans.found and "自行車" in ans.quotes[0].text
    assert not engine.ask("长者食堂里面能抽烟吗").answer or "吸烟" in engine.ask("长者食堂里面能抽烟吗").answer


def test_a_day_asked_in_other_words_is_the_rows_day(engine):
    ans = engine.ask("碧波健身区礼拜六的上班时间")
    assert ans.found and "8:00—21:00" in ans.answer


def test_the_section_names_the_town_asked_for(engine):
    ans = engine.ask("哪个乡镇设了15个执勤点")
    assert ans.found and ans.answer == "商务中心区：率先设立15个高标准疫情防控执勤点"


def test_a_qualifier_the_corpus_never_uses_is_held_by_its_full_meaning(engine):
    ans = engine.ask("看小孩的大夫是谁")  # 小孩: the row's 儿科; 大夫: 医生 (Cilin)
    assert ans.found and ans.span == "赵敏"
    assert not engine.ask("碧波季卡能停卡吗").found  # 年卡会员每年可申请停卡: 季卡 is a sibling, not a meaning


def test_a_quoted_value_named_by_the_asked_noun(engine):
    """什么诺 asks a 承诺: «履行“我是党员我执勤、舍我其谁”的承诺» names its value by that noun, though the
    asker's 许 is not the sentence's 履行."""
    ans = engine.ask("商务中心区党员许了什么诺")
    assert ans.found and "我是党员我执勤" in ans.answer, ans.answer
