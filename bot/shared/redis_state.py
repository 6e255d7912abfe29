"""The shared state in Redis (WENDA_STATE=redis://host:6379/0): bot workers on several hosts.

Keys (prefix "wenda:"): ctx:<chat key> (the last question, JSON, expiring after the context's
lifetime), msgs:<chat> + msgorder:<chat> (which question each bot message answered; the last 500
per chat), rate:<chat> (a sorted set of the times of the questions let through), notice:<chat>:<topic>,
seen:<bot>:<update id> (SET NX, kept a day). Every check-and-change is one Lua script or one
SET NX, which Redis runs atomically.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import Callable
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


def safe_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


class RedisState:
    """Conversation context, flood-control windows and seen update ids in one Redis database."""

    def __init__(self, url: str, *, ttl: float = DEFAULT_TTL, prefix: str = PREFIX,
                 clock: Callable[[], float] = time.time):
        if ttl <= 0:
            raise ValueError("ttl must be positive (seconds)")
        import redis

        self.ttl, self.clock, self.prefix, self.url = ttl, clock, prefix, safe_url(url)
        try:
            self.db = redis.Redis.from_url(url, decode_responses=True, socket_timeout=5, socket_connect_timeout=5,
                                           health_check_interval=30)
            self.db.ping()
        except (redis.RedisError, ValueError) as e:
            raise StateError(f"cannot reach the shared state at {self.url} (WENDA_STATE): {e}") from e
        self._take = self.db.register_script(_TAKE)
        self._notice = self.db.register_script(_NOTICE)
        self._remember_message = self.db.register_script(_REMEMBER_MESSAGE)

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

    def close(self) -> None:
        self.db.close()
