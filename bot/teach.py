"""Admins teach the bot by sending files: a document sent in a private chat is checked (size, kind,
a safe name), downloaded, read by the corpus reader, saved into the corpus folder and indexed
(`engine.refresh()` in a daemon thread, the snapshot swapped in one assignment, as /reindex does);
the bot replies with what it learned. A file whose name is taken asks first (替换 / 取消); /docs
lists the documents; /forget removes one after a confirmation button.

One change at a time (a lock): a file sent during an update waits its turn and is told so. A file
that cannot be read is reported and never added; when the new index fails, the folder is put back
as it was. A non-admin's file is refused without being downloaded.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, MessageHandler, filters

from wenda.bot import messages as say
from wenda.bot.access import admit, esc
from wenda.bot.delivery import send
from wenda.bot.library import (LibraryError, check_file, inside, kinds, put_back, readable_kind, safe_name,
                               save_atomically, set_aside, writable_folder)
from wenda.bot.redact import redact
from wenda.bot.reindex import in_daemon_thread
from wenda.bot.state import Snapshot, Wenda, wenda_of
from wenda.corpus.types import DocumentInfo

log = logging.getLogger(__name__)

PENDING_SECONDS = 15 * 60  # how long a 替换 / 删除 button stays valid
DOCS_SHOWN = 40  # documents listed by /docs (and offered as /forget buttons)
PREFIX = "teach"  # callback_data: teach:<verb>:<id>[:<n>]


@dataclass
class Pending:
    """A change waiting for an admin's button: a replacing upload (kept in a file) or a removal."""

    user: int
    kind: str  # "replace", "pick" (a /forget menu), "forget"
    names: list[str]  # replace/forget: [the document]; pick: the documents offered
    upload: Path | None = None  # replace: the file sent, kept until the answer
    expires: float = field(default_factory=lambda: time.monotonic() + PENDING_SECONDS)


