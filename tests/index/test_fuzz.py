"""Fuzzing the engine: hostile and odd questions always get a well-formed Answer, in bounded time.

Every input — empty, whitespace, very long, emoji, control characters, right-to-left text and
combining marks, mixed scripts, Traditional Chinese, only punctuation, SQL/HTML-looking strings,
random Chinese made of the corpus's own characters and words — must give an Answer that:

* is an Answer whose `question` is the input, `found` a bool, and `to_json()` serialisable
  (and back) with exactly the documented keys;
* found ⇒ a non-empty answer line; not found ⇒ no answer line and no figures;
* has at most 3 quotes, each verbatim from the corpus (inside one paragraph of it, at most two
  sentences), naming a document and section that exist, with a finite score;
* renders as valid Telegram HTML (what the bot would send), each piece within 4,096 characters;
* comes back in under PER_INPUT_LIMIT seconds (a generous bound, not a timing test).

CI runs a few hundred examples. The long run is this same file with two environment variables,
which is what `bench/bench_fuzz.py` does (10,000 examples, then a report of throughput, latency
per family and the slowest inputs):

    WENDA_FUZZ_EXAMPLES=10000   how many generated questions (default CI_EXAMPLES)
    WENDA_FUZZ_LOG=FILE         append one JSON line per checked input: family, length, seconds, t
"""

from __future__ import annotations

import json
import math
import os
import re
import time
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wenda.corpus.load import default_corpus_dir, load_corpus
from wenda.corpus.types import Answer

PER_INPUT_LIMIT = 5.0  # seconds; generous on purpose (2 busy cores), the point is "bounded"
CI_EXAMPLES = 300


def examples_from(env: Mapping[str, str]) -> int:
    """The generated-question count: WENDA_FUZZ_EXAMPLES when set (a positive whole number), else CI_EXAMPLES."""
    text = (env.get("WENDA_FUZZ_EXAMPLES") or "").strip()
    if not text:
        return CI_EXAMPLES
    if not text.isdigit() or int(text) <= 0:
        raise ValueError(f"WENDA_FUZZ_EXAMPLES must be a positive whole number of examples, not {text!r}")
    return int(text)


EXAMPLES = examples_from(os.environ)
FUZZ_LOG = os.environ.get("WENDA_FUZZ_LOG")
JSON_KEYS = {"question", "found", "answer", "section", "figures", "quotes", "ms"}


# -- what the inputs are made of -------------------------------------------------------------

@lru_cache(maxsize=1)
def corpus_material() -> tuple[str, list[str], list[str]]:
    """(the corpus's characters, its words, its section names) from the bundled article."""
    import jieba

    docs = load_corpus(default_corpus_dir())
    text = "".join(s.text for d in docs for s in d.sentences())
    chars = "".join(sorted(set(text) - set(" \n\t")))
    words = sorted({w for w in jieba.lcut(text) if len(w) >= 2 and re.search(r"[\u4e00-\u9fff]", w)})
    sections = sorted({sec.title for d in docs for sec in d.sections if sec.title})
    return chars, words, sections


@lru_cache(maxsize=1)
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


WHITESPACE = " \t\n\r\x0b\x0c\u3000\u00a0\u2002\u2003\u2009\u200a\u2028\u2029\u1680\u205f"
PUNCTUATION = "，。！？；：、“”‘’（）《》【】…—·～!?.,;:'\"()[]{}<>/\\|@#$%^&*-_=+~`"
QUESTION_WORDS = ["多少", "几个", "几", "谁", "是谁", "什么时候", "哪一天", "有没有", "吗", "怎么样", "为什么", "哪里",
                  "多少人", "多少元", "多少个", "叫什么名字"]
