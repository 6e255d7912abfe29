"""The bot under load with faults: 100 chats × 10 questions at once, as it runs in production.

    python bench/bench_load.py                          # 100 × 10, 5% of sendMessage → 500, one 429, one 3 s stall
    python bench/bench_load.py --chats 20 --per-chat 5  # the size CI runs (tests/bot/test_load.py, in process)
    python bench/bench_load.py --error-ratio 0 --stall 0 --json
    python bench/bench_load.py --rate 10                # paced: 10 questions/s one by one (below capacity)

Two processes besides this one, talking HTTP like the real thing: the fake Bot API
(`python tests/support/fake_telegram.py --port N`) and the bot (`wenda serve`, with
TELEGRAM_API_BASE_URL pointing at the fake). This script plays the users through the fake's side
door: every chat sends its questions in quick succession (round r: each chat its r-th question),
while the fake answers a share of sendMessage calls with 500, one with 429 and retry_after, and
stalls one getUpdates call. It checks that every question got exactly one reply, each chat's
replies in order, each the engine's answer, and that the bot logged no error (its stderr: no
ERROR, no traceback, nothing from its error handler); and prints throughput (answers per second,
first question to last reply) and latency (question in → its reply accepted by the server, both
on the server's clock) percentiles. Exits 1 if any check failed.

The bot keeps to Telegram's global limit (PTB's AIORateLimiter: 30 requests/s for calls with a
chat id, the "typing" action included), which bounds throughput at about 15 answers/s whatever
the engine's speed.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAKE = ROOT / "tests" / "support" / "fake_telegram.py"
QUESTIONS = ROOT / "tests" / "data" / "article_questions.jsonl"
TOKEN = "700000021:AAFakeTokenForTheLoadBenchmarkWithFaults_01"


@dataclass
class LoadResult:
    chats: int
    per_chat: int
    asked: int
    answered_once: int = 0  # questions with exactly one reply
    duplicates: int = 0  # questions with more than one reply
    missing: int = 0
    out_of_order_chats: int = 0
    wrong_text: int = 0
    wall_s: float = 0.0  # first question in → last reply accepted
    latencies: list[float] = field(default_factory=list)
    faults: dict[str, int] = field(default_factory=dict)  # what the server injected
    errors: list[str] = field(default_factory=list)  # the bot's stderr lines that report an error
    rejected_other: list[str] = field(default_factory=list)  # sends refused for other reasons
    resends: int = 0  # «sending it again» warnings

    @property
    def ok(self) -> bool:
        return (self.answered_once == self.asked and not self.duplicates and not self.missing
                and not self.out_of_order_chats and not self.wrong_text and not self.errors and not self.rejected_other)

    @property
    def throughput(self) -> float:
        return self.answered_once / self.wall_s if self.wall_s else 0.0

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0.0

    def summary(self) -> str:
        return (f"{self.answered_once} of {self.asked} questions answered exactly once "
                f"({self.chats} chats × {self.per_chat}); duplicates {self.duplicates}, missing {self.missing}, "
                f"chats out of order {self.out_of_order_chats}, wrong replies {self.wrong_text}; "
                f"faults injected {self.faults}, resends {self.resends}; "
                f"{self.wall_s:.1f} s → {self.throughput:.1f} answers/s; latency p50 {self.percentile(0.5):.2f} s, "
                f"p90 {self.percentile(0.9):.2f} s, p99 {self.percentile(0.99):.2f} s, "
                f"max {max(self.latencies, default=0):.2f} s")


class SideDoor:
    """The fake Bot API's test endpoints, over HTTP."""

    def __init__(self, port: int, token: str):
        self.base = f"http://127.0.0.1:{port}/_test/bot{token}"

    def call(self, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def expected_replies(questions: list[str]) -> dict[str, list[str]]:
    """What the bot must send for each question: the engine's answer, rendered as the bot does."""
    from wenda.bot.config import Config
    from wenda.bot.format import split_message
    from wenda.bot.handlers import reply_for
    from wenda.index.engine import Engine

    engine = Engine.open(Config.from_env(os.environ).engine, progress=False)
    sections = engine.section_names()
    return {q: split_message(reply_for(engine.ask(q), sections)) for q in set(questions)}


def wait_for_line(path: Path, text: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while text not in path.read_text(encoding="utf-8", errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"no {text!r} from {proc.args}: {path.read_text(errors='replace')[-2000:]}")
        time.sleep(0.1)


def run_load(chats: int, per_chat: int, *, error_ratio: float = 0.05, seed: int = 6, stall: float = 3.0,
             retry_after: int = 1, gap: float = 0.05, rate: float | None = None, timeout: float = 600.0) -> LoadResult:
    questions = [json.loads(line)["q"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = expected_replies(questions)
    if any(len(v) != 1 for v in expected.values()):
        raise SystemExit("the load questions must have one-message replies")
    port = free_port()
    logs = Path(tempfile.mkdtemp(prefix="wenda-bench-load-"))
    fake_log, bot_log = logs / "fake.log", logs / "bot.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WENDA_ALLOWED", "WENDA_ADMINS"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot",
               WENDA_RATE=f"{per_chat}/600", WENDA_CORPUS_CHECK="0", TOKENIZERS_PARALLELISM="false")
    with open(fake_log, "w") as f:
        fake = subprocess.Popen([sys.executable, str(FAKE), "--port", str(port), "--token", f"{TOKEN}=wenda_load_bot"],
                                stdout=f, stderr=subprocess.STDOUT)
    bot = None
    try:
        wait_for_line(fake_log, "TELEGRAM_API_BASE_URL", fake, 60)
        door = SideDoor(port, TOKEN)
        door.call("/faults", {"send_error_ratio": error_ratio, "seed": seed})
        with open(bot_log, "w") as f:
            bot = subprocess.Popen([sys.executable, "-m", "wenda", "serve"], cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=f)
        wait_for_line(bot_log, "is answering questions", bot, 600)
        asked: dict[int, list[tuple[int, str, float]]] = {}  # chat → [(message id, question, when)]
        chat_ids = [900_000 + i for i in range(chats)]
        total = chats * per_chat
        t0 = None
        for r in range(per_chat):
            if r == 1:
                door.call("/faults", {"fail_next_send": [429, f"Too Many Requests: retry after {retry_after}",
                                                         {"retry_after": retry_after}]})
            if r == 2 and stall:
                door.call("/faults", {"stall_next_poll": stall})
            for i, chat in enumerate(chat_ids):
                q = questions[(i * 7 + r * 3) % len(questions)]
                got = door.call("/text", {"chat_id": chat, "text": q})
                t0 = got["at"] if t0 is None else t0
                asked.setdefault(chat, []).append((got["message"]["message_id"], q, got["at"]))
                if rate:
                    time.sleep(1.0 / rate)
            time.sleep(0 if rate else gap)
        deadline = time.monotonic() + timeout
        while len(door.call("/sent")["result"]) < total and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)  # anything sent twice would show up now
        sent = door.call("/sent")["result"]
        rejected = door.call("/rejected")["result"]
        faults = door.call("/faults")["injected"]
    finally:
        for proc in (bot, fake):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(60)
                except subprocess.TimeoutExpired:
                    proc.kill()
    result = LoadResult(chats=chats, per_chat=per_chat, asked=total, faults=faults)
    result.wall_s = max((s["at"] for s in sent), default=t0) - t0
    by_chat: dict[int, list[dict]] = {}
    for s in sent:
        by_chat.setdefault(s["chat_id"], []).append(s)
    for chat, questions_asked in asked.items():
        replies = by_chat.get(chat, [])
        for mid, q, when in questions_asked:
            mine = [s for s in replies if s["reply_to"] == mid]
            if not mine:
                result.missing += 1
                continue
            if len(mine) > 1:
                result.duplicates += 1
            else:
                result.answered_once += 1
            if [mine[0]["text"]] != expected[q]:
                result.wrong_text += 1
            result.latencies.append(mine[0]["at"] - when)
        if [s["reply_to"] for s in replies] != [mid for mid, _, _ in questions_asked]:
            result.out_of_order_chats += 1
    log_lines = bot_log.read_text(encoding="utf-8", errors="replace").splitlines()
    result.errors = [line for line in log_lines
                     if any(k in line for k in (" ERROR ", " CRITICAL ", "Traceback", " wenda.bot.errors: "))]
    result.resends = sum("sending it again" in line for line in log_lines)
    result.rejected_other = [f"{r['method']}: {r['description']}" for r in rejected
                             if not r["description"].startswith(("Internal Server Error", "Too Many Requests"))]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chats", type=int, default=100)
    ap.add_argument("--per-chat", type=int, default=10)
    ap.add_argument("--error-ratio", type=float, default=0.05, help="share of sendMessage answered with 500")
    ap.add_argument("--stall", type=float, default=3.0, help="seconds one getUpdates call stalls (0: none)")
    ap.add_argument("--retry-after", type=int, default=1, help="retry_after of the one 429")
    ap.add_argument("--gap", type=float, default=0.05,
                    help="seconds between rounds (a round: every chat asks its next question at once)")
    ap.add_argument("--rate", type=float, default=None,
                    help="questions per second arriving one by one, instead of bursts (e.g. 10)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = run_load(args.chats, args.per_chat, error_ratio=args.error_ratio, seed=args.seed, stall=args.stall,
                 retry_after=args.retry_after, gap=args.gap, rate=args.rate)
    if args.json:
        print(json.dumps({
            "chats": r.chats, "per_chat": r.per_chat, "asked": r.asked, "answered_exactly_once": r.answered_once,
            "duplicates": r.duplicates, "missing": r.missing, "chats_out_of_order": r.out_of_order_chats,
            "wrong_replies": r.wrong_text, "faults": r.faults, "resends": r.resends, "wall_s": round(r.wall_s, 2),
            "answers_per_s": round(r.throughput, 2),
            "latency_s": {"p50": round(r.percentile(0.5), 3), "p90": round(r.percentile(0.9), 3),
                          "p99": round(r.percentile(0.99), 3), "max": round(max(r.latencies, default=0), 3)},
            "errors": r.errors[:20], "rejected_other": r.rejected_other[:20], "ok": r.ok,
        }, ensure_ascii=False, indent=1))
    else:
        print(r.summary())
        for e in r.errors[:20] + r.rejected_other[:20]:
            print("PROBLEM:", e)
        print("OK" if r.ok else "FAILED")
    return 0 if r.ok else 1


if __name__ == "__main__":
    sys.exit(main())
