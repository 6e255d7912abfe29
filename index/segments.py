"""Per-file segments: what one corpus file turns into (its chunks, their vectors and BM25 tokens),
kept so that a changed corpus embeds only its new or changed files.

    store = build_store(corpus, index_dir, encoder, model, corpus_hash)   # embeds only missing segments
    store.save(index_dir); collect_garbage(index_dir, store.manifest)

A segment lives in <index_dir>.segments/<key>/ (chunks.jsonl, vectors.npy, tokens.json and
meta.json, written last, with the others' sha256), where key = hash(file hash, model id, index
fingerprint): a file's name and bytes, the model and the way an index is made decide what a
segment holds. A segment that is missing, damaged or inconsistent is made again.

Its tags/ folder holds the part-of-speech tags of its sentences (index/tags.py, of each
chunk's text as answer extraction reads it: script.simplify), made with the segment and, for a
cached segment without them (or with damaged ones), by the next build without embedding again.
`use_tags(index_dir, manifest)` serves them to tags.tagged.

Within a segment chunk ids and paragraph numbers start at 0; `join` renumbers them in corpus
order, so the store assembled from segments equals the one `chunks_from` makes of the whole
corpus (a chunk's id is its position). The FAISS and BM25 structures are rebuilt from the
stacked vectors and token lists, which costs no model call.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wenda.corpus.load import (CorpusError, Skipped, corpus_files, document_name, file_hash, no_text_error,
                               read_document, skipped_because, unknown_files)
from wenda.corpus.types import Chunk, Document
from wenda.index import tags as tagging
from wenda.index.embed.base import Encoder
from wenda.index.files import TMP_PREFIX, atomic_dir, sha256_file
from wenda.index.query import tokens
from wenda.index.script import simplify
from wenda.index.store import (Manifest, Store, StoreError, chunk_row, chunks_from, fingerprint, paragraph_count,
                               read_chunks, write_chunks)

log = logging.getLogger("wenda.index")
FILES = ("chunks.jsonl", "vectors.npy", "tokens.json")
TAGS = "tags"  # the segment's sub-folder of part-of-speech tags (index/tags.py)


def segments_dir(index_dir: Path) -> Path:
    """Where an index keeps its files' segments: a sibling folder, <index_dir>.segments."""
    index_dir = Path(index_dir)
    return index_dir.with_name(f"{index_dir.name}.segments")


def segment_key(digest: str, model_id: str, recipe: str | None = None) -> str:
    """The folder name of a file's segment: its hash, the model and the index fingerprint
    (`recipe`: store.fingerprint(), when the caller has it already)."""
    recipe = fingerprint() if recipe is None else recipe
    return hashlib.sha256(f"{digest}\0{model_id}\0{recipe}".encode()).hexdigest()[:32]


@dataclass
class Segment:
    """One corpus file's part of the index, numbered from 0 within the file."""

    name: str  # the file, relative to the corpus folder
    digest: str  # corpus.load.file_hash of the file
    documents: int  # Documents read from it (a SQuAD file has several)
    paragraphs: int  # paragraph numbers its chunks use (paragraph_count)
    chunks: list[Chunk]
    vectors: np.ndarray  # float32 [len(chunks), dim]
    tokens: list[list[str]]  # query.tokens(chunk.context()) of each chunk
    tags: tagging.TagTable | None = None  # tags of each chunk's simplified text (made with it; not read back)


def make_tags(chunks: list[Chunk]) -> tagging.TagTable:
    """The part-of-speech tags of the chunks' texts as answer extraction reads them (simplified)."""
    return tagging.make(simplify(c.text) for c in chunks)


def make_segment(name: str, digest: str, docs: list[Document], encoder: Encoder, progress: bool = False) -> Segment:
    """Embed one file's sentences (in one call of their own, so a file's vectors do not depend on
    which other files are embedded with it)."""
    chunks = chunks_from(docs)
    texts = [c.context() for c in chunks]
    if texts:
        vectors = np.ascontiguousarray(encoder.encode_document(texts, progress=progress), dtype=np.float32)
    else:
        vectors = np.zeros((0, encoder.dim), dtype=np.float32)
    return Segment(name, digest, len(docs), paragraph_count(docs), chunks, vectors, [tokens(t) for t in texts],
                   make_tags(chunks))


