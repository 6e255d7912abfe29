"""Running a bot's PTB Application inside a test: start and stop it on a running event loop
(what run_polling does, without owning the loop or the signals), or in a thread of its own."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Application

from wenda.bot.app import ALLOWED_UPDATES


async def start_app(app: Application, poll_timeout: float = 10.0) -> None:
    """Initialise, run post_init, poll, start: the bot is answering when this returns."""
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    assert app.updater is not None

    def on_poll_error(exc: TelegramError) -> None:
        app.create_task(app.process_error(error=exc, update=None))

    await app.updater.start_polling(timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES,
                                    error_callback=on_poll_error)
    await app.start()


async def stop_app(app: Application) -> None:
    """Stop what start_app started: stop polling, finish updates in flight, shut down."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


class BotThread:
    """A PTB Application polling from its own event loop in a daemon thread.

    It wraps the application's update processor to record each update id it has finished
    (`wait_done`), and adds an error handler that records every error (`errors`).
    """

    def __init__(self, app: Any, start: Callable[..., Awaitable[Any]] = start_app,
                 stop: Callable[[Any], Awaitable[Any]] = stop_app, poll_timeout: float = 5.0):
        self.app, self._start, self._stop, self.poll_timeout = app, start, stop, poll_timeout
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name=f"bot-{id(app)}", daemon=True)
        self.done: set[int] = set()
        self.errors: list[tuple[object, BaseException]] = []
        self.cond = threading.Condition()
        processor = app.update_processor
        original = processor.do_process_update

        async def recording(update: Any, coroutine: Any) -> None:
            try:
                await original(update, coroutine)
            finally:
                with self.cond:
                    self.done.add(getattr(update, "update_id", -1))
                    self.cond.notify_all()

        processor.do_process_update = recording

        async def collect(update: object, context: Any) -> None:
            self.errors.append((update, context.error))

        app.add_error_handler(collect)

    def call(self, coro: Any, timeout: float = 60) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self) -> BotThread:
        self.thread.start()
        self.call(self._start(self.app, poll_timeout=self.poll_timeout))
        return self

    def stop(self) -> None:
        """Stop the application and the thread (once; later calls do nothing)."""
        if not self.loop.is_running():
            return
        try:
            self.call(self._stop(self.app), timeout=60)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)

    def wait_done(self, update_id: int, timeout: float = 30) -> None:
        with self.cond:
            if not self.cond.wait_for(lambda: update_id in self.done, timeout):
                raise TimeoutError(f"update {update_id} was not processed within {timeout} s")
