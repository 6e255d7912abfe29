"""Admins teach the bot by sending files (bot/teach.py), end to end over real HTTP: the real
Application polls the fake Bot API (tests/support/fake_telegram.py), which serves the files through
getFile and /file/bot<token>/<path>; the engine is real (model, FAISS, BM25) on a corpus folder of
the test's own, and every change goes through `Engine.refresh()`.

The tests of this module run in order on one bot and one corpus folder: what one adds, the next
replaces or removes.
"""

from __future__ import annotations

import functools
import io
import time
from pathlib import Path

import pytest

from wenda.bot import messages as say
from wenda.bot.app import build_application
from wenda.bot.config import Settings
from wenda.bot.library import safe_name
from wenda.index.engine import Engine
from support.bots import BotThread
from support.fake_telegram import FakeTelegram, Sent

from support import INVENTED, engine_config

TOKEN = "700000021:AAFakeTokenForTheTeachBotTests_0123456789ab"
TOKEN_BUNDLED = "700000022:AAFakeTokenForTheBundledCorpusTests_0123456"
ADMIN = 5150
STRANGER = 6160
LIMIT = 200_000  # bytes (WENDA_MAX_UPLOAD_MB), small to test the refusal


@functools.cache
def venues_docx(books: str = "12万册") -> bytes:
    """A .docx with a title and two headed sections, made as an office would (made once per text:
    a .docx carries the time it was saved)."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("南岭县文化场馆简介", 0)
    d.add_heading("南岭县图书馆", 1)
    d.add_paragraph(f"南岭县图书馆共有藏书{books}，设有阅览座位260个。图书馆每周开放6天。")
    d.add_heading("南岭县博物馆", 1)
    d.add_paragraph("南岭县博物馆共收藏文物3500件，展厅面积1800平方米。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def cjk_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer is `lines` (a CID font, Identity-H, with a ToUnicode map:
    how PDF writers store CJK text; the font is not embedded, so this machine needs no CJK font)."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "50 780 Td"] + [f"<{''.join(f'{ord(c):04X}' for c in ln)}> Tj T*"
                                                       for ln in lines] + ["ET"]
    content = "\n".join(ops).encode()
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity def "
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> "
            b"endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PARK = ["东湖公园改造通报", "东湖公园新栽树木4800棵，新建步道3.6公里。", "东湖公园改造共投入资金900万元。"]


@pytest.fixture(scope="module")
def fake():
    server = FakeTelegram().start()
    yield server
    server.stop()


class Bot:
    """The teaching bot under test: its corpus folder, data folder, fake server and application."""

    def __init__(self, fake: FakeTelegram, corpus: Path, data: Path, runner: BotThread):
        self.fake, self.corpus, self.data, self.runner = fake, corpus, data, runner

    @property
    def wenda(self):
        return self.runner.app.bot_data["wenda"]

    def files(self) -> dict[str, bytes]:
        """Every file under the corpus folder (hidden ones included), by relative path."""
        return {p.relative_to(self.corpus).as_posix(): p.read_bytes() for p in sorted(self.corpus.rglob("*"))
                if p.is_file()}

    def uploads(self) -> list[Path]:
        folder = self.data / "uploads"
        return sorted(folder.iterdir()) if folder.exists() else []

    def say(self, chat: int, text: str, n: int = 1, user: int | None = None) -> list[Sent]:
        before = len(self.fake.sent(TOKEN, chat))
        self.fake.user_text(TOKEN, chat, text, **({"user_id": user} if user else {}))
        return self.fake.wait_sent(TOKEN, chat, before + n, timeout=120)[before:]

    def send_file(self, name: str | None, data: bytes, chat: int = ADMIN, n: int = 1, **kw) -> list[Sent]:
        before = len(self.fake.sent(TOKEN, chat))
        self.fake.user_document(TOKEN, chat, name, data, **kw)
        return self.fake.wait_sent(TOKEN, chat, before + n, timeout=180)[before:]

    def press(self, sent: Sent, label: str, n: int = 1, user: int = ADMIN, data: str | None = None) -> list[Sent]:
        """Press the button `label` under `sent` (or, with `data`, a button it had before an edit)."""
        if data is None:
            [data] = [d for text, d in self.fake.buttons(sent) if text == label]
        before = len(self.fake.sent(TOKEN, sent.chat_id))
        uid, _ = self.fake.press(TOKEN, sent, data, user_id=user)
        self.runner.wait_done(uid)
        return self.fake.wait_sent(TOKEN, sent.chat_id, before + n, timeout=180)[before:] if n else []

    def ask(self, question: str, chat: int = 7001) -> Sent:
        [reply] = self.say(chat, question)
        return reply


@pytest.fixture(scope="module")
def bot(fake, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("teach-corpus")
    (corpus / "towns.txt").write_text(INVENTED["towns.txt"], encoding="utf-8")
    data = tmp_path_factory.mktemp("teach-data")
    engine = Engine.open(engine_config(corpus, tmp_path_factory.mktemp("teach-index")), progress=False)
    fake.add_bot(TOKEN, username="wenda_teach_bot")
    settings = Settings(admins=frozenset({ADMIN}), rate=(1000, 1.0), corpus_check=0, data_dir=data,
                        max_upload=LIMIT)
    runner = BotThread(build_application(TOKEN, engine, settings, base_url=fake.base_url)).start()
    yield Bot(fake, corpus, data, runner)
    runner.stop()


def wait_report(bot: Bot, start: str, chat: int = ADMIN, timeout: float = 180) -> Sent:
    """The first message to the chat that starts with `start` (a report comes after the
    «正在更新索引» note, once the index is updated); a failed update fails the test."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for s in bot.fake.sent(TOKEN, chat):
            if s.plain.startswith(start):
                return s
            if s.plain.startswith("更新索引失败"):
                raise AssertionError(s.plain)
        time.sleep(0.05)
    raise TimeoutError(f"no «{start}…»: {[s.plain for s in bot.fake.sent(TOKEN, chat)][-5:]}")


