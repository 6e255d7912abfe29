"""jieba's default dictionary as memory-mapped tables: ready in milliseconds, same tokens.

jieba builds a 500k-entry dict (words, their prefixes, frequencies) on its first cut — 1.2-1.5 s
on 2 loaded cores even from its own marshal cache — and ``import jieba.posseg`` reads dict.txt
again for a 350k-entry word → tag dict (~0.4-0.9 s). A question needs a few hundred of those
entries. Here both live in one sorted, memory-mapped array (built once per machine from jieba's
own dict.txt, in the temp dir next to jieba's cache), looked up by binary search; each looked-up
key is remembered, and after MEMO_LIMIT distinct keys (indexing a corpus) the whole table
becomes a plain dict, as fast as jieba's own.

    install(jieba.dt)        # jieba's default Tokenizer now reads the tables (no-op on failure)
    posseg()                 # jieba.posseg, its tagger reading the same tables

The tables hold exactly what jieba would build (``Tokenizer.gen_pfdict`` and the tagger's own
reading of dict.txt), so tokens and tags are identical (tests/index/test_jieba_dict.py).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the files below change
MEMO_LIMIT = 100_000  # distinct keys looked up before a table becomes a plain dict
_NO_TAG = 255
_lock = threading.Lock()


class Table:
    """A read-mostly str → value mapping over sorted keys, as jieba uses its FREQ and tag dicts:
    ``in``, ``[]``, ``get``, and ``[key] = value`` (jieba.add_word) kept in memory."""

    def __init__(self, keys: np.ndarray, lookup):
        self.keys = keys            # sorted numpy str array (memory-mapped)
        self.lookup = lookup        # index → value, or None where the key has no value
        self.memo: dict = {}        # key → value or None (absent), then the whole table
        self.written: dict = {}     # values set at run time (add_word), kept over everything
        self.full = False

    def _find(self, key: str):
        keys = self.keys
        if not isinstance(key, str) or not key or len(key) > keys.dtype.itemsize // 4:
            return None
        i = int(keys.searchsorted(key))
        if i < len(keys) and keys[i] == key:
            return self.lookup(i)
        return None

    def get(self, key, default=None):
        try:
            value = self.memo[key]
        except KeyError:
            if self.full:
                return default
            value = self.memo[key] = self._find(key)
            if len(self.memo) > MEMO_LIMIT:
                self._load_all()
        except TypeError:  # an unhashable key is in no dictionary
            return default
        return default if value is None else value

    def _load_all(self) -> None:
        """Every entry as a plain dict (jieba's own speed for bulk work such as indexing)."""
        with _lock:
            if self.full:
                return
            table = {k: v for k, v in ((k, self.lookup(i)) for i, k in enumerate(self.keys.tolist()))
                     if v is not None}
            table.update(self.written)
            self.memo = table
            self.full = True

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value) -> None:
        self.written[key] = value
        self.memo[key] = value

    def update(self, other) -> None:
        for k, v in dict(other).items():
            self[k] = v

    def __len__(self) -> int:
        self._load_all()
        return len(self.memo)

    def __iter__(self):
        self._load_all()
        return iter(dict(self.memo))


def _dict_path() -> Path:
    import jieba

    return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME


def cache_dir(tmp_dir: str | None = None) -> Path:
    """The tables' folder for this jieba and its dict.txt (named by version, size and mtime)."""
    import jieba

    st = _dict_path().stat()
    name = f"wenda-jieba-{jieba.__version__}-{st.st_size}-{st.st_mtime_ns}-v{FORMAT}"
    return Path(tmp_dir or tempfile.gettempdir()) / name


