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
