"""Configuration, read once: the only module of wenda that reads the environment.

    config = Config.from_env(os.environ)    # in the CLI, once; then passed down
    config.engine   → wenda.index.config.EngineConfig (corpus, cache, model, index, runtime)
    config.bot      → Settings for `wenda serve` (chats, admins, flood limit, Bot API URL, corpus checks)
    config.token    → TELEGRAM_BOT_TOKEN as given (checked by `check_token` when the bot starts)

Variables: WENDA_CORPUS, WENDA_CACHE_DIR, WENDA_MODEL, WENDA_INDEX, WENDA_BACKEND, WENDA_THREADS,
TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, WENDA_ALLOWED_CHATS, WENDA_ADMINS, WENDA_RATE,
WENDA_CORPUS_CHECK, WENDA_DATA_DIR, WENDA_CONTEXT_MINUTES, WENDA_QUEUE, WENDA_MAX_UPLOAD_MB,
WENDA_WEBHOOK_URL, WENDA_WEBHOOK_SECRET, WENDA_WEBHOOK_LISTEN, WENDA_WEBHOOK_PORT, WENDA_STATE,
WENDA_SEND_RATE, WENDA_STORE. A value that cannot be used raises ConfigError naming the variable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from wenda.bot.limits import RateError, parse_rate
from wenda.corpus.load import default_corpus_dir
from wenda.index.config import BACKENDS, DEFAULT_MODEL, EngineConfig
from wenda.index.milvus import parse_store

from wenda.index.query import MAX_QUESTION_CHARS as MAX_QUESTION  # the one limit (characters): longer is declined, never cut
CORPUS_CHECK = 60.0  # seconds between checks that the corpus files are unchanged (WENDA_CORPUS_CHECK)
CONTEXT_MINUTES = 10.0  # how long a chat's last question stays the context of a follow-up (WENDA_CONTEXT_MINUTES)
MAX_QUEUE = 30  # questions one chat may have waiting for its flood budget before more are dropped (WENDA_QUEUE)
TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
SEND_RATE = 30.0  # Bot API calls per second the bot allows itself (WENDA_SEND_RATE): Telegram's bulk limit
MAX_UPLOAD_MB = 20.0  # largest file an admin may send to teach the bot (Telegram's getFile limit is 20 MB)
WEBHOOK_LISTEN = "127.0.0.1"  # webhook mode: the address the bot's HTTP server binds (behind a reverse proxy)
WEBHOOK_PORT = 8443
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what Telegram accepts as a webhook secret_token


class ConfigError(Exception):
    """A setting (environment variable) that cannot be used; the message says which and why."""


def _parse_ids(name: str, value: str | None) -> frozenset[int] | None:
    """Comma- (or space-) separated integer ids; None when unset or empty."""
    items = [p for p in re.split(r"[,\s]+", (value or "").strip()) if p]
    if not items:
        return None
    bad = [p for p in items if not re.fullmatch(r"-?\d+", p)]
    if bad:
        raise ConfigError(f"{name} must be comma-separated numeric ids (e.g. 123456789,-1001234567890); "
                          f"not ids: {', '.join(bad[:3])}")
    return frozenset(int(p) for p in items)


@dataclass(frozen=True)
class Settings:
    """How `wenda serve` behaves."""

    allowed_chats: frozenset[int] | None = None  # None: every chat
    admins: frozenset[int] = frozenset()
    rate: tuple[int, float] = (5, 30.0)
    base_url: str | None = None
    max_question: int = MAX_QUESTION
    corpus_check: float = CORPUS_CHECK  # seconds; 0 = never check the corpus for changes
    data_dir: Path | None = None  # conversation state (SQLite) lives here; None: in memory only
    context_ttl: float = CONTEXT_MINUTES * 60  # seconds a follow-up may refer to the last question
    max_queue: int = MAX_QUEUE  # questions waiting per chat beyond the flood budget; more are dropped, said so
    max_upload: int = int(MAX_UPLOAD_MB * 1024 * 1024)  # bytes: larger files sent to teach the bot are refused
    webhook_url: str | None = None  # webhook mode when set (else long polling); `--webhook` overrides
    webhook_secret: str | None = None  # required in webhook mode: Telegram sends it in a header, checked
    webhook_listen: str = WEBHOOK_LISTEN
    webhook_port: int = WEBHOOK_PORT
    state: str | None = None  # shared state of the workers: a redis:// URL; None: SQLite in data_dir
    send_rate: float = SEND_RATE  # Bot API calls per second at most (PTB's AIORateLimiter); 0 = no limit of its own

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        base_url = (env.get("TELEGRAM_API_BASE_URL") or "").strip() or None
        if base_url and not re.match(r"^https?://[^/\s]+", base_url):
            raise ConfigError("TELEGRAM_API_BASE_URL must be an http(s) URL such as http://127.0.0.1:8081/bot "
                              "(the token is appended)")
        try:
            rate = parse_rate(env.get("WENDA_RATE"))
        except RateError as e:
            raise ConfigError(str(e)) from e
        corpus_check = _number(env, "WENDA_CORPUS_CHECK", CORPUS_CHECK,
                               f"number of seconds (e.g. {CORPUS_CHECK:g}; 0 = never)")
        minutes = _number(env, "WENDA_CONTEXT_MINUTES", CONTEXT_MINUTES, "minutes (e.g. 10)")
        if minutes <= 0:
            raise ConfigError("WENDA_CONTEXT_MINUTES must be more than 0 minutes (e.g. 10); /new ends a topic at once")
        queue = _number(env, "WENDA_QUEUE", MAX_QUEUE, "number of questions (e.g. 30)")
        if queue != int(queue):
            raise ConfigError(f"WENDA_QUEUE must be a whole number of questions (e.g. {MAX_QUEUE}), not {queue:g}")
        send_rate = _number(env, "WENDA_SEND_RATE", SEND_RATE,
                            f"number of Bot API calls per second (e.g. {SEND_RATE:g}; 0 = no limit of its own)")
        upload_mb = _number(env, "WENDA_MAX_UPLOAD_MB", MAX_UPLOAD_MB, "number of megabytes (e.g. 20)")
        if upload_mb <= 0:
            raise ConfigError("WENDA_MAX_UPLOAD_MB must be more than 0 megabytes (e.g. 20)")
        return cls(
            allowed_chats=_parse_ids("WENDA_ALLOWED_CHATS", env.get("WENDA_ALLOWED_CHATS")),
            admins=_parse_ids("WENDA_ADMINS", env.get("WENDA_ADMINS")) or frozenset(),
            rate=rate,
            base_url=base_url,
            corpus_check=corpus_check,
            data_dir=default_data_dir(env),
            context_ttl=minutes * 60,
            max_queue=int(queue),
            max_upload=int(upload_mb * 1024 * 1024),
            **webhook_settings(env),
            state=state_url(env.get("WENDA_STATE")),
            send_rate=send_rate,
        )


def webhook_settings(env: Mapping[str, str]) -> dict:
    """WENDA_WEBHOOK_URL, _SECRET, _LISTEN, _PORT, checked (the secret is required only once
    webhook mode is chosen, by this variable or `wenda serve --webhook`: see check_webhook)."""
    url = (env.get("WENDA_WEBHOOK_URL") or "").strip() or None
    if url is not None:
        check_webhook_url(url, "WENDA_WEBHOOK_URL")
    secret = (env.get("WENDA_WEBHOOK_SECRET") or "").strip() or None
    if secret is not None and not SECRET_RE.match(secret):
        raise ConfigError(f"WENDA_WEBHOOK_SECRET must be 1-256 letters, digits, _ or - ({len(secret)} characters "
                          "given, other characters in it); make one with: "
                          "python -c \"import secrets; print(secrets.token_urlsafe(32))\"")
    listen = (env.get("WENDA_WEBHOOK_LISTEN") or "").strip() or WEBHOOK_LISTEN
    port_text = (env.get("WENDA_WEBHOOK_PORT") or "").strip()
    if port_text and not (port_text.isdigit() and 0 < int(port_text) < 65536):
        raise ConfigError(f"WENDA_WEBHOOK_PORT must be a port number (1-65535), not {port_text!r}")
    return {"webhook_url": url, "webhook_secret": secret, "webhook_listen": listen,
            "webhook_port": int(port_text) if port_text else WEBHOOK_PORT}


def check_webhook_url(url: str, name: str = "--webhook") -> str:
    """The public URL Telegram posts updates to: https with a host (ConfigError naming `name` else)."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.netloc:
        raise ConfigError(f"{name} must be the public https:// URL Telegram should post updates to "
                          f"(e.g. https://bot.example.org/wenda/hook), not {url!r}")
    return url


