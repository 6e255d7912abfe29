"""`wenda serve`: the Telegram bot, on python-telegram-bot v22.

    app = build_application(token, engine, settings)   # the Application, wired
    run_serve(args, config)                            # the CLI: load, poll (or webhook), stop on SIGTERM

Configuration comes from bot/config.py (Config.from_env: TELEGRAM_BOT_TOKEN,
TELEGRAM_API_BASE_URL, WENDA_ALLOWED_CHATS, WENDA_ADMINS, WENDA_RATE, WENDA_CORPUS_CHECK;
see docs/telegram.md). The parts, one concern per module as PTB's telegram.ext keeps them:

    messages.py  every word the bot says          handlers.py  questions, /start, /help, /sources
    access.py    the gate, groups, flood control   reindex.py   /reindex and the corpus watcher (JobQueue)
    delivery.py  resend policy, per-chat order     errors.py    the error handler
    turns.py     each update once, each chat in order across workers (the shared state)
    transport.py Bot API calls over aiohttp (a fifth of httpx's CPU per call)
    updates.py   unreadable updates are skipped    redact.py    the token never reaches a log
    state.py     the engine snapshot and the bot's state (application.bot_data["wenda"])
    keyboard.py  the inline keyboards             buttons.py   what a tap on a button does
    feedback.py  votes, answers the buttons use   passage.py   查看原文: a quote's whole paragraph
    commands.py  the command menus (scopes)       inline.py    inline mode (@bot 问题)
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from wenda.bot.access import flooded
from wenda.bot.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from wenda.bot.config import Config, ConfigError, Settings, check_token, check_webhook_secret, check_webhook_url
from wenda.bot.conversation import StoreError
from wenda.bot.delivery import BoundedRequest, ChatOrderedProcessor, ResendingRequest
from wenda.bot.handlers import add_handlers
from wenda.bot.commands import register_commands
from wenda.bot.feedback import FeedbackError, open_feedback
from wenda.bot.redact import install_token_redaction, redact
from wenda.bot.reindex import watch_corpus
from wenda.bot.teach import cleanup as teach_cleanup
from wenda.bot.transport import AiohttpRequest
from wenda.bot.turns import Turns

from wenda.bot.state import EngineLike, Wenda
from wenda.bot.updates import ReadableUpdates

log = logging.getLogger(__name__)

# Bot API requests at once; more wait their turn in BoundedRequest, never in the HTTP client's pool
# (httpx's scans every connection and queued request per request: with HTTPXRequest, 13.3 vs
# 15.3 ms bot CPU per answer for 8 vs 32 under load; aiohttp's would time a long wait out).
# 8 at ~100 ms round trips to Telegram is ~80 calls/s, above its 30/s.
BOT_API_CONNECTIONS = 8
MAX_UPDATES_IN_FLIGHT = 1024  # updates handled or waiting their chat's turn (flood queues wait here)
ALLOWED_UPDATES = ["message", "edited_message", "channel_post", "edited_channel_post",
                   "callback_query", "inline_query"]  # buttons under answers, @bot 问题


async def post_init(app: Application) -> None:
    wenda: Wenda = app.bot_data["wenda"]
    await register_commands(app.bot, wenda.settings.admins)  # the menus, per scope; failures only logged
    try:  # the first question pays for warming up the model; pay it now instead
        await wenda.ask(wenda.example())
    except Exception as e:  # a failing engine shows on the first question, handled there
        log.warning("warm-up question failed: %s: %s", type(e).__name__, e)
    watch_corpus(app, wenda)
    if wenda.announce:
        print(f"wenda: @{app.bot.username} is answering questions about {len(wenda.snapshot.sections)} sections "
              "(Ctrl-C to stop)", file=sys.stderr, flush=True)


async def post_stop(app: Application) -> None:
    task = app.bot_data["wenda"].reindex_task
    if task is not None and not task.done():
        task.cancel()


async def post_shutdown(app: Application) -> None:
    await post_stop(app)
    teach_cleanup(app)
    app.bot_data["wenda"].ask_executor.shutdown(wait=True, cancel_futures=True)
    app.bot_data["feedback"].close()
    # PTB shuts down only a bot that started; one whose start failed (a rejected token: getMe
    # refused) would leave its HTTP session open («Unclosed client session» at exit). Idempotent.
    await app.bot.request.shutdown()


def build_application(token: str, engine: EngineLike | Callable[..., EngineLike], settings: Settings | None = None,
                      *, reindex: Callable[[], EngineLike] | None = None, base_url: str | None = None,
                      request: BaseRequest | None = None, get_updates_request: BaseRequest | None = None,
                      announce: bool = False, corpus: str | os.PathLike | None = None) -> Application:
    """The bot as a PTB Application, ready for run_polling / run_webhook or a manual start.

    engine: an Engine (or anything with ask/section_names/sources/examples), or a factory called
    as factory(rebuild=False) now and factory(rebuild=True) on /reindex. reindex: what /reindex
    calls to build the new engine (default: an Engine's own rebuild). base_url: the Bot API URL
    the token is appended to (default settings.base_url, else Telegram's). request /
    get_updates_request: the BaseRequest for Bot API calls (default wenda.bot.transport's
    AiohttpRequest) / for getUpdates (default HTTPXRequest).
    corpus: the folder watched for changes every settings.corpus_check seconds (default: the
    engine's own corpus, when it has one and says which corpus hash its index was built from).
    """
    settings = settings or Settings()
    if not hasattr(engine, "ask") and callable(engine):
        factory = engine
        engine = factory(rebuild=False)
        reindex = reindex or (lambda: factory(rebuild=True))
    if reindex is None:
        reindex = getattr(engine, "rebuild", None) if _is_engine(engine) else None
    base_url = base_url or settings.base_url
    wenda = Wenda(engine, settings, reindex=reindex, announce=announce, corpus=corpus)
    processor = ChatOrderedProcessor(MAX_UPDATES_IN_FLIGHT, max_waiting=settings.max_queue,
                                     on_overflow=lambda update: flooded(update, app),
                                     turns=Turns(wenda.state, bot_id_of(token)))
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url or "https://api.telegram.org/bot")
        .base_file_url(file_url(base_url or "https://api.telegram.org/bot"))
        .request(ResendingRequest(BoundedRequest(
            request or AiohttpRequest(BOT_API_CONNECTIONS),
            BOT_API_CONNECTIONS)))
        .get_updates_request(ReadableUpdates(get_updates_request or HTTPXRequest(connection_pool_size=1)))
        .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        # 429 Too Many Requests: it waits and retries; and it keeps to settings.send_rate calls a second
        # (Telegram's bulk limit; 0: none of its own, for a local Bot API server that has none)
        .rate_limiter(AIORateLimiter(overall_max_rate=settings.send_rate, max_retries=3))
        .concurrent_updates(processor)
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    app.bot_data["wenda"] = wenda
    # votes and what the answer buttons refer to: beside the shared state (Redis), or in data_dir
    app.bot_data["feedback"] = open_feedback(settings.state, settings.data_dir)
    add_handlers(app)
    return app


def bot_id_of(token: str) -> int:
    """The bot's user id: the number before the colon of its token (0 for a token without one)."""
    head = token.split(":", 1)[0]
    return int(head) if head.isdigit() else 0


def file_url(base_url: str) -> str:
    """Where files sent to the bot are downloaded from: …/bot → …/file/bot (Telegram's and a local
    Bot API server's layout)."""
    head, sep, tail = base_url.rstrip("/").rpartition("/bot")
    return f"{head}/file/bot{tail}" if sep and "/" not in tail else base_url.rstrip("/") + "/file/bot"


def _is_engine(engine: Any) -> bool:
    from wenda.index.engine import Engine

    return isinstance(engine, Engine)


# -- `wenda serve` ----------------------------------------------------------------------------

def _state_problem(e: Exception) -> str:
    """What to say when the bot's state cannot be kept: a shared store (WENDA_STATE) names itself;
    a local folder needs WENDA_DATA_DIR."""
    from wenda.bot.shared import StateError

    return str(e) if isinstance(e, StateError) else f"{e} (set WENDA_DATA_DIR to a writable folder)"


def _say(msg: str) -> None:
    print(f"wenda: {redact(msg)}", file=sys.stderr, flush=True)


def _start_failed(e: TelegramError) -> int:
    """What to say, and the exit code, when Telegram refuses the start (polling or webhook): a
    rejected token is a configuration error (2), anything else a start-up failure (1)."""
    if isinstance(e, InvalidToken):
        _say("Telegram rejected TELEGRAM_BOT_TOKEN (unauthorized); check it with @BotFather (/token).")
        return EXIT_USAGE
    _say(f"could not start the bot: {type(e).__name__}: {e}")
    return EXIT_ERROR


def run_serve(args: Any, config: Config) -> int:
    """The `wenda serve` command; returns the exit code (2: configuration, 1: start-up failure)."""
    try:
        token = check_token(config.token)
    except ConfigError as e:
        _say(str(e))
        return EXIT_USAGE
    install_token_redaction(token)
    webhook = getattr(args, "webhook", None) or config.bot.webhook_url
    if webhook:
        try:
            check_webhook_url(webhook, "--webhook" if getattr(args, "webhook", None) else "WENDA_WEBHOOK_URL")
        except ConfigError as e:
            _say(str(e))
            return EXIT_USAGE
        try:
            import tornado  # noqa: F401  (the webhook server; PTB's webhooks extra)
        except ImportError:
            _say('webhook mode needs PTB\'s webhook server: pip install "python-telegram-bot[webhooks]"; '
                 "or run without --webhook (long polling)")
            return EXIT_USAGE
        try:
            secret = check_webhook_secret(config.bot.webhook_secret)
        except ConfigError as e:
            _say(str(e))
            return EXIT_USAGE
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs every request URL (with the token)

    from wenda.index.engine import Engine, EngineError

    engine_config = config.engine.with_paths(getattr(args, "corpus", None), getattr(args, "index", None))
    if webhook:
        listen = getattr(args, "listen", None) or config.bot.webhook_listen
        port = getattr(args, "port", None) or config.bot.webhook_port
        return _run_webhook(token, config, engine_config, webhook, secret, listen, port)
    previous = _sigterm_raises()
    try:
        engine = Engine.open(engine_config, progress=True)
    except EngineError as e:
        _say(str(e))
        return EXIT_ERROR
    finally:
        _restore_sigterm(previous)

    try:
        app = build_application(token, engine, config.bot, reindex=engine.rebuild, announce=True)
    except (StoreError, FeedbackError) as e:  # the state folder (WENDA_DATA_DIR) or WENDA_STATE cannot be used
        _say(_state_problem(e))
        return EXIT_ERROR
    try:
        _say("starting (long polling) …")
        app.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3)
    except TelegramError as e:
        return _start_failed(e)
    _say("stopped.")
    return EXIT_OK


def _run_webhook(token: str, config: Config, engine_config: Any, url: str, secret: str, listen: str,
                 port: int) -> int:
    """Webhook mode (bot/webhook.py): the HTTP server with /healthz and /readyz first, then the
    engine, then setWebhook with the secret; until SIGTERM."""
    import asyncio

    from wenda.bot.webhook import serve_webhook
    from wenda.index.engine import Engine, EngineError

    parsed = urlparse(url)
    _say(f"starting (webhook {parsed.scheme}://{parsed.netloc}{parsed.path}, listening on {listen}:{port}; "
         "/healthz, /readyz) …")
    try:
        asyncio.run(serve_webhook(
            lambda: Engine.open(engine_config, progress=True),
            lambda engine: build_application(token, engine, config.bot, reindex=engine.rebuild, announce=True),
            url=url, secret=secret, listen=listen, port=port, path=parsed.path or "/",
            allowed_updates=ALLOWED_UPDATES, started=lambda: _say("webhook set; ready")))
    except EngineError as e:
        _say(str(e))
        return EXIT_ERROR
    except (StoreError, FeedbackError) as e:
        _say(_state_problem(e))
        return EXIT_ERROR
    except TelegramError as e:
        return _start_failed(e)
    except OSError as e:  # the port is taken, or the address is not this machine's
        _say(f"cannot listen on {listen}:{port}: {e.strerror or e} (WENDA_WEBHOOK_LISTEN / WENDA_WEBHOOK_PORT)")
        return EXIT_ERROR
    _say("stopped.")
    return EXIT_OK


def _sigterm_raises() -> Any:
    """While the engine loads (before PTB installs its own handlers), SIGTERM stops like Ctrl-C."""
    import signal

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        return None


def _restore_sigterm(previous: Any) -> None:
    import signal

    if previous is not None:
        try:
            signal.signal(signal.SIGTERM, previous)
        except ValueError:
            pass
