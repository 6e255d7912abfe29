"""Bot workers that scale out: one webhook worker vs two sharing their state, 1,000 questions from
100 chats, every update delivered once and 10 % of them twice. None may be lost, none answered twice.

    python bench/bench_workers.py                                   # SQLite state (one host), 100 × 10
    python bench/bench_workers.py --state redis://127.0.0.1:6379/15 # Redis state (emptied first)
    python bench/bench_workers.py --chats 20 --per-chat 5 --json

Processes, talking HTTP like the real thing: the fake Bot API (`tests/support/fake_telegram.py`)
and N workers (`wenda serve --webhook`, configured by WENDA_WEBHOOK_*, each on its own local port
with the secret token). Webhook mode, not polling: two pollers on one token would take each other's getUpdates (409 Conflict); behind
webhooks Telegram posts each update to one URL and a reverse proxy spreads them over workers.
This script plays Telegram and the proxy: a user's message is made at the fake (its side door,
so the fake knows the chat and the message a reply points to), then posted to the worker the
proxy picks (by chat id; with --route random, any worker, so one chat's questions are spread over
the workers), with the secret token header. A tenth of the updates, chosen at random (seeded), are
posted again — Telegram retrying a delivery — to the *other* worker (with one worker: to the same
one), right after the round they belong to, so the retry often arrives while the first delivery
is still waiting its turn.

Checked: every question has exactly one reply, the engine's answer; each chat's replies in the
order it asked (a worker claims an update on receipt, before acknowledging it, and handles it
only when the chat's earlier updates, in any worker, are done: wenda.bot.turns); no worker
logged an error; the workers' logs name every redelivery they dropped. Printed: throughput
(answers per second, first question to last reply, on the fake's clock) and latency percentiles
for each setup.

The workers keep to Telegram's per-bot limit each (PTB's AIORateLimiter: 30 requests/s, the
"typing" action included), so one worker tops out near 15 answers/s; N workers on one token
together may exceed what Telegram allows one bot — the gain is availability and CPU for a slower
engine, not a way past Telegram's cap.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from botprocs import (Tally, bot_env, error_lines, expected_replies, free_port, load_questions, start_fake,
                      start_process, stop, wait_for_line, wait_for_replies)

TOKEN = "700000031:AAFakeTokenForTheWorkersBenchmarkSharedSt_01"
SECRET = "bench-workers-secret-token"
PUBLIC_URL = "https://workers.bench.invalid/hook"  # what setWebhook is told (the proxy's address)
READY = "webhook set; ready"


@dataclass
class WorkersResult:
    workers: int
    state: str
    tally: Tally
    delivered: int = 0  # webhook posts, redeliveries included
    redelivered: int = 0
    drops_logged: int = 0  # «delivered again» lines in the workers' logs
    refused_posts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.tally.exact and not self.errors and not self.refused_posts
                and self.drops_logged == self.redelivered)

    def summary(self) -> str:
        return (f"{self.workers} worker(s), state {self.state}: {self.tally.counts()} ({self.delivered} deliveries, "
                f"{self.redelivered} of them again; {self.drops_logged} dropped as seen); {self.tally.speed()}")

    def as_dict(self) -> dict:
        return {"workers": self.workers, "state": self.state, **self.tally.as_dict(), "delivered": self.delivered,
                "redelivered": self.redelivered, "drops_logged": self.drops_logged, "errors": self.errors[:20],
                "refused_posts": self.refused_posts[:20], "ok": self.ok}


def post(port: int, update: dict) -> str | None:
    """One webhook delivery, as Telegram makes it; None when the worker took it, else why not."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}/hook", data=json.dumps(update).encode(),
                                 headers={"Content-Type": "application/json",
                                          "X-Telegram-Bot-Api-Secret-Token": SECRET})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return None if r.status == 200 else f"HTTP {r.status}"
    except (urllib.error.URLError, OSError) as e:
        return f"{type(e).__name__}: {e}"


