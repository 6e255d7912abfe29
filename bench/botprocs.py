"""What the bot benchmarks share (bench_load.py, bench_workers.py): the fake Bot API and the bot as
processes of their own, the users' side door, the replies each question must get, and the tally
of what came back (exactly once, in order, the engine's answer, how fast).

    fake = start_fake(port, token, username, log)          # tests/support/fake_telegram.py
    bot = start_process([sys.executable, "-m", "wenda", "serve"], env, log)
    wait_for_line(log, "is answering questions", bot, 600)
    tally = Tally.of(asked, door.call("/sent")["result"], expected)

    python bench/botprocs.py serve --engine instant --typing always   # the bot with an engine that costs nothing

`serve` runs the bot as `wenda serve` does (long polling, configured from the environment), with
a choice of engine — the real one, or `instant`: the real engine's answers to the benchmark's
questions computed before the bot starts, so an answer costs the bot only its own work (updates,
state, formatting, HTTP) — and of when «typing…» is shown: `later` (as in production, when an
answer takes over TYPING_AFTER seconds) or `always` (for every question: two Bot API calls per
answer, the most the bot ever makes).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAKE = ROOT / "tests" / "support" / "fake_telegram.py"
QUESTIONS = ROOT / "tests" / "data" / "article_questions.jsonl"
ERROR_MARKS = (" ERROR ", " CRITICAL ", "Traceback", " wenda.bot.errors: ")  # a bot log line that reports an error


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


def load_questions() -> list[str]:
    """The benchmark's questions (the bundled article's question set)."""
    return [json.loads(line)["q"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def expected_replies(questions: list[str]) -> dict[str, list[str]]:
    """What the bot must send for each question: the engine's answer, rendered as the bot does.
    Exits when one would take more than one message (the tally compares one reply each)."""
    from wenda.bot.config import Config
    from wenda.bot.format import split_message
    from wenda.bot.handlers import reply_for
    from wenda.index.engine import Engine

    engine = Engine.open(Config.from_env(os.environ).engine, progress=False)
    sections = engine.section_names()
    expected = {q: split_message(reply_for(engine.ask(q), sections)) for q in set(questions)}
    if any(len(v) != 1 for v in expected.values()):
        raise SystemExit("the benchmark's questions must have one-message replies")
    return expected


class InstantEngine:
    """The real engine's answers to `questions`, computed once: ask() then costs nothing (any other
    question goes to the real engine). Everything else is the real engine's."""

    def __init__(self, engine, questions: list[str]):
        self.engine = engine
        self.answers = {q: engine.ask(q) for q in set(questions)}

    def ask(self, question: str):
        answer = self.answers.get(question)
        return answer if answer is not None else self.engine.ask(question)

    def __getattr__(self, name: str):
        return getattr(self.engine, name)


def serve(argv: list[str] | None = None) -> int:
    """`python bench/botprocs.py serve [--engine real|instant] [--typing later|always]`: the bot,
    polling the Bot API named by the environment (as `wenda serve` does)."""
    import argparse
    import logging

    ap = argparse.ArgumentParser(prog="botprocs.py serve")
    ap.add_argument("--engine", choices=["real", "instant"], default="real")
    ap.add_argument("--typing", choices=["later", "always"], default="later")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    from wenda.bot import handlers
    from wenda.bot.app import ALLOWED_UPDATES, build_application
    from wenda.bot.config import Config
    from wenda.index.engine import Engine

    if args.typing == "always":
        handlers.TYPING_AFTER = 0.0
    config = Config.from_env(os.environ)
    engine = Engine.open(config.engine, progress=False)
    if args.engine == "instant":
        engine = InstantEngine(engine, load_questions())
    app = build_application(config.token, engine, config.bot, announce=True)
    app.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


