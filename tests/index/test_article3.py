"""A held-out news report of the bundled article's shape (tests/data/article3: a county's «三夏»
report, four township sections «乡镇名：标题» with bylines, photo captions, counts, money, people and
their roles, a slogan and reason clauses), asked in a user's own words as the bundled article is
asked: words the report never uses (钟头 for 小时, 苞米 for 玉米, 维修点 for 服务点, 礼拜 for 周),
colloquial phrasing (啥, 图个啥, 签了个啥), yes/no about a deed (有没有着过火), and questions it
cannot answer by design (a sibling township's fact, an absent entity, a role the report lacks,
another unit, a sibling qualifier: 播种费用 for 收割费用). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import DATA, HoldsTheFloor, folder_engine, questions

QUESTIONS = questions("article3_questions.jsonl")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return folder_engine(tmp_path_factory, "article3")


def test_the_set_has_both_kinds_and_quotes_the_report():
    assert len(QUESTIONS) >= 20
    assert sum(not q["answerable"] for q in QUESTIONS) >= 6
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "article3").iterdir()))
    for q in QUESTIONS:  # every key and gold answer is the report's own text
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


# Measured (answers, refusals) on main when the set was written, before any fix: 10/20, 7/8
# (每亩补贴播种费用 answered with 收割费用's 60元). 13/20, 7/8 once a quotation is one clause (the slogan
# “助农麦收,青年先行” whole), 为了啥 asks a purpose and 几块钱 asks money (元, no thing 几块钱 to find).
# Left: 维修点 for 服务点, 标语横幅 for 横幅, 着过火 for 火情, 礼拜 for 周, 每斤多给多少, 谁来管 (由派出所处理).
# 14/20, 7/8 once a word said in full (各村党支部书记 for 村支书) has no sibling in a word sharing its last
# character (责任书). 14/20, 8/8 once an attribute of one deed (播种费用) is not answered by that of
# another (收割费用).
# The floor leaves one answer of slack.
# para4: 15/20, 8/8 once 麦子 (jieba: a name) is the thesaurus's 小麦 and 5分钱 is money (每斤多给多少);
# 16/20 once 谁来管 asks the doer of 管 and 由派出所依法处理 hands a duty; 17/20, 8/8 once 有没有着过火 asks
# whether it 着火 (the experiential 过 dropped). Left: 老百姓 for 群众 (赵红梅…收了多少亩麦子: holding an
# object by lexicon.suggest cost two refusals of test_titles and was dropped), 维修点 for 服务点, 标语横幅.
# The floor leaves one answer of slack.
FLOOR = {"answers": 16, "refusals": 8}


class TestHeldOut(HoldsTheFloor):
    questions = QUESTIONS
    floor = FLOOR


def test_a_quotation_is_one_clause(engine):
    # the comma inside “…” ends no clause: the slogan is answered whole, not «杨集镇团委发出“助农麦收»
    assert "“助农麦收,青年先行”" in engine.ask("杨集镇团委喊的口号是啥").answer


def test_what_for_said_colloquially(engine):
    ans = engine.ask("石门乡禁烧是为了啥")  # 为了啥: 为了什么, a purpose asked
    assert ans.found and "守住蓝天白云" in ans.answer


def test_money_asked_in_kuai(engine):
    ans = engine.ask("石门乡秸秆做成饲料每亩能多挣几块钱")  # 几块钱: 元, and no thing 几块钱 to find
    assert ans.found and ans.figures == ["30元"]


def test_the_deed_a_yes_no_question_ends_with_picks_the_clause():
    from wenda.index.reading import final_predicate

    assert final_predicate("后张村在外流动党员回家了吗", ["后", "张村", "在外", "流动", "党员", "回家"]) == "回家"
    assert final_predicate("食堂里面能抽烟吗", ["食堂", "抽烟"]) == "抽烟"
    assert final_predicate("能不能带狗", ["带", "狗"]) is None


def test_an_aim_states_no_fact():
    from wenda.index import extract

    assert not extract.states_existence("确保进入辖区车辆、人员无携带新冠肺炎病毒")
    assert extract.states_existence("白潭镇没有一人感染新冠肺炎")


def test_paraphrases_of_the_bundled_article(article_engine):
    # 值班 only names the counted noun (值班点 for 执勤点): no deed the figure must belong to
    assert article_engine.ask("商务中心区弄了几个值班点").figures == ["15个"]
    # the yes/no clause is the one saying the deed asked last (回家), not the one naming its subject
    assert "没有回家" in article_engine.ask("後張村在外的流動黨員回家了嗎").answer
    # a 确保 clause states an aim, not whether anyone fell ill
    assert not article_engine.ask("崔桥镇有没有人得新冠").found
    # the purpose right after the deed asked (消毒), not the quoted aim that closes the sentence
    assert "无携带" in article_engine.ask("崔桥镇为什么要在卡点给车辆消毒").answer
    # …but a purpose said plainly (为缓解…) still wins
    assert "焦虑情绪" in article_engine.ask("商务中心区为啥要搞人居环境整治").answer


def test_a_word_said_in_full_has_no_sibling_beside_it(engine):
    # 村支书 is said in full (各村党支部书记): 责任书, sharing only its last character, is no sibling of it
    ans = engine.ask("柳湾镇的村支书们在会上签了个啥")
    assert ans.found and "秸秆禁烧责任书" in ans.answer


def test_whether_a_named_doer_did_a_deed():
    from wenda.index.query import asks_deed_done

    assert asks_deed_done("白潭镇党员干部有没有捐钱")  # a deed of 党员干部
    assert not asks_deed_done("崔桥镇有没有人得新冠")  # anyone at all
    assert not asks_deed_done("宿舍有没有空调")  # a thing there


def test_a_deed_done_is_answered_by_the_line_that_says_it(article_engine):
    ans = article_engine.ask("白潭镇党员干部有没有捐钱")  # the photo caption «白潭镇党员干部积极捐款抗疫»
    assert ans.found and "积极捐款" in ans.answer
    assert not article_engine.ask("崔桥镇党员干部有没有捐钱").found  # 爱心企业与爱心人士 gave there
    assert not article_engine.ask("白潭镇党员干部有没有献血").found


def test_an_attribute_of_another_deed_is_a_siblings(engine):
    # 费用 of 播种 asked; «每亩补贴收割费用60元» gives the 费用 of another deed
    assert not engine.ask("杨集镇每亩补贴播种费用多少钱").found
    assert engine.ask("杨集镇每亩补贴收割费用多少钱").figures == ["60元"]


def test_a_quotation_is_framed_by_who_said_it_after_it(article_engine):
    # «“只要我们干部没有私心,…群众就会拥护我们。”» then «许峰如是说。»: 许峰 is named for the quotation
    ans = article_engine.ask("许峰说干部要怎样群众才会拥护")
    assert ans.found and "没有私心" in ans.answer
    assert not article_engine.ask("丁俊邦说干部要怎样群众才会拥护").found  # he said no such thing


def test_a_reports_name_asked_plainly(article_engine):
    from wenda.index.query import asks_title

    assert asks_title("崔桥镇那篇文章叫啥名字") and asks_title("那篇报道的标题是啥")
    assert "举全镇之力" in article_engine.ask("崔桥镇那篇文章叫啥名字").answer


def test_a_direction_before_the_deed_is_no_word_to_find(article_engine):
    from wenda.index.query import keyword_tags

    assert "往" not in [w for w, _ in keyword_tags("大李庄乡各村每天往上报什么")]
    assert "往返" in [w for w, _ in keyword_tags("往返一次多少钱")]
    assert "登记情况" in article_engine.ask("大李庄乡各村每天往上报什么").answer
