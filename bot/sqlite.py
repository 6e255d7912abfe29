"""Opening the bot's SQLite files (conversations, shared state, feedback) one way: several bot
processes on one host may share a file, so each is opened in WAL mode (readers never wait for the
writer) with a busy timeout (a writer waits for another process's transaction instead of failing),
in autocommit; a change of several statements is one IMMEDIATE transaction (`immediate`).

    db, path = open_sqlite(data_dir, "feedback.sqlite3", SCHEMA, what="feedback", error=FeedbackError)
    with immediate(db, lock) as tx:
        tx.execute(...)
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another process's transaction


def open_sqlite(path: str | Path | None, filename: str, schema: str, *, what: str,
                error: type[Exception]) -> tuple[sqlite3.Connection, str]:
    """The connection and the file it opened: `path` a file, or a folder (then `filename` in it,
    the folder made when missing); None keeps the data in memory. Raises `error` with a clear
    message (naming the `what` file) when the file cannot be made or opened."""
    target = ":memory:"
    if path is not None:
        p = Path(path)
        if p.is_dir() or not p.suffix:
            p = p / filename
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise error(f"cannot create the {what} folder {p.parent}: {e.strerror}") from e
        target = str(p)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return _connect(target, schema), target
        except sqlite3.OperationalError as e:
            # Switching a new file to WAL takes an exclusive lock, and SQLite answers "locked" at
            # once (no busy handler) while another process switches or recovers the same file;
            # the busy timeout does not cover it, so workers starting together take turns here.
            if _busy(e) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise error(f"cannot open the {what} file {target}: {e}") from e
        except sqlite3.Error as e:
            raise error(f"cannot open the {what} file {target}: {e}") from e


def _connect(target: str, schema: str) -> sqlite3.Connection:
    # isolation_level=None: autocommit; the multi-statement changes use immediate().
    db = sqlite3.connect(target, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if target != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # WAL keeps it consistent; no fsync per change
        db.executescript(schema)
    except BaseException:
        db.close()
        raise
    return db


def _busy(e: sqlite3.OperationalError) -> bool:
    """Another connection holds the lock (as opposed to a file that is not a database, or read-only)."""
    text = str(e).lower()
    return "locked" in text or "busy" in text


@contextmanager
def immediate(db: sqlite3.Connection, lock: threading.Lock) -> Iterator[sqlite3.Connection]:
    """One IMMEDIATE transaction: it takes the write lock at once, so two processes never both
    read the old value and then both write; `lock` keeps this process's other threads out."""
    with lock:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