# -- safe names (pure) -------------------------------------------------------------------------

@pytest.mark.parametrize("given, saved", [
    ("通知.docx", "通知.docx"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\系统 通知.md", "系统 通知.md"),
    ("/abs/path/年报\u202e.pdf", "年报.pdf"),  # a right-to-left override (a spoofing trick) goes
    ("a\x00b\x07c.txt", "abc.txt"),
    ('会议:纪要*?"<>|.txt', "会议_纪要______.txt"),
    ("  空格   很多  .md ", "空格 很多 .md"),
    ("报告.txt.", "报告.txt"),
])
def test_safe_name_keeps_a_plain_basename(given, saved):
    assert safe_name(given) == saved


@pytest.mark.parametrize("given", [None, "", ".", "..", ".hidden.txt", "../.env", "dir/", "  ", ".txt", "___.md"])
def test_safe_name_refuses_what_cannot_be_a_document(given):
    assert safe_name(given) is None


def test_safe_name_shortens_long_names_and_keeps_the_extension():
    name = safe_name("很" * 300 + ".docx")
    assert name is not None and name.endswith(".docx") and len(name) <= 80 and name.startswith("很")


# -- the bot, end to end -----------------------------------------------------------------------

def test_a_strangers_file_is_refused_and_never_downloaded_or_stored(bot):
    before = bot.files()
    [reply] = bot.send_file("秘密.txt", "甲镇设置卡点99个。".encode(), chat=STRANGER)
    assert reply.plain == say.T_TEACH_NOT_ADMIN.format(example=bot.wenda.example())
    assert "管理员" in reply.plain and "没有保存" in reply.plain
    assert bot.fake.calls(TOKEN, "getFile") == []
    assert bot.files() == before and bot.uploads() == []
    [docs] = bot.say(STRANGER, "/docs")
    assert docs.plain == say.T_TEACH_ADMIN_ONLY


def test_an_admin_uploads_a_docx_and_a_pdf_and_asks_about_them_at_once(bot):
    old = bot.wenda.snapshot
    bot.fake.user_document(TOKEN, ADMIN, "venues.docx", venues_docx())
    bot.fake.user_document(TOKEN, ADMIN, "park.pdf", cjk_pdf(PARK))
    venues = wait_report(bot, "学会了 《南岭县文化场馆简介》")
    park = wait_report(bot, "学会了 《东湖公园改造通报》")
    engine = bot.wenda.snapshot.engine
    assert bot.wenda.snapshot is not old and engine is not old.engine
    assert {"venues.docx", "park.pdf", "towns.txt"} == {n for n in bot.files() if not n.startswith(".")}
    assert bot.files()["venues.docx"] == venues_docx() and bot.uploads() == []
    infos = {d.name: d for d in engine.documents()}
    assert venues.plain.startswith(f"学会了 《南岭县文化场馆简介》（venues.docx）：2 个部分，{infos['venues.docx'].sentences} 句")
    assert park.plain.startswith(f"学会了 《东湖公园改造通报》（park.pdf）：1 个部分，{infos['park.pdf'].sentences} 句")
    for reply, name in ((venues, "venues.docx"), (park, "park.pdf")):
        examples = engine.examples(2, document=name)
        assert examples and all(f"• {q}" in reply.plain for q in examples)
    # the second file waited for the first: it was told so, and nothing was lost
    notes = [s.plain for s in bot.fake.sent(TOKEN, ADMIN)]
    assert any(n.startswith("收到 venues.docx") for n in notes)
    assert any("park.pdf" in n and (n.startswith("收到") or "排在后面" in n) for n in notes)

    books = bot.ask("南岭县图书馆共有藏书多少册？")
    assert books.formatted("bold")[0].startswith("12万") and "南岭县文化场馆简介" in books.plain
    trees = bot.ask("东湖公园新栽了多少棵树？")
    assert trees.formatted("bold") == ["4800棵"] and "东湖公园改造通报" in trees.plain
    assert bot.ask("青山镇设了多少卡点？").formatted("bold") == ["12个"]  # the old document still answers


def test_docs_lists_titles_and_sentence_counts(bot):
    [reply] = bot.say(ADMIN, "/docs")
    docs = bot.wenda.snapshot.engine.documents()
    total = sum(d.sentences for d in docs)
    assert reply.formatted("bold") == [f"资料库：{len(docs)} 个文档，共 {total} 句"]
    for d in docs:
        assert (f"📄 《{d.title}》（{d.name}） · " if d.title else f"📄 {d.name} · ") in reply.plain
        assert f"{d.sentences} 句" in reply.plain


def test_a_damaged_file_is_reported_and_the_corpus_is_unchanged(bot):
    before, snap = bot.files(), bot.wenda.snapshot
    [reply] = bot.send_file("坏文件.docx", b"PK\x03\x04 this is not really a zip archive")
    assert reply.plain.startswith("读不了 坏文件.docx：") and reply.plain.endswith("资料没有改动。")
    [reply] = bot.send_file("扫描件.pdf", b"%PDF-1.4\n%%EOF\n")
    assert reply.plain.startswith("读不了 扫描件.pdf：")
    [reply] = bot.send_file("空白.txt", "   \n".encode())
    assert reply.plain.startswith("读不了 空白.txt：")
    assert bot.files() == before and bot.uploads() == [] and bot.wenda.snapshot is snap


def test_wrong_kind_and_too_big_are_refused_before_downloading(bot):
    calls = len(bot.fake.calls(TOKEN, "getFile"))
    [reply] = bot.send_file("照片.jpg", b"\xff\xd8\xff")
    assert reply.plain.startswith("读不了 照片.jpg 这种文件") and ".docx" in reply.plain and ".pdf" in reply.plain
    [reply] = bot.send_file("大文件.txt", b"x", file_size=LIMIT + 1)
    assert "太大了" in reply.plain and "WENDA_MAX_UPLOAD_MB" in reply.plain
    [reply] = bot.send_file(".env", b"TOKEN=1")
    assert reply.plain == say.T_TEACH_BAD_NAME
    assert len(bot.fake.calls(TOKEN, "getFile")) == calls


def test_a_path_like_file_name_is_saved_as_a_safe_basename(bot):
    outside = bot.corpus.parent / "escaped.txt"
    text = "白鹭湖水质通报\n\n白鹭湖今年监测水质样本86份，全部达到三类标准。\n"
    bot.fake.user_document(TOKEN, ADMIN, "../../escaped/..\\白鹭湖.txt", text.encode())
    reply = wait_report(bot, "学会了 《白鹭湖水质通报》")
    assert "白鹭湖.txt" in bot.files() and not outside.exists()
    assert not any(p.name == "白鹭湖.txt" for p in bot.corpus.parent.rglob("白鹭湖.txt") if p.parent != bot.corpus)
    assert reply.plain.startswith("学会了 《白鹭湖水质通报》")
    assert bot.ask("白鹭湖监测了多少份水质样本？").formatted("bold") == ["86份"]


def test_a_replaced_document_changes_the_answers(bot):
    [ask] = bot.send_file("venues.docx", venues_docx("15万册"))
    assert ask.plain.startswith("资料里已经有 《南岭县文化场馆简介》（venues.docx），共 ")
    assert [t for t, _ in bot.fake.buttons(ask)] == [say.T_TEACH_REPLACE, say.T_TEACH_CANCEL]
    assert len(bot.uploads()) == 1  # the upload waits in the data folder, not in the corpus
    assert bot.files()["venues.docx"] == venues_docx()
    # someone else cannot press the admin's button
    bot.press(ask, say.T_TEACH_REPLACE, n=0, user=STRANGER)
    assert bot.files()["venues.docx"] == venues_docx()
    bot.press(ask, say.T_TEACH_REPLACE, n=0)
    reply = wait_report(bot, "已替换")
    assert reply.plain.startswith("已替换 《南岭县文化场馆简介》（venues.docx）")
    assert bot.files()["venues.docx"] == venues_docx("15万册") and bot.uploads() == []
    assert not [n for n in bot.files() if n.startswith(".")]  # no half-written or set-aside files left
    assert any("替换" in e["text"] for e in bot.fake.edits(TOKEN, ADMIN))  # the buttons became a note
    books = bot.ask("南岭县图书馆共有藏书多少册？")
    assert books.formatted("bold")[0].startswith("15万") and "12万" not in books.plain


def test_a_replacement_can_be_cancelled(bot):
    before = bot.files()
    [ask] = bot.send_file("park.pdf", cjk_pdf(["东湖公园改造通报", "东湖公园新栽树木1棵。"]))
    [replace] = [d for text, d in bot.fake.buttons(ask) if text == say.T_TEACH_REPLACE]
    bot.press(ask, say.T_TEACH_CANCEL, n=0)
    assert bot.fake.edits(TOKEN, ADMIN)[-1]["text"] == say.T_TEACH_CANCELLED
    assert bot.files() == before and bot.uploads() == []
    bot.press(ask, say.T_TEACH_REPLACE, n=0, data=replace)  # a stale button pressed after the answer: expired
    assert bot.fake.edits(TOKEN, ADMIN)[-1]["text"] == say.T_TEACH_EXPIRED
    assert bot.files() == before
    assert bot.ask("东湖公园新栽了多少棵树？").formatted("bold") == ["4800棵"]


def test_a_removed_document_is_no_longer_answered(bot):
    [menu] = bot.say(ADMIN, "/forget")
    labels = [t for t, _ in bot.fake.buttons(menu)]
    assert {d.name for d in bot.wenda.snapshot.engine.documents()} <= set(labels)
    bot.press(menu, say.T_TEACH_CANCEL, n=0)
    [unknown] = bot.say(ADMIN, "/forget 没有这个.txt")
    assert unknown.plain == say.T_FORGET_UNKNOWN.format(name="没有这个.txt")
    [confirm] = bot.say(ADMIN, "/forget 东湖公园改造通报")  # by title
    assert confirm.plain.startswith("确定删除 《东湖公园改造通报》（park.pdf） 吗？")
    assert "park.pdf" in bot.files()
    bot.press(confirm, say.T_FORGET_YES, n=0)
    wait_report(bot, "已删除 park.pdf")
    assert "park.pdf" not in bot.files() and not [n for n in bot.files() if n.startswith(".")]
    assert "park.pdf" not in {d.name for d in bot.wenda.snapshot.engine.documents()}
    trees = bot.ask("东湖公园新栽了多少棵树？")
    assert trees.formatted("bold") == [] and "4800" not in trees.plain
    assert bot.ask("南岭县图书馆共有藏书多少册？").formatted("bold")[0].startswith("15万")


def test_the_bundled_corpus_cannot_be_taught_and_says_where_to_point(fake, article_engine):
    fake.add_bot(TOKEN_BUNDLED, username="wenda_bundled_bot")
    app = build_application(TOKEN_BUNDLED, article_engine, Settings(admins=frozenset({ADMIN}), corpus_check=0),
                            base_url=fake.base_url)
    runner = BotThread(app).start()
    try:
        fake.user_document(TOKEN_BUNDLED, ADMIN, "通知.txt", "甲镇设置卡点7个。".encode())
        [reply] = fake.wait_sent(TOKEN_BUNDLED, ADMIN, 1)
        assert reply.plain == say.T_TEACH_BUNDLED and "WENDA_CORPUS" in reply.plain
        assert fake.calls(TOKEN_BUNDLED, "getFile") == []
    finally:
        runner.stop()


class FailingRefresh:
    """A corpus-backed engine whose refresh fails (say, the disk filled up while indexing)."""

    def __init__(self, corpus: Path):
        from support.fake_engine import FakeEngine

        self.inner, self.corpus, self.refreshes = FakeEngine(), corpus, 0

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def documents(self):
        from wenda.corpus.types import DocumentInfo

        return [DocumentInfo(p.name, "", "", ("",), 1) for p in sorted(self.corpus.glob("*.txt"))]

    def refresh(self, progress: bool = False):
        self.refreshes += 1
        raise OSError(28, "No space left on device")


def test_when_the_new_index_fails_the_folder_is_put_back(fake, tmp_path):
    token = "700000023:AAFakeTokenForTheFailingRefreshTests_01234"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("甲镇设置卡点7个。\n", encoding="utf-8")
    engine = FailingRefresh(corpus)
    fake.add_bot(token, username="wenda_failing_bot")
    app = build_application(token, engine, Settings(admins=frozenset({ADMIN}), corpus_check=0, data_dir=tmp_path / "d"),
                            base_url=fake.base_url)
    runner = BotThread(app).start()
    try:
        before = {p.name: p.read_bytes() for p in corpus.iterdir()}
        fake.user_document(token, ADMIN, "b.txt", "乙镇设置卡点9个。\n".encode())  # new: removed again
        fake.wait_sent(token, ADMIN, 2, timeout=60)
        fake.user_document(token, ADMIN, "a.txt", "甲镇设置卡点8个。\n".encode())  # a replacement: the old one back
        [ask] = fake.wait_sent(token, ADMIN, 3, timeout=60)[2:]
        [data] = [d for t, d in fake.buttons(ask) if t == say.T_TEACH_REPLACE]
        runner.wait_done(fake.press(token, ask, data, user_id=ADMIN)[0])
        sent = fake.wait_sent(token, ADMIN, 4, timeout=60)
        failures = [s.plain for s in sent if s.plain.startswith("更新索引失败")]
        assert len(failures) == 2 and all("No space left on device" in f and "恢复原样" in f for f in failures)
        assert engine.refreshes == 2
        assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before  # nothing half-added, nothing lost
        assert not list((tmp_path / "d" / "uploads").iterdir())
    finally:
        runner.stop()
