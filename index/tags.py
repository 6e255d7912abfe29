"""Part-of-speech tags of the corpus's sentences, computed once when the index is built.

Answer extraction tags whole candidate sentences (a person's name: extract.best_person,
last_person); with jieba.posseg that is ~0.3-1 ms a sentence, tens of sentences a question.
The sentences are the corpus's, so their tags are made with each file's segment
(index/segments.py), kept beside it, and read back at query time:

    table = make(texts)                    # the tags of these texts, in their order
    table.save(folder); TagTable.load(folder)
    use(name, [folder, ...])               # the tags an index keeps (read lazily, memory-mapped)
    tagged(text)                           # [Tag(word, flag), ...] == _posseg().lcut(text)

``tagged`` gives exactly what ``query._posseg().lcut(text)`` gives, as (word, flag) pairs: the
stored tags of a sentence of a registered index (found by a 64-bit hash of the text, and checked
to cover it character for character), and, for any other text, the tagger's own output.

On disk (a folder per segment): keys.npy (uint64 hash of each text), starts.npy (uint32
[n+1], each text's first word), lengths.npy (uint8 word lengths), flags.npy (uint8, an index
into meta.json's "names"), meta.json (counts, the tagger, the files' sha256; written last).
About 12 bytes a sentence and 2 a word. A text with a word over 255 characters keeps no tags
(it is tagged at query time).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import numpy as np

from wenda.index import jieba_dict
from wenda.index.files import atomic_dir, sha256_file

log = logging.getLogger("wenda.index")

FORMAT = 1  # bump when the files below change
FILES = ("keys.npy", "starts.npy", "lengths.npy", "flags.npy")
MAX_WORD = 255  # word length a uint8 holds
_lock = threading.Lock()


class Tag(NamedTuple):
    """A word and its part of speech (what jieba.posseg's pair holds: .word, .flag, (word, flag))."""

    word: str
    flag: str


def tagger() -> str:
    """What decides the tags: jieba's version and its dictionary tables' format."""
    import jieba

    return f"jieba {getattr(jieba, '__version__', 'unknown')} tables v{jieba_dict.FORMAT}"


def _posseg():
    """jieba's tagger itself, without query.KeptTagger's kept cuts: an index's sentences are tagged
    once, when it is built, and keeping them would only crowd out the question's pieces."""
    return jieba_dict.posseg()


def tag(text: str) -> list[Tag]:
    """The tagger's own output for ``text`` (jieba.posseg through jieba_dict's tables)."""
    return [Tag(w.word, w.flag) for w in _posseg().lcut(text)]


def key(text: str) -> int:
    """A 64-bit hash of the text (the same in every process)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


class TagTable:
    """The tags of a list of texts, row by row (row i: the words starts[i]..starts[i+1])."""

    def __init__(self, keys: np.ndarray, starts: np.ndarray, lengths: np.ndarray, flags: np.ndarray,
                 names: list[str]):
        self.keys, self.starts, self.lengths, self.flags, self.names = keys, starts, lengths, flags, names

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.starts.nbytes + self.lengths.nbytes + self.flags.nbytes)

    def row(self, i: int, text: str) -> list[Tag] | None:
        """Row i's tags as words of ``text``; None when they do not cover it exactly (not its row)."""
        a, b = int(self.starts[i]), int(self.starts[i + 1])
        names = self.names
        out = []
        pos = 0
        for n, f in zip(self.lengths[a:b].tolist(), self.flags[a:b].tolist()):
            out.append(Tag(text[pos:pos + n], names[f]))
            pos += n
        return out if pos == len(text) and (out or not text) else None

    def save(self, folder: Path) -> None:
        """Write the table atomically into ``folder`` (a temporary sibling renamed into place)."""
        with atomic_dir(Path(folder)) as tmp:
            for name, arr in zip(FILES, (self.keys, self.starts, self.lengths, self.flags)):
                np.save(tmp / name, np.ascontiguousarray(arr))
            meta = {"format": FORMAT, "tagger": tagger(), "names": self.names, "texts": len(self.keys),
                    "words": int(len(self.lengths)), "files": {n: sha256_file(tmp / n) for n in FILES}}
            (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, check: bool = True) -> TagTable:
        """The table in ``folder``, memory-mapped; ValueError or OSError when it is missing, damaged
        or made by another tagger. check=False skips the files' sha256 (a build that just wrote them)."""
        folder = Path(folder)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT or meta.get("tagger") != tagger():
            raise ValueError(f"made by another tagger ({meta.get('tagger')}, format {meta.get('format')})")
        if check and any(sha256_file(folder / n) != meta["files"][n] for n in FILES):
            raise ValueError("a file changed after it was written")
        keys, starts, lengths, flags = (np.load(folder / n, mmap_mode="r") for n in FILES)
        n, words, names = int(meta["texts"]), int(meta["words"]), list(meta["names"])
        if (len(keys) != n or len(starts) != n + 1 or len(lengths) != words or len(flags) != words
                or (n and int(starts[-1]) != words) or (words and int(flags.max()) >= len(names))):
            raise ValueError("its parts do not agree")
        return cls(keys, starts, lengths, flags, names)


def make(texts: Iterable[str]) -> TagTable:
    """The tags of ``texts``, in their order."""
    keys: list[int] = []
    starts = [0]
    lengths: list[int] = []
    flags: list[int] = []
    code: dict[str, int] = {}
    for text in texts:
        words = tag(text)
        keys.append(key(text))
        if all(len(w.word) <= MAX_WORD for w in words):  # else no tags: tagged at query time
            for w in words:
                lengths.append(len(w.word))
                flags.append(code.setdefault(w.flag, len(code)))
        starts.append(len(lengths))
    if len(code) > 256:
        raise ValueError(f"{len(code)} part-of-speech tags do not fit in a byte")
    if len(lengths) >= 2 ** 32:
        raise ValueError("more than 2**32 words in one table")
    return TagTable(np.asarray(keys, dtype=np.uint64), np.asarray(starts, dtype=np.uint32),
                    np.asarray(lengths, dtype=np.uint8), np.asarray(flags, dtype=np.uint8), list(code))


class Stored:
    """The tag tables of one index (one per segment), read on first use: their keys sorted
    together, each pointing at its table and row."""

    def __init__(self, folders: list[Path]):
        self.folders = list(folders)
        self.tables: list[TagTable] | None = None
        self.sorted_keys = np.zeros(0, dtype=np.uint64)
        self.where = np.zeros(0, dtype=np.int64)  # table << 32 | row, beside sorted_keys

    def _load(self) -> None:
        tables: list[TagTable] = []
        for folder in self.folders:
            try:
                tables.append(TagTable.load(folder))
            except FileNotFoundError:
                log.info("no stored tags in %s; its sentences are tagged when asked", folder)
            except (OSError, ValueError, KeyError, TypeError) as e:
                log.info("stored tags in %s are unusable (%s: %s); its sentences are tagged when asked",
                         folder, type(e).__name__, e)
        keys = [np.asarray(t.keys) for t in tables]
        where = [(np.int64(i) << 32) | np.arange(len(t), dtype=np.int64) for i, t in enumerate(tables)]
        if keys:
            allk, allw = np.concatenate(keys), np.concatenate(where)
            order = np.argsort(allk, kind="stable")
            self.sorted_keys, self.where = allk[order], allw[order]
        self.tables = tables

    def get(self, text: str) -> list[Tag] | None:
        """The stored tags of ``text``, or None when this index keeps none for it."""
        if self.tables is None:
            with _lock:
                if self.tables is None:
                    self._load()
        k = np.uint64(key(text))
        i = int(np.searchsorted(self.sorted_keys, k))
        while i < len(self.sorted_keys) and self.sorted_keys[i] == k:
            w = int(self.where[i])
            got = self.tables[w >> 32].row(w & 0xFFFFFFFF, text)
            if got is not None:
                return got
            i += 1
        return None


_indexes: dict[str, Stored] = {}


def use(name: str, folders: Iterable[Path]) -> None:
    """Serve the tags kept in ``folders`` (read on first use) as those of index ``name``, in place
    of what that name served before. Tags are a function of the text alone, so every registered
    index answers for every text."""
    with _lock:
        _indexes[name] = Stored(list(folders))


def forget(name: str | None = None) -> None:
    """Stop serving the tags of index ``name`` (of every index when None)."""
    with _lock:
        if name is None:
            _indexes.clear()
        else:
            _indexes.pop(name, None)


def stored(text: str) -> list[Tag] | None:
    """The tags a registered index keeps for ``text``, or None."""
    for index in list(_indexes.values()):
        got = index.get(text)
        if got is not None:
            return got
    return None


def tagged(text: str) -> list[Tag]:
    """``_posseg().lcut(text)`` as (word, flag) pairs: stored when ``text`` is a sentence of a
    registered index, else tagged now."""
    got = stored(text)
    return got if got is not None else tag(text)
