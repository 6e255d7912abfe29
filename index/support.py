"""Does a sentence support what singles out the question? Pure functions."""

from __future__ import annotations

from wenda.index.query import Query


def unqualified(q: Query, around: str) -> list[str]:
    """The question's qualifiers (see query.qualifiers) that the sentence and its frame lack:
    a sentence about 保洁员 does not answer 几名检查员, one about 优秀 not 合格的乡镇."""
    return [w for w in q.qualifiers if w not in around]


def counts(noun: str, frame: str) -> bool:
    """Does the piece of a sentence around a figure speak of the counted noun (卡点 in 设置卡点21个)?
    A figure in a piece about 口罩 does not count 卡点."""
    return noun in frame