INJECTIONS = [
    "'; DROP TABLE chunks; --", "\" OR 1=1 --", "1' UNION SELECT * FROM manifest --", "Robert'); DROP TABLE x;--",
    "<script>alert('x')</script>", "<b>粗体</b>", "<img src=x onerror=alert(1)>", "&lt;&amp;&gt;&#x27;", "</blockquote>",
    "<a href=\"javascript:alert(1)\">点我</a>", "{{7*7}}", "${jndi:ldap://127.0.0.1/a}", "%s%s%s%n", "../../etc/passwd",
    "*粗体* _斜体_ `代码` [链接](http://x) ~删除~ ||剧透||", "\\x00\\u0000", "null", "undefined", "NaN", "[]", "{}",
]


def _chinese_from_corpus() -> st.SearchStrategy[str]:
    chars, words, sections = corpus_material()
    random_chars = st.text(alphabet=chars, min_size=1, max_size=80)
    phrase = st.lists(st.one_of(st.sampled_from(words), st.sampled_from(sections), st.sampled_from(QUESTION_WORDS),
                                st.text(alphabet=chars, min_size=1, max_size=3)), min_size=1, max_size=12).map("".join)
    # shaped like a question the corpus might answer: a section, corpus words, a question word
    shaped = st.tuples(st.sampled_from(sections + [""]), st.lists(st.sampled_from(words), min_size=0, max_size=4),
                       st.sampled_from(QUESTION_WORDS), st.sampled_from(["", "？", "?", "。"])
                       ).map(lambda t: t[0] + "".join(t[1]) + t[2] + t[3])
    return st.one_of(random_chars, phrase, shaped)


