"""Webhook mode: Telegram posts updates to the bot's own HTTP server (behind a reverse proxy).

PTB's run_webhook serves only the update path, so `wenda serve --webhook` runs PTB with a webhook
server of its own, the way PTB's «custom webhook» example does: updates go into
`Application.update_queue`. The server is tornado's (PTB's webhooks extra already brings it):

    POST /<path of the webhook URL>   an update; 403 without Telegram's secret-token header
                                      (X-Telegram-Bot-Api-Secret-Token = WENDA_WEBHOOK_SECRET),
                                      503 while the bot is not ready (Telegram sends it again);
                                      claimed in the shared state before the 200 (wenda.bot.turns):
                                      a redelivery is acknowledged and dropped
    GET  /healthz                     200 while the process serves (liveness)
    GET  /readyz                      200 once the engine is loaded and the webhook set, else 503

The server starts first, so a load balancer sees a live process that is not ready yet while the
index is built; the engine loads in a daemon thread and SIGTERM / SIGINT stop everything.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # bytes of one update (Telegram's are a few kB)


class Hook:
    """What the HTTP handlers see: the application once it runs, the secret, readiness."""

    def __init__(self, secret: str):
        self.secret = secret
        self.app: Application | None = None
        self.ready = False

    def authorised(self, header: str | None) -> bool:
        return hmac.compare_digest((header or "").encode(), self.secret.encode())


def claimed(app: Application, update: Update) -> bool:
    """Claim the update on receipt, before acknowledging it (wenda.bot.turns): its id is taken and
    its chat's turn is held from now on, so a retry that reaches another worker meanwhile is
    dropped there, and the chat's next update, wherever it goes, waits for this one. False for a
    redelivery. (When the shared state cannot be reached the update is handled all the same.)"""
    turns = getattr(app.update_processor, "turns", None)
    if turns is None:
        return True
    chat = update.effective_chat
    try:
        ticket = turns.claim(update.update_id, chat.id if chat is not None else None)
    except Exception as e:
        log.warning("webhook: update %s: the shared state cannot be reached (%s: %s); claimed when handled",
                    update.update_id, type(e).__name__, e)
        return True
    if ticket is None:
        log.info("update %s was delivered again; it was taken already, dropped", update.update_id)
    return ticket is not None


def make_server(hook: Hook, path: str) -> Any:
    """The tornado application: the update path, /healthz and /readyz."""
    import tornado.web

    class Updates(tornado.web.RequestHandler):
        async def post(self) -> None:
            if not hook.authorised(self.request.headers.get(SECRET_HEADER)):
                log.warning("webhook: a request without the right secret token was refused (403)")
                self.set_status(403)
                self.finish("forbidden")
                return
            app = hook.app
            if not hook.ready or app is None:
                self.set_status(503)
                self.finish("not ready")
                return
            try:
                data = json.loads(self.request.body)
            except ValueError:
                self.set_status(400)
                self.finish("not JSON")
                return
            try:
                update = Update.de_json(data, app.bot)
            except Exception as e:  # one unreadable update must not come back for ever: taken, skipped
                log.warning("webhook: update %s cannot be read (%s: %s); skipped",
                            data.get("update_id") if isinstance(data, dict) else None, type(e).__name__, e)
                self.finish("skipped")
                return
            if not claimed(app, update):  # a redelivery (to this worker or another): taken already
                self.finish("ok")
                return
            await app.update_queue.put(update)
            self.finish("ok")

    class Health(tornado.web.RequestHandler):
        def get(self) -> None:
            self.finish("ok")

    class Ready(tornado.web.RequestHandler):
        def get(self) -> None:
            if hook.ready:
                self.finish("ready")
            else:
                self.set_status(503)
                self.finish("loading")

    return tornado.web.Application([("/" + path.lstrip("/"), Updates), ("/healthz", Health), ("/readyz", Ready)],
                                   log_function=lambda handler: None)


async def serve_webhook(load: Callable[[], Any], make_app: Callable[[Any], Application], *, url: str, secret: str,
                        listen: str, port: int, path: str, allowed_updates: list[str],
                        started: Callable[[], None] = lambda: None, stop: asyncio.Event | None = None) -> None:
    """Serve until SIGTERM / SIGINT (or `stop` is set): the HTTP server at once, then the engine
    (load(), in a daemon thread), the application (make_app(engine)), setWebhook, ready.
    Raises what loading or starting raised (after stopping what had started)."""
    import tornado.httpserver

    from wenda.bot.reindex import in_daemon_thread

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals here
            pass
    hook = Hook(secret)
    server = tornado.httpserver.HTTPServer(make_server(hook, path), max_body_size=MAX_BODY, xheaders=True)
    server.listen(port, address=listen)
    app: Application | None = None
    running = False
    stopping = asyncio.ensure_future(stop.wait())
    try:
        loading = in_daemon_thread(load)
        await asyncio.wait({loading, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stop.is_set():
            loading.cancel()
            return
        app = make_app(loading.result())
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        await app.bot.set_webhook(url, secret_token=secret, allowed_updates=allowed_updates, max_connections=40)
        await app.start()
        running = True
        hook.app, hook.ready = app, True
        started()
        await stopping
    finally:
        hook.ready = False
        stopping.cancel()
        server.stop()
        if app is not None:
            if running:
                await app.stop()
                if app.post_stop:
                    await app.post_stop(app)
            await app.shutdown()  # nothing to do when it never initialised
            if app.post_shutdown:
                await app.post_shutdown(app)
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.remove_signal_handler(sig)
            except (NotImplementedError, RuntimeError, ValueError):
                pass
