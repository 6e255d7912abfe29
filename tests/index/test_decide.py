"""index/decide.py: the fitted answer decision — its data file, its probability, its vetoes, and the
rule it replaced (still reachable as the baseline) on the real engine over the bundled article."""

from __future__ import annotations

import json
import math

import pytest

from support import DATA
from wenda.index import decide
from wenda.index.answer import Tops

ARTICLE = [json.loads(line) for line in (DATA / "article_questions.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


def test_packaged_decision_names_its_data_threshold_and_target():
    d = decide.Decision.load()
    assert 0.0 < d.threshold < 1.0
    assert d.precision_target >= 0.90
    files = {x["file"] for x in d.fitted_on["data"]}
    assert any("cmrc" in f.lower() for f in files) and any("drcd" in f.lower() for f in files)
    assert all(x["questions"] > 0 for x in d.fitted_on["data"])
    assert len(d.names) == len(d.coef) == len(d.mean) == len(d.scale)


def test_the_fitting_arguments_name_our_questions_files_and_their_corpora():
    """bench/own_questions.args (bench/fit_decision.py @FILE) names questions files and corpora that exist,
    each file once, and leaves the latest held-out set out: it measures a refit."""
    args = (DATA.parents[1] / "bench" / "own_questions.args").read_text(encoding="utf-8").splitlines()
    specs = [line.removeprefix("--questions=") for line in args if line.startswith("--questions=")]
    assert len(specs) >= 30
    files = [spec.split("=")[0] for spec in specs]
    assert len(set(files)) == len(files)
    for spec in specs:
        path, corpus = spec.split("=")
        assert (DATA.parents[1] / path).is_file(), path
        assert all((DATA.parents[1] / part).exists() for part in corpus.split(",")), corpus
    latest = max(DATA.glob("unseen*_questions.jsonl"), key=lambda p: int(p.stem[6:-10] or 1))
    assert f"tests/data/{latest.name}" not in files


def test_packaged_features_are_the_ones_the_code_computes(article_engine):
    d = decide.Decision.load()
    answerer = article_engine.answerer
    q, ranked = answerer.rank("崔桥镇一共设置了多少个卡点")
    f = decide.features(q, ranked[0], Tops.of([s.hit for s in ranked]), answerer, rank=0,
                        next_score=ranked[1].score)
    assert set(f) == set(d.names)
    assert all(isinstance(v, float) and math.isfinite(v) for v in f.values())


def test_probability_is_logistic_in_the_standardised_features():
    d = decide.Decision(names=("a", "b"), coef=(2.0, -1.0), intercept=0.5, mean=(1.0, 0.0), scale=(2.0, 1.0),
                        threshold=0.6, precision_target=0.9, fitted_on={})
    assert d.probability({"a": 1.0, "b": 0.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert d.probability({"a": 3.0, "b": 1.0}) == pytest.approx(1 / (1 + math.exp(-(0.5 + 2.0 - 1.0))))
    assert d.probability({"a": 5.0}) > d.probability({"a": 3.0})  # a positive coefficient raises it
    assert d.probability({"a": 1e9}) == pytest.approx(1.0) and d.probability({"a": -1e9}) == pytest.approx(0.0)


@pytest.mark.parametrize("content, needle", [
    (None, "no decision file"),
    ("{not json", "unreadable"),
    ('{"features": ["a"], "coef": [1, 2], "intercept": 0, "mean": [0], "scale": [1], "threshold": 0.5, '
     '"precision_target": 0.9}', "differ in length"),
    ('{"features": ["a"]}', "unreadable"),
])
def test_bad_decision_file_says_which_and_why(tmp_path, content, needle):
    path = tmp_path / "decision.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(decide.DecisionError) as e:
        decide.Decision.load(path)
    assert needle in str(e.value) and str(path) in str(e.value)


def test_a_vetoed_candidate_never_answers(article_engine):
    """Over the article set, the sentence an answer is taken from passes every hard veto."""
    answerer = article_engine.answerer
    checked = 0
    for item in ARTICLE:
        q, ranked = answerer.rank(item["q"])
        best, found, p = decide.choose(answerer, q, ranked, decide.default())
        if found:
            checked += 1
            assert decide.vetoed(answerer, q, best) is None, item["q"]
            assert decide.rule_found(answerer, q, best) or p >= decide.default().threshold
    assert checked >= 20


def test_a_phone_never_answered_by_another_figure(article_engine):
    # the article gives 许峰's hours without rest (38个小时), no phone number
    ans = article_engine.ask("许峰的电话是多少")
    assert not ans.found


def test_the_rule_stays_reachable_as_the_baseline(article_engine):
    answerer = article_engine.answerer
    fitted = [answerer.answer(x["q"]).found for x in ARTICLE]
    answerer.decision = decide.RULES
    try:
        ruled = [answerer.answer(x["q"]).found for x in ARTICLE]
        q, ranked = answerer.rank(ARTICLE[0]["q"])
        assert decide.choose(answerer, q, ranked, decide.of(answerer))[2] is None  # no probability: the rule
    finally:
        answerer.decision = None
    assert decide.of(answerer) is decide.default()
    # the fitted decision keeps every answer of the rule (and may add some)
    assert all(f for f, r in zip(fitted, ruled) if r)
