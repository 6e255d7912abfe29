"""Writing folders and files so that a reader never sees them half-written, and checking them.

Both caches of wenda use this: the converted model (index/embed/cache.py) and the index
(index/store.py). A folder is built in a temporary sibling, then renamed into its place; an
old folder in the way is moved aside first and deleted after.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

TMP_PREFIX = ".tmp-"  # temporary siblings are named .tmp-<target name>-<random>


def sha256_file(path: str | Path, block: int = 1 << 22) -> str:
    """The sha256 of a file's bytes, as hex."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(block), b""):
            h.update(chunk)
    return h.hexdigest()


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (where the platform allows it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str) -> None:
    """Write a text file through a temporary sibling (its own, so that concurrent writers never
    share one) and a rename, synced to disk."""
    fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{path.name}-", dir=path.parent)
    try:
        with open(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale(target: Path) -> None:
    """Delete temporary siblings of `target` left by a crashed writer (call only while holding a
    lock on target: a live writer's folder looks the same)."""
    for stale in target.parent.glob(f"{TMP_PREFIX}{target.name}-*"):
        shutil.rmtree(stale, ignore_errors=True)


@contextlib.contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Yield an empty temporary folder beside `target`; when the block ends without an error,
    rename it to `target` (replacing an old one). On an error it is deleted and the old
    `target`, if any, is left as it was. Raises OSError when the folder cannot be written."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{target.name}-", dir=target.parent))
    try:
        yield tmp
        trash = None
        if target.exists():
            trash = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{target.name}-old-", dir=target.parent))
            os.rename(target, trash / "old")
        try:
            os.rename(tmp, target)
        except OSError:
            if trash is not None:  # put the old folder back
                with contextlib.suppress(OSError):
                    os.rename(trash / "old", target)
            raise
        fsync_dir(target.parent)
        if trash is not None:
            shutil.rmtree(trash, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
