"""The bot under load with faults: 100 chats × 10 questions at once, as it runs in production.

    python bench/bench_load.py                          # 100 × 10, 5% of sendMessage → 500, one 429, one 3 s stall
    python bench/bench_load.py --chats 20 --per-chat 5  # the size CI runs (tests/bot/test_load.py, in process)
    python bench/bench_load.py --error-ratio 0 --stall 0 --json
    python bench/bench_load.py --rate 10                # paced: 10 questions/s one by one (below capacity)
    python bench/bench_load.py --compare --error-ratio 0 --stall 0   # Telegram's pace vs no cap, one run
    python bench/bench_load.py --floor --error-ratio 0 --stall 0     # the engine alone vs the bot, one run
    python bench/bench_load.py --setup uncapped --engine instant --typing always   # the bot's own cost

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

By default the bot keeps to Telegram's global limit (WENDA_SEND_RATE=30: PTB's AIORateLimiter,
30 calls/s with a chat id, the "typing" action included), which bounds throughput at 30 answers/s
(15 when every answer also shows «typing…»), whatever the engine's speed. --compare runs the same
load twice in one run: at Telegram's pace, then with WENDA_SEND_RATE=0 (no cap of the bot's own,
as for a local Bot API server), which shows what the bot itself can do. The «typing» calls are
counted: at most one per question (shown when an answer takes over a second).

--floor measures, in one run, what limits the bot: (a) the engine alone, Engine.ask over the same
questions in one thread and in one thread per core (no Telegram, no bot); (b) the bot, no cap of
its own, «typing…» for every question (--typing always: two Bot API calls per answer, the most it
makes); (c) the same bot with an instant engine (the real engine's answers computed before the
load: what is left is the bot's own work — updates, the shared state, formatting, HTTP). For
each: answers/s, latency p50/p99, CPU per answer (for the bot: its process; the fake Bot API's
own CPU is counted apart, it is Telegram's in production). The bot's overhead per answer is
(b) − (a) in CPU; (c) is what it could do with a free engine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from botprocs import (Tally, bot_env, cpu_seconds, error_lines, expected_replies, free_port, load_questions,
                      start_fake, start_process, stop, wait_for_line, wait_for_replies)

BOTPROCS = Path(__file__).resolve().parent / "botprocs.py"
TOKEN = "700000021:AAFakeTokenForTheLoadBenchmarkWithFaults_01"
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
SETUPS = {"telegram": ("Telegram's pace (WENDA_SEND_RATE=30)", {"WENDA_SEND_RATE": "30"}),
          "uncapped": ("no cap of the bot's own (WENDA_SEND_RATE=0)", {"WENDA_SEND_RATE": "0"})}


@dataclass
class LoadResult:
    chats: int
    per_chat: int
    setup: str
    tally: Tally
    typing: int = 0  # sendChatAction calls
    cpu_s: float = 0.0  # the bot process's CPU time (all threads) from the first question to the last reply
    fake_cpu_s: float = 0.0  # the fake Bot API's CPU time over the same span (Telegram's, in production)
    faults: dict[str, int] = field(default_factory=dict)  # what the server injected
    errors: list[str] = field(default_factory=list)  # the bot's stderr lines that report an error
    rejected_other: list[str] = field(default_factory=list)  # sends refused for other reasons
    resends: int = 0  # «sending it again» warnings

    @property
    def ok(self) -> bool:
        return self.tally.exact and not self.errors and not self.rejected_other and self.typing <= self.tally.asked

    def summary(self) -> str:
        return (f"{self.setup}: {self.tally.counts()} ({self.chats} chats × {self.per_chat}); "
                f"typing shown {self.typing}×; faults injected {self.faults}, resends {self.resends}; "
                f"{self.tally.speed()}; bot CPU {self.cpu_ms:.1f} ms per answer "
                f"(→ {self.capacity:.0f} answers/s on {CORES} cores), fake Bot API CPU {self.fake_cpu_ms:.1f} ms")

    @property
    def fake_cpu_ms(self) -> float:
        return 1000 * self.fake_cpu_s / self.tally.answered_once if self.tally.answered_once else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_s / self.tally.answered_once if self.tally.answered_once else 0.0

    @property
    def capacity(self) -> float:
        """Answers per second the bot could give with all of this machine's cores to itself."""
        return CORES * 1000 / self.cpu_ms if self.cpu_ms else 0.0

    def as_dict(self) -> dict:
        return {"setup": self.setup, "chats": self.chats, "per_chat": self.per_chat, **self.tally.as_dict(),
                "typing_calls": self.typing, "bot_cpu_ms_per_answer": round(self.cpu_ms, 2),
                "fake_cpu_ms_per_answer": round(self.fake_cpu_ms, 2),
                "capacity_answers_per_s": round(self.capacity, 1), "cores": CORES, "faults": self.faults, "resends": self.resends,
                "errors": self.errors[:20], "rejected_other": self.rejected_other[:20], "ok": self.ok}


