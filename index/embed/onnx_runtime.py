"""A sentence-transformers folder with an ONNX export (onnx/model.onnx) run on onnxruntime.

tokenizer.bin (tokenizer.json's ids, index/embed/pieces.py) + onnx/model.onnx, mean pooling and
L2 normalisation, the prompts of config_sentence_transformers.json: what ``SentenceTransformer(path)`` computes (cosine > 0.9999
to it), about twice as fast on CPU for the default model (a single query: ~10 ms vs ~25 ms).

The graph is optimised once and kept beside the model (onnx/model.opt-<onnxruntime version>.ext.onnx,
its weights in the .ext.data file beside it): later sessions load it without optimising again and
memory-map the weights (~0.06 s of CPU per start instead of ~0.45 s parsing one 116 MB protobuf,
or ~0.6 s optimising).
Texts are encoded longest first in batches of at most TOKEN_BUDGET padded tokens (and at most
batch_size texts), so a few long sentences never pad a large batch, and a batch's attention stays
small enough for the CPU's caches.

Threads: unless told otherwise (EngineConfig.threads), the session runs each batch on one thread
and several batches run at once, one per core (at most MAX_WORKERS): a query (one small batch)
then costs no thread start-up or spinning, and an index build keeps every core busy without
onnxruntime's per-operator synchronisation. A row's numbers do not depend on the thread count
or on its batch, so the vectors are the same bit for bit (bench/bench_model.py --build compares).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from wenda.index.embed.base import ModelError, empty
from wenda.index.embed.pieces import FILE as PIECES_FILE
from wenda.index.embed.pieces import PieceTokenizer

ONNX_FILE = "onnx/model.onnx"  # where sentence-transformers keeps an ONNX export
TOKEN_BUDGET = 4096  # padded tokens per batch (bench/bench_model.py --build measures it)
MAX_WORKERS = 4  # batches encoded at once when no thread count is set
log = logging.getLogger(__name__)


def onnx_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("onnx", "onnxruntime"))


class OnnxEncoder:
    """The Encoder of a folder on onnxruntime (backend "onnx")."""

    backend = "onnx"

    def __init__(self, name: str, path: Path, model_id: str, source: str, threads: int | None = None):
        self.name, self.model_id, self.source = name, model_id, source
        self.path = str(path)
        try:
            cfg = json.loads((path / "config_sentence_transformers.json").read_text())
            self.prompts = dict(cfg.get("prompts") or {})
            self.dim = int(json.loads((path / "config.json").read_text())["hidden_size"])
            max_len = int(json.loads((path / "sentence_bert_config.json").read_text()).get("max_seq_length") or 512)
            # tokenizer.json's ids (specials written in a text stay text), loaded in milliseconds
            self.tok = PieceTokenizer(path / PIECES_FILE, max_len)
            # threads given: that many for each batch, one batch at a time; else one each, batches at once
            self.workers = 1 if threads else max(1, min(MAX_WORKERS, os.cpu_count() or 1))
            self.session = open_session(path / ONNX_FILE, threads or 1)
        except Exception as e:  # noqa: BLE001
            raise ModelError(f"cannot load the ONNX model in {path}: {e}") from e
        self.pad_id = self.tok.pad

    def __repr__(self) -> str:
        return f"<OnnxEncoder {self.model_id} dim={self.dim}>"

    def _encode(self, texts: list[str], prompt: str, batch_size: int, progress: bool) -> np.ndarray:
        texts = list(texts)
        n = len(texts)
        if n == 0:
            return empty(self.dim)
        encs = self.tok.encode_batch([prompt + t for t in texts])
        out = np.empty((n, self.dim), dtype=np.float32)
        batches = batches_by_length([len(e) for e in encs], max(1, int(batch_size)), TOKEN_BUDGET)
        def run(idx: list[int]) -> tuple[list[int], np.ndarray]:
            width = len(encs[idx[0]])                            # the longest comes first
            ids = np.full((len(idx), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                e = encs[i]
                ids[r, :len(e)] = e
                mask[r, :len(e)] = 1
            (hidden,) = self.session.run(["last_hidden_state"], {"input_ids": ids, "attention_mask": mask})
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            return idx, pooled

        workers = min(self.workers, len(batches))
        pool = ThreadPoolExecutor(workers, thread_name_prefix="wenda-encode") if workers > 1 else None
        try:
            done = pool.map(run, batches) if pool else map(run, batches)
            if progress:
                from tqdm.auto import tqdm

                done = tqdm(done, total=len(batches), desc="Batches", unit="batch")
            for idx, pooled in done:
                out[idx] = pooled
        finally:
            if pool:
                pool.shutdown(cancel_futures=True)
        return out

    def encode_query(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        return self._encode(texts, self.prompts.get("query", ""), batch_size, False)

    def encode_document(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        p = self.prompts
        prompt = p.get("document", p.get("passage", p.get("corpus", "")))
        return self._encode(texts, prompt, batch_size, progress)


def batches_by_length(lengths: list[int], batch_size: int, budget: int) -> list[list[int]]:
    """Indices of texts, longest first, cut into batches of at most ``batch_size`` texts and
    ``budget`` padded tokens (a text longer than the budget is a batch of its own)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    for i in order:
        if batches and len(batches[-1]) < batch_size and (len(batches[-1]) + 1) * lengths[batches[-1][0]] <= budget:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


