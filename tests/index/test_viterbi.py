"""index/viterbi.py: jieba.posseg's hidden Markov model decoded over arrays gives jieba's own
path and probability, and the tagger the engine uses decodes with it."""

from __future__ import annotations

import random
import re


import pytest
from support import DATA, REPO

from wenda.index import query as Q
from wenda.index import viterbi


@pytest.fixture(scope="module")
def tables():
    Q._posseg()  # the engine's tagger imports jieba.posseg (and installs the decoder)
    import jieba.posseg as P

    return P.char_state_tab_P, P.start_P, P.trans_P, P.emit_P


def jieba_decode(*args):
    """jieba's own decoder (the module jieba.posseg.viterbi, whose name posseg shadows), imported
    only after the engine's tagger has imported jieba.posseg on its tables."""
    from jieba.posseg.viterbi import viterbi as decode

    return decode(*args)


def _texts() -> list[str]:
    texts = [(REPO / "corpus" / "data" / "fugou_covid_towns.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DATA.rglob("*")) if p.suffix in (".txt", ".md")]
    return [s for t in texts for s in re.split(r"[^\u4e00-\u9fff]+", t) if s]


def test_the_same_path_and_probability_as_jieba_s_own_decoder(tables):
    rng = random.Random(7)
    runs = _texts()
    assert len(runs) > 1000
    pieces = [r[i:i + rng.randint(1, 9)] for r in runs for i in range(0, len(r), 5)]
    # characters jieba lists no states for (every state allowed) and ties of unseen characters
    odd = list("αß😀ⅣaZ9々〇") + list(tables[0])[:500]
    pieces += ["".join(rng.choice(odd) for _ in range(rng.randint(1, 8))) for _ in range(500)]
    for text in pieces:
        assert viterbi.viterbi(text, *tables) == jieba_decode(text, *tables), text


def test_the_engine_s_tagger_decodes_with_it_and_tags_as_before(tables, monkeypatch):
    import jieba.posseg as P

    Q._posseg()
    assert P.viterbi is viterbi.viterbi
    tagger = P.POSTokenizer(P.dt.tokenizer)
    sentences = [s for s in _texts() if len(s) > 6][:400]
    ours = [[tuple(w) for w in tagger.lcut(s)] for s in sentences]
    monkeypatch.setattr(P, "viterbi", jieba_decode)
    assert ours == [[tuple(w) for w in tagger.lcut(s)] for s in sentences]


def test_an_empty_text_fails_as_jieba_fails(tables):
    with pytest.raises(IndexError):
        jieba_decode("", *tables)
    with pytest.raises(IndexError):
        viterbi.viterbi("", *tables)
