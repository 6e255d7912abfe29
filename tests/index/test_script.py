"""index/script.py: Simplified text aligned with the Traditional original (no model)."""

from wenda.index.script import simplify


def test_simplify_keeps_length_and_offsets():
    trad = "考核合格的鄉鎮獎勵8萬元，投放新能源公交車24輛。"
    simple = simplify(trad)
    assert simple == "考核合格的乡镇奖励8万元，投放新能源公交车24辆。"
    assert len(simple) == len(trad)
    at = simple.find("24辆")
    assert trad[at:at + 3] == "24輛"
    assert simplify("plain ascii") == "plain ascii" and simplify("") == ""


def test_bm25_tokens_of_traditional_text_are_the_simplified_ones():
    from wenda.index.query import normalize, tokens

    trad = "崔橋鎮設置卡點43個，檢查過往車輛。"
    assert tokens(trad) == tokens(simplify(trad))
    # a question in either script meets the corpus on the same tokens
    assert {"卡点", "车辆"} <= set(tokens(trad))
    assert set(tokens(normalize("崔橋鎮的卡點"))) <= set(tokens(trad))


def test_tokenizer_spec_names_the_script_conversion():
    from wenda.index.query import TOKENIZER_VERSION, tokenizer_spec

    spec = tokenizer_spec()
    assert spec["version"] == TOKENIZER_VERSION >= 2 and "t2s" in spec
