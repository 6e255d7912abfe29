"""The default model's tokenizer in plain Python, from a compact binary vocabulary (loads in ms).

``tokenizer.json`` (index/embed/tokenizer.py) is what sentence-transformers and transformers
read; loading it with ``tokenizers`` costs ~0.9 s and ~270 MiB (a 250k-piece Unigram trie).
This module computes the same ids from ``tokenizer.bin`` (written beside it at conversion:
sorted pieces, scores, the character map; memory-mapped, loads in milliseconds):

* each character through the map (the charsmap, applied per character), runs of spaces to one;
* metaspace: spaces become ▁, a ▁ is prepended unless the text starts with one (or is empty), and the text
  is split before every ▁ (the ▁ stays with the word after it);
* a character that is not a piece on its own stands alone and is <unk>;
* every other run: the Unigram Viterbi of ``tokenizers`` (float64 sums, candidates tried by
  start, then by length; a later candidate wins only with a strictly higher score);
* <s> … </s> around, the content truncated to max_len - 2 ids.
"""

from __future__ import annotations

import json
import mmap
import re
import struct
from pathlib import Path

import numpy as np

from wenda.index.embed.base import ModelError

FILE = "tokenizer.bin"
MAGIC = b"WENDATOK"
VERSION = 2
BATCH_TABLE = 256  # texts in one encode_batch from which the in-memory table pays off
# scores, sorted pieces, their ids, map keys, map values, first characters, their longest piece, single pieces
PARTS = 8
META = "\u2581"
_SPACES = re.compile(" {2,}")
_WORDS = re.compile(f"{META}[^{META}]*|[^{META}]+")


def write(e5, path: Path) -> None:
    """Write the binary vocabulary of an E5File (index/embed/e5file.py) to ``path``."""
    mapping = {cp: out for cp, out in e5.norm_map.items() if 0 < cp < 0x110000 and not 0xD800 <= cp < 0xE000}
    mapping[1] = ""                                    # as tokenizer.py's normalizer: \x01 is dropped
    keys = sorted(mapping)
    width = max(len(p) for p in e5.pieces)
    ids = np.array([i for i, p in enumerate(e5.pieces) if p], dtype="<i4")
    table = np.array([e5.pieces[i] for i in ids], dtype=f"<U{width}")
    order = np.argsort(table, kind="stable")
    longest: dict[str, int] = {}
    for p in e5.pieces:
        if p and len(p) > longest.get(p[0], 0):
            longest[p[0]] = len(p)
    firsts = sorted(longest)
    known = sorted(p for i, p in enumerate(e5.pieces) if len(p) == 1 and i != e5.unk)
    header = {"unk": int(e5.unk), "bos": int(e5.bos), "eos": int(e5.eos), "pad": int(e5.pad),
              "pieces": len(e5.pieces), "width": width, "sorted": len(ids)}
    parts = [
        np.asarray(e5.scores, dtype="<f4").tobytes(),                 # score by id
        table[order].tobytes(),                                       # pieces, sorted (UTF-32, fixed width)
        ids[order].tobytes(),                                         # their ids
        "".join(chr(k) for k in keys).encode("utf-8", "surrogatepass"),
        "\0".join(mapping[k] for k in keys).encode("utf-8", "surrogatepass"),
        "".join(firsts).encode("utf-8", "surrogatepass"),
        bytes(min(longest[c], 255) for c in firsts),
        "".join(known).encode("utf-8", "surrogatepass"),
    ]
    head = json.dumps(header).encode()
    head += b" " * (-(16 + len(head)) % 8)
    with open(path, "wb") as f:
        f.write(MAGIC + struct.pack("<II", VERSION, len(head)) + head)
        for part in parts:
            f.write(struct.pack("<Q", len(part)))
            f.write(part + bytes(-len(part) % 8))


