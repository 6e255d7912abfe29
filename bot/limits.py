"""Flood control per chat: at most N questions answered per M seconds.

WENDA_RATE="N/M" (default "5/30": five questions per chat in any 30-second window; commands
and small talk do not count). A question over the budget waits for its turn (the handler
sleeps until `reserve` gives it a place; the chat's updates stay in order behind it), and the
chat is told once per window that answers will come later. Only a real flood — more than
WENDA_QUEUE questions waiting in one chat — is dropped, and the chat is told so.

The limiter is a sliding window of the times of the questions accepted, kept by a `Counters`:
`LocalCounters` in this process, or the shared state store (wenda.bot.shared: SQLite or Redis),
where one atomic step — a transaction, a Lua script — checks and takes a place, so several bot
workers share one budget per chat. Times are wall-clock seconds (time.time), the one clock that
processes (and hosts kept in time by NTP) share.
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol

DEFAULT_RATE = "5/30"


class RateError(ValueError):
    """A WENDA_RATE value that does not read as N/M."""


def parse_rate(text: str | None) -> tuple[int, float]:
    """"5/30" → (5, 30.0): N messages per M seconds. Empty → the default."""
    text = (text or "").strip() or DEFAULT_RATE
    m = re.fullmatch(r"(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*s?", text)
    if not m or int(m.group(1)) < 1 or float(m.group(2)) <= 0:
        raise RateError(f"WENDA_RATE must read N/M (N messages per M seconds, e.g. {DEFAULT_RATE}), not {text!r}")
    return int(m.group(1)), float(m.group(2))


class Counters(Protocol):
    """Where the windows live. Each call is atomic: two workers never both take the last place."""

    def take(self, chat_id: int, count: int, period: float, now: float) -> float:
        """Take one place in the chat's window if fewer than `count` were taken in the last `period`
        seconds: 0.0; else the seconds until the oldest frees (nothing taken)."""

    def wait_left(self, chat_id: int, count: int, period: float, now: float) -> float:
        """Seconds until the chat may ask again (0 when it may now); takes nothing."""

    def notice(self, chat_id: int, topic: str, period: float, now: float) -> bool:
        """True (and remembered) when the chat was not told about `topic` in the last `period` seconds."""


class LocalCounters:
    """Counters in this process's memory (one worker; used from the event loop only, so no lock)."""

    def __init__(self) -> None:
        self._accepted: dict[int, deque[float]] = {}
        self._warned: dict[tuple[int, str], float] = {}
        self._checks = 0

    def take(self, chat_id: int, count: int, period: float, now: float) -> float:
        self._checks += 1
        if self._checks % 1024 == 0:
            self._forget(now, period)
        times = self._accepted.setdefault(chat_id, deque())
        while times and now - times[0] >= period:
            times.popleft()
        if len(times) < count:
            times.append(now)
            return 0.0
        return max(period - (now - times[0]), 1e-3)

    def wait_left(self, chat_id: int, count: int, period: float, now: float) -> float:
        times = [t for t in self._accepted.get(chat_id, ()) if now - t < period]
        if len(times) < count:
            return 0.0
        return max(0.0, period - (now - times[0]))

    def notice(self, chat_id: int, topic: str, period: float, now: float) -> bool:
        warned = self._warned.get((chat_id, topic))
        if warned is not None and now - warned < period:
            return False
        self._warned[(chat_id, topic)] = now
        return True

    def _forget(self, now: float, period: float) -> None:
        """Drop chats idle for a whole window, so memory stays bounded by active chats."""
        for chat_id in [c for c, t in self._accepted.items() if not t or now - t[-1] >= period]:
            del self._accepted[chat_id]
        for key in [k for k, t in self._warned.items() if now - t >= period]:
            del self._warned[key]


class ChatRateLimiter:
    """A sliding window per chat: the times of the questions it let through (kept by `counters`)."""

    def __init__(self, count: int, period: float, clock: Callable[[], float] = time.time,
                 counters: Counters | None = None):
        if count < 1 or period <= 0:
            raise RateError("rate must allow at least 1 message per positive period")
        self.count = count
        self.period = period
        self.clock = clock
        self.counters: Counters = counters if counters is not None else LocalCounters()

    def reserve(self, chat_id: int) -> float:
        """Take one place in the chat's budget: 0.0 when taken now, else the seconds until a place
        frees (nothing is taken; ask again then)."""
        return self.counters.take(chat_id, self.count, self.period, self.clock())

    def retry_in(self, chat_id: int) -> float:
        """Seconds until the chat may ask again (0 when it may now)."""
        return self.counters.wait_left(chat_id, self.count, self.period, self.clock())

    def first_notice(self, chat_id: int, topic: str = "wait") -> bool:
        """True once per window and topic for a chat: the one time it is told (about the wait, or
        about a flood dropped)."""
        return self.counters.notice(chat_id, topic, self.period, self.clock())