def bot_env(token: str, port: int, **extra: str) -> dict[str, str]:
    """The environment of a bot process talking to the fake on `port`: no allow-list, no admins,
    no corpus watching; `extra` on top."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "WENDA_ALLOWED", "WENDA_ADMINS", "WENDA_STATE", "WENDA_WEBHOOK"))}
    env.update(TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot",
               WENDA_CORPUS_CHECK="0", TOKENIZERS_PARALLELISM="false")
    env.update(extra)
    return env


def start_process(argv: list[str], env: dict[str, str] | None, log: Path) -> subprocess.Popen:
    """A process whose stdout and stderr go to `log`."""
    with open(log, "w") as f:
        return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=f, stderr=subprocess.STDOUT)


def start_fake(port: int, token: str, username: str, log: Path) -> tuple[subprocess.Popen, SideDoor]:
    """The fake Bot API on `port`, knowing one bot; returned once it listens."""
    fake = start_process([sys.executable, str(FAKE), "--port", str(port), "--token", f"{token}={username}"], None, log)
    wait_for_line(log, "TELEGRAM_API_BASE_URL", fake, 60)
    return fake, SideDoor(port, token)


def wait_for_line(path: Path, text: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while text not in path.read_text(encoding="utf-8", errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"no {text!r} from {proc.args}: {path.read_text(errors='replace')[-2000:]}")
        time.sleep(0.1)


def stop(proc: subprocess.Popen | None) -> None:
    """SIGTERM (a bot stops cleanly on it), then kill after a minute."""
    if proc is not None and proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_for_replies(door: SideDoor, n: int, timeout: float) -> list[dict]:
    """The fake's accepted messages once there are n (or the time is up), and a moment more:
    anything sent twice shows up then."""
    deadline = time.monotonic() + timeout
    while len(door.call("/sent")["result"]) < n and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.5)
    return door.call("/sent")["result"]


def cpu_seconds(pid: int) -> float:
    """CPU time a process has used so far, all its threads, user + system (Linux: /proc; else 0).
    Beside wall-clock throughput, which on a shared machine depends on what else runs, the bot's
    CPU per answer says what it can do with the cores it gets."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def error_lines(log: Path) -> list[str]:
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if any(k in line for k in ERROR_MARKS)]


@dataclass
class Tally:
    """What came back for the questions asked: each must have exactly one reply, the engine's
    answer, each chat's replies in the order it asked."""

    asked: int
    answered_once: int = 0
    doubled: int = 0  # questions with more than one reply
    lost: int = 0  # questions with none
    wrong_text: int = 0
    out_of_order_chats: int = 0
    wall_s: float = 0.0  # first question in → last reply accepted (the fake's clock)
    latencies: list[float] = field(default_factory=list)  # question in → its reply accepted

    @classmethod
    def of(cls, asked: dict[int, list[tuple[int, str, float]]], sent: list[dict],
           expected: dict[str, list[str]]) -> Tally:
        """asked: chat → [(message id, question, when)] in the order asked; sent: the fake's /sent."""
        t = cls(asked=sum(len(v) for v in asked.values()))
        t0 = min((when for v in asked.values() for _, _, when in v), default=0.0)
        t.wall_s = max((s["at"] for s in sent), default=t0) - t0
        by_chat: dict[int, list[dict]] = {}
        for s in sent:
            by_chat.setdefault(s["chat_id"], []).append(s)
        for chat, questions in asked.items():
            replies = by_chat.get(chat, [])
            for mid, q, when in questions:
                mine = [s for s in replies if s["reply_to"] == mid]
                if not mine:
                    t.lost += 1
                    continue
                if len(mine) > 1:
                    t.doubled += 1
                else:
                    t.answered_once += 1
                if [mine[0]["text"]] != expected[q]:
                    t.wrong_text += 1
                t.latencies.append(mine[0]["at"] - when)
            if [s["reply_to"] for s in replies if s["reply_to"] is not None] != [mid for mid, _, _ in questions]:
                t.out_of_order_chats += 1
        return t

    @property
    def exact(self) -> bool:
        return (self.answered_once == self.asked and not self.doubled and not self.lost and not self.wrong_text
                and not self.out_of_order_chats)

    @property
    def throughput(self) -> float:
        return self.answered_once / self.wall_s if self.wall_s else 0.0

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0.0

    def counts(self) -> str:
        return (f"{self.answered_once} of {self.asked} answered exactly once; lost {self.lost}, "
                f"doubled {self.doubled}, wrong {self.wrong_text}, chats out of order {self.out_of_order_chats}")

    def speed(self) -> str:
        return (f"{self.wall_s:.1f} s → {self.throughput:.1f} answers/s; latency p50 {self.percentile(0.5):.2f} s, "
                f"p90 {self.percentile(0.9):.2f} s, p99 {self.percentile(0.99):.2f} s, "
                f"max {max(self.latencies, default=0):.2f} s")

    def as_dict(self) -> dict:
        return {"asked": self.asked, "answered_exactly_once": self.answered_once, "lost": self.lost,
                "doubled": self.doubled, "wrong_replies": self.wrong_text,
                "chats_out_of_order": self.out_of_order_chats, "wall_s": round(self.wall_s, 2),
                "answers_per_s": round(self.throughput, 2),
                "latency_s": {"p50": round(self.percentile(0.5), 3), "p90": round(self.percentile(0.9), 3),
                              "p99": round(self.percentile(0.99), 3),
                              "max": round(max(self.latencies, default=0), 3)}}


if __name__ == "__main__":
    if sys.argv[1:2] != ["serve"]:
        raise SystemExit(f"usage: {sys.argv[0]} serve [--engine real|instant] [--typing later|always]")
    sys.exit(serve(sys.argv[2:]))