def check_webhook_secret(secret: str | None) -> str:
    """The webhook secret, required in webhook mode: without it anyone who finds the URL could post updates."""
    if not secret:
        raise ConfigError("webhook mode needs WENDA_WEBHOOK_SECRET (1-256 letters, digits, _ or -): Telegram sends it "
                          "with every update and the bot refuses requests without it. Make one with: "
                          "python -c \"import secrets; print(secrets.token_urlsafe(32))\"")
    return secret


STATE_SCHEMES = ("redis", "rediss", "unix")


def state_url(text: str | None) -> str | None:
    """WENDA_STATE: unset or empty → None (SQLite in WENDA_DATA_DIR, workers on one host);
    redis://[:password@]host:port/db (rediss:// with TLS, unix:///path.sock) → the URL."""
    text = (text or "").strip()
    if not text:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        port = -1
    db = parts.path.strip("/")
    ok = parts.scheme in STATE_SCHEMES and port != -1 and (
        parts.path if parts.scheme == "unix" else parts.hostname and (not db or db.isdigit()))
    if not ok:
        raise ConfigError("WENDA_STATE must be a Redis URL such as redis://127.0.0.1:6379/0 "
                          "(or unset: SQLite in WENDA_DATA_DIR, for workers on one host), not "
                          f"{text.split('@')[-1]!r}")
    return text


