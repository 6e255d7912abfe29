"""What users said about answers, and what the answer buttons need: one small SQLite file in the
data directory (`Settings.data_dir`, feedback.sqlite3; in memory when there is none), or Redis
when the workers share one (WENDA_STATE: wenda.bot.shared.redis_feedback) — a button pressed under
an answer one worker sent may reach another. `open_feedback(settings.state, settings.data_dir)`.

    feedback = Feedback(data_dir)
    shown_id = feedback.shown(chat, question, answer_line, found, quotes)   # before the reply is sent
    feedback.context(shown_id)          # → Shown: what the buttons under that reply act on
    feedback.vote(shown_id, user, up=True)
    feedback.summary(); feedback.downvoted()                           # `wenda feedback`

Telegram's callback_data holds at most 64 bytes, so a button carries a short id and the answer
it belongs to is kept here. Kept: the chat id, the question the user asked the bot, the answer
line and the quotes the bot gave, the vote and its time, the voter's id (one vote per person and
answer). Nothing else a user wrote is stored. Old answers are forgotten (ANSWERS_KEPT).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wenda.bot.sqlite import immediate, open_sqlite
from wenda.corpus.types import Quote

FILENAME = "feedback.sqlite3"
ANSWERS_KEPT = 20000  # answers whose buttons still work (older ones: «这条回答太旧了»); voted ones are kept
PRUNE_EVERY = 100  # answers between two clean-ups of the old ones
SOURCE = "feedback"  # the marker of an exported line (`wenda eval` knows it)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS shown (
    id TEXT PRIMARY KEY, chat INTEGER NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,
    found INTEGER NOT NULL, quotes TEXT NOT NULL, more_from INTEGER NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS votes (
    shown_id TEXT NOT NULL, user INTEGER NOT NULL, up INTEGER NOT NULL, at REAL NOT NULL,
    PRIMARY KEY (shown_id, user));
CREATE TABLE IF NOT EXISTS asks (id TEXT PRIMARY KEY, question TEXT NOT NULL, at REAL NOT NULL);
"""


class FeedbackError(Exception):
    """The feedback file cannot be opened (a clear message)."""


@dataclass(frozen=True)
class Shown:
    """One answer the bot sent, as its buttons see it."""

    id: str
    chat: int
    question: str
    answer: str
    found: bool
    quotes: list[Quote]
    more_from: int  # the first quote not shown yet (更多出处 shows from here)
    at: float


@dataclass(frozen=True)
class Summary:
    answers: int  # answers sent with buttons (still remembered)
    up: int
    down: int
    questions_down: list[tuple[str, int]]  # (question, 👎 count), most first


def quote_json(q: Quote) -> dict:
    return {"text": q.text, "doc": q.doc, "section": q.section, "title": q.title, "date": q.date}


def quote_of(d: dict) -> Quote:
    return Quote(d["text"], d["doc"], d.get("section"), 0.0, d.get("title", ""), d.get("date", ""))