def build(folder: Path) -> None:
    """Write the tables for jieba's default dictionary into ``folder`` (atomically: a temporary
    sibling renamed into place)."""
    import jieba

    freq, total = jieba.Tokenizer.gen_pfdict(open(_dict_path(), "rb"))
    tags: dict[str, str] = {}
    with open(_dict_path(), "rb") as f:   # as jieba.posseg.POSTokenizer.load_word_tag reads it
        for line in f:
            line = line.strip().decode("utf-8")
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    keys = sorted(freq)
    names = sorted(set(tags.values()))
    code = {t: i for i, t in enumerate(names)}
    if len(names) >= _NO_TAG:
        raise ValueError(f"{len(names)} part-of-speech tags do not fit in a byte")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        np.save(tmp / "keys.npy", np.array(keys))
        np.save(tmp / "freq.npy", np.array([freq[k] for k in keys], dtype=np.int64))
        np.save(tmp / "tags.npy", np.array([code.get(tags.get(k), _NO_TAG) for k in keys], dtype=np.uint8))
        (tmp / "meta.json").write_text(json.dumps({"total": total, "tags": names, "keys": len(keys)}))
        os.chmod(tmp, 0o755)
        try:
            os.rename(tmp, folder)
        except OSError:
            if not (folder / "meta.json").is_file():   # not another process's finished build
                raise
    finally:
        if tmp.exists():
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


class Tables:
    """The memory-mapped files: frequencies (with prefixes at 0) and tags of jieba's dictionary."""

    def __init__(self, folder: Path):
        meta = json.loads((folder / "meta.json").read_text())
        self.keys = np.load(folder / "keys.npy", mmap_mode="r")
        freq = np.load(folder / "freq.npy", mmap_mode="r")
        tags = np.load(folder / "tags.npy", mmap_mode="r")
        if not (len(self.keys) == len(freq) == len(tags) == meta["keys"]):
            raise ValueError(f"{folder} is incomplete")
        self.total = int(meta["total"])
        names = list(meta["tags"])
        self.freq = Table(self.keys, lambda i: int(freq[i]))
        self.tags = Table(self.keys, lambda i: None if tags[i] == _NO_TAG else names[tags[i]])


_tables: Tables | None = None


def load(tmp_dir: str | None = None) -> Tables:
    """The tables, built first when this machine has none yet (a few seconds, once)."""
    global _tables
    with _lock:
        if _tables is None:
            folder = cache_dir(tmp_dir)
            if not (folder / "meta.json").is_file():
                build(folder)
            _tables = Tables(folder)
        return _tables


def install(tokenizer) -> bool:
    """Make jieba's ``tokenizer`` (its default dictionary, not yet loaded) read the tables.
    False, and jieba left to load its dictionary itself, when that is not possible."""
    if tokenizer.initialized or tokenizer.dictionary is not None:
        return False
    try:
        tables = load(tokenizer.tmp_dir)
    except (OSError, ValueError, KeyError) as e:
        log.warning("jieba's dictionary tables are not usable (%s); jieba loads its own", e)
        return False
    with tokenizer.lock:
        tokenizer.FREQ, tokenizer.total = tables.freq, tables.total
        tokenizer.initialized = True
    return True


def posseg():
    """``jieba.posseg``, imported once; when jieba's default tokenizer reads the tables, its tagger
    reads the same tables' tags instead of parsing dict.txt again at import. Its hidden Markov
    model is decoded by index/viterbi.py (the same path, a few times faster)."""
    import sys

    import jieba

    from wenda.index import viterbi

    if "jieba.posseg" in sys.modules or _tables is None or jieba.dt.FREQ is not _tables.freq:
        import jieba.posseg

        viterbi.install(jieba.posseg)
        return jieba.posseg
    with _lock:
        saved = jieba.dt.dictionary
        jieba.dt.dictionary = os.devnull     # the tagger's import reads an empty dictionary ...
        try:
            import jieba.posseg
        finally:
            jieba.dt.dictionary = saved
        jieba.posseg.dt.word_tag_tab = _tables.tags   # ... and then reads the tables instead
        viterbi.install(jieba.posseg)
    return jieba.posseg
