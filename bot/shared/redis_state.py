"""The shared state in Redis (WENDA_STATE=redis://host:6379/0): bot workers on several hosts.

Keys (prefix "wenda:"): ctx:<chat key> (the last question, JSON, expiring after the context's
lifetime), msgs:<chat> + msgorder:<chat> (which question each bot message answered; the last 500
per chat), rate:<chat> (a sorted set of the times of the questions let through), notice:<chat>:<topic>,
seen:<bot>:<update id> (SET NX, kept a day), turns:<chat> + turnsuntil:<chat> (the chat's tickets in
order and when each one's lease ends) and turnseq (the ticket counter). Every check-and-change is one Lua script or one
SET NX, which Redis runs atomically.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from wenda.bot.conversation.store import DEFAULT_TTL, MESSAGES_KEPT, Turn
from wenda.bot.shared import SEEN_TTL, StateError

PREFIX = "wenda:"

# KEYS[1] the chat's window; ARGV: now, period, count, a unique member. "0" when a place was taken,
# else the seconds until the oldest frees (as a string: Lua numbers would be cut to integers).
_TAKE = """
local now, period, count = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - period)
if redis.call('ZCARD', KEYS[1]) < count then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(period * 1000) + 1000)
  return '0'
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tostring(period - (now - tonumber(first[2])))
"""

# KEYS[1] the notice; ARGV: now, period. 1 when the chat was not told in the last period (now it is).
_NOTICE = """
local last = redis.call('GET', KEYS[1])
if last and tonumber(ARGV[1]) - tonumber(last) < tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', math.ceil(tonumber(ARGV[2]) * 1000) + 1000)
return 1
"""

# KEYS[1] message → question (hash), KEYS[2] message → when (sorted set); ARGV: id, question, at, kept.
_REMEMBER_MESSAGE = """
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
local extra = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
if extra > 0 then
  local old = redis.call('ZRANGE', KEYS[2], 0, extra - 1)
  redis.call('HDEL', KEYS[1], unpack(old))
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, extra - 1)
end
return 1
"""


# KEYS: seen, turnseq, turns:<chat>, turnsuntil:<chat>; ARGV: seen ttl, lease end, chat given (1/0), keys' ms.
# -1 when the update was claimed before; else the chat's ticket (0 without a chat).
_ENTER = """
if not redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[1]) then return -1 end
if ARGV[3] == '0' then return 0 end
local t = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[3], t, t)
redis.call('ZADD', KEYS[4], ARGV[2], t)
redis.call('PEXPIRE', KEYS[3], ARGV[4])
redis.call('PEXPIRE', KEYS[4], ARGV[4])
return t
"""

# KEYS: turns:<chat>, turnsuntil:<chat>; ARGV: the ticket, now. 1 when no earlier ticket is held
# (earlier ones whose lease ended are dropped on the way).
_FIRST_IN_LINE = """
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 1 end
while true do
  local first = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
  if (not first) or first == ARGV[1] then return 1 end
  local untl = redis.call('ZSCORE', KEYS[2], first)
  if untl and tonumber(untl) >= tonumber(ARGV[2]) then return 0 end
  redis.call('ZREM', KEYS[1], first)
  redis.call('ZREM', KEYS[2], first)
