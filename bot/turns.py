"""Each chat's updates in order across workers, each update handled once: turns in the shared state.

An update is claimed the moment a worker receives it (before it waits for anything): its id is
recorded (a redelivery, to this worker or another one, is dropped) and, for an update of a chat,
it takes the chat's next turn — a ticket, numbered in the order the workers received them. A
worker handles an update only when no earlier ticket of the same chat is still held, by any
worker, so a question asked second is answered second even when the two reach different
workers and the first one is slow:

    turns = Turns(state, bot_id=123)
    ticket = turns.claim(update_id, chat_id)    # on receipt; None: delivered before, drop it
    ticket = turns.ticket_for(update_id, chat_id)  # when its handling starts (claims it if not yet)
    try:                                        # its lease is renewed while it is held
        await turns.wait(ticket)                # the chat's earlier tickets are done
        ...                                     # handle the update
    finally:
        turns.release(ticket)                   # the chat's next turn may go

A ticket is a lease: the worker holding it renews it every LEASE / 3 seconds (one call for all
it holds). When a worker dies, its tickets lapse after LEASE seconds and the chat goes on with
the next one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)

LEASE = 30.0  # seconds a ticket lasts without renewal: how long a dead worker can hold up its chats
FIRST_POLL = 0.002  # seconds between the first checks whether a chat's earlier turns are done
LAST_POLL = 0.05  # … doubled up to this


class TurnStore(Protocol):
    """The part of the shared state (wenda.bot.shared) that keeps turns. Each call is atomic."""

    def enter(self, bot_id: int, update_id: int, chat_id: int | None, until: float) -> int | None:
        """Claim the update: None when it was claimed before (by any worker); else, for a chat,
        the chat's next ticket (leased until `until`), and 0 without a chat."""

    def first_in_line(self, chat_id: int, ticket: int, now: float) -> bool:
        """True when no earlier ticket of the chat is held (tickets whose lease ended are dropped)."""

    def renew(self, tickets: list[tuple[int, int]], until: float) -> None:
        """Extend the leases of these (chat, ticket) pairs."""

    def leave(self, chat_id: int, ticket: int) -> None:
        """The ticket's update is done: the chat's next turn may go."""


@dataclass(frozen=True)
class Ticket:
    update_id: int
    chat_id: int | None
    number: int  # 0: no chat, nothing to keep in order


class Turns:
    """Claiming updates and taking their chat's turn, for one worker."""

    def __init__(self, store: TurnStore, bot_id: int, *, lease: float = LEASE,
                 clock: Callable[[], float] = time.time):
        self.store, self.bot_id, self.lease, self.clock = store, bot_id, lease, clock
        self.holding: dict[int, int] = {}  # ticket → chat: what this worker must keep renewing
        self.received: dict[int, Ticket] = {}  # update id → its ticket, claimed on receipt, not yet handled
        self.heartbeat: asyncio.Task | None = None

    def claim(self, update_id: int, chat_id: int | None) -> Ticket | None:
        """Claim an update as it is received (the webhook does, before it acknowledges it): its
        ticket, kept for `ticket_for`; None when it was claimed before, by any worker."""
        number = self.store.enter(self.bot_id, update_id, chat_id, self.clock() + self.lease)
        if number is None:
            return None
        ticket = self.received[update_id] = Ticket(update_id, chat_id, number)
        if number and chat_id is not None:
            self.holding[number] = chat_id
            self._beat()
        return ticket

    def ticket_for(self, update_id: int, chat_id: int | None) -> Ticket | None:
        """The ticket of an update about to be handled: the one claimed on receipt, else claimed
        now (long polling); None for a redelivery."""
        ticket = self.received.pop(update_id, None)
        if ticket is not None:
            return ticket
        ticket = self.claim(update_id, chat_id)
        if ticket is not None:
            self.received.pop(update_id, None)
        return ticket

    async def wait(self, ticket: Ticket) -> None:
        """Until the chat's earlier tickets are done (or lapsed)."""
        if not ticket.number or ticket.chat_id is None:
            return
        pause = FIRST_POLL
        while not self.store.first_in_line(ticket.chat_id, ticket.number, self.clock()):
            await asyncio.sleep(pause)
            pause = min(pause * 2, LAST_POLL)

    def release(self, ticket: Ticket) -> None:
        if ticket.number and ticket.chat_id is not None:
            self.holding.pop(ticket.number, None)
            try:
                self.store.leave(ticket.chat_id, ticket.number)
            except Exception as e:  # unreachable now: the ticket lapses after its lease
                log.warning("chat %s: could not end turn %s (%s: %s); it lapses in %g s", ticket.chat_id,
                            ticket.number, type(e).__name__, e, self.lease)

    def _beat(self) -> None:
        """Renew what this worker holds every lease / 3 seconds while it holds anything."""
        if self.heartbeat is None or self.heartbeat.done():
            try:
                self.heartbeat = asyncio.get_running_loop().create_task(self._renewing())
            except RuntimeError:  # claimed outside an event loop: nothing runs long enough to lapse
                self.heartbeat = None

    async def _renewing(self) -> None:
        while self.holding:
            await asyncio.sleep(self.lease / 3)
            held = [(chat, number) for number, chat in self.holding.items()]
            if held:
                try:
                    self.store.renew(held, self.clock() + self.lease)
                except Exception as e:  # the store is unreachable now: the next beat tries again
                    log.warning("could not renew %d chat turns: %s: %s", len(held), type(e).__name__, e)

    async def close(self) -> None:
        if self.heartbeat is not None:
            self.heartbeat.cancel()
            with suppress(asyncio.CancelledError):
                await self.heartbeat
