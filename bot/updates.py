"""Getting updates: one update PTB cannot read does not stop the bot.

PTB reads a getUpdates batch as a whole (Update.de_list): one update it cannot read (say, a
field that a Bot API server of another version leaves out) fails the batch, its offset is never
confirmed, and the same batch comes back on every poll, so the bot answers nobody, for ever.
ReadableUpdates, the request PTB uses for getUpdates, checks each update on its own; one that
cannot be read is logged (its id and the error) and stands in the batch as an empty update,
which no handler takes, so it is confirmed and the rest go on.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from wenda.bot.delivery import WrappedRequest

log = logging.getLogger(__name__)


def readable(raw: Any) -> dict | None:
    """The update as it came if PTB can read it; else an empty update with its id (None: no id)."""
    try:
        Update.de_json(raw, None)
        return raw
    except Exception as e:
        uid = raw.get("update_id") if isinstance(raw, dict) else None
        log.warning("update %s cannot be read (%s: %s); skipped", uid, type(e).__name__, e)
        return {"update_id": uid} if isinstance(uid, int) else None


class ReadableUpdates(WrappedRequest):
    """The request for getUpdates, whose batches PTB can always read."""

    async def post(self, url: str, request_data: RequestData | None = None,
                   read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                   connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                   pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> Any:
        result = await super().post(url, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout)
        if not isinstance(result, list):
            return result
        return [u for u in map(readable, result) if u is not None]
