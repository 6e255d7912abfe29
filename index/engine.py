"""The answer engine: open (or build) the index for a corpus and answer questions.

    engine = Engine.open(EngineConfig(corpus, cache_dir))   # builds the index on first use
    answer = engine.ask("崔桥镇设了多少卡点")    # → Answer(found=True, figures=["43个"], ...)
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections import Counter
from pathlib import Path

from wenda.corpus.load import CorpusError, corpus_hash, load_corpus
from wenda.corpus.types import Answer, Quote
from wenda.index import extract
from wenda.index.answer import Answerer
from wenda.index.config import EngineConfig
from wenda.index.retrieve import Retriever
from wenda.index.store import FORMAT_VERSION, Encoder, Store, StoreError, read_manifest

log = logging.getLogger("wenda.index")


class EngineError(Exception):
    """The engine cannot start: a corpus, model or index problem, with a message for the user."""


def _load_encoder(config: EngineConfig, progress: bool) -> Encoder:
    from wenda.index.model import ModelError, load_model

    try:
        return load_model(config, progress=progress)
    except ModelError as e:
        raise EngineError(str(e)) from e


class Engine:
    def __init__(self, store: Store, encoder: Encoder | None, config: EngineConfig):
        self.store = store
        self.encoder = encoder
        self.config = config
        self.corpus = config.corpus
        self.index_dir = config.index_path
        self.answerer = Answerer(Retriever(store, encoder))

    @classmethod
    def open(cls, config: EngineConfig, *, progress: bool = True, rebuild: bool = False) -> Engine:
        """Load the index for config.corpus, building it first when missing, stale or damaged."""
        corpus, model, index_dir = config.corpus, config.model, config.index_path
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
        encoder = _load_encoder(config, progress)
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
        return cls(store, encoder, config)

    def rebuild(self, progress: bool = False) -> Engine:
        """A new engine on the same settings, its index rebuilt from the corpus as it is now."""
        return Engine.open(self.config, progress=progress, rebuild=True)

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
