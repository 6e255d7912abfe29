"""Read a folder of documents: .txt / .md (one document each) and SQuAD-style .json."""

from __future__ import annotations

import hashlib
from pathlib import Path

from wenda.corpus.parse import parse_document
from wenda.corpus.squad import SquadError, parse_squad
from wenda.corpus.types import Document

SUFFIXES = (".txt", ".md", ".markdown", ".json")
PARSER_VERSION = "2"  # bump when parsing changes what a corpus turns into


class CorpusError(Exception):
    """A corpus that cannot be read; the message names the path."""


def default_corpus_dir() -> Path:
    """The bundled corpus (the Fugou county article)."""
    return Path(__file__).resolve().parent / "data"


def corpus_files(folder: str | Path) -> list[Path]:
    """The document files of a corpus folder (recursively, sorted), or a single file."""
    root = Path(folder)
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if root.is_file():
        files = [root] if root.suffix.lower() in SUFFIXES else []
    else:
        try:
            files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(root).parts))
        except OSError as e:
            raise CorpusError(f"cannot read corpus folder {root}: {e.strerror or e}") from e
    if not files:
        raise CorpusError(f"no documents (.txt, .md, .json) in corpus folder: {root}")
    return files


def corpus_hash(folder: str | Path) -> str:
    """A hash of every document's name and bytes (and the parser version)."""
    root = Path(folder)
    h = hashlib.sha256(PARSER_VERSION.encode())
    for path in corpus_files(root):
        rel = path.name if root.is_file() else path.relative_to(root).as_posix()
        h.update(rel.encode("utf-8") + b"\0")
        h.update(_read_bytes(path))
        h.update(b"\0")
    return h.hexdigest()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise CorpusError(f"cannot read {path}: {e.strerror or e}") from e


def _read_text(path: Path) -> str:
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path} is not UTF-8 (byte {e.start}); convert it, e.g. iconv -f GBK -t UTF-8") from e
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_file(path: Path, name: str) -> list[Document]:
    if path.suffix.lower() == ".json":
        try:
            return parse_squad(_read_text(path), name).documents
        except SquadError as e:
            raise CorpusError(f"{path} {e}") from e
    text = _read_text(path)
    if not text.strip():
        return []
    return [parse_document(text, doc_id=name)]


def load_corpus(folder: str | Path) -> list[Document]:
    """All documents of a corpus folder. Raises CorpusError with the path on any problem."""
    root = Path(folder)
    docs: list[Document] = []
    for path in corpus_files(root):
        name = path.name if root.is_file() else path.relative_to(root).as_posix()
        docs.extend(load_file(path, name))
    if not docs:
        raise CorpusError(f"corpus folder has no text: {root}")
    return docs
