"""The command menus, set at start-up (setMyCommands) with scopes: everyone sees /start /help
/sources /new; group chats also /ask; each admin's private chat also the admin commands. A
failure is logged and the bot starts anyway (the commands work without a menu)."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from wenda.bot.messages import MENU_ADMIN_COMMANDS, MENU_COMMANDS, MENU_GROUP_COMMANDS

log = logging.getLogger(__name__)


def menus(admins: frozenset[int] | set[int]) -> list[tuple[object, list[BotCommand]]]:
    """(scope, commands) for every menu the bot sets, default first."""
    everyone = [BotCommand(n, d) for n, d in MENU_COMMANDS]
    out: list[tuple[object, list[BotCommand]]] = [
        (BotCommandScopeDefault(), everyone),
        (BotCommandScopeAllGroupChats(), everyone + [BotCommand(n, d) for n, d in MENU_GROUP_COMMANDS]),
    ]
    admin = everyone + [BotCommand(n, d) for n, d in MENU_ADMIN_COMMANDS]
    out += [(BotCommandScopeChat(chat_id=a), admin) for a in sorted(admins)]
    return out


async def register_commands(bot: Bot, admins: frozenset[int] | set[int]) -> int:
    """Set every menu; returns how many were set (a failing one is logged and skipped)."""
    done = 0
    for scope, commands in menus(admins):
        try:
            await bot.set_my_commands(commands, scope=scope)
            done += 1
        except TelegramError as e:
            log.warning("setMyCommands (%s) failed (%s: %s); the commands still work", scope.type,
                        type(e).__name__, e)
    return done
