"""Conversation state that survives a restart: one small SQLite file in the data directory.

Per chat key (a private chat, or one user inside a group) the store keeps the last
resolved question and when it was asked; it is forgotten after `ttl` seconds or on /new.
Per chat it also keeps which question each of the bot's messages answered, so a reply to
an older message finds its context whatever came between.

Several processes may share one file (bot workers on one host, see wenda.bot.shared): it is opened
in WAL mode with a busy timeout, and every change is one statement or one IMMEDIATE transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TTL = 600.0  # seconds a conversation's context lasts (10 minutes)
MESSAGES_KEPT = 500  # bot messages remembered per chat (older ones are forgotten)
FILENAME = "conversations.sqlite3"
BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another process's transaction

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
        target = ":memory:"
        if path is not None:
            p = Path(path)
            if p.is_dir() or not p.suffix:
                p = p / FILENAME
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the conversation folder {p.parent}: {e.strerror}") from e
            target = str(p)
        self.path = target
        self._lock = threading.Lock()
        try:
            # isolation_level=None: autocommit; the multi-statement changes use transaction().
            self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None,
                                       timeout=BUSY_TIMEOUT_MS / 1000)
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if target != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")  # readers never wait for the writer
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.executescript(self.schema())
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the conversation file {target}: {e}") from e

    def schema(self) -> str:
        """The tables (CREATE … IF NOT EXISTS); a subclass that keeps more adds its own."""
        return _SCHEMA

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction (it takes the write lock at once, so two processes never both
        read the old value and then both write); the thread lock keeps this process's threads out."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

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
