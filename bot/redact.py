"""The token never reaches a log: every log record of the process, whichever logger made it
(telegram, httpx, asyncio, wenda), has the bot token replaced by <TOKEN>.

    install_token_redaction(token)   # once the token is known, before anything logs it
    redact(text)                     # the same for text shown elsewhere (stderr, a reply)

Installed as a LogRecord factory, so a record is clean before any handler sees it, whatever
handlers are added later; handlers present at install time also get a filter (records made
before the factory was installed). Case-insensitive: PTB capitalises Bot API error descriptions
(«Bad Request: chat not found …» becomes «Chat not found …», the rest lower-cased), so a token
quoted in one would otherwise slip through in lower case.
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from typing import Any
from urllib.parse import quote

MASK = "<TOKEN>"


class Redactor:
    """Replaces each of a set of secrets in text and in log records."""

    def __init__(self) -> None:
        self.secrets: set[str] = set()
        self.pattern: re.Pattern[str] | None = None
        self.installed = False
        self.lock = threading.Lock()

    def add(self, secret: str) -> None:
        self.secrets.add(secret)
        alternatives = sorted(self.secrets, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(a) for a in alternatives), re.IGNORECASE)

    def redact(self, text: str) -> str:
        return self.pattern.sub(MASK, text) if self.pattern is not None else text

    def needs(self, text: str) -> bool:
        return self.pattern is not None and self.pattern.search(text) is not None

    def record(self, record: logging.LogRecord) -> None:
        try:
            msg = record.getMessage()
        except Exception:  # a broken format string: leave it to logging to report
            return
        if self.needs(msg):
            record.msg, record.args = self.redact(msg), None
        if record.exc_info and record.exc_info[0] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            if self.needs(text):
                record.exc_text = self.redact(text)
        if record.stack_info and self.needs(record.stack_info):
            record.stack_info = self.redact(record.stack_info)


REDACTOR = Redactor()


class RedactingFilter(logging.Filter):
    """The same redaction as a handler filter (for records made before the factory was installed)."""

    def filter(self, record: logging.LogRecord) -> bool:
        REDACTOR.record(record)
        return True


def install_token_redaction(token: str) -> None:
    """From now on no log record anywhere in the process shows `token` (or its secret half)."""
    with REDACTOR.lock:
        REDACTOR.add(token)
        REDACTOR.add(quote(token, safe=""))  # as it reads percent-encoded in a URL
        if ":" in token and len(token.split(":", 1)[1]) >= 16:
            REDACTOR.add(token.split(":", 1)[1])
        if REDACTOR.installed:
            return
        REDACTOR.installed = True
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            REDACTOR.record(record)
            return record

        logging.setLogRecordFactory(factory)
        for handler in logging.getLogger().handlers:
            handler.addFilter(RedactingFilter())


def redact(text: str) -> str:
    return REDACTOR.redact(text)
