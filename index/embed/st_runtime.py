"""Any sentence-transformers model on PyTorch (backend "torch"), loaded from local files only."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import numpy as np

from wenda.index.embed.base import ModelError, empty


class STEncoder:
    """The Encoder of a sentence-transformers model (a folder, or an id in the local HF cache)."""

    backend = "torch"

    def __init__(self, name: str, path_or_id: str, model_id: str, source: str, progress: bool = True):
        try:
            with _quiet_loading(not progress):
                from sentence_transformers import SentenceTransformer

                self.st = SentenceTransformer(path_or_id, device="cpu", local_files_only=True)
        except Exception as e:  # noqa: BLE001 - any failure to load is reported the same way
            raise ModelError(_load_failure(path_or_id, e)) from e
        self.name = name
        self.model_id = model_id
        self.source = source
        self.path = str(path_or_id)
        dim = self.st.get_embedding_dimension()
        if not dim:
            dim = int(self.st.encode(["x"], convert_to_numpy=True).shape[1])
        self.dim = int(dim)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<STEncoder {self.model_id} dim={self.dim}>"

    def _run(self, fn, texts, batch_size, progress) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return empty(self.dim)
        with self._lock:
            out = fn(texts, batch_size=batch_size, show_progress_bar=bool(progress),
                     convert_to_numpy=True, normalize_embeddings=True)
        return np.ascontiguousarray(out, dtype=np.float32)

    def encode_query(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        return self._run(self.st.encode_query, texts, batch_size, False)

    def encode_document(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        return self._run(self.st.encode_document, texts, batch_size, progress)


@contextlib.contextmanager
def _quiet_loading(quiet: bool):
    """Hide transformers' "Loading weights" bar unless progress was asked for."""
    if not quiet:
        yield
        return
    from transformers.utils import logging as tlog

    was = tlog.is_progress_bar_enabled()
    tlog.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            tlog.enable_progress_bar()


def _load_failure(name: str, e: Exception) -> str:
    path = Path(name).expanduser()
    if path.exists():
        return f"cannot load the sentence-transformers model in {path}: {type(e).__name__}: {e}"
    return (f"model {name!r} not found locally and this machine cannot download models; set WENDA_MODEL "
            f"to a local sentence-transformers directory (or unset it for the default model) "
            f"[{type(e).__name__}: {e}]")
