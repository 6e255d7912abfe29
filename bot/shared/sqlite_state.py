"""The shared state in one SQLite file (the conversation store's file, with four more tables):
bot workers on one host share it. Each check-and-change is one IMMEDIATE transaction, which
takes the write lock before it reads, so two processes never both see the last free place."""

from __future__ import annotations

from wenda.bot.conversation.store import Store
from wenda.bot.shared import SEEN_TTL

_SCHEMA = """
CREATE TABLE IF NOT EXISTS rate (chat INTEGER NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS rate_by_chat ON rate (chat, at);
CREATE TABLE IF NOT EXISTS notices (
    chat INTEGER NOT NULL, topic TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (chat, topic));
CREATE TABLE IF NOT EXISTS seen (
    bot INTEGER NOT NULL, update_id INTEGER NOT NULL, at REAL NOT NULL, PRIMARY KEY (bot, update_id));
CREATE TABLE IF NOT EXISTS turns (ticket INTEGER PRIMARY KEY AUTOINCREMENT, chat INTEGER NOT NULL, until REAL NOT NULL);
CREATE INDEX IF NOT EXISTS turns_by_chat ON turns (chat, ticket);
"""
PRUNE_EVERY = 1024  # changes between sweeps of idle windows and old update ids


class SQLiteState(Store):
    """Conversation context (Store), flood-control windows and seen update ids in one file."""

    _changes = 0

    def schema(self) -> str:
        return super().schema() + _SCHEMA

    def describe(self) -> str:
        return f"SQLite {self.path}"

    # -- flood control ----------------------------------------------------------------------
    def take(self, chat_id: int, count: int, period: float, now: float) -> float:
        self._sweep(now, period)
        with self.transaction() as db:
            db.execute("DELETE FROM rate WHERE chat = ? AND at <= ?", (chat_id, now - period))
            n, first = db.execute("SELECT COUNT(*), MIN(at) FROM rate WHERE chat = ?", (chat_id,)).fetchone()
            if n < count:
                db.execute("INSERT INTO rate VALUES (?, ?)", (chat_id, now))
                return 0.0
        return max(period - (now - first), 1e-3)

    def wait_left(self, chat_id: int, count: int, period: float, now: float) -> float:
        with self._lock:
            n, first = self._db.execute("SELECT COUNT(*), MIN(at) FROM rate WHERE chat = ? AND at > ?",
                                        (chat_id, now - period)).fetchone()
        return 0.0 if n < count else max(0.0, period - (now - first))

    def notice(self, chat_id: int, topic: str, period: float, now: float) -> bool:
        with self._lock:  # one UPSERT: inserted, or updated only when the last notice is a window old
            cur = self._db.execute(
                "INSERT INTO notices VALUES (?, ?, ?) ON CONFLICT (chat, topic) DO UPDATE SET at = excluded.at "
                "WHERE excluded.at - notices.at >= ?", (chat_id, topic, now, period))
            return cur.rowcount == 1

    # -- exactly once -----------------------------------------------------------------------
    def first_delivery(self, bot_id: int, update_id: int) -> bool:
        now = self.clock()
        self._sweep(now, SEEN_TTL)
        with self._lock:
            cur = self._db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", (bot_id, update_id, now))
            return cur.rowcount == 1

    # -- each chat's turns (wenda.bot.turns) ------------------------------------------------
    def enter(self, bot_id: int, update_id: int, chat_id: int | None, until: float) -> int | None:
        now = self.clock()
        self._sweep(now, SEEN_TTL)
        with self.transaction() as db:
            if db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", (bot_id, update_id, now)).rowcount != 1:
                return None
            if chat_id is None:
                return 0
            return db.execute("INSERT INTO turns (chat, until) VALUES (?, ?)", (chat_id, until)).lastrowid

    def first_in_line(self, chat_id: int, ticket: int, now: float) -> bool:
        with self._lock:
            earlier, held = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(until >= ?), 0) FROM turns WHERE chat = ? AND ticket < ?",
                (now, chat_id, ticket)).fetchone()
            if earlier and not held:  # only lapsed ones (their worker died): dropped
                self._db.execute("DELETE FROM turns WHERE chat = ? AND ticket < ? AND until < ?",
                                 (chat_id, ticket, now))
        return not held

    def renew(self, tickets: list[tuple[int, int]], until: float) -> None:
        with self.transaction() as db:
            db.executemany("UPDATE turns SET until = ? WHERE ticket = ?", [(until, t) for _, t in tickets])

    def leave(self, chat_id: int, ticket: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM turns WHERE ticket = ?", (ticket,))

    def _sweep(self, now: float, period: float) -> None:
        """Now and then: forget windows of idle chats, old notices and update ids older than a day."""
        self._changes += 1
        if self._changes % PRUNE_EVERY:
            return
        with self.transaction() as db:
            db.execute("DELETE FROM rate WHERE at <= ?", (now - period,))
            db.execute("DELETE FROM notices WHERE at <= ?", (now - period,))
            db.execute("DELETE FROM seen WHERE at <= ?", (self.clock() - SEEN_TTL,))
            db.execute("DELETE FROM turns WHERE until < ?", (self.clock() - SEEN_TTL,))