def write_segment(folder: Path, key: str, seg: Segment) -> None:
    """Write a segment atomically (a temporary folder renamed into place); StoreError when it cannot."""
    target = folder / key
    try:
        with atomic_dir(target) as tmp:
            write_chunks(tmp / "chunks.jsonl", seg.chunks)
            np.save(tmp / "vectors.npy", seg.vectors)
            (tmp / "tokens.json").write_text(json.dumps(seg.tokens, ensure_ascii=False), encoding="utf-8")
            meta = {"name": seg.name, "digest": seg.digest, "documents": seg.documents, "paragraphs": seg.paragraphs,
                    "chunks": len(seg.chunks), "files": {n: sha256_file(tmp / n) for n in FILES}}
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
            (seg.tags if seg.tags is not None else make_tags(seg.chunks)).save(tmp / TAGS)
    except OSError as e:
        raise StoreError(f"cannot write index segment {target}: {e.strerror or e}") from e


def ensure_tags(folder: Path, key: str, seg: Segment) -> bool:
    """Give a cached segment its tags when it has none or unusable ones (a segment written before
    tags were kept): True when they were made now. StoreError when they cannot be written."""
    d = folder / key / TAGS
    try:
        table = tagging.TagTable.load(d)
        if len(table) == len(seg.chunks):
            return False
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        make_tags(seg.chunks).save(d)
    except OSError as e:
        raise StoreError(f"cannot write the tags of index segment {folder / key}: {e.strerror or e}") from e
    return True


def tag_folders(index_dir: str | Path, manifest: Manifest) -> list[Path]:
    """The tags/ folders of the segments an index was assembled from (one per corpus file)."""
    folder = segments_dir(Path(index_dir))
    recipe = fingerprint()
    return [folder / segment_key(digest, manifest.model_id, recipe) / TAGS for digest in manifest.sources.values()]


def add_tags(index_dir: str | Path, manifest: Manifest) -> int:
    """Tag the segments of an index built before tags were kept (no embedding): how many files
    were tagged now. A segment that is gone or unreadable is left alone (its sentences are tagged
    when asked). StoreError when tags cannot be written."""
    folder = segments_dir(Path(index_dir))
    recipe = fingerprint()
    done = 0
    for digest in manifest.sources.values():
        key = segment_key(digest, manifest.model_id, recipe)
        seg = read_segment(folder, key, manifest.dim)
        if seg is not None and ensure_tags(folder, key, seg):
            done += 1
    return done


def use_tags(index_dir: str | Path, manifest: Manifest) -> None:
    """Serve this index's stored tags to tags.tagged (read on first use, nothing now)."""
    tagging.use(str(Path(index_dir)), tag_folders(index_dir, manifest))


def read_segment(folder: Path, key: str, dim: int) -> Segment | None:
    """A cached segment, or None when it is missing, damaged or does not fit (then it is made again)."""
    d = folder / key
    try:
        meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
        if any(sha256_file(d / n) != meta["files"][n] for n in FILES):
            raise ValueError("a file changed after it was written")
        chunks = read_chunks(d / "chunks.jsonl")
        vectors = np.load(d / "vectors.npy")
        toks = json.loads((d / "tokens.json").read_text(encoding="utf-8"))
        n = int(meta["chunks"])
        if len(chunks) != n or len(toks) != n or vectors.shape != (n, dim) or vectors.dtype != np.float32:
            raise ValueError("its parts do not agree")
        return Segment(str(meta["name"]), str(meta["digest"]), int(meta["documents"]), int(meta["paragraphs"]),
                       chunks, vectors, toks)
    except FileNotFoundError:
        return None
    except Exception as e:  # noqa: BLE001 — anything unreadable: the file is embedded again
        log.info("index segment %s is unusable (%s: %s); its file is embedded again", d, type(e).__name__, e)
        return None