def _sprinkle(base: st.SearchStrategy[str], extra: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Pieces of `base` text interleaved with pieces of `extra`."""
    return st.lists(st.one_of(base, extra), min_size=1, max_size=8).map("".join)


def question_strategies() -> dict[str, st.SearchStrategy[str]]:
    """Each family of hostile or odd input, by name (the benchmark reports per family)."""
    chinese = _chinese_from_corpus()
    emoji = st.one_of(
        st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), min_size=1, max_size=20),
        st.sampled_from(["👨‍👩‍👧‍👦", "🏳️‍🌈", "🇨🇳", "👍🏽", "❤️", "🧑🏿‍⚕️", "1️⃣", "😀" * 30]),
    )
    control = st.text(alphabet=st.characters(categories=["Cc", "Cf"]), min_size=1, max_size=10)
    rtl = st.one_of(
        st.text(alphabet=st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), min_size=1, max_size=20),
        st.sampled_from(["\u202e", "\u202d", "\u200f", "\u200e", "\u2067", "\u2069", "\u061c"]),
    )
    combining = st.text(alphabet=st.characters(categories=["Mn", "Me"]), min_size=1, max_size=6)
    scripts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30)
    return {
        "empty": st.just(""),
        "whitespace": st.text(alphabet=WHITESPACE, min_size=1, max_size=40),
        "emoji": _sprinkle(chinese, emoji),
        "control": _sprinkle(chinese, control),
        "rtl_combining": _sprinkle(chinese, st.one_of(rtl, combining)),
        "mixed_scripts": _sprinkle(chinese, st.one_of(scripts, st.text(alphabet="abcXYZ абв αβγ カタカナ ひらがな 한국어 0123",
                                                                       min_size=1, max_size=12))),
        "traditional": chinese.map(lambda s: _to_traditional().convert(s)),
        "punctuation": st.text(alphabet=PUNCTUATION, min_size=1, max_size=60),
        "injection": _sprinkle(chinese, st.sampled_from(INJECTIONS)),
        "corpus_chinese": chinese,
        "fullwidth": _sprinkle(chinese, st.text(alphabet=[chr(c) for c in range(0xFF01, 0xFF5F)], min_size=1,
                                                max_size=10)),
        "lone_surrogates": _sprinkle(chinese, st.sampled_from(["\ud800", "\udcff", "\udfff", "\ud83d"])),
        "any_unicode": st.text(max_size=60),
    }


def questions() -> st.SearchStrategy[str]:
    return st.one_of(*question_strategies().values())


def tagged_questions() -> st.SearchStrategy[tuple[str, str]]:
    """(family, question): the same questions as questions(), each with its family's name."""
    return st.one_of(*(s.map(lambda q, name=name: (name, q)) for name, s in question_strategies().items()))


def long_inputs() -> dict[str, str]:
    """About 20,000 characters each (Telegram allows 4,096; the CLI and the engine take anything)."""
    chars, words, sections = corpus_material()
    n = 20_000
    rep = lambda s: (s * (n // max(1, len(s)) + 1))[:n]  # noqa: E731
    import random

    rng = random.Random(20_000)
    return {
        "seed_question_repeated": rep("崔桥镇设了多少卡点"),
        "random_corpus_chars": "".join(rng.choice(chars) for _ in range(n)),
        "random_corpus_words": rep("".join(rng.choice(words) for _ in range(2000))),
        "all_sections_repeated": rep("".join(sections)),
        "question_then_spaces": "崔桥镇设了多少卡点" + " " * (n - 9),
        "emoji": rep("😀👨‍👩‍👧‍👦🇨🇳"),
        "control_chars": rep("\x00\x01\x1b[31m\u200b\ufeff崔桥"),
        "combining_marks": rep("崔\u0301\u0308"),
        "punctuation": rep(PUNCTUATION),
        "html": rep("<b>崔桥镇</b>&amp;<script>"),
        "digits_and_units": rep("43个卡点"),
        "traditional": _to_traditional().convert(rep("崔桥镇设了多少卡点大李庄乡投入疫情防控人数多少人")),
    }


# -- what every answer must be ---------------------------------------------------------------

class Corpus:
    """What the engine's quotes are checked against."""

    def __init__(self, engine: Any):
        chunks = engine.store.chunks
        self.paragraphs: dict[int, str] = {}
        for c in chunks:
            self.paragraphs[c.paragraph] = self.paragraphs.get(c.paragraph, "") + c.text
        self.docs = {c.doc for c in chunks}
        self.sections = {c.section for c in chunks}
        self.section_names = list(engine.section_names())


def check_answer(engine: Any, corpus: Corpus, q: str) -> tuple[Answer, float]:
    """Ask q; assert everything the Answer must be; return it and the seconds it took."""
    from wenda.bot.handlers import reply_for
    from wenda.bot.format import split_message
    from wenda.corpus.text import split_sentences
    from support.fake_telegram import parse_html

    t0 = time.perf_counter()
    ans = engine.ask(q)
    seconds = time.perf_counter() - t0
    assert seconds < PER_INPUT_LIMIT, f"{seconds:.1f} s for {q[:80]!r}"
    assert isinstance(ans, Answer)
    assert ans.question == q and isinstance(ans.found, bool)
    out = ans.to_json()
    assert JSON_KEYS <= set(out) <= JSON_KEYS | {"error", "near", "suggest"}
    assert "near" not in out or (not out["found"] and isinstance(out["near"], str) and out["near"])
    ascii_json = json.dumps(out)  # always encodable
    if not re.search(r"[\ud800-\udfff]", q):  # and back, and as UTF-8 (unless the input itself cannot be:
        # lone surrogates don't survive JSON, two neighbouring ones even come back as one character)
        assert json.loads(ascii_json) == out
        assert json.loads(json.dumps(out, ensure_ascii=False).encode("utf-8")) == out
    else:
        assert json.loads(ascii_json)["found"] == ans.found
    assert math.isfinite(ans.ms) and ans.ms >= 0
    if not q.strip():
        assert not ans.found and ans.error
    if ans.found:
        assert isinstance(ans.answer, str) and ans.answer.strip(), ans
        assert ans.error is None
        if ans.section is not None:
            assert ans.section in corpus.sections
    else:
        assert ans.answer is None and ans.figures == [], ans
    assert len(ans.quotes) <= 3
    for quote in ans.quotes:
        assert isinstance(quote.text, str) and quote.text.strip()
        assert any(quote.text in p for p in corpus.paragraphs.values()), f"not verbatim: {quote.text!r}"
        assert len(split_sentences(quote.text)) <= 2, quote.text
        assert quote.doc in corpus.docs and (quote.section in corpus.sections or quote.section is None)
        assert math.isfinite(quote.score)
    pieces = split_message(reply_for(ans, corpus.section_names))
    assert pieces and all(len(p) <= 4096 for p in pieces)
    for piece in pieces:
        parse_html(piece)  # raises for HTML Telegram would reject
    return ans, seconds


def log_input(family: str, q: str, seconds: float) -> None:
    """One line of WENDA_FUZZ_LOG (when set) for an input that passed every check."""
    if FUZZ_LOG:
        with open(FUZZ_LOG, "a", encoding="utf-8") as f:
            f.write(json.dumps({"family": family, "length": len(q), "seconds": seconds, "t": time.time(),
                                "question": q[:60]}) + "\n")


@pytest.fixture(scope="module")
def corpus(article_engine) -> Corpus:
    return Corpus(article_engine)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(item=tagged_questions())
@example(item=("example", ""))
@example(item=("example", "   \n\t\u3000"))
@example(item=("example", "崔桥镇设了多少卡点"))
@example(item=("example", "崔橋鎮設了多少個卡點？"))
@example(item=("example", "'; DROP TABLE x; --<b>"))
@example(item=("example", "？？？！！。。"))
@example(item=("example", "\u202e崔桥镇\u202c设了多少卡点"))
@example(item=("example", "\x00\x1b[31m崔桥镇\x7f多少"))
@example(item=("example", "\ud800崔桥镇设了多少卡点"))
def test_every_question_gets_a_well_formed_answer(article_engine, corpus, item):
    family, q = item
    _, seconds = check_answer(article_engine, corpus, q)
    log_input(family, q, seconds)


@pytest.mark.parametrize("name", list(long_inputs()))
def test_20000_character_questions_are_answered_in_bounded_time(article_engine, corpus, name):
    q = long_inputs()[name]
    assert len(q) >= 19_000
    _, seconds = check_answer(article_engine, corpus, q)
    log_input(f"long:{name}", q, seconds)


def test_the_example_count_comes_from_the_environment():
    assert examples_from({}) == CI_EXAMPLES
    assert examples_from({"WENDA_FUZZ_EXAMPLES": " 10000 "}) == 10_000
    for bad in ("0", "-5", "many", "1e4"):
        with pytest.raises(ValueError, match="WENDA_FUZZ_EXAMPLES must be a positive whole number"):
            examples_from({"WENDA_FUZZ_EXAMPLES": bad})


def test_tagged_questions_name_their_family():
    """Every family is drawn, under its own name (what bench/bench_fuzz.py reports per family)."""
    from hypothesis import find

    for name in question_strategies():
        family, _ = find(tagged_questions(), lambda item, name=name: item[0] == name)
        assert family == name
    assert find(tagged_questions(), lambda item: item[0] == "empty") == ("empty", "")
    _, spaces = find(tagged_questions(), lambda item: item[0] == "whitespace")
    assert spaces and not spaces.strip()


def test_the_strategies_cover_every_family():
    """Each family yields what it says (a cheap guard against a strategy silently generating nothing)."""
    families = question_strategies()
    assert {"empty", "whitespace", "emoji", "control", "rtl_combining", "mixed_scripts", "traditional",
            "punctuation", "injection", "corpus_chinese"} <= set(families)
    chars, words, sections = corpus_material()
    assert len(chars) > 300 and len(words) > 100 and "崔桥镇" in sections
    assert _to_traditional().convert("崔桥镇设了多少个卡点") == "崔橋鎮設了多少個卡點"
