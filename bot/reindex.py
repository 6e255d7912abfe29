"""/reindex and the corpus watcher: a new engine is built in a daemon thread and swapped in
atomically, so questions keep being answered meanwhile (by the old engine) and nothing in flight
is dropped. The same rebuild runs by itself when the corpus files change under a running bot,
checked every WENDA_CORPUS_CHECK seconds by a repeating job on PTB's JobQueue.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from wenda.bot import messages as say
from wenda.bot.access import admit, esc
from wenda.bot.delivery import send
from wenda.bot.redact import redact
from wenda.bot.state import Snapshot, Wenda, wenda_of
from wenda.corpus.load import CorpusError, corpus_hash

log = logging.getLogger(__name__)


def in_daemon_thread(fn: Callable[[], Any]) -> asyncio.Future:
    """Run fn in a daemon thread (never joined at exit: a SIGTERM does not wait for a rebuild)."""
    loop = asyncio.get_running_loop()
    fut: asyncio.Future = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if fut.done():
            return
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(result)

    def run() -> None:
        try:
            result, error = fn(), None
        except BaseException as e:  # reported to the awaiting coroutine
            result, error = None, e
        try:
            loop.call_soon_threadsafe(settle, result, error)
        except RuntimeError:  # the loop is closed: nobody is waiting any more
            pass

    threading.Thread(target=run, name="wenda-reindex", daemon=True).start()
    return fut


async def rebuild(wenda: Wenda) -> tuple[Snapshot, float]:
    """Build a new engine in a daemon thread, then swap it in; raises what the build raised."""
    t0 = time.monotonic()
    factory = wenda.reindex_factory
    assert factory is not None
    snap = await in_daemon_thread(lambda: Snapshot.of(factory()))
    wenda.snapshot = snap  # one assignment: every later question sees the new engine
    return snap, time.monotonic() - t0


def done_text(snap: Snapshot, seconds: float) -> str:
    docs = len({doc for doc, _, _ in snap.sources})
    return say.T_REINDEX_DONE.format(docs=docs, sections=len(snap.sources),
                                     sentences=sum(n for _, _, n in snap.sources), seconds=seconds)


async def cmd_reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg, wenda = update.message, wenda_of(context)
    if msg is None or not await admit(wenda, msg):
        return
    user = update.effective_user
    if user is None or user.id not in wenda.settings.admins:
        log.info("user %s may not /reindex", user.id if user else None)
        await send(msg, esc(say.T_NOT_ADMIN))
        return
    if wenda.reindex_factory is None:
        await send(msg, esc(say.T_NO_REINDEX))
        return
    if wenda.rebuilding():
        await send(msg, esc(say.T_REINDEX_BUSY))
        return
    await send(msg, esc(say.T_REINDEX_START))
    # Not awaited here: the rebuild may take minutes and must not hold up shutdown.
    wenda.reindex_task = asyncio.create_task(reindex_and_report(wenda, msg), name="wenda-reindex")


async def reindex_and_report(wenda: Wenda, msg: Message) -> None:
    log.info("reindex requested by user %s", msg.from_user.id if msg.from_user else None)
    try:
        snap, seconds = await rebuild(wenda)
    except asyncio.CancelledError:
        raise
    except Exception as e:
        log.warning("reindex failed: %s: %s", type(e).__name__, e)
        text = say.T_REINDEX_FAILED.format(error=redact(str(e)) or type(e).__name__)
    else:
        text = done_text(snap, seconds)
        log.info("reindex done: %s", text)
    try:
        await send(msg, esc(text))
    except TelegramError as e:
        log.warning("could not report the reindex: %s", type(e).__name__)


# -- the corpus changed under a running bot -----------------------------------------------------

class CorpusWatch:
    """What the repeating check remembers between runs."""

    def __init__(self, wenda: Wenda):
        self.wenda = wenda
        self.failed: str | None = None  # a corpus version whose rebuild failed: not tried again
        self.problem: str | None = None  # the last reason the corpus could not be read (logged once)

    async def check(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A changed corpus is rebuilt like /reindex: the old index answers until the new one is ready."""
        wenda = self.wenda
        try:
            digest = await asyncio.to_thread(corpus_hash, wenda.corpus)
        except (CorpusError, OSError) as e:
            if str(e) != self.problem:
                self.problem = str(e)
                log.warning("corpus check: %s; still answering from the index in use", e)
            return
        self.problem = None
        current = wenda.snapshot.digest
        if current is None or digest in (current, self.failed) or wenda.rebuilding():
            return
        log.warning("corpus %s changed since its index was built (%s… → %s…); rebuilding the index, "
                    "answering from the old one meanwhile", wenda.corpus, current[:12], digest[:12])
        # Not awaited: the job returns at once, and later checks see the rebuild in progress.
        wenda.reindex_task = task = asyncio.create_task(rebuild(wenda), name="wenda-reindex")
        task.add_done_callback(lambda t: self.rebuilt(t, digest))

    def rebuilt(self, task: asyncio.Task, digest: str) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            self.failed = digest
            log.warning("rebuilding the index after the corpus changed failed (%s: %s); still answering from "
                        "the old index", type(error).__name__, error)
        else:
            self.failed = None
            log.info("index rebuilt after the corpus changed: %s", done_text(*task.result()))


def watch_corpus(app: Application, wenda: Wenda) -> None:
    """Check the corpus every WENDA_CORPUS_CHECK seconds (when the engine says what it was built from)."""
    every = wenda.settings.corpus_check
    if every <= 0 or wenda.corpus is None or wenda.reindex_factory is None or wenda.snapshot.digest is None:
        return
    if app.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        log.warning("PTB's JobQueue is not installed (python-telegram-bot[job-queue]); the corpus is not watched")
        return
    if not app.job_queue.get_jobs_by_name("wenda-corpus-watch"):
        app.job_queue.run_repeating(CorpusWatch(wenda).check, interval=every, first=every, name="wenda-corpus-watch")
