"""What every sentence encoder offers (the one interface the store, retrieval and engine use)."""

from __future__ import annotations

from typing import Protocol

import numpy as np


class ModelError(Exception):
    """The embedding model cannot be found, read, built or loaded; the message says why."""


class Encoder(Protocol):
    """Sentence embeddings: float32 [n, dim], L2-normalised, with the model's own prompts."""

    name: str  # what was asked for (EngineConfig.model)
    model_id: str  # stable id for index manifests (with a content hash where there is one)
    dim: int
    path: str  # the model folder (or hub id)
    backend: str  # "onnx" or "torch"
    source: str  # where the model came from, in words

    def encode_query(self, texts: list[str], batch_size: int = 64) -> np.ndarray: ...

    def encode_document(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray: ...


def empty(dim: int) -> np.ndarray:
    """The embedding of no texts."""
    return np.zeros((0, dim), dtype=np.float32)
