"""The answer engine: open (or build) the index for a corpus and answer questions.

    engine = Engine.open()                      # bundled corpus, default model, cached index
    answer = engine.ask("崔桥镇设了多少卡点")    # → Answer(found=True, figures=["43个"], ...)
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

from corpus.load import CorpusError, corpus_hash, default_corpus_dir, load_corpus
from corpus.types import Answer, Quote
from index import extract
from index.answer import Answerer
from index.retrieve import Retriever
from index.store import FORMAT_VERSION, Encoder, Store, StoreError, read_manifest

log = logging.getLogger("wenda.index")


class EngineError(Exception):
    """The engine cannot start: a corpus, model or index problem, with a message for the user."""


def cache_root() -> Path:
    root = os.environ.get("WENDA_CACHE_DIR")
    if root:
        return Path(root)
    import platformdirs

    return Path(platformdirs.user_cache_dir("wenda"))


def corpus_dir_from_env() -> Path:
    return Path(os.environ.get("WENDA_CORPUS") or default_corpus_dir())


def default_index_dir(corpus: Path, model: str) -> Path:
    """Where a corpus's index lives unless told: the user's cache, one folder per corpus and model."""
    if os.environ.get("WENDA_INDEX"):
        return Path(os.environ["WENDA_INDEX"])
    key = hashlib.sha256(f"{corpus.resolve()}\0{model}".encode()).hexdigest()[:16]
    return cache_root() / "indexes" / f"{corpus.name or 'corpus'}-{key}"


def _load_encoder(model: str, progress: bool) -> Encoder:
    from index.model import ModelError, load_model

    try:
        return load_model(model, progress=progress)
    except ModelError as e:
        raise EngineError(str(e)) from e


class Engine:
    def __init__(self, store: Store, encoder: Encoder | None, corpus: Path, index_dir: Path):
        self.store = store
        self.encoder = encoder
        self.corpus = corpus
        self.index_dir = index_dir
        self.answerer = Answerer(Retriever(store, encoder))

    @classmethod
    def open(cls, corpus: str | Path | None = None, index_dir: str | Path | None = None,
             model: str | None = None, progress: bool = True, rebuild: bool = False) -> Engine:
        """Load the index for `corpus`, building it first when missing, stale or damaged."""
        from index.model import model_name

        corpus = Path(corpus) if corpus else corpus_dir_from_env()
        model = model or model_name()
        index_dir = Path(index_dir) if index_dir else default_index_dir(corpus, model)
        try:
            digest = corpus_hash(corpus)
        except CorpusError as e:
            raise EngineError(str(e)) from e
        store = None
        reason = "forced rebuild" if rebuild else ""
        if not rebuild:
            try:
                manifest = read_manifest(index_dir)
                if manifest is None:
                    reason = "no index yet"
                elif manifest.format != FORMAT_VERSION:
                    reason = f"index format {manifest.format} is not this version's ({FORMAT_VERSION})"
                elif not manifest.matches(model, digest):
                    reason = "corpus or model changed since the index was built"
                else:
                    store = Store.load(index_dir)
            except StoreError as e:
                reason = str(e)
        encoder = _load_encoder(model, progress)
        if store is not None and store.manifest.model_id != encoder.model_id:
            reason, store = "model files changed since the index was built", None
        if store is None:
            log.info("building index in %s (%s)", index_dir, reason)
            if progress:
                print(f"wenda: indexing {corpus} ({reason}) …", file=sys.stderr)
            try:
                docs = load_corpus(corpus)
                store = Store.build(docs, encoder, model, digest, str(corpus), progress=progress)
                store.save(index_dir)
            except (CorpusError, StoreError) as e:
                raise EngineError(str(e)) from e
        return cls(store, encoder, corpus, index_dir)

    def ask(self, question: str) -> Answer:
        """Answer one question. Never raises for bad input: it comes back as found=False with an error."""
        t0 = time.perf_counter()
        if not isinstance(question, str) or not question.strip():
            ans = Answer(question=question if isinstance(question, str) else "", found=False,
                         error="问题是空的：请输入一个问题。")
        else:
            ans = self.answerer.answer(question)
        ans.ms = (time.perf_counter() - t0) * 1000
        return ans

    def quotes(self, question: str, k: int = 5) -> list[Quote]:
        """The k best sentences for a question, as quotes (for evaluation at depth k)."""
        if not isinstance(question, str) or not question.strip():
            return []
        _, ranked = self.answerer.rank(question)
        return self.answerer.quotes(ranked, k)

    # -- what the corpus covers (for /start, /sources, refusals) ----------------------------
    def sources(self) -> list[tuple[str, str, int]]:
        """(document, section, sentence count) in corpus order."""
        counts: Counter[tuple[str, str]] = Counter((c.doc, c.section) for c in self.store.chunks)
        return [(doc, sec, n) for (doc, sec), n in counts.items()]

    def section_names(self) -> list[str]:
        return list(dict.fromkeys(c.section for c in self.store.chunks if c.section))

    def examples(self, n: int = 3) -> list[str]:
        """Questions this corpus can answer, made from its own sentences (a figure in a section)."""
        out: list[str] = []
        used_sections: set[str] = set()
        for c in self.store.chunks:
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
                    out.append(f"{c.section}{head}多少{unit}{tail}？")
                    used_sections.add(c.section)
                    break
            if len(out) >= n:
                break
        return out
