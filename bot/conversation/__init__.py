"""The conversation layer shared by the bot and `wenda chat` (see core.Conversation).

    from wenda.bot.conversation import ChatKey, Conversation, Store, render_reply

Modules: store (SQLite state with expiry), subjects (sections, collectives, pronouns in a
question), followup (reading a message after the previous question), plan (single, several
sections, or arithmetic), figures (quoted figures as quantities), compute (sum, difference,
ranking with the working), reply (the typed result), render (plain text and Telegram HTML).
"""

from wenda.bot.conversation.core import CLEARED, ChatKey, Conversation
from wenda.bot.conversation.reply import Reply
from wenda.bot.conversation.render import render_blocks, render_reply
from wenda.bot.conversation.store import DEFAULT_TTL, Store, StoreError, Turn

__all__ = ["CLEARED", "DEFAULT_TTL", "ChatKey", "Conversation", "Reply", "Store", "StoreError", "Turn",
           "render_blocks", "render_reply"]
