"""The answer engine: open (or build) the index for a corpus and answer questions.

    engine = Engine.open(EngineConfig(corpus, cache_dir))   # builds the index on first use
    answer = engine.ask("崔桥镇设了多少卡点")    # → Answer(found=True, figures=["43个"], ...)
    engine.info                                   # → IndexInfo(corpus, index_dir, model, ...)

An Engine is made of explicit parts: the Store (index files), the Encoder (the model), the
Answerer (retrieval and extraction over both) and its EngineConfig. `Engine.open` is the one
builder: it loads the model, checks the index against corpus, model and fingerprint, rebuilds
it when needed, and puts the parts together.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wenda.corpus.load import CorpusError, corpus_hash
from wenda.corpus.types import Answer, Chunk, DocumentInfo, Quote
from wenda.index.rows import record_name, row_cells
from wenda.index import extract, lexicon
from wenda.index.answer import Answerer
from wenda.index.config import EngineConfig
from wenda.index.embed import Encoder, ModelError
from wenda.index.query import MAX_QUESTION_CHARS
from wenda.index.retrieve import Retriever
from wenda.index.store import Manifest, Store, StoreError, read_manifest

log = logging.getLogger("wenda.index")


def index_clash(corpus: Path, index: Path) -> str:
    """Why the index cannot live at `index` beside this corpus, or "": a build replaces the whole index folder
    in one rename, so an index folder that is the corpus folder or holds it would delete the documents, and one
    inside the corpus folder would be read as documents."""
    corpus, index = Path(corpus).resolve(), Path(index).resolve()
    if index == corpus or index in corpus.parents:
        return (f"the index folder {index} holds the corpus {corpus}: building the index replaces that folder and "
                "would delete the documents; choose another index folder (--index or WENDA_INDEX)")
    if corpus.is_dir() and corpus in index.parents:
        return (f"the index folder {index} is inside the corpus folder {corpus}: its files would be read as "
                "documents; choose an index folder outside it (--index or WENDA_INDEX)")
    return ""


class EngineError(Exception):
    """The engine cannot start: a corpus, model or index problem, with a message for the user."""


@dataclass(frozen=True)
class IndexInfo:
    """What an engine serves, for `wenda index build`, reports and /start."""

    corpus: str
    index_dir: str
    model: str  # the name asked for
    model_id: str  # the encoder's own id
    dim: int
    documents: int
    sentences: int
    build_seconds: float
    built_at: str
    built_now: bool  # built by this open (not loaded from disk)

    @classmethod
    def of(cls, manifest: Manifest, index_dir: str, built_now: bool) -> IndexInfo:
        return cls(corpus=manifest.corpus, index_dir=index_dir, model=manifest.model, model_id=manifest.model_id,
                   dim=manifest.dim, documents=manifest.documents, sentences=manifest.chunks,
                   build_seconds=manifest.build_seconds, built_at=manifest.built_at, built_now=built_now)


def _load_encoder(config: EngineConfig, progress: bool) -> Encoder:
    from wenda.index.embed.load import load_encoder

    try:
        return load_encoder(config, progress=progress)
    except ModelError as e:
        raise EngineError(str(e)) from e


def _usable_store(config: EngineConfig, digest: str, encoder: Encoder) -> tuple[Store | None, str]:
    """The index on disk when it serves this corpus, model and fingerprint; else (None, why not)."""
    try:
        manifest = read_manifest(config.index_path)
        if manifest is None:
            return None, "no index yet"
        reason = manifest.stale_because(config.model, digest)
        if reason:
            return None, reason
        if manifest.model_id != encoder.model_id:
            return None, "model files changed since the index was built"
        return Store.load(config.index_path), ""
    except StoreError as e:
        return None, str(e)


def _backend(config: EngineConfig, store: Store):
    """The search backend config.store names: None for the index's own FAISS + bm25s (the default),
    else Milvus (WENDA_STORE=milvus-lite:PATH.db or milvus://HOST:PORT) holding the same chunks:
    its collection for this index is updated per file (the store's sources name each file's hash),
    so a refresh inserts and deletes only the rows of files added, changed or removed."""
    if config.store in ("", "faiss"):
        return None
    from wenda.index.milvus import MilvusError, backend_for

    try:
        return backend_for(config, store.chunks, store.vectors, files=store.manifest.sources)
    except MilvusError as e:
        raise EngineError(str(e)) from e


def corpus_lexicon(store: Store, encoder: Encoder, config: EngineConfig) -> lexicon.Lexicon:
    """The lexicon of the index's sentences (lexicon.for_corpus) from the words its BM25 index
    already holds: every token of every sentence's context is in its vocabulary, and the lexicon
    keeps only the set of them, so the sentences are not segmented again at every start
    (1.3 ms CPU a sentence: 0.15 s on the article, ~14 s on 10k sentences). Each document's words
    come from the same inverted lists."""
    docs = list(dict.fromkeys(c.doc for c in store.chunks))
    number = {d: i for i, d in enumerate(docs)}
    by = store.backend.bm25.words_by(np.asarray([number[c.doc] for c in store.chunks], dtype=np.int64))
    return lexicon.Lexicon.build([store.backend.words()], encoder, config.cache_dir,
                                 documents={docs[g]: words for g, words in by.items()})


class Engine:
    def __init__(self, store: Store, encoder: Encoder | None, answerer: Answerer, config: EngineConfig,
                 *, built_now: bool = False):
        self.store = store
        self.encoder = encoder
        self.answerer = answerer
        self.config = config
        self.info = IndexInfo.of(store.manifest, str(config.index_path), built_now)

    @property
    def corpus(self) -> Path:
        return self.config.corpus

    @property
    def index_dir(self) -> Path:
        return self.config.index_path

    @property
    def chunks(self) -> list[Chunk]:
        """The indexed sentences, in corpus order."""
        return self.store.chunks

    @classmethod
    def open(cls, config: EngineConfig, *, progress: bool = True, rebuild: bool = False,
             encoder: Encoder | None = None) -> Engine:
        """Load the index for config.corpus; when it is missing, stale or damaged, assemble it from
        the files' cached segments, embedding only the files that have none (every file with
        rebuild=True). `encoder`: a model already loaded for config (refresh passes its own)."""
        clash = index_clash(config.corpus, config.index_path)
        if clash:
            raise EngineError(clash)
        try:
            digest = corpus_hash(config.corpus)
        except CorpusError as e:
            raise EngineError(str(e)) from e
        if encoder is None:
            encoder = _load_encoder(config, progress)
        store, reason = (None, "forced rebuild") if rebuild else _usable_store(config, digest, encoder)
        from wenda.index import segments  # ~5 ms: builds, and says where each file's stored tags are

        if store is None:
            index_dir = config.index_path
            log.info("building index in %s (%s)", index_dir, reason)
            if progress:
                print(f"wenda: indexing {config.corpus} ({reason}) …", file=sys.stderr)
            try:
                store = segments.build_store(config.corpus, index_dir, encoder, config.model, digest,
                                             rebuild=rebuild, progress=progress)
                store.save(index_dir)
            except (CorpusError, StoreError) as e:
                raise EngineError(str(e)) from e
            segments.collect_garbage(index_dir, store.manifest)
        segments.use_tags(config.index_path, store.manifest)  # read on first use (index/tags.py)
        words = corpus_lexicon(store, encoder, config)  # the corpus's words for the asker's
        retriever = Retriever(store, encoder, _backend(config, store))
        return cls(store, encoder, Answerer(retriever, words), config, built_now=bool(reason))

    def rebuild(self, progress: bool = False) -> Engine:
        """A new engine on the same settings, its index rebuilt (every file embedded again) from the
        corpus as it is now."""
        return Engine.open(self.config, progress=progress, rebuild=True, encoder=self.encoder)

    def refresh(self, progress: bool = False) -> Engine:
        """A new engine for the corpus folder as it is now (after a file was added, replaced or
        removed): only new or changed files are embedded, the rest comes from cached segments.
        This engine keeps serving unchanged meanwhile; the new index directory replaces the old
        one in one rename. With a Milvus store the collection is shared: the new engine's open
        deletes and inserts the changed files' rows in place (index/milvus.py), and this engine,
        until it is dropped, ignores rows it does not know and misses those of changed files."""
        return Engine.open(self.config, progress=progress, encoder=self.encoder)

    def ask(self, question: str) -> Answer:
        """Answer one question. Never raises for bad input: it comes back as found=False with an error."""
        t0 = time.perf_counter()
        if not isinstance(question, str) or not question.strip():
            ans = Answer(question=question if isinstance(question, str) else "", found=False,
                         error="问题是空的：请输入一个问题。")
        elif len(question.strip()) > MAX_QUESTION_CHARS:
            ans = Answer(question=question, found=False,
                         error=f"问题太长了（{len(question.strip())} 字）：请缩短到 {MAX_QUESTION_CHARS} 字以内，"
                               "一次问一件事。")
        else:
            ans = self.answerer.answer(question)
        ans.ms = (time.perf_counter() - t0) * 1000
        return ans

    def quotes(self, question: str, k: int = 5) -> list[Quote]:
        """The k best sentences for a question, as quotes (for evaluation at depth k)."""
        if not isinstance(question, str) or not question.strip() or len(question.strip()) > MAX_QUESTION_CHARS:
            return []
        _, ranked = self.answerer.rank(question)
        return self.answerer.quotes(ranked, k)

    # -- what the corpus covers (for /start, /sources, refusals) ----------------------------
    def sources(self) -> list[tuple[str, str, int]]:
        """(document, section, sentence count) in corpus order."""
        counts: Counter[tuple[str, str]] = Counter((c.doc, c.section) for c in self.chunks)
        return [(doc, sec, n) for (doc, sec), n in counts.items()]

    def documents(self) -> list[DocumentInfo]:
        """The corpus's files in order, each with its title, date, sections and sentence count
        (a SQuAD file's passages count as one file)."""
        files: dict[str, list[Chunk]] = {}
        for c in self.chunks:
            files.setdefault(c.doc.split("#", 1)[0], []).append(c)
        return [DocumentInfo(name=name, title=next((c.title for c in cs if c.title), ""),
                             date=next((c.date for c in cs if c.date), ""),
                             sections=tuple(dict.fromkeys(c.section for c in cs)), sentences=len(cs))
                for name, cs in files.items()]

    def section_names(self) -> list[str]:
        return list(dict.fromkeys(c.section for c in self.chunks if c.section))

    def subject_names(self) -> list[str]:
        """What a conversation may name as a question's subject (那5路呢, 成人票和半票各多少钱): the
        sections, and the records of the tables (a row's name cell: 9路, 成人票, 平日), in Simplified
        characters as questions are read. Kept until the store changes."""
        return list(self._subjects()[0])

    def record_tables(self) -> dict[str, str]:
        """Each table record of subject_names and the table it is a row of (its file, section and name
        column: 票種 rows are not the 項目 rows beside them), so that 哪种票 names one table's records."""
        return dict(self._subjects()[1])

    def _subjects(self) -> tuple[list[str], dict[str, str]]:
        chunks = self.chunks
        key = (id(self.store), len(chunks))
        if getattr(self, "_subject_cache", (None,))[0] != key:
            answerer = self.answerer
            names = [answerer.corpus.plain(c).section for c in chunks if c.section]
            tables: dict[str, str] = {}
            for c in chunks:
                if c.kind == "row":
                    plain = answerer.corpus.plain(c)
                    name = record_name(plain.text)
                    if name:
                        names.append(name)
                        column = row_cells(plain.text)[0][0]
                        tables.setdefault(name, f"{c.doc.split('#', 1)[0]}|{plain.section}|{column}")
            self._subject_cache = (key, list(dict.fromkeys(names)), tables)
        return self._subject_cache[1], self._subject_cache[2]

    def examples(self, n: int = 3, document: str | None = None) -> list[str]:
        """Questions this corpus (or one of its files, by DocumentInfo.name) can answer, made from
        its own sentences (a figure in a section)."""
        out: list[str] = []
        used_sections: set[str] = set()
        for c in self.chunks:
            if document is not None and c.doc.split("#", 1)[0] != document:
                continue
            if c.kind != "body" or c.section in used_sections:
                continue
            for clause in re.split(r"[,，;；。]", c.text):
                figs = extract.figures(clause)
                if len(figs) != 1 or not re.match(r"^\d", figs[0].text.lstrip("近约共")):
                    continue
                fig = figs[0]
                head = clause[: fig.start].strip()
                tail = clause[fig.end:].strip()
                unit = extract.unit_of(fig.text)
                if 4 <= len(head) <= 16 and len(tail) <= 12 and unit and not extract.dates(clause):
                    subject = "" if head.startswith(c.section) else c.section  # never «图书馆图书馆…»
                    out.append(f"{subject}{head}多少{unit}{tail}？")
                    used_sections.add(c.section)
                    break
            if len(out) >= n:
                break
        return out
