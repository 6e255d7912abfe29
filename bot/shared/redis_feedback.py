"""Feedback in Redis (WENDA_STATE=redis://…): the answers the buttons refer to and the votes, for
bot workers on several hosts — a 👍 pressed under an answer one worker sent may reach another.
The same methods as wenda.bot.feedback.Feedback (the SQLite file of one host).

Keys (prefix "wenda:"): fb:shown:<id> (a hash: the answer as its buttons see it), fb:shown (a sorted
set of the ids by time, for keeping the last ANSWERS_KEPT), fb:votes:<id> (a hash: voter → "1|time"
or "0|time"), fb:voted (the ids with votes: kept whatever their age), fb:askid / fb:askq (the
questions the /start buttons ask ↔ their short ids).
"""

from __future__ import annotations

import json
import secrets
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from wenda.bot.feedback import ANSWERS_KEPT, PRUNE_EVERY, Shown, Summary, export_line, quote_json, quote_of
from wenda.bot.shared.redis_state import PREFIX, connect, safe_url
from wenda.corpus.types import Quote

# KEYS[1] the answer; ARGV[1] the first quote not shown yet. Raised only, and only on an answer kept.
_SHOWED_MORE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'more_from')) < tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'more_from', ARGV[1])
end
return 1
"""


class RedisFeedback:
    """Votes and the answers buttons refer to, in one Redis database."""

    def __init__(self, url: str, *, clock: Callable[[], float] = time.time, prefix: str = PREFIX):
        self.clock, self.prefix, self.path = clock, prefix, safe_url(url)
        self.db = connect(url)
        self._showed_more = self.db.register_script(_SHOWED_MORE)
        self._inserted = 0

    def _key(self, *parts: object) -> str:
        return self.prefix + "fb:" + ":".join(str(p) for p in parts)

    # -- answers shown, and what their buttons need ------------------------------------------
    def shown(self, chat: int, question: str, answer: str, found: bool, quotes: list[Quote],
              shown_quotes: int = 1) -> str:
        sid = secrets.token_urlsafe(6)
        at = self.clock()
        pipe = self.db.pipeline()
        pipe.hset(self._key("shown", sid), mapping={
            "chat": int(chat), "question": question, "answer": answer, "found": int(found),
            "quotes": json.dumps([quote_json(q) for q in quotes], ensure_ascii=False),
            "more_from": int(shown_quotes), "at": repr(at)})
        pipe.zadd(self._key("shown"), {sid: at})
        pipe.execute()
        self._inserted += 1
        if self._inserted % PRUNE_EVERY == 0:
            self._prune()
        return sid

    def _prune(self) -> None:
        """Forget answers beyond the last ANSWERS_KEPT, unless someone voted on them."""
        old = self.db.zrange(self._key("shown"), 0, -(ANSWERS_KEPT + 1))
        gone = [sid for sid, voted in zip(old, self.db.smismember(self._key("voted"), old) if old else [])
                if not voted]
        if gone:
            pipe = self.db.pipeline()
            pipe.delete(*(self._key("shown", sid) for sid in gone))
            pipe.zrem(self._key("shown"), *gone)
            pipe.execute()

    def context(self, sid: str) -> Shown | None:
        row = self.db.hgetall(self._key("shown", sid))
        if not row:
            return None
        return Shown(sid, int(row["chat"]), row["question"], row["answer"], row["found"] == "1",
                     [quote_of(d) for d in json.loads(row["quotes"])], int(row["more_from"]), float(row["at"]))

    def showed_more(self, sid: str, upto: int) -> None:
        self._showed_more(keys=[self._key("shown", sid)], args=[int(upto)])

    def ask_id(self, question: str) -> str:
        """A short id for a question a button asks (the same id from every worker)."""
        self.db.hsetnx(self._key("askid"), question, secrets.token_urlsafe(6))
        aid = self.db.hget(self._key("askid"), question)
        self.db.hset(self._key("askq"), aid, question)
        return aid

    def question_of(self, aid: str) -> str | None:
        return self.db.hget(self._key("askq"), aid)

    # -- votes ------------------------------------------------------------------------------
    def vote(self, sid: str, user: int, up: bool) -> bool:
        if not self.db.exists(self._key("shown", sid)):
            return False
        pipe = self.db.pipeline()
        pipe.hset(self._key("votes", sid), str(int(user)), f"{int(up)}|{self.clock()!r}")
        pipe.sadd(self._key("voted"), sid)
        pipe.execute()
        return True

    def _votes(self) -> list[tuple[dict, bool, float]]:
        """(the answer, up, when) for every vote."""
        out = []
        for sid in self.db.smembers(self._key("voted")):
            row = self.db.hgetall(self._key("shown", sid))
            for value in self.db.hvals(self._key("votes", sid)) if row else []:
                up, _, at = value.partition("|")
                out.append((row, up == "1", float(at)))
        return out

    def summary(self, top: int = 10) -> Summary:
        votes = self._votes()
        down = Counter(row["question"] for row, up, _ in votes if not up)
        latest: dict[str, float] = {}
        for row, up, at in votes:
            if not up:
                latest[row["question"]] = max(at, latest.get(row["question"], 0.0))
        ranked = sorted(down.items(), key=lambda qn: (-qn[1], -latest[qn[0]]))[:top]
        return Summary(self.db.zcard(self._key("shown")), sum(up for _, up, _ in votes),
                       sum(not up for _, up, _ in votes), ranked)

    def downvoted(self) -> list[dict[str, Any]]:
        """Each 👎 question once (its latest answer), oldest vote first, as Feedback.downvoted."""
        last: dict[str, tuple[dict, float]] = {}
        for row, up, at in self._votes():
            if not up and at >= last.get(row["question"], ({}, -1.0))[1]:
                last[row["question"]] = (row, at)
        return [export_line(q, row["answer"], row["found"] == "1", row["quotes"], at)
                for q, (row, at) in sorted(last.items(), key=lambda item: item[1][1])]

    def close(self) -> None:
        self.db.close()
