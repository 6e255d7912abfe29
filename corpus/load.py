"""Read a folder of documents: .txt / .md / .docx / .pdf / .html / .xlsx / .csv (one document
each) and SQuAD-style .json. A file that cannot be read is skipped with the reason."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from wenda.corpus.parse import parse_document
from wenda.corpus.readers import ReaderError
from wenda.corpus.squad import SquadError, parse_squad
from wenda.corpus.types import Document

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
BINARY_SUFFIXES = (".docx", ".pdf", ".html", ".htm", ".xlsx", ".csv")
SUFFIXES = TEXT_SUFFIXES + (".json",) + BINARY_SUFFIXES
PARSER_VERSION = "20"  # bump when parsing changes what a corpus turns into (19: a bare price takes the unit column's 元;
# 20: and a price column named «…价» (平日价), and a header's unit per two units (元/平方米·月))
log = logging.getLogger("wenda.corpus")


def _parser_fingerprint() -> str:
    """PARSER_VERSION and a hash of this package's own source: a change to how documents are read (corpus/*.py) makes
    every index and every parsed document kept before it stale, whether or not the version was bumped (a rule added to
    parse.py without a bump had left the own-sets' indexes built by the parsing before it)."""
    h = hashlib.sha256(PARSER_VERSION.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{PARSER_VERSION}-{h.hexdigest()[:12]}"


PARSER_FINGERPRINT = _parser_fingerprint()  # what the hashes of corpora and documents (and the index's recipe) carry


@dataclass(frozen=True)
class Skipped:
    """A file of the corpus folder that was not read, and why (one line for the user)."""

    path: str  # relative to the corpus folder
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.path}: {self.reason}"


@dataclass
class Corpus:
    """What a corpus folder holds: its documents and the files that were skipped."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


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
        kinds = ", ".join(SUFFIXES)
        raise CorpusError(f"no documents ({kinds}) in corpus folder: {root}")
    return files


def other_files(folder: str | Path) -> list[Path]:
    """Files of a corpus folder that no reader knows (hidden files aside)."""
    root = Path(folder)
    if not root.is_dir():
        return []
    try:
        return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() not in SUFFIXES
                      and not any(part.startswith(".") for part in p.relative_to(root).parts))
    except OSError:
        return []


def corpus_hash(folder: str | Path) -> str:
    """A hash of every document's name and bytes (and the parser's fingerprint)."""
    root = Path(folder)
    h = hashlib.sha256(PARSER_FINGERPRINT.encode())
    for path in corpus_files(root):
        rel = path.name if root.is_file() else path.relative_to(root).as_posix()
        h.update(rel.encode("utf-8") + b"\0")
        h.update(_read_bytes(path))
        h.update(b"\0")
    return h.hexdigest()


def document_name(path: Path, root: str | Path) -> str:
    """A file's name in its corpus: its path relative to the corpus folder (or its own name when
    the corpus is one file)."""
    root = Path(root)
    return path.name if root.is_file() else path.relative_to(root).as_posix()


def file_hash(path: Path, root: str | Path) -> str:
    """A hash of one corpus file: its name, its bytes and the parser's fingerprint (the key under which
    what was made of it can be kept)."""
    h = hashlib.sha256(PARSER_FINGERPRINT.encode() + b"\0")
    h.update(document_name(path, root).encode("utf-8") + b"\0")
    h.update(_read_bytes(path))
    return h.hexdigest()


def read_document(path: Path, root: str | Path) -> list[Document]:
    """The documents of one corpus file (one, or a SQuAD file's passages; none when it is empty).
    Raises CorpusError, naming the file, when it cannot be read."""
    return load_file(path, document_name(path, root))


def skipped_because(path: Path, root: str | Path, error: CorpusError) -> Skipped:
    """The one-line reason a file was not read (the error without its path prefix)."""
    reason = str(error)
    for prefix in (f"{path}: ", f"{path.name}: ", f"{path} ", f"cannot read {path}: "):
        if reason.startswith(prefix):
            reason = reason[len(prefix):]
            break
    return Skipped(document_name(path, root), reason)


def unknown_files(folder: str | Path) -> list[Skipped]:
    """The files of a corpus folder no reader knows, as skipped files."""
    root = Path(folder)
    return [Skipped(p.relative_to(root).as_posix(), f"unknown kind of file ({p.suffix or 'no extension'})")
            for p in other_files(root)]


def no_text_error(folder: str | Path, skipped: list[Skipped], errors: list[CorpusError]) -> CorpusError:
    """The error for a corpus folder of which no document could be read."""
    if len(errors) == 1:  # the one file there is cannot be read: its own message, with the path
        return errors[0]
    why = "; ".join(str(s) for s in skipped)
    return CorpusError(f"corpus folder has no text: {folder}" + (f" ({why})" if why else ""))


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
    suffix = path.suffix.lower()
    if suffix in BINARY_SUFFIXES:
        return _load_formatted(path, name, suffix)
    if suffix == ".json":
        try:
            return parse_squad(_read_text(path), name).documents
        except SquadError as e:
            raise CorpusError(f"{path} {e}") from e
    text = _read_text(path)
    if not text.strip():
        return []
    return [parse_document(text, doc_id=name)]


def _load_formatted(path: Path, name: str, suffix: str) -> list[Document]:
    """.docx, .pdf, .html, .xlsx, .csv: the format's reader, then the Markdown-like text parsed."""
    try:
        if suffix == ".docx":
            from wenda.corpus.read_docx import read_docx
            text = read_docx(path)
        elif suffix == ".pdf":
            from wenda.corpus.read_pdf import read_pdf
            text = read_pdf(path)
        elif suffix in (".html", ".htm"):
            from wenda.corpus.read_html import read_html_file
            text = read_html_file(path, _read_bytes(path))
        elif suffix == ".xlsx":
            from wenda.corpus.read_sheet import read_xlsx
            text = read_xlsx(path)
        else:
            from wenda.corpus.read_sheet import read_csv
            text = read_csv(path, _read_text(path))
    except ReaderError as e:
        raise CorpusError(f"{path.name}: {e}") from e
    if not text.strip():
        return []
    return [parse_document(text, doc_id=name)]


def read_corpus(folder: str | Path) -> Corpus:
    """The documents of a corpus folder (recursively) and the files skipped, each with its reason.

    A file that cannot be read (not UTF-8, damaged, encrypted, a scan without text, an unknown
    kind) is skipped and never stops the others. Raises CorpusError only when the folder is
    missing or no document at all can be read.
    """
    root = Path(folder)
    corpus = Corpus()
    errors: list[CorpusError] = []
    for path in corpus_files(root):
        try:
            corpus.documents.extend(read_document(path, root))
        except CorpusError as e:
            errors.append(e)
            corpus.skipped.append(skipped_because(path, root, e))
    corpus.skipped.extend(unknown_files(root))
    if not corpus.documents:
        raise no_text_error(root, corpus.skipped, errors)
    return corpus


def load_corpus(folder: str | Path) -> list[Document]:
    """All documents of a corpus folder; each skipped file is logged as one warning line
    (see read_corpus). Raises CorpusError with the path when nothing can be read."""
    corpus = read_corpus(folder)
    for s in corpus.skipped:
        log.warning("%s", s)
    return corpus.documents
