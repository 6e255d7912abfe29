"""The bot under load with faults: 100 chats × 10 questions at once, through the fake Bot API.

    python bench/bench_load.py                          # 100 × 10, 5% of sendMessage → 500, one 429, one 3 s stall
    python bench/bench_load.py --chats 20 --per-chat 5  # what CI runs (tests/test_bot_load.py)
    python bench/bench_load.py --error-ratio 0 --stall 0 --json
    python bench/bench_load.py --rate 10                # paced: 10 questions/s one by one (below capacity)

The driver is tests/test_bot_load.py's `run_load`: every chat sends its questions in quick
succession (round r: each chat its r-th question), while the fake server (tests/fake_telegram.py,
over HTTP on 127.0.0.1) answers a share of sendMessage calls with 500, one with 429 and
retry_after, and stalls one getUpdates call. It checks that every question got exactly one
reply, each chat's replies in order, each the engine's answer; and prints throughput (answers per
second, first question to last reply) and latency (question sent → its reply accepted by the
server) percentiles. Exits 1 if any check failed.

The bot keeps to Telegram's global limit (PTB's AIORateLimiter: 30 requests/s for calls with a
chat id, the "typing" action included), which bounds throughput at about 15 answers/s whatever
the engine's speed. The fake server runs in the same process (its own thread and event loop).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


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

    import logging
    import warnings

    warnings.filterwarnings("ignore")
    logging.getLogger().addHandler(logging.NullHandler())  # the resend warnings would drown the report
    from wenda.index.engine import Engine
    from test_bot_load import run_load

    engine = Engine.open(progress=False)
    engine.ask("崔桥镇设了多少卡点")  # warm up
    r = run_load(engine, args.chats, args.per_chat, error_ratio=args.error_ratio, seed=args.seed,
                 stall=args.stall, retry_after=args.retry_after, gap=args.gap,
                 rate=args.rate)
    ok = (r.answered_once == r.asked and not r.duplicates and not r.missing and not r.out_of_order_chats
          and not r.wrong_text and not r.errors and not r.rejected_other)
    if args.json:
        print(json.dumps({
            "chats": r.chats, "per_chat": r.per_chat, "asked": r.asked, "answered_exactly_once": r.answered_once,
            "duplicates": r.duplicates, "missing": r.missing, "chats_out_of_order": r.out_of_order_chats,
            "wrong_replies": r.wrong_text, "faults": r.faults, "resends": r.resends, "wall_s": round(r.wall_s, 2),
            "answers_per_s": round(r.throughput, 2),
            "latency_s": {"p50": round(r.percentile(0.5), 3), "p90": round(r.percentile(0.9), 3),
                          "p99": round(r.percentile(0.99), 3), "max": round(max(r.latencies, default=0), 3)},
            "errors": r.errors[:20], "rejected_other": r.rejected_other[:20], "ok": ok,
        }, ensure_ascii=False, indent=1))
    else:
        print(r.summary())
        print(f"latency p90 {r.percentile(0.9):.2f} s")
        for e in r.errors[:20] + r.rejected_other[:20]:
            print("PROBLEM:", e)
        print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
