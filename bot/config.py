"""Configuration, read once: the only module of wenda that reads the environment.

    config = Config.from_env(os.environ)    # in the CLI, once; then passed down
    config.engine   → wenda.index.config.EngineConfig (corpus, cache, model, index, runtime)
    config.bot      → Settings for `wenda serve` (chats, admins, flood limit, Bot API URL, corpus checks)
    config.token    → TELEGRAM_BOT_TOKEN as given (checked by `check_token` when the bot starts)

Variables: WENDA_CORPUS, WENDA_CACHE_DIR, WENDA_MODEL, WENDA_INDEX, WENDA_BACKEND, WENDA_THREADS,
TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, WENDA_ALLOWED_CHATS, WENDA_ADMINS, WENDA_RATE,
WENDA_CORPUS_CHECK, WENDA_DATA_DIR, WENDA_CONTEXT_MINUTES, WENDA_QUEUE, WENDA_STORE. A value that cannot be used raises ConfigError naming the variable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from wenda.bot.limits import RateError, parse_rate
from wenda.corpus.load import default_corpus_dir
from wenda.index.config import BACKENDS, DEFAULT_MODEL, EngineConfig
from wenda.index.milvus import parse_store

from wenda.index.query import MAX_QUESTION_CHARS as MAX_QUESTION  # the one limit (characters): longer is declined, never cut
CORPUS_CHECK = 60.0  # seconds between checks that the corpus files are unchanged (WENDA_CORPUS_CHECK)
CONTEXT_MINUTES = 10.0  # how long a chat's last question stays the context of a follow-up (WENDA_CONTEXT_MINUTES)
MAX_QUEUE = 30  # questions one chat may have waiting for its flood budget before more are dropped (WENDA_QUEUE)
TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")


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
        return cls(
            allowed_chats=_parse_ids("WENDA_ALLOWED_CHATS", env.get("WENDA_ALLOWED_CHATS")),
            admins=_parse_ids("WENDA_ADMINS", env.get("WENDA_ADMINS")) or frozenset(),
            rate=rate,
            base_url=base_url,
            corpus_check=corpus_check,
            data_dir=default_data_dir(env),
            context_ttl=minutes * 60,
            max_queue=int(queue),
        )


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
