"""Several bot processes opening one new SQLite file at the same moment (two webhook workers
starting together) all get it: the switch to WAL answers "locked" without waiting, so
`open_sqlite` takes turns instead of failing the worker's start."""

from __future__ import annotations

import multiprocessing

import pytest

from bot.sqlite import open_sqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (chat INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS notes_body ON notes (body);
"""
PROCESSES = 8
ROUNDS = 20  # before the fix about one round in four lost a process


def _open_and_write(args: tuple[str, int]) -> str | None:
    folder, chat = args
    try:
        db, _ = open_sqlite(folder, "notes.sqlite3", SCHEMA, what="notes", error=RuntimeError)
    except RuntimeError as e:
        return str(e)
    db.execute("INSERT INTO notes VALUES (?, ?)", (chat, f"chat {chat}"))
    db.close()
    return None


def test_processes_opening_one_new_file_together_all_open_it(tmp_path):
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(PROCESSES) as pool:
        for round_ in range(ROUNDS):
            folder = tmp_path / f"round{round_}"
            errors = [e for e in pool.map(_open_and_write, [(str(folder), chat) for chat in range(PROCESSES)]) if e]
            assert not errors, errors[0]
            db, _ = open_sqlite(folder, "notes.sqlite3", SCHEMA, what="notes", error=RuntimeError)
            assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == PROCESSES


def test_a_file_that_is_no_database_is_refused_at_once(tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"this is not a database, " * 100)
    with pytest.raises(RuntimeError, match="cannot open the notes file"):
        open_sqlite(bad, "notes.sqlite3", SCHEMA, what="notes", error=RuntimeError)
