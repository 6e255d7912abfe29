"""The answer line of an open question over Wikipedia-like passages: a clause that only restates the
question and has no subject of its own (是…的点心, 其支流有…) answers with the clauses before it, where
its subject, the asked, is named."""

from __future__ import annotations

from support import text_engine

from wenda.index import extract


def test_a_clause_opening_with_a_verb_a_pronoun_or_an_adverb_has_no_subject():
    assert extract.subjectless("是江南传统的点心") and extract.subjectless("其支流有白石溪")
    assert extract.subjectless("也是世界上最畅销的酒") and extract.subjectless("并与地铁共构")
    assert not extract.subjectless("青团又名清明团子") and not extract.subjectless("清水溪是北部最长的河")


def test_a_restating_clause_without_a_subject_goes_back_to_it():
    s = "青团又名清明团子，是江南传统的点心，主要由糯米粉制成。"
    line = extract.goes_on(s, "是江南传统的点心", "用糯米粉做的江南点心又叫什么？")
    assert line == "青团又名清明团子，是江南传统的点心"
    # the clause that says something new answers by itself
    assert extract.goes_on(s, "主要由糯米粉制成", "青团用什么做？") == "主要由糯米粉制成"


def test_a_restating_clause_without_a_subject_goes_on_when_a_description_is_asked():
    s = "乐队成立于1990年，发行第三张专辑《星空》，内容讲述一位学者的生平。"
    line = extract.goes_on(s, "发行第三张专辑《星空》", "乐队发行的第三张专辑《星空》的内容是什么？")
    assert "学者的生平" in line and "成立于" not in line


def test_the_subject_before_a_restating_clause_answers_in_simplified(tmp_path):
    engine = text_engine(tmp_path, {"点心.txt": (
        "青团又名清明团子，是江南传统的点心，主要由糯米粉制成。"
        "青团的馅料多为豆沙，也有咸味的肉馅。"
        "每年清明前后，江南各地的糕点铺都会售卖青团。")})
    ans = engine.ask("用糯米粉做的江南点心又叫什么？")
    assert ans.found and "清明团子" in ans.answer


def test_the_subject_before_a_clause_opening_with_its_deed_answers_in_traditional(tmp_path):
    engine = text_engine(tmp_path, {"酒廠.txt": (
        "北嶺縣位於島嶼北部，以丘陵地形為主。"
        "青梅酒廠成立於1902年，是北嶺縣最大的酒廠，也是全國歷史最悠久的釀酒廠，每年出產各類果酒。"
        "縣內另有多處茶園與果園。")})
    ans = engine.ask("全國歷史最悠久的釀酒廠為？")
    assert ans.found and "青梅酒廠" in ans.answer


def test_a_clause_whose_pronoun_stands_for_the_named_subject_goes_on():
    s = "该物种数量稀少，其生存受到威胁，原因是失去栖息地。"
    assert extract.goes_on(s, "其生存受到威胁", "该物种的生存会受到什么威胁").endswith("原因是失去栖息地")


def test_a_clause_takes_the_one_after_it_that_completes_the_question():
    s = "2001年，以群岛为范围的国家公园成立，由林业局管理，园内有多处步道。"
    clause = "以群岛为范围的国家公园成立"
    keywords = ["管理", "国家公园", "单位"]
    assert extract.completes(s, s.find(clause), s.find(clause) + len(clause), keywords) == s.find("，园内")
    assert extract.goes_on(s, clause, "负责管理该国家公园的单位是哪个？", keywords=keywords) == clause + "，由林业局管理"
    # the clause after it holds none of the question's words: the clause ends the line
    end = s.find(clause) + len(clause)
    assert extract.completes(s, s.find(clause), end, ["国家公园", "成立"]) == end
    # nor does a clause with its own subject go on it
    t = "以群岛为范围的国家公园成立，林业局负责管理。"
    assert extract.goes_on(t, clause, "负责管理该国家公园的单位是哪个？", keywords=keywords) == clause


def test_a_clause_opening_with_its_deed_takes_the_one_before_that_holds_the_question():
    s = "目前该国是世界上最大的茶叶产地，占全世界四成的产量，其次是邻国。"
    clause = "占全世界四成的产量"
    start = s.find(clause)
    assert extract.opens_with_deed(clause) and not extract.opens_with_deed("其次是邻国")
    assert extract.begins(s, start, start + len(clause), ["全世界", "茶叶"]) == 0
    assert extract.begins(s, start, start + len(clause), ["全世界", "产量"]) == start  # nothing more before
    assert extract.goes_on(s, clause, "全世界四成的茶叶产自哪里？", keywords=["全世界", "四成", "茶叶"]) == \
        "目前该国是世界上最大的茶叶产地，占全世界四成的产量"


def test_a_sentence_opening_pronoun_that_only_restates_the_question_refers_back():
    assert extract.refers_back("其定位为南港的辅助港", "于1998年启用的南港的辅助港为？")
    assert not extract.refers_back("其定位为南港的辅助港", "北港的定位是怎样的？")  # no name asked
    assert not extract.refers_back("北港的定位为南港的辅助港", "于1998年启用的南港的辅助港为？")  # no pronoun
    assert not extract.refers_back("其主要功能包括装卸煤炭、停靠渔船", "南港的辅助港有什么功能？")  # a description


def test_what_a_sentence_opening_pronoun_stands_for_answers_in_traditional(tmp_path):
    engine = text_engine(tmp_path, {"港口.txt": (
        "東灣縣的海岸線曲折，沿岸多漁村。"
        "北灣港位於東灣縣北岸，為一國際商港，啟用於2003年；其定位為南灣港的輔助港；港區現有12座碼頭。"
        "南灣港則是全縣最大的港口。")})
    ans = engine.ask("於2003年啟用的南灣港的輔助港為？")
    assert ans.found and "北灣港" in ans.answer and "北灣港" in ans.quotes[0].text