def _number(env: Mapping[str, str], name: str, default: float, what: str) -> float:
    """A non-negative number from the environment (default when unset)."""
    text = (env.get(name) or "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not (0 <= value < float("inf")):
        raise ConfigError(f"{name} must be a non-negative {what}, not {text!r}")
    return value


def default_data_dir(env: Mapping[str, str]) -> Path:
    """WENDA_DATA_DIR, else the user's data directory (~/.local/share/wenda on Linux)."""
    root = (env.get("WENDA_DATA_DIR") or "").strip()
    if root:
        return Path(root).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("wenda"))


def default_cache_dir(env: Mapping[str, str]) -> Path:
    """WENDA_CACHE_DIR, else the user's cache directory (~/.cache/wenda on Linux)."""
    root = (env.get("WENDA_CACHE_DIR") or "").strip()
    if root:
        return Path(root).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("wenda"))


def engine_config_from_env(env: Mapping[str, str]) -> EngineConfig:
    backend = (env.get("WENDA_BACKEND") or "auto").strip().lower()
    if backend not in BACKENDS:
        raise ConfigError(f"WENDA_BACKEND={backend!r} is not one of {', '.join(BACKENDS)}")
    threads_text = (env.get("WENDA_THREADS") or "").strip()
    if threads_text and not (threads_text.isdigit() and int(threads_text) > 0):
        raise ConfigError(f"WENDA_THREADS must be a positive number of threads, not {threads_text!r}")
    corpus = (env.get("WENDA_CORPUS") or "").strip()
    index = (env.get("WENDA_INDEX") or "").strip()
    store = (env.get("WENDA_STORE") or "").strip() or "faiss"
    try:
        parse_store(store)
    except ValueError as e:
        raise ConfigError(f"WENDA_STORE: {e}") from e
    return EngineConfig(
        corpus=Path(corpus).expanduser() if corpus else default_corpus_dir(),
        cache_dir=default_cache_dir(env),
        model=(env.get("WENDA_MODEL") or "").strip() or DEFAULT_MODEL,
        index_dir=Path(index).expanduser() if index else None,
        backend=backend,
        threads=int(threads_text) if threads_text else None,
        store=store,
    )


def check_token(token: str | None) -> str:
    """The token when it looks like one; else ConfigError saying what is wrong (never echoing it)."""
    token = (token or "").strip()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram, then "
                          "`export TELEGRAM_BOT_TOKEN=<the token it gives you>` and run `wenda serve` again "
                          "(see docs/telegram.md).")
    if not TOKEN_RE.match(token):
        raise ConfigError(f"TELEGRAM_BOT_TOKEN does not look like a bot token ({len(token)} characters); "
                          "expected <bot id>:<secret>, digits, a colon and 30 or more letters, digits, _ or -, "
                          "exactly as @BotFather gives it (no quotes or spaces).")
    return token


@dataclass(frozen=True)
class Config:
    engine: EngineConfig
    bot: Settings
    token: str | None = None  # unchecked; `wenda serve` checks it with check_token

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Config:
        """Everything wenda reads from the environment, checked at once: a bad value is an error
        before any work starts."""
        return cls(engine=engine_config_from_env(env), bot=Settings.from_env(env),
                   token=env.get("TELEGRAM_BOT_TOKEN"))
