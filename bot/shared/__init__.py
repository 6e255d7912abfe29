"""State that several bot workers share: conversation context, flood-control windows, the ids
of the updates already taken and each chat's turns (the order of its updates), behind one interface (`SharedState`), with two backends:

    open_state(None, data_dir)                    # SQLite in data_dir (the default): one host, any
                                                  # number of processes (WAL, busy timeout, one
                                                  # transaction per change)
    open_state("redis://host:6379/0", data_dir)   # Redis: workers on several hosts (WENDA_STATE)

Every check-and-change is one atomic step in the store (an IMMEDIATE transaction in SQLite, a
Lua script or SET NX in Redis), so two workers never both take the last place of a chat's flood
budget, and an update Telegram delivers twice — to one worker or to two — is answered once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from wenda.bot.conversation.store import DEFAULT_TTL, StoreError, Turn

SEEN_TTL = 24 * 3600.0  # seconds an update id is remembered (Telegram gives up redelivering long before)


class StateError(StoreError):
    """The shared state cannot be opened or reached (a clear message, never a traceback)."""


class SharedState(Protocol):
    """What a bot worker keeps outside its own memory."""

    ttl: float  # seconds a conversation's context lasts

    # conversation context (wenda.bot.conversation.Conversation's store)
    def last(self, key: str) -> Turn | None: ...
    def remember(self, key: str, question: str, sections: list[str], person: str = "") -> None: ...
    def clear(self, key: str) -> None: ...
    def remember_message(self, chat: str, message_id: int, question: str) -> None: ...
    def question_of(self, chat: str, message_id: int) -> str | None: ...

    # flood control (wenda.bot.limits.Counters)
    def take(self, chat_id: int, count: int, period: float, now: float) -> float: ...
    def wait_left(self, chat_id: int, count: int, period: float, now: float) -> float: ...
    def notice(self, chat_id: int, topic: str, period: float, now: float) -> bool: ...

    # exactly once
    def first_delivery(self, bot_id: int, update_id: int) -> bool:
        """True the first time (bot, update id) is seen by any worker; False for a redelivery."""

    # each chat's turns across workers (wenda.bot.turns.TurnStore): exactly once and in order
    def enter(self, bot_id: int, update_id: int, chat_id: int | None, until: float) -> int | None: ...
    def first_in_line(self, chat_id: int, ticket: int, now: float) -> bool: ...
    def renew(self, tickets: list[tuple[int, int]], until: float) -> None: ...
    def leave(self, chat_id: int, ticket: int) -> None: ...

    def describe(self) -> str: ...
    def close(self) -> None: ...


def open_state(url: str | None, data_dir: str | Path | None, *, ttl: float = DEFAULT_TTL) -> SharedState:
    """The shared state: Redis for a redis:// (rediss://, unix://) URL, else SQLite in data_dir
    (None: in memory, this process only)."""
    if url:
        from wenda.bot.shared.redis_state import RedisState

        return RedisState(url, ttl=ttl)
    from wenda.bot.shared.sqlite_state import SQLiteState

    return SQLiteState(data_dir, ttl=ttl)


__all__ = ["SEEN_TTL", "SharedState", "StateError", "open_state"]