def run_load(chats: int, per_chat: int, *, error_ratio: float = 0.05, seed: int = 6, stall: float = 3.0,
             retry_after: int = 1, gap: float = 0.05, rate: float | None = None, timeout: float = 600.0,
             setup: str = "telegram", expected: dict[str, list[str]] | None = None, engine: str = "real",
             typing: str = "later", baseline: str | None = None) -> LoadResult:
    """One bot process under load. engine real + typing later is `wenda serve` itself; otherwise
    the bot runs from bench/botprocs.py (`serve --engine … --typing …`). baseline: a folder
    holding another checkout as `wenda/` (e.g. `git archive main`), which the bot then runs."""
    questions = load_questions()
    expected = expected or expected_replies(questions)
    port = free_port()
    logs = Path(tempfile.mkdtemp(prefix="wenda-bench-load-"))
    bot_log = logs / "bot.log"
    name, extra = SETUPS[setup]
    argv = [sys.executable, "-m", "wenda", "serve"]
    if (engine, typing) != ("real", "later"):
        argv = [sys.executable, str(BOTPROCS), "serve", "--engine", engine, "--typing", typing]
        name += f", engine {engine}, typing {typing}"
    env = bot_env(TOKEN, port, WENDA_RATE=f"{per_chat}/600", WENDA_DATA_DIR=str(logs / "data"), **extra)
    if baseline:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [baseline, env.get("PYTHONPATH")]))
        name = f"BASELINE ({baseline}) " + name
    fake, door = start_fake(port, TOKEN, "wenda_load_bot", logs / "fake.log")
    bot = None
    try:
        door.call("/faults", {"send_error_ratio": error_ratio, "seed": seed})
        bot = start_process(argv, env, bot_log)
        wait_for_line(bot_log, "is answering questions", bot, 600)
        asked: dict[int, list[tuple[int, str, float]]] = {}  # chat → [(message id, question, when)]
        cpu_before, fake_before = cpu_seconds(bot.pid), cpu_seconds(fake.pid)
        chat_ids = [900_000 + i for i in range(chats)]
        for r in range(per_chat):
            if r == 1:
                door.call("/faults", {"fail_next_send": [429, f"Too Many Requests: retry after {retry_after}",
                                                         {"retry_after": retry_after}]})
            if r == 2 and stall:
                door.call("/faults", {"stall_next_poll": stall})
            for i, chat in enumerate(chat_ids):
                q = questions[(i * 7 + r * 3) % len(questions)]
                got = door.call("/text", {"chat_id": chat, "text": q})
                asked.setdefault(chat, []).append((got["message"]["message_id"], q, got["at"]))
                if rate:
                    time.sleep(1.0 / rate)
            time.sleep(0 if rate else gap)
        sent = wait_for_replies(door, chats * per_chat, timeout)
        cpu, fake_cpu = cpu_seconds(bot.pid) - cpu_before, cpu_seconds(fake.pid) - fake_before
        rejected = door.call("/rejected")["result"]
        faults = door.call("/faults")["injected"]
        typing = door.call("/calls")["counts"].get("sendChatAction", 0)
    finally:
        stop(bot)
        stop(fake)
    result = LoadResult(chats, per_chat, name, Tally.of(asked, sent, expected), typing=typing, cpu_s=cpu,
                        fake_cpu_s=fake_cpu, faults=faults)
    result.errors = error_lines(bot_log)
    result.resends = sum("sending it again" in line
                         for line in bot_log.read_text(encoding="utf-8", errors="replace").splitlines())
    result.rejected_other = [f"{r['method']}: {r['description']}" for r in rejected
                             if not r["description"].startswith(("Internal Server Error", "Too Many Requests"))]
    return result


def load_sequence(chats: int, per_chat: int) -> list[str]:
    """The questions in the order run_load asks them (round r: each chat its r-th question)."""
    questions = load_questions()
    return [questions[(i * 7 + r * 3) % len(questions)] for r in range(per_chat) for i in range(chats)]


@dataclass
class EngineAlone:
    """Engine.ask over the load's questions, no bot: the floor the bot is measured against."""

    threads: int
    asked: int
    wall_s: float
    cpu_s: float  # this process, all threads
    latencies: list[float]  # each ask, start to end (its own time, not its wait for a thread)

    @property
    def throughput(self) -> float:
        return self.asked / self.wall_s if self.wall_s else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_s / self.asked if self.asked else 0.0

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0.0

    def summary(self) -> str:
        return (f"engine alone, {self.threads} thread(s): {self.asked} asks in {self.wall_s:.1f} s → "
                f"{self.throughput:.1f} answers/s; ask p50 {1000 * self.percentile(0.5):.1f} ms, "
                f"p99 {1000 * self.percentile(0.99):.1f} ms; CPU {self.cpu_ms:.1f} ms per answer")

    def as_dict(self) -> dict:
        return {"setup": f"engine alone, {self.threads} thread(s)", "asked": self.asked,
                "wall_s": round(self.wall_s, 2), "answers_per_s": round(self.throughput, 2),
                "ask_ms": {"p50": round(1000 * self.percentile(0.5), 2), "p99": round(1000 * self.percentile(0.99), 2)},
                "cpu_ms_per_answer": round(self.cpu_ms, 2)}