class PieceTokenizer:
    """Ids identical to tokenizer.json run by ``tokenizers`` (encode_special_tokens, no padding).

    The pieces stay in the file (memory-mapped, sorted): a text's candidate pieces are looked up
    together by binary search, so loading reads only the small tables."""

    def __init__(self, path: str | Path, max_len: int = 512):
        path = Path(path)
        try:
            with open(path, "rb") as f:
                mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            if mm[:8] != MAGIC:
                raise ValueError("not a wenda tokenizer file")
            version, hlen = struct.unpack_from("<II", mm, 8)
            if version != VERSION:
                raise ValueError(f"version {version}, expected {VERSION}")
            pos = 16 + hlen
            header = json.loads(mm[16:pos])
            spans = []
            for _ in range(PARTS):
                (size,) = struct.unpack_from("<Q", mm, pos)
                if pos + 8 + size > len(mm):
                    raise ValueError("it is truncated")
                spans.append((pos + 8, size))
                pos += 8 + size + (-size % 8)
            n, m, width = header["pieces"], header["sorted"], header["width"]
            if spans[0][1] != 4 * n or spans[1][1] != 4 * width * m or spans[2][1] != 4 * m:
                raise ValueError("its tables do not match its header")
        except (OSError, ValueError, KeyError, struct.error) as e:
            raise ModelError(f"cannot read the tokenizer {path}: {e}") from e

        def small(i: int) -> str:
            start, size = spans[i]
            return mm[start:start + size].decode("utf-8", "surrogatepass")

        self.unk, self.bos, self.eos, self.pad = header["unk"], header["bos"], header["eos"], header["pad"]
        self.scores = np.frombuffer(mm, dtype="<f4", count=n, offset=spans[0][0])
        self.sorted = np.frombuffer(mm, dtype=f"<U{width}", count=m, offset=spans[1][0])
        self.sorted_ids = np.frombuffer(mm, dtype="<i4", count=m, offset=spans[2][0])
        self.width = width
        # the <unk> piece never wins (as tokenizer.py: scored far below every other piece)
        self.unk_score = float(self.scores.min()) - 1000.0
        self.table = {ord(k): v for k, v in zip(small(3), small(4).split("\0"))}
        # the longest piece starting with each character: how far the Viterbi looks ahead
        self.longest = dict(zip(small(5), mm[spans[6][0]:spans[6][0] + spans[6][1]]))
        self.known = frozenset(small(7))
        self.max_len = int(max_len)
        self._table: tuple[dict[str, int], list[float]] | None = None

    def token_to_id(self, piece: str) -> int | None:
        if not piece or len(piece) > self.width:
            return None
        found = self.lookup([piece])
        return None if found[0] < 0 else int(found[0])

    def lookup(self, pieces: list[str]) -> np.ndarray:
        """The id of each string (-1: not a piece); none may be longer than the widest piece."""
        if not pieces:
            return np.zeros(0, dtype=np.int64)
        want = np.array(pieces, dtype=self.sorted.dtype)      # no longer than the widest piece
        at = np.searchsorted(self.sorted, want)
        at = np.minimum(at, len(self.sorted) - 1)
        return np.where(self.sorted[at] == want, self.sorted_ids[at], -1).astype(np.int64)

    def encode(self, text: str) -> list[int]:
        """<s> ids </s> for one text, truncated to max_len ids."""
        return self._encode(text, self._viterbi)

    def encode_batch(self, texts: list[str]) -> list[list[int]]:
        """encode() of each text; many texts (an index build) go through an in-memory table of the
        pieces, built once (~0.2 s, ~40 MiB), ~10 times faster per character than the file's."""
        if len(texts) < BATCH_TABLE:
            return [self.encode(t) for t in texts]
        if self._table is None:
            self._table = (dict(zip(self.sorted.tolist(), self.sorted_ids.tolist())),
                           self.scores.astype(np.float64).tolist())
        return [self._encode(t, self._viterbi_table) for t in texts]

    def _encode(self, text: str, viterbi) -> list[int]:
        out: list[int] = []
        for word in self.words(text):
            if len(word) == 1 and word not in self.known:
                out.append(self.unk)
            else:
                out.extend(viterbi(word))
        return [self.bos] + out[:self.max_len - 2] + [self.eos]

    def words(self, text: str) -> list[str]:
        """The normalised text cut where ``tokenizers``' pre-tokenizers cut it."""
        s = _SPACES.sub(" ", text.translate(self.table)).replace(" ", META)
        if not s:
            return []                          # nothing left: no ▁ either
        if not s.startswith(META):
            s = META + s
        out: list[str] = []
        known = self.known
        for word in _WORDS.findall(s):
            if known.issuperset(word):
                out.append(word)
                continue
            start = 0
            for i, c in enumerate(word):
                if c not in known:
                    if i > start:
                        out.append(word[start:i])
                    out.append(c)
                    start = i + 1
            if start < len(word):
                out.append(word[start:])
        return out

    def _viterbi(self, s: str) -> list[int]:
        n = len(s)
        longest = self.longest
        spans = [(i, e) for i in range(n) for e in range(i + 1, min(n, i + longest.get(s[i], 0)) + 1)]
        ids = self.lookup([s[i:e] for i, e in spans])
        found = ids >= 0
        score = np.where(ids == self.unk, self.unk_score, self.scores[np.maximum(ids, 0)].astype(np.float64))
        best = [0.0] + [None] * n
        start = [0] * (n + 1)
        piece = [0] * (n + 1)
        # spans are in order of start, then length: tokenizers' order of candidates
        for (i, e), ok, pid, sc in zip(spans, found.tolist(), ids.tolist(), score.tolist()):
            here = best[i]
            if not ok or here is None:
                continue
            total = here + sc
            if best[e] is None or total > best[e]:
                best[e], start[e], piece[e] = total, i, pid
        return _backtrack(start, piece, n)

    def _viterbi_table(self, s: str) -> list[int]:
        """_viterbi with the pieces in a dict: the same candidates in the same order."""
        n = len(s)
        ids, scores = self._table
        longest = self.longest
        best = [0.0] + [None] * n
        start = [0] * (n + 1)
        piece = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            for e in range(i + 1, min(n, i + longest.get(s[i], 0)) + 1):
                pid = ids.get(s[i:e])
                if pid is not None:
                    total = here + (self.unk_score if pid == self.unk else scores[pid])
                    if best[e] is None or total > best[e]:
                        best[e], start[e], piece[e] = total, i, pid
        return _backtrack(start, piece, n)


def _backtrack(start: list[int], piece: list[int], n: int) -> list[int]:
    out = []
    e = n
    while e > 0:
        out.append(piece[e])
        e = start[e]
    return out[::-1]