class Feedback:
    """Votes and the answers buttons refer to (`path` a folder or a file; None: in memory)."""

    def __init__(self, path: str | Path | None = None, *, clock: Callable[[], float] = time.time):
        self.clock = clock
        self._lock = threading.Lock()
        self._inserted = 0
        self._db, self.path = open_sqlite(path, FILENAME, _SCHEMA, what="feedback", error=FeedbackError)

    # -- answers shown, and what their buttons need ------------------------------------------
    def shown(self, chat: int, question: str, answer: str, found: bool, quotes: list[Quote],
              shown_quotes: int = 1) -> str:
        """Remember an answer about to be sent; the short id its buttons carry."""
        sid = secrets.token_urlsafe(6)  # 8 characters
        with immediate(self._db, self._lock):
            self._db.execute("INSERT INTO shown VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (sid, int(chat), question, answer, int(found),
                              json.dumps([quote_json(q) for q in quotes], ensure_ascii=False),
                              int(shown_quotes), self.clock()))
            self._inserted += 1
            if self._inserted % PRUNE_EVERY == 0:
                self._db.execute(
                    "DELETE FROM shown WHERE id NOT IN (SELECT shown_id FROM votes) AND id NOT IN "
                    "(SELECT id FROM shown ORDER BY at DESC LIMIT ?)", (ANSWERS_KEPT,))
        return sid

    def context(self, sid: str) -> Shown | None:
        with self._lock:
            row = self._db.execute("SELECT id, chat, question, answer, found, quotes, more_from, at FROM shown "
                                   "WHERE id = ?", (sid,)).fetchone()
        if row is None:
            return None
        return Shown(row[0], row[1], row[2], row[3], bool(row[4]), [quote_of(d) for d in json.loads(row[5])],
                     row[6], row[7])

    def showed_more(self, sid: str, upto: int) -> None:
        """Quotes before `upto` have now been shown (更多出处 was used)."""
        with immediate(self._db, self._lock):
            self._db.execute("UPDATE shown SET more_from = MAX(more_from, ?) WHERE id = ?", (int(upto), sid))

    def ask_id(self, question: str) -> str:
        """A short id for a question a button asks (the /start examples)."""
        with immediate(self._db, self._lock):
            row = self._db.execute("SELECT id FROM asks WHERE question = ?", (question,)).fetchone()
            if row:
                return row[0]
            aid = secrets.token_urlsafe(6)
            self._db.execute("INSERT INTO asks VALUES (?, ?, ?)", (aid, question, self.clock()))
            return aid

    def question_of(self, aid: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT question FROM asks WHERE id = ?", (aid,)).fetchone()
        return row[0] if row else None

    # -- votes ------------------------------------------------------------------------------
    def vote(self, sid: str, user: int, up: bool) -> bool:
        """Record (or change) `user`'s vote on an answer; False when the answer is not remembered."""
        with immediate(self._db, self._lock):
            if self._db.execute("SELECT 1 FROM shown WHERE id = ?", (sid,)).fetchone() is None:
                return False
            self._db.execute("INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?)", (sid, int(user), int(up), self.clock()))
        return True

    def summary(self, top: int = 10) -> Summary:
        with self._lock:
            answers = self._db.execute("SELECT COUNT(*) FROM shown").fetchone()[0]
            up, down = self._db.execute("SELECT COALESCE(SUM(up), 0), COALESCE(SUM(1 - up), 0) FROM votes").fetchone()
            rows = self._db.execute(
                "SELECT s.question, COUNT(*) AS n FROM votes v JOIN shown s ON s.id = v.shown_id WHERE v.up = 0 "
                "GROUP BY s.question ORDER BY n DESC, MAX(v.at) DESC LIMIT ?", (top,)).fetchall()
        return Summary(answers, int(up), int(down), [(q, n) for q, n in rows])

    def downvoted(self) -> list[dict[str, Any]]:
        """Each question answered with a 👎 (once, the latest answer), as a line of a questions file
        for `wenda eval`: the right answer (keys, answer_any) is for a person to fill in."""
        with self._lock:
            rows = self._db.execute(
                "SELECT s.question, s.answer, s.found, s.quotes, s.chat, MAX(v.at) FROM votes v "
                "JOIN shown s ON s.id = v.shown_id WHERE v.up = 0 GROUP BY s.question ORDER BY MAX(v.at)").fetchall()
        return [export_line(question, answer, bool(found), quotes, at)
                for question, answer, found, quotes, _chat, at in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def export_line(question: str, answer: str, found: bool, quotes: str, voted_at: float) -> dict[str, Any]:
    """A 👎 answer as a line of a questions file (quotes: the answer's quotes as stored, JSON)."""
    first = json.loads(quotes)[:1]
    return {"q": question, "answerable": True, "keys": [], "answer_any": [], "from": SOURCE,
            "bot_found": found, "bot_answer": answer, "bot_quote": first[0]["text"] if first and found else "",
            "voted_at": time.strftime("%Y-%m-%d %H:%M", time.localtime(voted_at))}


def open_feedback(state: str | None, data_dir: str | Path | None) -> Any:
    """Where feedback goes: Redis when the workers share one (WENDA_STATE), else the SQLite file
    in data_dir (workers on one host share it; None: in memory). Both have Feedback's methods."""
    if state:
        from wenda.bot.shared.redis_feedback import RedisFeedback

        return RedisFeedback(state)
    return Feedback(data_dir)


def pending(item: dict) -> bool:
    """An exported 👎 line whose right answer nobody has filled in yet (keys / answer_any empty,
    still marked answerable): `wenda eval` skips it and says so."""
    return item.get("from") == SOURCE and bool(item.get("answerable", True)) and not (
        item.get("keys") and item.get("answer_any"))


def export_jsonl(items: list[dict]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def feedback_of(context: Any) -> Feedback:
    return context.bot_data["feedback"]