def run_workers(n: int, chats: int, per_chat: int, *, state: str | None, expected: dict[str, list[str]],
                questions: list[str], again: float = 0.10, seed: int = 15, route: str = "chat",
                timeout: float = 900.0) -> WorkersResult:
    port = free_port()
    logs = Path(tempfile.mkdtemp(prefix=f"wenda-bench-workers-{n}-"))
    env = bot_env(TOKEN, port, WENDA_RATE=f"{per_chat}/600", WENDA_DATA_DIR=str(logs / "data"),  # SQLite: one file
                  WENDA_WEBHOOK_URL=PUBLIC_URL, WENDA_WEBHOOK_SECRET=SECRET, WENDA_WEBHOOK_LISTEN="127.0.0.1")
    if state:
        import redis

        redis.Redis.from_url(state).flushdb()
        env["WENDA_STATE"] = state
    fake, door = start_fake(port, TOKEN, "wenda_workers_bot", logs / "fake.log")
    workers: list[tuple[object, int, Path]] = []
    asked: dict[int, list[tuple[int, str, float]]] = {}
    delivered = redelivered = 0
    refused: list[str] = []
    try:
        for k in range(n):
            wport, wlog = free_port(), logs / f"worker{k}.log"
            proc = start_process([sys.executable, "-m", "wenda", "-v", "serve"], {**env, "WENDA_WEBHOOK_PORT": str(wport)},
                                 wlog)
            workers.append((proc, wport, wlog))
        for proc, _, wlog in workers:
            wait_for_line(wlog, READY, proc, 900)
        rng = random.Random(seed)
        chat_ids = [910_000 + i for i in range(chats)]
        with ThreadPoolExecutor(max_workers=16) as pool:
            for r in range(per_chat):
                batch: list[tuple[int, dict]] = []
                retries: list[tuple[int, dict]] = []
                for i, chat in enumerate(chat_ids):
                    q = questions[(i * 7 + r * 3) % len(questions)]
                    got = door.call("/text", {"chat_id": chat, "text": q})
                    asked.setdefault(chat, []).append((got["message"]["message_id"], q, got["at"]))
                    update = {"update_id": got["update_id"], "message": got["message"]}
                    home = chat % n if route == "chat" else rng.randrange(n)  # where the proxy sends it
                    batch.append((workers[home][1], update))
                    if rng.random() < again:
                        retries.append((workers[(home + 1) % n][1], update))
                refused += [why for why in pool.map(lambda pu: post(*pu), batch + retries) if why]
                delivered += len(batch) + len(retries)
                redelivered += len(retries)
        sent = wait_for_replies(door, chats * per_chat, timeout)
    finally:
        for proc, _, _ in workers:
            stop(proc)
        stop(fake)
    result = WorkersResult(n, state.split("@")[-1] if state else "SQLite (one file)", Tally.of(asked, sent, expected),
                           delivered=delivered, redelivered=redelivered, refused_posts=refused)
    for _, _, wlog in workers:
        text = wlog.read_text(encoding="utf-8", errors="replace")
        result.drops_logged += text.count("delivered again")
        result.errors += error_lines(wlog)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chats", type=int, default=100)
    ap.add_argument("--per-chat", type=int, default=10)
    ap.add_argument("--again", type=float, default=0.10, help="share of updates delivered a second time")
    ap.add_argument("--state", default=None,
                    help="a Redis URL the workers share (emptied first); default: one SQLite file")
    ap.add_argument("--route", choices=["chat", "random"], default="chat",
                    help="the proxy sends a chat's updates to one worker (chat) or to any (random)")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    questions = load_questions()
    expected = expected_replies(questions)
    results = [run_workers(n, args.chats, args.per_chat, state=args.state, expected=expected, questions=questions,
                           again=args.again, seed=args.seed, route=args.route) for n in (1, 2)]
    if args.json:
        print(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=1))
    else:
        for r in results:
            print(r.summary())
            for e in r.errors[:20] + r.refused_posts[:20]:
                print("PROBLEM:", e)
        one, two = results
        if one.tally.throughput:
            print(f"two workers / one: {two.tally.throughput / one.tally.throughput:.2f}× the answers per second")
        print("OK" if all(r.ok for r in results) else "FAILED")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
