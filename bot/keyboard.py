"""The inline keyboards: under an answer (👍 / 👎, 更多出处, 查看原文) and under /start (the example
questions). A button's callback_data is «action:id[:arg]», at most 64 bytes; the id points into
bot/feedback.py's store, never at anything the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from wenda.bot import messages as say
from wenda.bot.feedback import Shown

MAX_DATA = 64  # bytes of callback_data Telegram accepts
VOTE, MORE, SOURCE, ASK = "v", "m", "p", "q"
MORE_AT_ONCE = 3  # passages one tap of 更多出处 shows
EXAMPLE_CHARS = 30  # a /start example button shows at most this many characters


@dataclass(frozen=True)
class Press:
    """What a button asks for."""

    action: str  # VOTE, MORE, SOURCE or ASK
    id: str
    arg: str = ""


def data(action: str, id_: str, arg: str = "") -> str:
    text = f"{action}:{id_}:{arg}" if arg else f"{action}:{id_}"
    if len(text.encode()) > MAX_DATA:
        raise ValueError(f"callback_data over {MAX_DATA} bytes: {text!r}")
    return text


def parse(text: str | None) -> Press | None:
    """The press a callback_data stands for; None for anything we did not make."""
    parts = (text or "").split(":")
    if len(parts) not in (2, 3) or parts[0] not in (VOTE, MORE, SOURCE, ASK) or not parts[1]:
        return None
    if parts[0] == VOTE and (len(parts) != 3 or parts[2] not in ("up", "down")):
        return None
    return Press(parts[0], parts[1], parts[2] if len(parts) == 3 else "")


def has_more(shown: Shown) -> bool:
    return shown.found and len(shown.quotes) > shown.more_from


def answer_keyboard(shown: Shown, voted: str | None = None) -> InlineKeyboardMarkup:
    """👍 / 👎 on every answer (the chosen one ticked); 更多出处 while passages are left to show;
    查看原文 when the answer quotes the corpus."""
    up = say.B_UP + (" ✓" if voted == "up" else "")
    down = say.B_DOWN + (" ✓" if voted == "down" else "")
    rows = [[InlineKeyboardButton(up, callback_data=data(VOTE, shown.id, "up")),
             InlineKeyboardButton(down, callback_data=data(VOTE, shown.id, "down"))]]
    second = []
    if has_more(shown):
        second.append(InlineKeyboardButton(say.B_MORE, callback_data=data(MORE, shown.id)))
    if shown.found and shown.quotes:
        second.append(InlineKeyboardButton(say.B_SOURCE, callback_data=data(SOURCE, shown.id)))
    if second:
        rows.append(second)
    return InlineKeyboardMarkup(rows)


def examples_keyboard(examples: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    """One button per (ask id, question), each asking its question."""
    def label(q: str) -> str:
        return q if len(q) <= EXAMPLE_CHARS else q[:EXAMPLE_CHARS - 1] + "…"
    return InlineKeyboardMarkup([[InlineKeyboardButton(label(q), callback_data=data(ASK, aid))]
                                 for aid, q in examples])
