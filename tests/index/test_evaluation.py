"""The evaluation harness (index/evaluation): metric functions and evaluators on hand-made inputs, and `wenda eval` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wenda.corpus.types import Answer, Quote
from wenda.index import evaluation as ev
from wenda.index.evaluation import metrics

from support import DATA
SHARED = Path("/work/shared")
CMRC_TRIAL = SHARED / "benchmarks" / "cmrc2018" / "cmrc2018_trial.json"


def q(text: str, doc: str = "d") -> Quote:
    return Quote(text=text, doc=doc, section=None, score=0.0)


# -- small pieces ----------------------------------------------------------------------------
def test_contains_any_normalises_width_case_and_space():
    assert metrics.contains_any("2月8日（元宵节）为村民配送", ["2月8日(元宵节)"])
    assert metrics.contains_any("ＡＢＣ 12 3", ["abc123"])
    assert not metrics.contains_any("崔桥镇", ["白潭镇"])
    assert not metrics.contains_any("anything", [""])  # an empty gold string matches nothing
    assert not metrics.contains_any(None, ["x"])


def test_contains_any_without_punctuation_compares_as_the_official_script():
    line = "第1舰队：1944年2月25日解散"
    assert not metrics.contains_any(line, ["1944年2月25日解散。"])  # punctuation kept: the 。 is missing
    assert metrics.contains_any(line, ["1944年2月25日解散。"], punctuation=False)
    assert metrics.contains_any("分布在泰国，印尼", ["泰国、印尼"], punctuation=False)
    assert metrics.contains_any("《油脂小子》的试演", ["油脂小子"], punctuation=False)
    assert not metrics.contains_any("1944年2月", ["1944年2月25日解散。"], punctuation=False)
    assert not metrics.contains_any("4.7 GHz", ["47"], punctuation=False)  # a decimal point is no punctuation here
    assert not metrics.contains_any("。。", ["。"], punctuation=False)  # nothing left of the gold: no match


def test_first_hit_and_reciprocal_rank():
    assert metrics.first_hit(["a", "b key", "key c"], ["key"]) == 2
    assert metrics.first_hit(["a", "b"], ["key"]) is None
    assert metrics.reciprocal_rank(2) == 0.5
    assert metrics.reciprocal_rank(None) == 0.0
    assert metrics.hit_at(3, 3) and not metrics.hit_at(4, 3) and not metrics.hit_at(None, 1)


# -- CMRC 2018 span metrics, on pairs worked out by hand from cmrc2018_evaluate.py -------------
def test_cmrc_segments_split_chinese_by_character_and_other_text_by_word():
    assert metrics.cmrc_segments("2008年Apple公司发布iPhone 3G") == ["2008", "年", "apple", "公", "司", "发", "布",
                                                                    "iphone", "3g"]
    assert metrics.cmrc_segments("《三体》，3.5亿") == ["《", "三", "体", "》", "，", "3.5", "亿"]
    assert metrics.cmrc_segments("《三体》，3.5亿", drop_punct=True) == ["三", "体", "3.5", "亿"]


def test_cmrc_f1_is_longest_common_run_precision_and_recall():
    # gold 1990年 (2 segments) inside 于1990年3月 (5): precision 2/5, recall 1
    assert metrics.cmrc_f1(["1990年"], "于1990年3月") == pytest.approx(2 * 0.4 * 1 / 1.4)
    # the longest common *run* counts, not all shared characters: 北京大学 vs 北大学 → 大学
    assert metrics.cmrc_f1(["北京大学"], "北大学") == pytest.approx(2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))
    assert metrics.cmrc_f1(["竹子"], "竹子") == 1.0
    assert metrics.cmrc_f1(["竹子"], "熊猫") == 0.0
    assert metrics.cmrc_f1(["竹子"], "") == 0.0  # a refusal scores nothing
    assert metrics.cmrc_f1(["熊猫", "竹子"], "吃竹子") == pytest.approx(0.8)  # the best gold counts
    assert metrics.cmrc_f1(["《三体》"], "三体") == 1.0  # punctuation is dropped before comparing


def test_cmrc_em_compares_without_punctuation_and_case():
    assert metrics.cmrc_em(["《三体》"], "三体") == 1.0
    assert metrics.cmrc_em(["iPhone"], " IPHONE ") == 1.0
    assert metrics.cmrc_em(["竹子"], "竹子。") == 1.0
    assert metrics.cmrc_em(["竹子"], "吃竹子") == 0.0
    assert metrics.cmrc_em(["熊猫", "竹子"], "竹子") == 1.0
    assert metrics.cmrc_em(["竹子"], "") == 0.0


def test_percentiles_match_linear_interpolation():
    xs = [5.0, 1.0, 4.0, 2.0, 3.0]
    assert metrics.percentile(xs, 50) == 3.0
    assert metrics.percentile(xs, 95) == pytest.approx(4.8)
    assert metrics.percentile(xs, 99) == pytest.approx(4.96)
    assert metrics.percentile(xs, 0) == 1.0 and metrics.percentile(xs, 100) == 5.0
    assert metrics.percentile([7.0], 99) == 7.0
    assert metrics.percentile([], 50) is None
    hundred = [float(i) for i in range(1, 101)]
    s = metrics.latency_summary(hundred)
    assert s == {"n": 100, "p50_ms": 50.5, "p95_ms": 95.05, "p99_ms": 99.01, "mean_ms": 50.5, "max_ms": 100.0}
    assert metrics.latency_summary([])["p50_ms"] is None


# -- the questions file ----------------------------------------------------------------------
QUESTIONS = [
    {"q": "Q1", "answerable": True, "keys": ["设置卡点43个"], "answer_any": ["43"]},
    {"q": "Q2", "answerable": True, "keys": ["镇长田艳华"], "answer_any": ["田艳华"]},
    {"q": "Q3", "answerable": True, "keys": ["宣传车7辆"], "answer_any": ["7辆"]},
    {"q": "Q4", "answerable": True, "keys": ["劝阻人员2860人"], "answer_any": ["2860"]},
    {"q": "Q5", "answerable": False, "keys": [], "answer_any": []},
    {"q": "Q6", "answerable": False, "keys": [], "answer_any": []},
]

ANSWERS = {
    # right answer, key in quote 1
    "Q1": Answer("Q1", True, "崔桥镇：村级设置卡点43个", quotes=[q("村级设置卡点43个。"), q("x")]),
    # right answer, key only in quote 2
    "Q2": Answer("Q2", True, "田艳华", quotes=[q("别的句子"), q("崔桥镇镇长田艳华说")]),
    # wrong answer, key in quote 3
    "Q3": Answer("Q3", True, "宣传车8辆", quotes=[q("a"), q("b"), q("出动宣传车7辆")]),
    # refused, key nowhere in its quotes
    "Q4": Answer("Q4", False, None, quotes=[q("a")]),
    # correctly refused
    "Q5": Answer("Q5", False),
    # answered an unanswerable question
    "Q6": Answer("Q6", True, "胡说", quotes=[q("胡说")]),
}

RANKINGS = {  # deeper rankings for MRR@10: first key at ranks 1, 2, 5, none
    "Q1": ["村级设置卡点43个"],
    "Q2": ["x", "镇长田艳华"],
    "Q3": ["a", "b", "c", "d", "出动宣传车7辆"],
    "Q4": ["a"] * 10,
    "Q5": ["a"],
    "Q6": ["a"],
}


def fake_ask(question: str) -> Answer:
    return ANSWERS[question]


def fake_rank(question: str, k: int) -> list[Quote]:
    return [q(t) for t in RANKINGS[question][:k]]


def test_evaluate_questions_exact_metrics():
    calls = []

    def ask(question):
        calls.append(question)
        return fake_ask(question)

    m = ev.QuestionsEvaluator(QUESTIONS)(ask, rank=fake_rank)
    assert calls == ["Q1"] + [x["q"] for x in QUESTIONS]  # one warm-up ask, then every question once
    assert (m["n"], m["answerable"], m["unanswerable"]) == (6, 4, 2)
    assert m["answer_accuracy"] == 2 / 4  # Q1, Q2
    assert m["strict_accuracy"] == 1 / 4  # Q1 only (Q2's key is in quote 2)
    assert m["refusal_accuracy"] == 1 / 2  # Q5
    assert m["overall_accuracy"] == 2 / 6  # Q1, Q5
    assert m["found_rate"] == 4 / 6
    assert m["quote_hit@1"] == 1 / 4
    assert m["quote_hit@3"] == 3 / 4  # Q1, Q2, Q3
    assert m["mrr@10"] == pytest.approx((1 + 1 / 2 + 1 / 5 + 0) / 4)
    assert m["latency"]["n"] == 6
    misses = {x["q"]: x for x in m["misses"]}
    assert sorted(misses) == ["Q2", "Q3", "Q4", "Q6"]
    assert misses["Q2"]["why"] == "key not in first quote" and misses["Q2"]["quote_rank"] == 2
    assert misses["Q3"]["why"] == "wrong answer" and misses["Q3"]["got"] == "宣传车8辆"
    assert misses["Q4"]["why"] == "refused" and misses["Q4"]["got"] == "(refused)"
    assert misses["Q6"]["expected"] == "(refusal)"


def test_evaluate_questions_without_ranker_or_unanswerables():
    m = ev.QuestionsEvaluator(QUESTIONS[:1], warmup=False)(fake_ask)
    assert m["mrr@10"] is None  # no ranker: not applicable, not zero
    assert m["refusal_accuracy"] is None
    assert m["overall_accuracy"] == 1.0


def test_evaluate_ranking_exact_metrics():
    m = ev.QuestionsEvaluator(QUESTIONS).ranking(fake_rank)
    assert m["answerable"] == 4
    assert m["quote_hit@1"] == 1 / 4
    assert m["quote_hit@3"] == 2 / 4
    assert m["mrr@10"] == pytest.approx((1 + 1 / 2 + 1 / 5) / 4)
    assert m["latency"]["n"] == 6


def test_questions_evaluator_settings_name_the_metrics():
    m = ev.QuestionsEvaluator(QUESTIONS, hits=(2, 5), mrr_depth=3, warmup=False)(fake_ask, rank=fake_rank)
    assert "quote_hit@1" not in m and "mrr@10" not in m
    assert m["quote_hit@2"] == 2 / 4  # Q1, Q2
    assert m["quote_hit@5"] == 3 / 4  # Q1, Q2, Q3
    assert m["mrr@3"] == pytest.approx((1 + 1 / 2) / 4)  # Q3's key is at 5, deeper than 3
    r = ev.QuestionsEvaluator(QUESTIONS, hits=(5,), mrr_depth=5).ranking(fake_rank)
    assert r["quote_hit@5"] == 3 / 4 and r["mrr@5"] == pytest.approx((1 + 1 / 2 + 1 / 5) / 4)


def test_load_questions(tmp_path):
    qs = ev.load_questions(DATA / "article_questions.jsonl")
    n = sum(1 for line in (DATA / "article_questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(qs) == n and all(isinstance(x["keys"], list) for x in qs)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q": "a", "answerable": false}\nnot json\n', encoding="utf-8")
    with pytest.raises(ev.EvalDataError, match=r"bad.jsonl:2"):
        ev.load_questions(bad)
    bad.write_text('{"q": "a", "answerable": true, "keys": []}\n', encoding="utf-8")
    with pytest.raises(ev.EvalDataError, match="needs"):
        ev.load_questions(bad)


# -- SQuAD-style data ------------------------------------------------------------------------
TINY_SQUAD = {
    "version": "tiny",
    "data": [
        {"title": "扶沟县", "id": "A1", "paragraphs": [
            {"id": "A1P1", "context": "扶沟县位于河南省东部。扶沟县隶属于周口市，面积1173平方公里。县城以北有吕潭镇。",
             "qas": [
                 {"id": "A1P1Q1", "question": "扶沟县的面积有多大？", "answers": [{"text": "1173平方公里", "answer_start": 0}]},
                 {"id": "A1P1Q2", "question": "扶沟县隶属于哪个市？", "answers": [{"text": "周口市", "answer_start": 0},
                                                                       {"text": "周口市", "answer_start": 0}]},
             ]},
            {"id": "A1P2", "context": "   ", "qas": []},  # empty context: not a document, not counted
            {"id": "A1P3", "context": "崔桥镇是扶沟县下辖的一个镇。崔桥镇共有34个行政村。",
             "qas": [
                 {"id": "A1P3Q1", "question": "崔桥镇有多少个行政村？", "answers": [{"text": "34个", "answer_start": 0}]},
             ]},
        ]},
        {"title": "熊猫", "id": "A2", "paragraphs": [
            {"id": "A2P1", "context": "大熊猫是中国特有的哺乳动物。大熊猫主要以竹子为食。成年大熊猫体重可达一百五十公斤。",
             "qas": [
                 {"id": "A2P1Q1", "question": "大熊猫主要吃什么？", "answers": [{"text": "竹子", "answer_start": 0}]},
                 {"id": "A2P1Q2", "question": "没有答案的问题", "answers": []},  # no gold answer: skipped
             ]},
        ]},
    ],
}


def write_tiny_squad(folder: Path) -> Path:
    path = folder / "tiny_squad.json"
    path.write_text(json.dumps(TINY_SQUAD, ensure_ascii=False), encoding="utf-8")
    return path


def test_squad_questions_match_the_corpus_doc_ids(tmp_path):
    from wenda.corpus.load import load_corpus

    path = write_tiny_squad(tmp_path)
    qs = ev.load_squad(path)
    assert [x["id"] for x in qs] == ["A1P1Q1", "A1P1Q2", "A1P3Q1", "A2P1Q1"]
    assert [x["doc"] for x in qs] == ["tiny_squad.json#0"] * 2 + ["tiny_squad.json#1", "tiny_squad.json#2"]
    assert qs[1]["answers"] == ["周口市"]  # duplicate gold answers collapse
    docs = {d.doc_id: d for d in load_corpus(path)}
    for x in qs:
        assert any(a in docs[x["doc"]].text for a in x["answers"])


def test_load_squad_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ev.EvalDataError, match="bad.json is not valid JSON"):
        ev.load_squad(bad)
    bad.write_text('{"data": 1}', encoding="utf-8")
    with pytest.raises(ev.EvalDataError, match="bad.json is not SQuAD-style"):
        ev.load_squad(bad)
    bad.write_text(json.dumps({"data": [{"paragraphs": [{"context": "甲。", "qas": [
        {"question": "乙？", "answers": []}]}]}]}), encoding="utf-8")
    with pytest.raises(ev.EvalDataError, match="no answerable questions in .*bad.json"):
        ev.load_squad(bad)
    with pytest.raises(ev.EvalDataError, match="missing.json"):
        ev.load_squad(tmp_path / "missing.json")


def test_evaluate_squad_exact_metrics():
    questions = [
        {"q": "A", "answers": ["竹子"], "doc": "p1"},
        {"q": "B", "answers": ["周口市"], "doc": "p2"},
        {"q": "C", "answers": ["34个"], "doc": "p3"},
        {"q": "D", "answers": ["1173"], "doc": "p4"},
    ]
    rankings = {
        "A": [q("以竹子为食", "p1")],  # answer and passage at 1
        "B": [q("x", "p9"), q("隶属于周口市", "p2")],  # both at 2
        "C": [q("x", "p3"), q("y", "p9"), q("z", "p9"), q("w", "p9"), q("共有34个行政村", "p8")],  # passage 1, answer 5 (other passage)
        "D": [q("x", "p9")] * 5,  # nothing
    }
    answers = {"A": Answer("A", True, "竹子"), "B": Answer("B", True, "长沙"), "C": Answer("C", False), "D": Answer("D", False)}
    m = ev.SquadEvaluator(questions)(lambda s, k: rankings[s][:k], ask=lambda s: answers[s])
    assert m["n"] == 4
    assert m["answer_in_quote@1"] == 1 / 4
    assert m["answer_in_quote@5"] == 3 / 4
    assert m["passage_hit@1"] == 2 / 4
    assert m["passage_hit@5"] == 3 / 4
    assert m["passage_mrr@5"] == pytest.approx((1 + 1 / 2 + 1) / 4)
    assert m["found_rate"] == 2 / 4
    assert m["answer_contains"] == 1 / 4
    assert m["precision"] == 1 / 2  # A right, B wrong, C and D refused
    assert m["em"] == 1 / 4 and m["f1"] == 1 / 4  # only A's 竹子 matches at all
    plain = ev.SquadEvaluator(questions)(lambda s, k: rankings[s][:k])
    assert plain["found_rate"] is None and plain["answer_contains"] is None
    assert plain["answer_in_quote@5"] == 3 / 4
    shallow = ev.SquadEvaluator(questions, depth=2, warmup=False)(lambda s, k: rankings[s][:k])
    assert "passage_hit@5" not in shallow
    assert shallow["answer_in_quote@2"] == 2 / 4  # A, B (C's answer is at 5)
    assert shallow["passage_hit@2"] == 3 / 4 and shallow["passage_mrr@2"] == pytest.approx((1 + 1 / 2 + 1) / 4)
    ticks = []
    ev.SquadEvaluator(questions)(lambda s, k: rankings[s][:k], progress=lambda done, total: ticks.append((done, total)))
    assert ticks == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_squad_removed_variant_counts_refusals():
    questions = [{"q": "A", "answers": ["竹子"], "doc": "p1"}, {"q": "B", "answers": ["周口市"], "doc": "p2"},
                 {"q": "C", "answers": ["34个"], "doc": "p3"}]
    seen = []

    def ask(text, doc):
        seen.append((text, doc))
        return {"A": Answer("A", False), "B": Answer("B", True, "隶属于周口市"), "C": Answer("C", True, "5个")}[text]

    m = ev.SquadEvaluator(questions).removed(ask)
    assert seen == [("A", "p1"), ("B", "p2"), ("C", "p3")]  # each asked without its own passage
    assert m["n"] == 3 and m["refused"] == pytest.approx(1 / 3) and m["answered"] == pytest.approx(2 / 3)
    assert m["answered_gold"] == 1 / 2


@pytest.mark.skipif(not CMRC_TRIAL.exists(), reason="needs /work/shared (CMRC 2018 trial)")
def test_cmrc_trial_loads_with_doc_ids_of_the_corpus():
    from wenda.corpus.load import load_corpus

    qs = ev.load_squad(CMRC_TRIAL)
    assert len(qs) == 1000  # 1002 in the file, two with an empty question
    docs = {d.doc_id: d.text for d in load_corpus(CMRC_TRIAL)}
    assert all(x["doc"] in docs for x in qs)
    inside = sum(any(a in docs[x["doc"]] for a in x["answers"]) for x in qs)
    assert inside / len(qs) > 0.99  # gold answers are spans of their own paragraph


# -- the baselines ---------------------------------------------------------------------------
def test_baselines_rank_the_same_sentences(article_engine):
    from wenda.index.evaluation.baselines import BM25Baseline, DenseBaseline, baseline

    chunks = {c.text for c in article_engine.store.chunks}
    bm = BM25Baseline(article_engine.store).quotes("大李庄乡劝阻了多少人员", 5)
    assert 0 < len(bm) <= 5 and all(x.text in chunks for x in bm)
    assert [x.score for x in bm] == sorted((x.score for x in bm), reverse=True)
    assert any("劝阻人员2860人" in x.text for x in bm)
    assert BM25Baseline(article_engine.store).quotes("", 5) == []
    dense = DenseBaseline(article_engine.store, article_engine.encoder).quotes("崔橋鎮設了多少個卡點", 7)
    assert len(dense) == 7 and all(x.text in chunks for x in dense)
    assert [x.score for x in dense] == sorted((x.score for x in dense), reverse=True)
    with pytest.raises(ValueError):
        baseline("dense", article_engine.store, None)


# -- `wenda eval` end to end -----------------------------------------------------------------
def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    from wenda.bot.cli import main

    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_eval_article_questions_json(article_engine, monkeypatch, capsys):
    import wenda.bot.evaluate

    monkeypatch.setattr(wenda.bot.evaluate, "open_engine", lambda config, progress=True: article_engine)
    code, out, _ = run_cli(["eval", str(DATA / "article_questions.jsonl"), "--limit", "5",
                            "--baseline", "bm25", "--json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert report["kind"] == "questions" and report["questions"] == 5 and report["questions_in_file"] == len(
        (DATA / "article_questions.jsonl").read_text(encoding="utf-8").strip().splitlines())
    assert set(report["systems"]) == {"wenda", "bm25"}
    w, b = report["systems"]["wenda"], report["systems"]["bm25"]
    for key in ("answer_accuracy", "strict_accuracy", "overall_accuracy", "quote_hit@1", "quote_hit@3", "mrr@10"):
        assert 0.0 <= w[key] <= 1.0, key
    assert w["refusal_accuracy"] is None  # the first five are all answerable
    for key in ("quote_hit@1", "quote_hit@3", "mrr@10"):
        assert 0.0 <= b[key] <= 1.0, key
    assert "answer_accuracy" not in b
    assert w["quote_hit@3"] >= 0.6  # the engine finds most of these sentences
    for sys_ in (w, b):
        lat = sys_["latency"]
        assert lat["n"] == 5 and 0 < lat["p50_ms"] <= lat["p95_ms"] <= lat["p99_ms"]
    assert report["peak_rss_mib"] > 50
    assert report["index"]["sentences"] == len(article_engine.store.chunks)
    assert report["index"]["build_seconds"] > 0


def test_cli_eval_text_table(article_engine, monkeypatch, capsys):
    import wenda.bot.evaluate

    monkeypatch.setattr(wenda.bot.evaluate, "open_engine", lambda config, progress=True: article_engine)
    code, out, _ = run_cli(["eval", str(DATA / "article_questions.jsonl"), "--limit", "3", "--baseline", "bm25"], capsys)
    assert code == 0
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("metric"))
    assert header.split() == ["metric", "wenda", "bm25"]
    row = next(line for line in lines if line.startswith("answer accuracy"))
    assert row.rstrip().endswith("—")  # a baseline extracts no answers
    assert any(line.startswith("latency p95") for line in lines)
    assert "peak RSS" in out


def test_cli_eval_squad_json(article_engine, tmp_path, monkeypatch, capsys):
    import wenda.index.engine

    # the session's encoder, not a second load of the same model
    monkeypatch.setattr(wenda.index.engine, "_load_encoder", lambda config, progress: article_engine.encoder)
    path = write_tiny_squad(tmp_path)
    code, out, _ = run_cli(["eval", "--squad", str(path), "--index", str(tmp_path / "index"),
                            "--baseline", "bm25", "--baseline", "dense", "--json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert report["kind"] == "squad" and report["questions"] == 4
    assert report["index"]["documents"] == 3 and report["index"]["built_now"] is True
    assert set(report["systems"]) == {"wenda", "bm25", "dense"}
    w = report["systems"]["wenda"]
    assert w["answer_in_quote@5"] >= 0.5
    assert w["passage_hit@5"] >= 0.5
    assert 0.0 <= w["found_rate"] <= 1.0
    assert report["systems"]["bm25"]["found_rate"] is None
    for sys_ in report["systems"].values():
        assert 0.0 <= sys_["answer_in_quote@1"] <= sys_["answer_in_quote@5"] <= 1.0
        assert 0.0 <= sys_["passage_hit@1"] <= sys_["passage_hit@5"] <= 1.0
        assert sys_["latency"]["n"] == 4
    for key in ("precision", "em", "f1", "removed_refused"):
        assert w[key] is None or 0.0 <= w[key] <= 1.0
    assert w["removed"]["n"] == 4 and w["removed_refused"] == w["removed"]["refused"]


def test_cli_eval_usage_errors(tmp_path, capsys):
    code, _, err = run_cli(["eval"], capsys)
    assert code == 2 and "questions file" in err
    code, _, err = run_cli(["eval", "x.jsonl", "--squad", "y.json"], capsys)
    assert code == 2
    code, _, err = run_cli(["eval", "--squad", "y.json", "--corpus", "z"], capsys)
    assert code == 2 and "--corpus" in err
    code, _, err = run_cli(["eval", str(DATA / "article_questions.jsonl"), "--limit", "0"], capsys)
    assert code == 2
    code, _, err = run_cli(["eval", str(tmp_path / "missing.jsonl")], capsys)
    assert code == 1 and "missing.jsonl" in err