end
"""


def safe_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


def connect(url: str) -> Any:
    """A client of the Redis at `url` that answered a PING; StateError (without the password) if not."""
    import redis

    try:
        db = redis.Redis.from_url(url, decode_responses=True, socket_timeout=5, socket_connect_timeout=5,
                                  health_check_interval=30)
        db.ping()
    except (redis.RedisError, ValueError) as e:
        raise StateError(f"cannot reach the shared state at {safe_url(url)} (WENDA_STATE): {e}") from e
    return db


class RedisState:
    """Conversation context, flood-control windows and seen update ids in one Redis database."""

    def __init__(self, url: str, *, ttl: float = DEFAULT_TTL, prefix: str = PREFIX,
                 clock: Callable[[], float] = time.time):
        if ttl <= 0:
            raise ValueError("ttl must be positive (seconds)")
        self.ttl, self.clock, self.prefix, self.url = ttl, clock, prefix, safe_url(url)
        self.db = connect(url)
        self._take = self.db.register_script(_TAKE)
        self._notice = self.db.register_script(_NOTICE)
        self._remember_message = self.db.register_script(_REMEMBER_MESSAGE)
        self._enter = self.db.register_script(_ENTER)
        self._first_in_line = self.db.register_script(_FIRST_IN_LINE)

    def describe(self) -> str:
        return f"Redis {self.url}"

    def _key(self, *parts: object) -> str:
        return self.prefix + ":".join(str(p) for p in parts)

    # -- conversation context ---------------------------------------------------------------
    def last(self, key: str) -> Turn | None:
        raw = self.db.get(self._key("ctx", key))
        if raw is None:
            return None
        t = json.loads(raw)
        if self.clock() - t["at"] > self.ttl:
            return None
        return Turn(t["question"], list(t["sections"]), t["at"], t["person"])

    def remember(self, key: str, question: str, sections: list[str], person: str = "") -> None:
        value = json.dumps({"question": question, "sections": sections, "at": self.clock(), "person": person},
                           ensure_ascii=False)
        self.db.set(self._key("ctx", key), value, ex=math.ceil(self.ttl) + 60)

    def clear(self, key: str) -> None:
        self.db.delete(self._key("ctx", key))

    def remember_message(self, chat: str, message_id: int, question: str) -> None:
        self._remember_message(keys=[self._key("msgs", chat), self._key("msgorder", chat)],
                               args=[int(message_id), question, self.clock(), MESSAGES_KEPT])

    def question_of(self, chat: str, message_id: int) -> str | None:
        return self.db.hget(self._key("msgs", chat), str(int(message_id)))

    # -- flood control ----------------------------------------------------------------------
    def take(self, chat_id: int, count: int, period: float, now: float) -> float:
        wait = float(self._take(keys=[self._key("rate", chat_id)],
                                args=[repr(now), repr(period), count, f"{now!r}:{uuid.uuid4().hex}"]))
        return 0.0 if wait == 0 else max(wait, 1e-3)

    def wait_left(self, chat_id: int, count: int, period: float, now: float) -> float:
        times = self.db.zrangebyscore(self._key("rate", chat_id), f"({now - period!r}", "+inf", withscores=True)
        return 0.0 if len(times) < count else max(0.0, period - (now - times[0][1]))

    def notice(self, chat_id: int, topic: str, period: float, now: float) -> bool:
        return bool(self._notice(keys=[self._key("notice", chat_id, topic)], args=[repr(now), repr(period)]))

    # -- exactly once -----------------------------------------------------------------------
    def first_delivery(self, bot_id: int, update_id: int) -> bool:
        return bool(self.db.set(self._key("seen", bot_id, update_id), 1, nx=True, ex=int(SEEN_TTL)))

    # -- each chat's turns (wenda.bot.turns) ------------------------------------------------
    def _turn_keys(self, chat_id: int) -> list[str]:
        return [self._key("turns", chat_id), self._key("turnsuntil", chat_id)]

    def enter(self, bot_id: int, update_id: int, chat_id: int | None, until: float) -> int | None:
        keys = [self._key("seen", bot_id, update_id), self._key("turnseq")]
        keys += self._turn_keys(chat_id if chat_id is not None else 0)
        t = int(self._enter(keys=keys, args=[int(SEEN_TTL), repr(until), 0 if chat_id is None else 1,
                                             int(SEEN_TTL * 1000)]))
        return None if t < 0 else t

    def first_in_line(self, chat_id: int, ticket: int, now: float) -> bool:
        return bool(self._first_in_line(keys=self._turn_keys(chat_id), args=[ticket, repr(now)]))

    def renew(self, tickets: list[tuple[int, int]], until: float) -> None:
        pipe = self.db.pipeline(transaction=False)
        for chat_id, ticket in tickets:
            pipe.zadd(self._key("turnsuntil", chat_id), {str(ticket): until}, xx=True)
        pipe.execute()

    def leave(self, chat_id: int, ticket: int) -> None:
        pipe = self.db.pipeline(transaction=False)
        for key in self._turn_keys(chat_id):
            pipe.zrem(key, str(ticket))
        pipe.execute()

    def close(self) -> None:
        self.db.close()
