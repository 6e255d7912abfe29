"""The metric functions every evaluator shares: text matching, ranks, means, latency, memory.

Text matching ("is this gold string in that quote?") compares normalised text: NFKC (full-width
→ half-width), lower case, whitespace removed — the corpus and the gold strings can differ in
exactly those ways and still mean the same characters.
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

_SPACE = re.compile(r"\s+")


# -- text matching ---------------------------------------------------------------------------
def norm(text: str | None) -> str:
    """The form both sides of a match are compared in: NFKC, lower case, no whitespace."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def contains_any(text: str | None, needles: Iterable[str], punctuation: bool = True) -> bool:
    """Whether any (non-empty) needle occurs in text, both normalised; with punctuation=False, both
    also without CMRC's punctuation marks (as the official script compares answers: a gold
    «1944年2月25日解散。» is inside the answer line «第1舰队：1944年2月25日解散»)."""
    cut = norm if punctuation else unpunctuated
    hay = cut(text)
    return any(n and n in hay for n in (cut(x) for x in needles))


# -- CMRC 2018 span metrics -------------------------------------------------------------------
# As the official evaluation script (cmrc2018_evaluate.py, v5) defines them: lower case, Chinese
# characters and these punctuation marks one segment each, other runs split into words; its
# punctuation list is removed before comparing. The script splits non-Chinese runs with
# nltk.word_tokenize; here a run is split into words and single punctuation marks (the same
# for the digits, Latin words and numbers with units these answers hold; nltk is not needed).
CMRC_PUNCT = frozenset(['-', ':', '_', '*', '^', '/', '\\', '~', '`', '+', '=',
                        '，', '。', '：', '？', '！', '“', '”', '；', '’', '《', '》', '……', '·', '、',
                        '「', '」', '（', '）', '－', '～', '『', '』'])
_CJK = re.compile("[\u4e00-\u9fa5]")
# the marks as norm() leaves them too (NFKC turns ，into , and （ into ( …)
_PUNCT_NORM = CMRC_PUNCT | frozenset(unicodedata.normalize("NFKC", c) for c in CMRC_PUNCT if len(c) == 1)


def unpunctuated(text: str | None) -> str:
    """norm(text) without the official script's punctuation marks ("……" is two "…", NFKC "...")."""
    return "".join(ch for ch in norm(text).replace("...", "") if ch not in _PUNCT_NORM and ch != "…")
_WORD = re.compile(r"\d+(?:[.,]\d+)+|\w+|[^\w\s]")  # nltk keeps 3.5 and 1,000 whole


def cmrc_segments(text: str | None, drop_punct: bool = False) -> list[str]:
    """The script's mixed_segmentation: Chinese characters one by one, other runs as words."""
    out: list[str] = []
    run = ""
    for ch in (text or "").lower().strip():
        if drop_punct and ch in CMRC_PUNCT:
            continue
        if _CJK.match(ch) or ch in CMRC_PUNCT:
            out.extend(_WORD.findall(run))
            run = ""
            out.append(ch)
        else:
            run += ch
    out.extend(_WORD.findall(run))
    return out


def _longest_common_run(a: list[str], b: list[str]) -> int:
    """Length of the longest common contiguous run of segments (the script's find_lcs)."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def cmrc_f1(golds: Sequence[str], prediction: str | None) -> float:
    """Character F1 of a predicted span, the best over the gold answers (0 for no prediction)."""
    pred = cmrc_segments(prediction, drop_punct=True)
    best = 0.0
    for gold in golds:
        ref = cmrc_segments(gold, drop_punct=True)
        common = _longest_common_run(ref, pred)
        if common:
            p, r = common / len(pred), common / len(ref)
            best = max(best, 2 * p * r / (p + r))
    return best


def cmrc_em(golds: Sequence[str], prediction: str | None) -> float:
    """Exact match: 1.0 when the prediction equals a gold answer once both lose the script's punctuation."""
    def strip(t: str | None) -> str:
        return "".join(ch for ch in (t or "").lower().strip() if ch not in CMRC_PUNCT)
    pred = strip(prediction)
    return 1.0 if any(strip(g) == pred for g in golds) else 0.0


# -- ranks -----------------------------------------------------------------------------------
def first_hit(texts: Sequence[str], needles: Sequence[str]) -> int | None:
    """1-based rank of the first text holding a needle, or None when none does."""
    for i, t in enumerate(texts, 1):
        if contains_any(t, needles):
            return i
    return None


def hit_at(rank: int | None, k: int) -> bool:
    return rank is not None and rank <= k


def reciprocal_rank(rank: int | None) -> float:
    return 0.0 if rank is None else 1.0 / rank


def mean(values: Sequence[float]) -> float | None:
    """The mean, or None for no values (a metric that does not apply, not a zero)."""
    return sum(values) / len(values) if values else None


# -- latency and memory ----------------------------------------------------------------------
def percentile(values: Sequence[float], p: float) -> float | None:
    """The p-th percentile (0–100) with linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def latency_summary(ms: Sequence[float]) -> dict[str, float | int | None]:
    """p50/p95/p99/mean/max of per-question latencies in milliseconds."""
    out: dict[str, float | int | None] = {"n": len(ms)}
    for p in (50, 95, 99):
        v = percentile(ms, p)
        out[f"p{p}_ms"] = None if v is None else round(v, 3)
    out["mean_ms"] = None if not ms else round(sum(ms) / len(ms), 3)
    out["max_ms"] = None if not ms else round(max(ms), 3)
    return out


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """fn()'s result and the milliseconds it took."""
    t0 = time.perf_counter()
    out = fn()
    return out, (time.perf_counter() - t0) * 1000


def peak_rss_mib() -> float:
    """This process's peak resident memory so far, in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    import resource
    import sys

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
