"""What one running bot holds: the engine snapshot, flood control, the conversations, the
rebuild in progress. One `Wenda` per Application, in `application.bot_data["wenda"]`
(`wenda_of(context)`); the handlers are plain functions of (update, context). What another worker
must see (conversation context, flood windows, chats refused, updates taken) is in `state`, the
shared store (wenda.bot.shared); see docs/deploy.md for what stays in the process, and why.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from wenda.bot.config import Settings
from wenda.bot.conversation import ChatKey, Conversation, Reply
from wenda.bot.limits import ChatRateLimiter
from wenda.bot.messages import DEFAULT_EXAMPLE
from wenda.bot.shared import SharedState, open_state
from wenda.corpus.types import Answer


class EngineLike(Protocol):
    def ask(self, question: str) -> Answer: ...
    def section_names(self) -> list[str]: ...
    def sources(self) -> list[tuple[str, str, int]]: ...
    def examples(self, n: int = 3) -> list[str]: ...


@dataclass
class Snapshot:
    """One engine and what the bot says about it; swapped as a whole on /reindex."""

    engine: EngineLike
    sections: list[str]
    examples: list[str]
    sources: list[tuple[str, str, int]]
    loaded_at: float = field(default_factory=time.time)
    digest: str | None = None  # the corpus hash the engine's index was built from (None: unknown)

    @classmethod
    def of(cls, engine: EngineLike) -> Snapshot:
        manifest = getattr(getattr(engine, "store", None), "manifest", None)
        digest = getattr(manifest, "corpus_hash", None)
        return cls(engine, list(engine.section_names()), list(engine.examples(3)), list(engine.sources()),
                   digest=digest if isinstance(digest, str) else None)


REFUSE_AGAIN_AFTER = 24 * 3600.0  # seconds: a chat outside WENDA_ALLOWED_CHATS is told so once a day


def ask_threads() -> int:
    """Questions answered at once: one per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Wenda:
    """The state of one bot. Questions are answered in a pool of threads, one per core (the
    engine's work is mostly in ONNX, FAISS and numpy, which let go of the GIL); `snapshot` is
    replaced in one assignment when an index is rebuilt."""

    def __init__(self, engine: EngineLike, settings: Settings, *,
                 reindex: Callable[[], EngineLike] | None = None, announce: bool = False,
                 corpus: str | os.PathLike | None = None):
        self.settings = settings
        self.snapshot = Snapshot.of(engine)
        self.reindex_factory = reindex  # builds the new engine on /reindex (None: no reindexing)
        # What workers share (WENDA_STATE: Redis; else SQLite in settings.data_dir): conversation
        # context, flood-control windows, the chats refused, the update ids taken, each chat's turns.
        self.state: SharedState = open_state(settings.state, settings.data_dir, ttl=settings.context_ttl)
        self.limiter = ChatRateLimiter(*settings.rate, counters=self.state)
        # Follow-ups, several sections, comparisons, small talk.
        self.conversation = Conversation(lambda: self.snapshot.engine, self.state)
        self.ask_executor = ThreadPoolExecutor(max_workers=ask_threads(), thread_name_prefix="wenda-ask")
        self.reindex_task: asyncio.Task | None = None
        self.announce = announce
        # The corpus folder watched for changes (WENDA_CORPUS_CHECK): the engine's own, by default.
        self.corpus = corpus if corpus is not None else getattr(engine, "corpus", None)

    def example(self) -> str:
        return (self.snapshot.examples or [DEFAULT_EXAMPLE])[0]

    async def ask(self, question: str, snapshot: Snapshot | None = None) -> Answer:
        """The engine's answer, computed off the event loop."""
        engine = (snapshot or self.snapshot).engine
        return await asyncio.get_running_loop().run_in_executor(self.ask_executor, engine.ask, question)

    async def converse(self, key: ChatKey, text: str, reply_to: int | None) -> Reply:
        """The conversation's reply to one message, computed off the event loop (it asks the engine)."""
        return await asyncio.get_running_loop().run_in_executor(
            self.ask_executor, self.conversation.reply, key, text, reply_to)

    def first_refusal(self, chat_id: int) -> bool:
        """True when a chat outside WENDA_ALLOWED_CHATS has not been told so today (by any worker)."""
        return self.state.notice(chat_id, "refused", REFUSE_AGAIN_AFTER, time.time())

    def rebuilding(self) -> bool:
        return self.reindex_task is not None and not self.reindex_task.done()


def wenda_of(context: Any) -> Wenda:
    return context.bot_data["wenda"]