class Teach:
    """What teaching needs besides the bot's state: the lock and the changes waiting for a button."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.pending: dict[str, Pending] = {}
        self.tasks: set[asyncio.Task] = set()
        self.tmp: Path | None = None

    def uploads(self, wenda: Wenda) -> Path:
        """Where uploads wait (to be read, or for 替换): WENDA_DATA_DIR/uploads, else a temporary folder."""
        if wenda.settings.data_dir is not None:
            folder = Path(wenda.settings.data_dir) / "uploads"
        else:
            self.tmp = self.tmp or Path(tempfile.mkdtemp(prefix="wenda-uploads-"))
            folder = self.tmp
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def add(self, pending: Pending) -> str:
        self.expire()
        key = secrets.token_hex(4)
        self.pending[key] = pending
        return key

    def take(self, key: str) -> Pending | None:
        self.expire()
        return self.pending.pop(key, None)

    def expire(self) -> None:
        now = time.monotonic()
        for key in [k for k, p in self.pending.items() if p.expires < now]:
            drop(self.pending.pop(key))


def drop(pending: Pending) -> None:
    if pending.upload is not None:
        pending.upload.unlink(missing_ok=True)


def teach_of(context: Any) -> Teach:
    return context.bot_data["teach"]


def is_admin(wenda: Wenda, update: Update) -> bool:
    user = update.effective_user
    return user is not None and user.id in wenda.settings.admins


def can_refresh(wenda: Wenda) -> bool:
    return callable(getattr(wenda.snapshot.engine, "refresh", None))


def buttons(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data) for text, data in row]
                                 for row in rows])


def find_document(snap: Snapshot, name: str) -> DocumentInfo | None:
    return next((d for d in documents(snap) if d.name == name), None)


def documents(snap: Snapshot) -> list[DocumentInfo]:
    docs = getattr(snap.engine, "documents", None)
    return list(docs()) if callable(docs) else []


def section_count(doc: DocumentInfo) -> int:
    """Named sections (a document without headings counts as one)."""
    return len([s for s in doc.sections if s]) or 1


def label(doc: DocumentInfo | None, name: str) -> str:
    """«《标题》（文件名）», or the file name alone when the document has no title."""
    title = doc.title if doc is not None else ""
    return say.T_TEACH_LABEL.format(title=title, name=name) if title else name


# -- a file arrives ---------------------------------------------------------------------------

async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg, wenda, teach = update.message, wenda_of(context), teach_of(context)
    if msg is None or msg.document is None:
        return
    if not is_admin(wenda, update):
        log.info("user %s sent a file; not an admin, refused (not downloaded)",
                 update.effective_user.id if update.effective_user else None)
        if await admit(wenda, msg):  # the flood budget, as for any other note
            await send(msg, esc(say.T_TEACH_NOT_ADMIN.format(example=wenda.example())))
        return
    doc = msg.document
    name = safe_name(doc.file_name)
    if name is None:
        await send(msg, esc(say.T_TEACH_BAD_NAME))
        return
    if not readable_kind(name):
        await send(msg, esc(say.T_TEACH_KIND.format(name=name, kinds=kinds())))
        return
    limit = wenda.settings.max_upload
    if doc.file_size is not None and doc.file_size > limit:
        await send(msg, esc(say.T_TEACH_TOO_BIG.format(name=name, size=doc.file_size / 2**20, limit=limit / 2**20)))
        return
    refusal = folder_refusal(wenda)
    if refusal is not None:
        await send(msg, esc(refusal))
        return
    upload = teach.uploads(wenda) / f"{secrets.token_hex(6)}{Path(name).suffix.lower()}"
    try:
        file = await doc.get_file()
        await file.download_to_drive(custom_path=upload)
    except (TelegramError, OSError) as e:
        upload.unlink(missing_ok=True)
        log.warning("could not download %s: %s: %s", name, type(e).__name__, e)
        await send(msg, esc(say.T_TEACH_DOWNLOAD_FAILED.format(name=name, error=redact(str(e)) or type(e).__name__)))
        return
    size = upload.stat().st_size
    if size > limit:
        upload.unlink(missing_ok=True)
        await send(msg, esc(say.T_TEACH_TOO_BIG.format(name=name, size=size / 2**20, limit=limit / 2**20)))
        return
    try:
        checked = await asyncio.to_thread(check_file, upload, name)
    except LibraryError as e:
        upload.unlink(missing_ok=True)
        log.info("upload %s cannot be read: %s", name, e)
        await send(msg, esc(say.T_TEACH_UNREADABLE.format(name=name, reason=e)))
        return
    existing = find_document(wenda.snapshot, name)
    if existing is not None or (Path(wenda.corpus) / name).exists():
        key = teach.add(Pending(update.effective_user.id, "replace", [name], upload))
        await msg.reply_text(esc(say.T_TEACH_EXISTS.format(label=label(existing, name),
                                                          sentences=existing.sentences if existing else "?")),
                             reply_markup=buttons([(say.T_TEACH_REPLACE, f"{PREFIX}:rep:{key}"),
                                                   (say.T_TEACH_CANCEL, f"{PREFIX}:no:{key}")]))
        return
    log.info("upload %s read: %d sentences; adding it", name, checked.sentences)
    await change(context, msg, "add", name, upload, note=say.T_TEACH_WORKING.format(name=name))


def folder_refusal(wenda: Wenda) -> str | None:
    """Why the corpus cannot be changed from the chat (None: it can)."""
    if not can_refresh(wenda):
        return say.T_TEACH_NO_REFRESH
    try:
        writable_folder(wenda.corpus)
    except LibraryError as e:
        if str(e) == "bundled":
            return say.T_TEACH_BUNDLED
        return say.T_TEACH_READ_ONLY.format(folder=wenda.corpus, why=e)
    return None


# -- one change at a time ----------------------------------------------------------------------

async def change(context: Any, msg: Message, kind: str, name: str, upload: Path | None, *,
                 note: str | None = None) -> None:
    """Start a change (add, replace, forget) in its own task, after the one in progress; say so
    (`note`, or that it waits its turn)."""
    wenda, teach = wenda_of(context), teach_of(context)
    if teach.lock.locked() or wenda.rebuilding():
        await send(msg, esc(say.T_TEACH_QUEUED.format(name=name)))
    elif note is not None:
        await send(msg, esc(note))
    task = asyncio.create_task(apply_change(wenda, teach, msg, kind, name, upload), name=f"wenda-teach-{kind}")
    teach.tasks.add(task)
    task.add_done_callback(teach.tasks.discard)


async def apply_change(wenda: Wenda, teach: Teach, msg: Message, kind: str, name: str,
                       upload: Path | None) -> None:
    async with teach.lock:
        while wenda.rebuilding():  # a /reindex or a rebuild after the corpus changed: let it finish
            await asyncio.wait({wenda.reindex_task})
        wenda.reindex_task = asyncio.current_task()  # /reindex and the corpus watcher wait for us
        try:
            text = await change_corpus(wenda, kind, name, upload)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            log.warning("%s %s failed: %s: %s", kind, name, type(e).__name__, e)
            text = say.T_TEACH_FAILED.format(error=redact(str(e)) or type(e).__name__)
        finally:
            if upload is not None:
                upload.unlink(missing_ok=True)
    try:
        await send(msg, text)
    except TelegramError as e:
        log.warning("could not report the change of %s: %s", name, type(e).__name__)


async def change_corpus(wenda: Wenda, kind: str, name: str, upload: Path | None) -> str:
    """Change the folder, index it, swap the snapshot; the reply (HTML). On failure the folder is
    put back as it was and the error raised (the old index keeps serving)."""
    folder = writable_folder(wenda.corpus)
    target = inside(folder, name)
    if kind == "forget" and len(documents(wenda.snapshot)) <= 1:
        return esc(say.T_FORGET_LAST)
    aside = set_aside(target) if target.exists() else None
    try:
        if upload is not None:
            save_atomically(upload.read_bytes(), target)
        engine = wenda.snapshot.engine
        t0 = time.monotonic()
        snap = await in_daemon_thread(lambda: Snapshot.of(engine.refresh()))
    except asyncio.CancelledError:  # shutting down: the folder holds the change; the next start indexes it
        if aside is not None:
            aside.unlink(missing_ok=True)
        raise
    except BaseException:
        put_back(aside, target)
        raise
    wenda.snapshot = snap  # one assignment: every later question sees the new engine
    if aside is not None:
        aside.unlink(missing_ok=True)
    log.info("%s %s: index updated in %.1f s", kind, name, time.monotonic() - t0)
    if kind == "forget":
        docs = documents(snap)
        return esc(say.T_FORGET_DONE.format(name=name, docs=len(docs), sentences=sum(d.sentences for d in docs)))
    return learned_text(snap, name, replaced=aside is not None)  # two uploads of one new name: the later replaces


def learned_text(snap: Snapshot, name: str, *, replaced: bool) -> str:
    """What the bot learned from one file: title, sections, sentences, two questions it can answer."""
    doc = find_document(snap, name)
    template = say.T_TEACH_REPLACED if replaced else say.T_TEACH_LEARNED
    lines = [esc(template.format(label=label(doc, name),
                                 sections=section_count(doc) if doc else 0,
                                 sentences=doc.sentences if doc else 0))]
    try:
        examples = list(snap.engine.examples(2, document=name))
    except TypeError:  # an engine without per-document examples
        examples = []
    if examples:
        lines.append(esc(say.T_TEACH_EXAMPLES))
        lines += [esc(say.T_TEACH_EXAMPLE.format(question=q)) for q in examples]
    else:
        lines.append(esc(say.T_TEACH_NO_EXAMPLES))
    return "\n".join(lines)


# -- /docs and /forget -------------------------------------------------------------------------

async def cmd_docs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg, wenda = update.message, wenda_of(context)
    if msg is None:
        return
    if not is_admin(wenda, update):
        await send(msg, esc(say.T_TEACH_ADMIN_ONLY))
        return
    docs = documents(wenda.snapshot)
    lines = [f"<b>{esc(say.T_DOCS_TITLE.format(docs=len(docs), sentences=sum(d.sentences for d in docs)))}</b>"]
    for d in docs[:DOCS_SHOWN]:
        lines.append(esc(say.T_DOCS_DOC.format(label=label(d, d.name),
                                               sections=section_count(d),
                                               sentences=d.sentences)))
    if len(docs) > DOCS_SHOWN:
        lines.append(esc(say.T_DOCS_MORE.format(n=len(docs) - DOCS_SHOWN)))
    lines.append(esc(say.T_DOCS_FOOTER))
    await send(msg, "\n".join(lines))


def match_documents(docs: list[DocumentInfo], wanted: str) -> list[DocumentInfo]:
    """The documents a /forget argument names: its exact name, else its file name, stem or title."""
    exact = [d for d in docs if d.name == wanted]
    if exact:
        return exact
    low = wanted.casefold()
    return [d for d in docs if low in (d.name.casefold(), Path(d.name).name.casefold(),
                                       Path(d.name).stem.casefold(), (d.title or "").casefold())]


async def cmd_forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    msg, wenda, teach = update.message, wenda_of(context), teach_of(context)
    if msg is None:
        return
    if not is_admin(wenda, update):
        await send(msg, esc(say.T_TEACH_ADMIN_ONLY))
        return
    refusal = folder_refusal(wenda)
    if refusal is not None:
        await send(msg, esc(refusal))
        return
    docs = documents(wenda.snapshot)
    parts = (msg.text or "").split(maxsplit=1)
    user = update.effective_user.id
    if len(parts) < 2:
        names = [d.name for d in docs[:DOCS_SHOWN]]
        key = teach.add(Pending(user, "pick", names))
        await msg.reply_text(esc(say.T_FORGET_PICK), reply_markup=buttons(
            *[[(name, f"{PREFIX}:pick:{key}:{i}")] for i, name in enumerate(names)],
            [(say.T_TEACH_CANCEL, f"{PREFIX}:no:{key}")]))
        return
    wanted = parts[1].strip()
    found = match_documents(docs, wanted)
    if not found:
        await send(msg, esc(say.T_FORGET_UNKNOWN.format(name=wanted)))
        return
    if len(found) > 1:
        await send(msg, esc(say.T_FORGET_AMBIGUOUS.format(name=wanted, names="、".join(d.name for d in found[:10]))))
        return
    await msg.reply_text(**confirm_forget(teach, user, found[0]))


def confirm_forget(teach: Teach, user: int, doc: DocumentInfo) -> dict:
    key = teach.add(Pending(user, "forget", [doc.name]))
    return {"text": esc(say.T_FORGET_CONFIRM.format(label=label(doc, doc.name),
                                                    sentences=doc.sentences)),
            "reply_markup": buttons([(say.T_FORGET_YES, f"{PREFIX}:del:{key}"),
                                     (say.T_TEACH_CANCEL, f"{PREFIX}:no:{key}")])}


# -- the buttons -------------------------------------------------------------------------------

async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, wenda, teach = update.callback_query, wenda_of(context), teach_of(context)
    if query is None or not query.data:
        return
    _, verb, key, *rest = query.data.split(":") + [""]
    pending = teach.pending.get(key)
    if pending is not None and pending.user != query.from_user.id:
        await query.answer(say.T_TEACH_NOT_YOURS, show_alert=True)
        return
    pending = teach.take(key)
    msg = query.message if isinstance(query.message, Message) else None
    if pending is None or msg is None or not is_admin(wenda, update):
        await query.answer(say.T_TEACH_EXPIRED, show_alert=True)
        if msg is not None:
            await edit(query, say.T_TEACH_EXPIRED)
        return
    await query.answer()
    name = pending.names[0] if pending.names else ""
    if verb == "no":
        drop(pending)
        await edit(query, say.T_TEACH_CANCELLED)
    elif verb == "rep" and pending.kind == "replace":
        await edit(query, say.T_TEACH_REPLACING.format(name=name))
        await change(context, msg, "replace", name, pending.upload)
    elif verb == "pick" and pending.kind == "pick" and rest[0].isdigit() and int(rest[0]) < len(pending.names):
        doc = find_document(wenda.snapshot, pending.names[int(rest[0])])
        if doc is None:
            await edit(query, say.T_TEACH_EXPIRED)
            return
        confirm = confirm_forget(teach, pending.user, doc)
        await query.edit_message_text(confirm["text"], reply_markup=confirm["reply_markup"])
    elif verb == "del" and pending.kind == "forget":
        await edit(query, say.T_FORGET_WORKING.format(name=name))
        await change(context, msg, "forget", name, None)
    else:
        drop(pending)
        await edit(query, say.T_TEACH_EXPIRED)


async def edit(query: Any, text: str) -> None:
    """The button message becomes a plain note (its buttons gone)."""
    try:
        await query.edit_message_text(esc(text))
    except TelegramError as e:
        log.debug("could not edit the button message: %s", type(e).__name__)


def add_teach_handlers(app: Application) -> None:
    """Files from admins, /docs, /forget and their buttons (before the catch-all handlers)."""
    app.bot_data["teach"] = Teach()
    only_new = filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(only_new & filters.ChatType.PRIVATE & filters.Document.ALL, on_document))
    app.add_handler(CommandHandler("docs", cmd_docs, filters=only_new))
    app.add_handler(CommandHandler("forget", cmd_forget, filters=only_new))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}:"))


def cleanup(app: Application) -> None:
    """Uploads still waiting for a button are dropped at shutdown."""
    teach: Teach | None = app.bot_data.get("teach")
    if teach is None:
        return
    for pending in teach.pending.values():
        drop(pending)
    teach.pending.clear()
    if teach.tmp is not None:
        shutil.rmtree(teach.tmp, ignore_errors=True)
