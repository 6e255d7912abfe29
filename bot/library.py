"""The corpus folder as admins change it from the chat: safe file names, a file checked by the
corpus reader before it is added, atomic saves, and a way back when the new index fails.

Nothing here knows about Telegram; bot/teach.py is the chat side. Files that are not yet (or no
longer) part of the corpus live under hidden names (a leading dot), which the corpus reader never
reads, in the corpus folder itself so that moving them in and out is one atomic rename.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from wenda.corpus.load import SUFFIXES, CorpusError, default_corpus_dir, load_file

MAX_NAME = 80  # characters of a saved file name (its extension included)
UNSAFE = re.compile(r'[\\/:*?"<>|\x00]')  # separators and what common file systems refuse


class LibraryError(Exception):
    """A file that cannot be added or removed; the message says why, for the admin."""


def safe_name(name: str | None) -> str | None:
    """A file name an upload may be saved under, or None when nothing usable is left.

    Only the last part of a path is kept (both / and \\ separate), control and format
    characters go, characters file systems refuse become «_», spaces are squeezed; CJK stays.
    Hidden names (leading dot), empty stems and «.» / «..» give None."""
    if not name:
        return None
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"))
    name = UNSAFE.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip(" ")
    name = name.rstrip(". ")  # «a.txt.» and «a.txt » are «a.txt» on some systems
    if not name or name.startswith("."):
        return None
    stem, suffix = os.path.splitext(name)
    if not stem.strip(" ._"):
        return None
    if len(name) > MAX_NAME:
        name = stem[: MAX_NAME - len(suffix)].rstrip(" .") + suffix
    return name


def readable_kind(name: str) -> bool:
    """Whether the corpus reader reads files of this name's kind (its own list of extensions)."""
    return Path(name).suffix.lower() in SUFFIXES


def kinds() -> str:
    """The kinds of file the corpus reader reads, for a message: «.txt .md …»."""
    return " ".join(SUFFIXES)


@dataclass(frozen=True)
class Checked:
    """A file the corpus reader read: how many documents and sentences it gave."""

    documents: int
    sentences: int
    title: str


def check_file(path: Path, name: str) -> Checked:
    """Read a file as the corpus would (by `name`'s extension); LibraryError with the reader's
    message when it cannot be read or has no text."""
    try:
        docs = load_file(path, name)
    except CorpusError as e:
        reason = str(e)
        for prefix in (f"{path}: ", f"{path.name}: ", f"{path} ", f"cannot read {path}: "):
            if reason.startswith(prefix):
                reason = reason[len(prefix):]
                break
        raise LibraryError(reason.replace(str(path), name)) from e
    except (OSError, ValueError) as e:  # a reader's parser giving up on a damaged file
        raise LibraryError(f"cannot be read ({type(e).__name__}: {e})") from e
    sentences = sum(len(d.sentences()) for d in docs)
    if not docs or sentences == 0:
        raise LibraryError("no text found in it")
    return Checked(documents=len(docs), sentences=sentences, title=docs[0].title if docs[0].titled else "")


def writable_folder(corpus: str | os.PathLike | None) -> Path:
    """The corpus folder when admins may add files to it; LibraryError saying why not."""
    if corpus is None:
        raise LibraryError("this bot's engine has no corpus folder")
    folder = Path(corpus)
    if folder.resolve() == default_corpus_dir().resolve():
        raise LibraryError("bundled")
    if not folder.is_dir():
        raise LibraryError("not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise LibraryError("read-only")
    return folder


def hidden_path(folder: Path, tag: str, suffix: str = "") -> Path:
    """A fresh hidden file name in folder (the corpus reader skips it)."""
    return folder / f".wenda-{tag}-{secrets.token_hex(6)}{suffix}"


def save_atomically(data: bytes, target: Path) -> None:
    """Write data to target in one step: a hidden file beside it, flushed, then renamed over it."""
    tmp = hidden_path(target.parent, "upload", ".part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def set_aside(path: Path) -> Path | None:
    """Move a corpus file out of the corpus (to a hidden name beside it); its new path, or None
    when there was no file."""
    if not path.exists():
        return None
    aside = hidden_path(path.parent, "aside", path.suffix)
    os.replace(path, aside)
    return aside


def put_back(aside: Path | None, path: Path) -> None:
    """Undo set_aside (after a failed change): the old file is back under its name."""
    if aside is not None and aside.exists():
        os.replace(aside, path)
    elif aside is None:
        path.unlink(missing_ok=True)


def inside(folder: Path, name: str) -> Path:
    """folder/name when it stays inside folder (a name from the index, never from a user)."""
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents:
        raise LibraryError(f"{name} is not inside the corpus folder")
    return path