def optimised_path(model: Path) -> Path:
    """Where the optimised copy of ``model`` is kept: its graph (small) and, beside it, its weights
    (``.data``, memory-mapped on load: a session opens in ~0.06 s of CPU instead of ~0.45 s
    parsing the weights out of one protobuf, and the pages are the file's, shared between
    processes)."""
    import onnxruntime as ort

    return model.with_name(f"{model.stem}.opt-{ort.__version__}.ext.onnx")


def open_session(model: Path, threads: int | None = None):
    """An onnxruntime session for ``model``, from its optimised copy when there is one (written
    on first use; a folder that cannot be written to just optimises at every start)."""
    import onnxruntime as ort

    def options(level):
        opts = ort.SessionOptions()
        opts.graph_optimization_level = level
        opts.inter_op_num_threads = 1
        if threads:
            opts.intra_op_num_threads = int(threads)
        return opts

    providers = ["CPUExecutionProvider"]
    optimised = optimised_path(model)
    if optimised.is_file():
        try:
            return ort.InferenceSession(str(optimised), sess_options=options(ort.GraphOptimizationLevel.ORT_DISABLE_ALL),
                                        providers=providers)
        except Exception as e:  # noqa: BLE001 - damaged: optimise again below
            log.warning("cannot load %s (%s); optimising %s again", optimised, e, model)
    opts = options(ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED)  # portable: no CPU-specific layouts
    # written whole in a private folder, then moved beside the model: the weights first, the
    # graph (which names them) last, so a graph on disk always has its weights
    data = optimised.with_suffix(".data")
    tmp = model.parent / f".{optimised.name}.{os.getpid()}.tmp"
    try:
        tmp.mkdir(exist_ok=True)
        opts.optimized_model_filepath = str(tmp / optimised.name)
        opts.add_session_config_entry("session.optimized_model_external_initializers_file_name", data.name)
        opts.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    except OSError:
        pass  # a folder that cannot be written to: optimise in memory only
    try:
        session = ort.InferenceSession(str(model), sess_options=opts, providers=providers)
        with contextlib.suppress(OSError):
            if (tmp / optimised.name).is_file() and (tmp / data.name).is_file():
                os.replace(tmp / data.name, data)
                os.replace(tmp / optimised.name, optimised)
    finally:
        with contextlib.suppress(OSError):
            for p in (tmp / optimised.name, tmp / data.name):
                p.unlink(missing_ok=True)
            tmp.rmdir()
    return session
