"""A code asked (编号, 型号) is answered whole, letters and digits: its digits count nothing, so no
figure of it would answer (L5's 5), and a count asked is never answered by a code's digits."""

from __future__ import annotations

from support import text_engine
from wenda.index.extract import codes, figures
from wenda.index.query import asked_kind


def test_codes_are_read_whole():
    assert [s.text for s in codes("该线路编号L5，全长36公里")] == ["L5"]
    assert [s.text for s in codes("本机型号KJ-500，适用面积60平方米")] == ["KJ-500"]
    assert codes("全长36公里，共设站点12座") == []
    assert "5" not in [s.text for s in figures("该线路编号L5")]


def test_a_code_question_is_of_its_own_kind():
    assert asked_kind("这条高速的编号是多少") == "code"
    assert asked_kind("净化器是什么型号") == "code"
    assert asked_kind("这条高速有多长") != "code"


def test_a_code_is_the_answer_of_a_code_question(tmp_path):
    engine = text_engine(tmp_path, {"roads.txt": (
        "青川沿江高速公路\n\n青川沿江高速公路在省高速公路网中的编号为S27，全长86公里，设有服务区3处。\n")})
    ans = engine.ask("青川沿江高速公路的编号是多少")
    assert ans.found and "S27" in ans.answer, ans.answer
    ans = engine.ask("青川沿江高速公路有几个服务区")
    assert ans.found and "3处" in ans.answer and "27" not in ans.answer.replace("S27", ""), ans.answer
