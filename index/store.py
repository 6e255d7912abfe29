"""The persisted index: chunks, their vectors in FAISS, BM25 over jieba tokens, and a manifest.

Layout of an index directory:
    manifest.json   format version, model id, dimension, corpus hash, the fingerprint of how
                    the index is made (tokenizer, word lists, parsing, chunking), counts,
                    build time, and the sha256 of every other file (checked on every load)
    chunks.jsonl    one Chunk per line (the quoted text and its place in the corpus)
    vectors.npy     float32 [n, dim], L2-normalised document embeddings
    dense.faiss     FAISS index over the same vectors: exact (IndexFlatIP) up to
                    vectors.EXACT_LIMIT sentences, HNSW above (index/vectors.py, index/data/ann.json)
    bm25/           BM25 over jieba tokens of each chunk's context, in bm25s's files
                    (index/bm25.py: built by bm25s, read and scored with numpy)
(dense.faiss and bm25/ are the search backend's files, index/backend.py.) The manifest also
lists the corpus files it was made from (name → hash). Each file's own part (its chunks,
vectors and tokens) is kept beside the index, in <index>.segments/ (index/segments.py), so
that a changed corpus re-embeds only its changed files.

A directory is written next to its final place and renamed into it (index/files.py), so a
reader never sees half an index. `load` checks the manifest and every file; anything
missing or inconsistent raises StoreError and the engine rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import faiss
import numpy as np

from wenda.corpus.load import PARSER_FINGERPRINT
from wenda.corpus.types import Chunk, Document
from wenda.index.embed.base import Encoder  # noqa: F401  (the encoder interface, re-exported)
from wenda.index.files import atomic_dir, sha256_file
from wenda.index.query import tokenizer_spec, tokens
from wenda.index.backend import FaissBM25
from wenda.index.bm25 import BM25Index

FORMAT_VERSION = 2
# Bump when chunks_from (or Chunk.context, which BM25 and the vectors read) changes what a
# corpus turns into: the fingerprint changes and every index is rebuilt.
CHUNKING_VERSION = 1


class StoreError(Exception):
    """An index directory that cannot be used (missing, stale, corrupt, unwritable)."""


def fingerprint() -> str:
    """A hash of everything besides the corpus and the model that shapes an index: the
    tokenizer and its word lists, corpus parsing, chunking and the files' format."""
    recipe = {"format": FORMAT_VERSION, "tokenizer": tokenizer_spec(), "parser": PARSER_FINGERPRINT,
              "chunking": CHUNKING_VERSION}
    return hashlib.sha256(json.dumps(recipe, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


@dataclass
class Manifest:
    format: int
    model: str  # the name asked for (EngineConfig.model)
    model_id: str  # the encoder's own id (with a content hash where it has one)
    dim: int
    corpus_hash: str
    corpus: str
    chunks: int
    documents: int
    build_seconds: float
    built_at: str
    fingerprint: str = ""  # of how the index is made (see `fingerprint`)
    sources: dict[str, str] = field(default_factory=dict)  # corpus file name → its hash (corpus.load.file_hash)
    embedded: int = 0  # sentences embedded by this build; the others came from cached segments
    files: dict[str, str] = field(default_factory=dict)  # path in the index dir → sha256, checked on load

    def stale_because(self, model: str, corpus_hash: str) -> str | None:
        """Why an index with this manifest cannot serve `model` on a corpus with this hash (None: it can;
        the model's files are compared once the model is loaded, by model_id)."""
        if self.format != FORMAT_VERSION:
            return f"index format {self.format} is not this version's ({FORMAT_VERSION})"
        if self.model != model:
            return f"the model changed since the index was built ({self.model} → {model})"
        if self.corpus_hash != corpus_hash:
            return "the corpus changed since the index was built"
        if self.fingerprint != fingerprint():
            return "the tokenizer, its word lists, parsing or chunking changed since the index was built"
        return None


# Paragraphs that are never quoted: a FAQ's question (its answer is, with the question as key)
# and the title line (it is every chunk's document title).
UNQUOTED = ("question", "title")
CHUNK_FIELDS = tuple(f.name for f in fields(Chunk))
META_KEY = "发布单位 发布日期"  # what a notice's signature or a report's dateline states


def chunks_from(docs: list[Document]) -> list[Chunk]:
    """One chunk per sentence, carrying its document, section, heading chain and paragraph.

    A FAQ answer's sentences carry its question as their key; the document's own lines (its
    issuer, date, number) carry its title and «发布单位 发布日期», so questions about the
    document itself (这份通知是哪天发的) find them.
    """
    out: list[Chunk] = []
    paragraph = 0
    for doc in docs:
        title = doc.title if doc.titled else ""
        for section in doc.sections:
            heading = section.chain() or section.title
            for para in section.paragraphs:
                if para.kind in UNQUOTED:
                    continue
                key, name, chain = para.key, section.title, heading
                if para.kind == "meta":  # about the whole document, whichever section it stands in
                    key, name, chain = f"{title} {META_KEY}".strip(), "", ""
                for sent in para.sentences:
                    out.append(Chunk(
                        id=len(out), doc=doc.doc_id, section=name, kind=para.kind,
                        text=sent.text, start=sent.start, end=sent.end, paragraph=paragraph,
                        heading=chain if chain != name else "", key=key,
                        title=title, date=doc.date,
                    ))
                paragraph += 1
    return out


def chunk_row(chunk: Chunk) -> dict:
    """A chunk as a JSON object (its fields; much faster than dataclasses.asdict, which deep-copies)."""
    return {name: getattr(chunk, name) for name in CHUNK_FIELDS}


def write_chunks(path: Path, chunks: list[Chunk]) -> None:
    """chunks.jsonl: one chunk a line."""
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(chunk_row(c), ensure_ascii=False) + "\n" for c in chunks)


def read_chunks(path: Path) -> list[Chunk]:
    return [Chunk(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]


def paragraph_count(docs: list[Document]) -> int:
    """How many paragraph numbers chunks_from gives these documents (quoted paragraphs, with or
    without sentences): the offset of the next file's paragraphs when files are joined."""
    return sum(1 for doc in docs for section in doc.sections for para in section.paragraphs
               if para.kind not in UNQUOTED)


@dataclass
class Store:
    """An index in memory: the chunks, their vectors and the search backend built over both."""

    manifest: Manifest
    chunks: list[Chunk]
    vectors: np.ndarray
    backend: FaissBM25

    @property
    def faiss_index(self) -> faiss.Index:
        return self.backend.index

    @property
    def bm25(self) -> BM25Index:
        return self.backend.bm25

    @classmethod
    def from_parts(cls, chunks: list[Chunk], vectors: np.ndarray, token_lists: list[list[str]], *, model: str,
                   model_id: str, corpus_hash: str, corpus: str, documents: int, seconds: float,
                   sources: dict[str, str] | None = None, embedded: int | None = None) -> Store:
        """A store over chunks already numbered in corpus order, their vectors and BM25 tokens."""
        if not chunks:
            raise StoreError(f"corpus has no sentences to index: {corpus}")
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        backend = FaissBM25.build(chunks, vectors, token_lists)  # FAISS exact up to vectors.EXACT_LIMIT, HNSW above
        manifest = Manifest(
            format=FORMAT_VERSION, model=model, model_id=model_id, dim=int(vectors.shape[1]),
            corpus_hash=corpus_hash, corpus=corpus, chunks=len(chunks), documents=documents,
            build_seconds=round(seconds, 3), built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"), fingerprint=fingerprint(),
            sources=dict(sources or {}), embedded=len(chunks) if embedded is None else embedded,
        )
        return cls(manifest, chunks, vectors, backend)

    @classmethod
    def build(cls, docs: list[Document], encoder: Encoder, model: str, corpus_hash: str, corpus: str,
              progress: bool = True) -> Store:
        """Every sentence of these documents embedded now (the engine goes through index/segments.py,
        which keeps each file's part and embeds only new files)."""
        t0 = time.perf_counter()
        chunks = chunks_from(docs)
        if not chunks:
            raise StoreError(f"corpus has no sentences to index: {corpus}")
        vectors = encoder.encode_document([c.context() for c in chunks], progress=progress)
        return cls.from_parts(chunks, vectors, [tokens(c.context()) for c in chunks], model=model,
                              model_id=encoder.model_id, corpus_hash=corpus_hash, corpus=corpus,
                              documents=len(docs), seconds=time.perf_counter() - t0)

    def save(self, directory: str | Path) -> None:
        """Write atomically: a temporary sibling directory, renamed over the old one."""
        target = Path(directory)
        try:
            with atomic_dir(target) as tmp:
                write_chunks(tmp / "chunks.jsonl", self.chunks)
                np.save(tmp / "vectors.npy", self.vectors)
                self.backend.save(tmp)
                self.manifest.files = {p.relative_to(tmp).as_posix(): sha256_file(p)
                                       for p in sorted(tmp.rglob("*")) if p.is_file()}
                # The manifest is written last: its presence means the rest is complete.
                (tmp / "manifest.json").write_text(json.dumps(asdict(self.manifest), ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
        except OSError as e:
            raise StoreError(f"cannot write index directory {target}: {e.strerror or e}") from e

    @classmethod
    def load(cls, directory: str | Path) -> Store:
        d = Path(directory)
        manifest = read_manifest(d)
        if manifest is None:
            raise StoreError(f"no index in {d}")
        if not manifest.files:
            raise StoreError(f"index in {d} has no checksums (an older format); it will be rebuilt")
        for rel, digest in manifest.files.items():
            try:
                ok = sha256_file(d / rel) == digest
            except OSError:
                ok = False
            if not ok:
                raise StoreError(f"index file {d / rel} is missing or was changed after the build; it will be rebuilt")
        try:
            chunks = read_chunks(d / "chunks.jsonl")
            # memory-mapped (read-only): FAISS holds its own copy, and only a filtered search over
            # an approximate index reads these rows, so most pages are never loaded at all
            vectors = np.load(d / "vectors.npy", mmap_mode="r")
            backend = FaissBM25.load(d, vectors)
        except Exception as e:  # any unreadable or truncated file: the index is not usable
            raise StoreError(f"index in {d} is damaged ({type(e).__name__}: {e}); it will be rebuilt") from e
        n = manifest.chunks
        if len(chunks) != n or vectors.shape != (n, manifest.dim) or not backend.consistent(n, manifest.dim):
            raise StoreError(f"index in {d} is inconsistent with its manifest; it will be rebuilt")
        return cls(manifest, chunks, vectors, backend)


def read_manifest(directory: str | Path) -> Manifest | None:
    path = Path(directory) / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(**data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as e:
        raise StoreError(f"unreadable manifest {path}: {e}") from e
