"""The default model's tokenizer in plain Python, from a compact binary vocabulary (loads in ms).

``tokenizer.json`` (index/embed/tokenizer.py) is what sentence-transformers and transformers
read; loading it with ``tokenizers`` costs ~0.9 s and ~270 MiB (a 250k-piece Unigram trie).
This module computes the same ids from ``tokenizer.bin`` (written beside it at conversion:
pieces, scores, the character map) in ~50 ms and ~40 MiB:

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
import re
import struct
from pathlib import Path

import numpy as np

from wenda.index.embed.base import ModelError

FILE = "tokenizer.bin"
MAGIC = b"WENDATOK"
VERSION = 1
PARTS = 7  # scores, pieces, map keys, map values, first characters, their longest piece, single pieces
META = "\u2581"
_SPACES = re.compile(" {2,}")
_WORDS = re.compile(f"{META}[^{META}]*|[^{META}]+")


def write(e5, path: Path) -> None:
    """Write the binary vocabulary of an E5File (index/embed/e5file.py) to ``path``."""
    mapping = {cp: out for cp, out in e5.norm_map.items() if 0 < cp < 0x110000 and not 0xD800 <= cp < 0xE000}
    mapping[1] = ""                                    # as tokenizer.py's normalizer: \x01 is dropped
    keys = sorted(mapping)
    header = {"unk": int(e5.unk), "bos": int(e5.bos), "eos": int(e5.eos), "pad": int(e5.pad),
              "pieces": len(e5.pieces), "map": len(keys)}
    parts = [
        np.asarray(e5.scores, dtype="<f4").tobytes(),
        "\0".join(e5.pieces).encode("utf-8"),
        "".join(chr(k) for k in keys).encode("utf-8", "surrogatepass"),
        "\0".join(mapping[k] for k in keys).encode("utf-8", "surrogatepass"),
    ]
    longest: dict[str, int] = {}
    for p in e5.pieces:
        if p and len(p) > longest.get(p[0], 0):
            longest[p[0]] = len(p)
    firsts = sorted(longest)
    known = sorted(p for i, p in enumerate(e5.pieces) if len(p) == 1 and i != e5.unk)
    parts += [
        "".join(firsts).encode("utf-8", "surrogatepass"),
        bytes(min(longest[c], 255) for c in firsts),
        "".join(known).encode("utf-8", "surrogatepass"),
    ]
    head = json.dumps(header).encode()
    with open(path, "wb") as f:
        f.write(MAGIC + struct.pack("<II", VERSION, len(head)) + head)
        for part in parts:
            f.write(struct.pack("<Q", len(part)))
            f.write(part)


class PieceTokenizer:
    """Ids identical to tokenizer.json run by ``tokenizers`` (encode_special_tokens, no padding)."""

    def __init__(self, path: str | Path, max_len: int = 512):
        path = Path(path)
        try:
            data = path.read_bytes()
            if data[:8] != MAGIC:
                raise ValueError("not a wenda tokenizer file")
            version, hlen = struct.unpack_from("<II", data, 8)
            if version != VERSION:
                raise ValueError(f"version {version}, expected {VERSION}")
            pos = 16 + hlen
            header = json.loads(data[16:pos])
            parts = []
            for _ in range(PARTS):
                (size,) = struct.unpack_from("<Q", data, pos)
                parts.append(data[pos + 8:pos + 8 + size])
                pos += 8 + size
        except (OSError, ValueError, struct.error) as e:
            raise ModelError(f"cannot read the tokenizer {path}: {e}") from e
        scores = np.frombuffer(parts[0], dtype="<f4").astype(np.float64)
        pieces = parts[1].decode("utf-8").split("\0")
        if len(pieces) != header["pieces"] or len(scores) != len(pieces):
            raise ModelError(f"cannot read the tokenizer {path}: it is truncated")
        self.unk, self.bos, self.eos, self.pad = header["unk"], header["bos"], header["eos"], header["pad"]
        scores[self.unk] = float(scores.min()) - 1000.0   # as tokenizer.py: the <unk> piece never wins
        self.scores = scores.tolist()
        self.ids = dict(zip(pieces, range(len(pieces))))
        self.pieces = pieces
        keys = parts[2].decode("utf-8", "surrogatepass")
        values = parts[3].decode("utf-8", "surrogatepass").split("\0")
        self.table = {ord(k): v for k, v in zip(keys, values)}
        # the longest piece starting with each character: how far the Viterbi looks ahead
        self.longest = dict(zip(parts[4].decode("utf-8", "surrogatepass"), parts[5]))
        self.known = frozenset(parts[6].decode("utf-8", "surrogatepass"))
        self.max_len = int(max_len)

    def token_to_id(self, piece: str) -> int | None:
        return self.ids.get(piece)

    def encode(self, text: str) -> list[int]:
        """<s> ids </s> for one text, truncated to max_len ids."""
        out: list[int] = []
        for word in self.words(text):
            if len(word) == 1 and word not in self.known:
                out.append(self.unk)
            else:
                out.extend(self._viterbi(word))
        return [self.bos] + out[:self.max_len - 2] + [self.eos]

    def encode_batch(self, texts: list[str]) -> list[list[int]]:
        return [self.encode(t) for t in texts]

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
        ids, scores, longest = self.ids, self.scores, self.longest
        best = [0.0] + [None] * n
        start = [0] * (n + 1)
        piece = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            stop = min(n, i + longest.get(s[i], 0))
            for e in range(i + 1, stop + 1):
                pid = ids.get(s[i:e])
                if pid is not None:
                    score = here + scores[pid]
                    if best[e] is None or score > best[e]:
                        best[e], start[e], piece[e] = score, i, pid
        out = []
        e = n
        while e > 0:
            out.append(piece[e])
            e = start[e]
        return out[::-1]