def engine_alone(engine, questions: list[str], threads: int) -> EngineAlone:
    """Ask every question of `questions` through a pool of `threads` threads (after one warm-up ask)."""
    engine.ask(questions[0])
    latencies: list[float] = []

    def one(q: str) -> None:
        t = time.perf_counter()
        engine.ask(q)
        latencies.append(time.perf_counter() - t)

    cpu0, t0 = time.process_time(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(one, questions))
    return EngineAlone(threads, len(questions), time.perf_counter() - t0, time.process_time() - cpu0, latencies)


def floor(args: argparse.Namespace, expected: dict[str, list[str]]) -> list:
    """(a) the engine alone, 1 thread and one per core; (b) the bot, real engine, typing always;
    (c) the bot, instant engine, typing always — all uncapped, in this run."""
    from wenda.bot.config import Config
    from wenda.index.engine import Engine

    engine = Engine.open(Config.from_env(os.environ).engine, progress=False)
    sequence = load_sequence(args.chats, args.per_chat)
    results: list = [engine_alone(engine, sequence, 1), engine_alone(engine, sequence, CORES)]
    del engine
    runs = [("real", args.typing, None), ("instant", args.typing, None)]
    if args.baseline:  # its «typing…» can only be what it does (after TYPING_AFTER s), so both sides so
        runs += [("real", "later", args.baseline), ("real", "later", None),
                 ("instant", "later", args.baseline), ("instant", "later", None)]
    for engine_kind, typing, baseline in runs:
        results.append(run_load(args.chats, args.per_chat, error_ratio=args.error_ratio, seed=args.seed,
                                stall=args.stall, retry_after=args.retry_after, gap=args.gap, rate=args.rate,
                                setup="uncapped", expected=expected, engine=engine_kind, typing=typing,
                                baseline=baseline))
    return results


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
    ap.add_argument("--setup", choices=sorted(SETUPS), default="telegram",
                    help="telegram: the bot keeps to 30 Bot API calls/s (default); uncapped: WENDA_SEND_RATE=0")
    ap.add_argument("--compare", action="store_true", help="both setups, one after the other, in this run")
    ap.add_argument("--engine", choices=["real", "instant"], default="real",
                    help="instant: the real engine's answers computed before the load (the bot's own cost)")
    ap.add_argument("--typing", choices=["later", "always"], default=None,
                    help="«typing…» after TYPING_AFTER s (production) or for every question "
                         "(default: later; with --floor, always)")
    ap.add_argument("--floor", action="store_true",
                    help="the engine alone (1 thread, one per core) beside the bot with the real and an instant "
                         "engine, uncapped, in this run")
    ap.add_argument("--baseline", default=None,
                    help="with --floor: also run, typing later, the bot of this folder holding another checkout "
                         "as wenda/ (git archive main | tar -x -C DIR/wenda) beside this one")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    expected = expected_replies(load_questions())
    if args.floor:
        args.typing = args.typing or "always"
        results = floor(args, expected)
    else:
        results = [run_load(args.chats, args.per_chat, error_ratio=args.error_ratio, seed=args.seed,
                            stall=args.stall, retry_after=args.retry_after, gap=args.gap, rate=args.rate,
                            setup=setup, expected=expected, engine=args.engine, typing=args.typing or "later",
                            baseline=args.baseline)
                   for setup in (list(SETUPS) if args.compare else [args.setup])]
    if args.json:
        print(json.dumps([r.as_dict() for r in results] if len(results) > 1 else results[0].as_dict(),
                         ensure_ascii=False, indent=1))
    else:
        for r in results:
            print(r.summary())
            for e in getattr(r, "errors", [])[:20] + getattr(r, "rejected_other", [])[:20]:
                print("PROBLEM:", e)
        if args.floor:
            alone, bot = results[1], results[2]
            floor_cap = CORES * 1000 / alone.cpu_ms if alone.cpu_ms else 0.0
            print(f"the floor: the engine alone at {alone.cpu_ms:.1f} ms CPU per answer → {floor_cap:.0f} answers/s "
                  f"on {CORES} cores; the bot {bot.capacity:.0f} answers/s ({bot.capacity / floor_cap:.0%} of it), "
                  f"its own CPU per answer {bot.cpu_ms - alone.cpu_ms:.1f} ms (bot − engine alone), "
                  f"{results[3].cpu_ms:.1f} ms with the instant engine (+ the fake Bot API's "
                  f"{results[3].fake_cpu_ms:.1f} ms, Telegram's in production). Wall-clock: the bot "
                  f"{bot.tally.throughput:.1f} vs the engine alone {alone.throughput:.1f} answers/s "
                  f"({bot.tally.throughput / alone.throughput:.0%}).")
        if args.compare and results[0].tally.throughput:
            print(f"no cap / Telegram's pace: {results[1].tally.throughput / results[0].tally.throughput:.2f}× "
                  "the answers per second")
    ok = all(getattr(r, "ok", True) for r in results)
    if not args.json:
        print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