def join(segments: list[Segment], dim: int) -> tuple[list[Chunk], np.ndarray, list[list[str]]]:
    """The segments' chunks renumbered in corpus order (ids and paragraphs), their vectors stacked
    and their token lists concatenated."""
    chunks: list[Chunk] = []
    toks: list[list[str]] = []
    paragraph = 0
    for seg in segments:
        chunks.extend(Chunk(**{**chunk_row(c), "id": len(chunks), "paragraph": c.paragraph + paragraph})
                      for c in seg.chunks)
        toks.extend(seg.tokens)
        paragraph += seg.paragraphs
    parts = [seg.vectors for seg in segments if len(seg.vectors)]
    vectors = np.concatenate(parts).astype(np.float32, copy=False) if parts else np.zeros((0, dim), np.float32)
    return chunks, np.ascontiguousarray(vectors), toks


def _progress(items: list, progress: bool):
    if not progress or len(items) < 2:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc="files", unit="file", file=sys.stderr)


def build_store(corpus: str | Path, index_dir: str | Path, encoder: Encoder, model: str, corpus_hash: str, *,
                rebuild: bool = False, progress: bool = False) -> Store:
    """The store for a corpus folder, from its files' cached segments; files without one (or every
    file, with rebuild=True) are read and embedded, and their segments written. A file that cannot
    be read is skipped with a warning, as load_corpus does. Raises CorpusError when nothing can be
    read, StoreError when a segment cannot be written or there is no sentence at all."""
    t0 = time.perf_counter()
    root = Path(corpus)
    folder = segments_dir(Path(index_dir))
    found: list[tuple[Path, str, str, Segment | None]] = []  # path, name, key, cached segment
    recipe = fingerprint()
    for path in corpus_files(root):
        digest = file_hash(path, root)
        key = segment_key(digest, encoder.model_id, recipe)
        found.append((path, digest, key, None if rebuild else read_segment(folder, key, encoder.dim)))
    missing = [i for i, (*_, seg) in enumerate(found) if seg is None]
    made: dict[int, Segment] = {}
    skipped: list[Skipped] = []
    errors: list[CorpusError] = []
    for i in _progress(missing, progress):
        path, digest, key, _ = found[i]
        try:
            docs = read_document(path, root)
        except CorpusError as e:
            errors.append(e)
            skipped.append(skipped_because(path, root, e))
            continue
        made[i] = make_segment(document_name(path, root), digest, docs, encoder, progress=progress and len(missing) == 1)
        write_segment(folder, key, made[i])
    tagged_now = [i for i, (_, _, key, seg) in enumerate(found) if seg is not None and ensure_tags(folder, key, seg)]
    skipped.extend(unknown_files(root))
    for s in skipped:
        log.warning("%s", s)
    segments = [seg if seg is not None else made[i] for i, (*_, seg) in enumerate(found) if seg is not None or i in made]
    if not any(seg.documents for seg in segments):
        raise no_text_error(root, skipped, errors)
    chunks, vectors, toks = join(segments, encoder.dim)
    log.info("assembled %d files: %d embedded now (%d sentences), %d from cached segments (%d tagged now)",
             len(segments), len(made), sum(len(s.chunks) for s in made.values()), len(segments) - len(made),
             len(tagged_now))
    return Store.from_parts(chunks, vectors, toks, model=model, model_id=encoder.model_id, corpus_hash=corpus_hash,
                            corpus=str(corpus), documents=sum(s.documents for s in segments),
                            seconds=time.perf_counter() - t0, sources={s.name: s.digest for s in segments},
                            embedded=sum(len(s.chunks) for s in made.values()))


def collect_garbage(index_dir: str | Path, manifest: Manifest) -> int:
    """Delete the segments no file of this manifest uses (call after the index was saved); returns
    how many. Folders of a writer still at work (temporary names) are left alone."""
    folder = segments_dir(Path(index_dir))
    recipe = fingerprint()
    keep = {segment_key(digest, manifest.model_id, recipe) for digest in manifest.sources.values()}
    removed = 0
    if not folder.is_dir():
        return 0
    for d in folder.iterdir():
        if d.is_dir() and d.name not in keep and not d.name.startswith(TMP_PREFIX):
            shutil.rmtree(d, ignore_errors=True)
            removed += 1
    return removed
