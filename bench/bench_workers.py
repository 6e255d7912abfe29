"""Bot workers that scale out: one webhook worker vs two sharing their state, 1,000 questions from
100 chats, every update delivered once and 10 % of them twice. None may be lost, none answered twice.

    python bench/bench_workers.py                                   # SQLite state (one host), 100 × 10
    python bench/bench_workers.py --state redis://127.0.0.1:6379/15 # Redis state (emptied first)
    python bench/bench_workers.py --chats 20 --per-chat 5 --json

Processes, talking HTTP like the real thing: the fake Bot API (`tests/support/fake_telegram.py`)
and N workers (this script with --worker: `build_application` + PTB's webhook server, as
`wenda serve --webhook` runs, each on its own local port with a secret token). Webhook mode, not
polling: two pollers on one token would take each other's getUpdates (409 Conflict); behind
webhooks Telegram posts each update to one URL and a reverse proxy spreads them over workers.
This script plays Telegram and the proxy: a user's message is made at the fake (its side door,
so the fake knows the chat and the message a reply points to), then posted to the worker the
proxy picks (by chat id, so one chat's questions reach one worker in order), with the secret
token header. A tenth of the updates, chosen at random (seeded), are posted again — Telegram
retrying a delivery — to the *other* worker (with one worker: to the same one), right after the
round they belong to, so the retry often arrives while the first delivery is still queued.

Checked: every question has exactly one reply, the engine's answer; no worker logged an error;
each worker's log names every redelivery it dropped. Chats whose replies came out of order are
counted, not failed: the update id is claimed when the update's turn comes in a worker (the
first handler), so a retry that reaches an idle worker while the first delivery still waits in
a busy one is answered there — once, but possibly before the chat's earlier questions. (Telegram
retries only deliveries that were not acknowledged; this benchmark retries acknowledged ones.) Printed: throughput (answers per second,
first question to last reply, on the fake's clock) and latency percentiles for each setup.

The workers keep to Telegram's per-bot limit each (PTB's AIORateLimiter: 30 requests/s, the
"typing" action included), so one worker tops out near 15 answers/s; N workers on one token
together may exceed what Telegram allows one bot — the gain is availability and CPU for a slower
engine, not a way past Telegram's cap.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bench_load import FAKE, QUESTIONS, ROOT, SideDoor, expected_replies, free_port, wait_for_line

TOKEN = "700000031:AAFakeTokenForTheWorkersBenchmarkSharedSt_01"
SECRET = "bench-workers-secret-token"
PUBLIC_URL = "https://workers.bench.invalid/hook"  # what setWebhook is told (the proxy's address)
READY = "is answering questions"


@dataclass
class WorkersResult:
    workers: int
    state: str
    asked: int
    delivered: int = 0  # webhook posts, redeliveries included
    redelivered: int = 0
    answered_once: int = 0
    doubled: int = 0
    lost: int = 0
    wrong_text: int = 0
    out_of_order_chats: int = 0
    drops_logged: int = 0  # «delivered again» lines in the workers' logs
    refused_posts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    latencies: list[float] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.answered_once == self.asked and not self.doubled and not self.lost and not self.wrong_text
                and not self.errors and not self.refused_posts and self.drops_logged == self.redelivered)

    @property
    def throughput(self) -> float:
        return self.answered_once / self.wall_s if self.wall_s else 0.0

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0.0

    def summary(self) -> str:
        return (f"{self.workers} worker(s), state {self.state}: {self.answered_once} of {self.asked} answered "
                f"exactly once ({self.delivered} deliveries, {self.redelivered} of them again; "
                f"{self.drops_logged} dropped as seen); lost {self.lost}, doubled {self.doubled}, "
                f"wrong {self.wrong_text}, chats out of order {self.out_of_order_chats}; "
                f"{self.wall_s:.1f} s → {self.throughput:.1f} answers/s; latency p50 {self.percentile(0.5):.2f} s, "
                f"p90 {self.percentile(0.9):.2f} s, p99 {self.percentile(0.99):.2f} s")

    def as_dict(self) -> dict:
        return {"workers": self.workers, "state": self.state, "asked": self.asked, "delivered": self.delivered,
                "redelivered": self.redelivered, "answered_exactly_once": self.answered_once, "lost": self.lost,
                "doubled": self.doubled, "wrong_replies": self.wrong_text,
                "chats_out_of_order": self.out_of_order_chats, "drops_logged": self.drops_logged,
                "wall_s": round(self.wall_s, 2), "answers_per_s": round(self.throughput, 2),
                "latency_s": {"p50": round(self.percentile(0.5), 3), "p90": round(self.percentile(0.9), 3),
                              "p99": round(self.percentile(0.99), 3)},
                "errors": self.errors[:20], "refused_posts": self.refused_posts[:20], "ok": self.ok}


# -- one worker (a process of its own) ------------------------------------------------------------

def run_worker(port: int) -> int:
    """`wenda serve --webhook` as a worker behind a proxy: the engine and the state from the
    environment (Config.from_env), PTB's webhook server on 127.0.0.1:port with SECRET."""
    import logging

    from wenda.bot.app import ALLOWED_UPDATES, build_application
    from wenda.bot.config import Config
    from wenda.index.engine import Engine

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("wenda.bot.updates").setLevel(logging.INFO)  # each redelivery dropped
    config = Config.from_env(os.environ)
    engine = Engine.open(config.engine, progress=False)
    app = build_application(config.token or "", engine, config.bot, announce=True)
    app.run_webhook(listen="127.0.0.1", port=port, url_path="hook", webhook_url=PUBLIC_URL, secret_token=SECRET,
                    allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3)
    return 0


