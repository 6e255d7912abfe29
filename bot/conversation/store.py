"""Conversation state that survives a restart: one small SQLite file in the data directory.

Per chat key (a private chat, or one user inside a group) the store keeps the last
resolved question and when it was asked; it is forgotten after `ttl` seconds or on /new.
Per chat it also keeps which question each of the bot's messages answered, so a reply to
an older message finds its context whatever came between.

Several processes may share one file (bot workers on one host, see wenda.bot.shared): it is opened
as wenda.bot.sqlite opens them all (WAL, busy timeout), and every change is one statement or one
IMMEDIATE transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from wenda.bot.sqlite import immediate, open_sqlite

DEFAULT_TTL = 600.0  # seconds a conversation's context lasts (10 minutes)
MESSAGES_KEPT = 500  # bot messages remembered per chat (older ones are forgotten)
FILENAME = "conversations.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS context (
    chat_key TEXT PRIMARY KEY, question TEXT NOT NULL, sections TEXT NOT NULL, at REAL NOT NULL,
    person TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS messages (
    chat TEXT NOT NULL, message_id INTEGER NOT NULL, question TEXT NOT NULL, at REAL NOT NULL,
    PRIMARY KEY (chat, message_id));
"""


@dataclass(frozen=True)
class Turn:
    """The last resolved question of a chat key, and the sections it was about."""

    question: str
    sections: list[str] = field(default_factory=list)
    at: float = 0.0
    person: str = ""  # the name its answer gave, if it asked who (what 他/她 refers to next)


class StoreError(Exception):
    """The state file cannot be opened (a clear message for the user)."""


class Store:
    """Conversation state in SQLite (`path` a file or a directory; None keeps it in memory)."""

    def __init__(self, path: str | Path | None = None, *, ttl: float = DEFAULT_TTL,
                 clock: Callable[[], float] = time.time):
        if ttl <= 0:
            raise ValueError("ttl must be positive (seconds)")
        self.ttl = ttl
        self.clock = clock
        self._lock = threading.Lock()
        self._db, self.path = open_sqlite(path, FILENAME, self.schema(), what="conversation", error=StoreError)

    def schema(self) -> str:
        """The tables (CREATE … IF NOT EXISTS); a subclass that keeps more adds its own."""
        return _SCHEMA

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One IMMEDIATE transaction (wenda.bot.sqlite.immediate)."""
        return immediate(self._db, self._lock)

    # -- context per chat key -------------------------------------------------------------
    def last(self, key: str) -> Turn | None:
        """The last question of `key`, or None when there is none or it is older than ttl."""
        with self._lock:
            row = self._db.execute("SELECT question, sections, at, person FROM context WHERE chat_key = ?",
                                   (key,)).fetchone()
        if row is None or self.clock() - row[2] > self.ttl:
            return None
        return Turn(row[0], list(json.loads(row[1])), row[2], row[3])

    def remember(self, key: str, question: str, sections: list[str], person: str = "") -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO context VALUES (?, ?, ?, ?, ?)",
                             (key, question, json.dumps(sections, ensure_ascii=False), self.clock(), person))

    def clear(self, key: str) -> None:
        """Forget `key`'s context (/new)."""
        with self._lock:
            self._db.execute("DELETE FROM context WHERE chat_key = ?", (key,))

    # -- the question each bot message answered --------------------------------------------
    def remember_message(self, chat: str, message_id: int, question: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?)",
                       (chat, int(message_id), question, self.clock()))
            db.execute(
                "DELETE FROM messages WHERE chat = ? AND message_id NOT IN "
                "(SELECT message_id FROM messages WHERE chat = ? ORDER BY at DESC, message_id DESC LIMIT ?)",
                (chat, chat, MESSAGES_KEPT))

    def question_of(self, chat: str, message_id: int) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT question FROM messages WHERE chat = ? AND message_id = ?",
                                   (chat, int(message_id))).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()