# -- the driver ----------------------------------------------------------------------------------

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


def stop(proc: subprocess.Popen | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_workers(n: int, chats: int, per_chat: int, *, state: str | None, expected: dict[str, list[str]],
                questions: list[str], again: float = 0.10, seed: int = 15, timeout: float = 900.0) -> WorkersResult:
    port = free_port()
    logs = Path(tempfile.mkdtemp(prefix=f"wenda-bench-workers-{n}-"))
    fake_log = logs / "fake.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WENDA_ALLOWED", "WENDA_ADMINS"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot",
               WENDA_RATE=f"{per_chat}/600", WENDA_CORPUS_CHECK="0", TOKENIZERS_PARALLELISM="false",
               WENDA_DATA_DIR=str(logs / "data"))  # SQLite state: one file all workers share
    env.pop("WENDA_STATE", None)
    if state:
        import redis

        redis.Redis.from_url(state).flushdb()
        env["WENDA_STATE"] = state
    result = WorkersResult(workers=n, state=state.split("@")[-1] if state else "SQLite (one file)",
                           asked=chats * per_chat)
    with open(fake_log, "w") as f:
        fake = subprocess.Popen([sys.executable, str(FAKE), "--port", str(port), "--token", f"{TOKEN}=wenda_workers_bot"],
                                stdout=f, stderr=subprocess.STDOUT)
    workers: list[tuple[subprocess.Popen, int, Path]] = []
    try:
        wait_for_line(fake_log, "TELEGRAM_API_BASE_URL", fake, 60)
        door = SideDoor(port, TOKEN)
        for k in range(n):
            wport, wlog = free_port(), logs / f"worker{k}.log"
            with open(wlog, "w") as f:
                proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", str(wport)],
                                        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=f)
            workers.append((proc, wport, wlog))
        for proc, _, wlog in workers:
            wait_for_line(wlog, READY, proc, 900)
        rng = random.Random(seed)
        chat_ids = [910_000 + i for i in range(chats)]
        asked: dict[int, list[tuple[int, str, float]]] = {}
        t0 = None
        with ThreadPoolExecutor(max_workers=16) as pool:
            for r in range(per_chat):
                batch: list[tuple[int, dict]] = []
                retries: list[tuple[int, dict]] = []
                for i, chat in enumerate(chat_ids):
                    q = questions[(i * 7 + r * 3) % len(questions)]
                    got = door.call("/text", {"chat_id": chat, "text": q})
                    t0 = got["at"] if t0 is None else t0
                    asked.setdefault(chat, []).append((got["message"]["message_id"], q, got["at"]))
                    update = {"update_id": got["update_id"], "message": got["message"]}
                    home = chat % n  # the proxy routes by chat
                    batch.append((workers[home][1], update))
                    if rng.random() < again:
                        retries.append((workers[(home + 1) % n][1], update))
                for why in pool.map(lambda pu: post(*pu), batch + retries):
                    if why:
                        result.refused_posts.append(why)
                result.delivered += len(batch) + len(retries)
                result.redelivered += len(retries)
        deadline = time.monotonic() + timeout
        while len(door.call("/sent")["result"]) < result.asked and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(2.0)  # an answer sent twice would show up now
        sent = door.call("/sent")["result"]
    finally:
        for proc, _, _ in workers:
            stop(proc)
        stop(fake)
    result.wall_s = max((s["at"] for s in sent), default=t0 or 0) - (t0 or 0)
    by_chat: dict[int, list[dict]] = {}
    for s in sent:
        by_chat.setdefault(s["chat_id"], []).append(s)
    for chat, questions_asked in asked.items():
        replies = by_chat.get(chat, [])
        for mid, q, when in questions_asked:
            mine = [s for s in replies if s["reply_to"] == mid]
            if not mine:
                result.lost += 1
                continue
            if len(mine) > 1:
                result.doubled += 1
            else:
                result.answered_once += 1
            if [mine[0]["text"]] != expected[q]:
                result.wrong_text += 1
            result.latencies.append(mine[0]["at"] - when)
        if [s["reply_to"] for s in replies] != [mid for mid, _, _ in questions_asked]:
            result.out_of_order_chats += 1
    for _, _, wlog in workers:
        lines = wlog.read_text(encoding="utf-8", errors="replace").splitlines()
        result.drops_logged += sum("delivered again" in line for line in lines)
        result.errors += [line for line in lines
                          if any(k in line for k in (" ERROR ", " CRITICAL ", "Traceback", " wenda.bot.errors: "))]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--worker", type=int, metavar="PORT", help=argparse.SUPPRESS)  # run as one worker
    ap.add_argument("--chats", type=int, default=100)
    ap.add_argument("--per-chat", type=int, default=10)
    ap.add_argument("--again", type=float, default=0.10, help="share of updates delivered a second time")
    ap.add_argument("--state", default=None,
                    help="a Redis URL the workers share (emptied first); default: one SQLite file")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.worker:
        return run_worker(args.worker)
    questions = [json.loads(line)["q"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = expected_replies(questions)
    if any(len(v) != 1 for v in expected.values()):
        raise SystemExit("the questions must have one-message replies")
    results = [run_workers(n, args.chats, args.per_chat, state=args.state, expected=expected, questions=questions,
                           again=args.again, seed=args.seed) for n in (1, 2)]
    if args.json:
        print(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=1))
    else:
        for r in results:
            print(r.summary())
            for e in r.errors[:20] + r.refused_posts[:20]:
                print("PROBLEM:", e)
        one, two = results
        if one.throughput:
            print(f"two workers / one: {two.throughput / one.throughput:.2f}× the answers per second")
        print("OK" if all(r.ok for r in results) else "FAILED")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
