"""index/store.py: what a saved index reads back as, without a model (real files, real FAISS,
real bm25s building the BM25 part; the vectors are random unit vectors)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from support import INVENTED

from wenda.corpus.parse import parse_document
from wenda.index.bm25 import BM25Index
from wenda.index.files import sha256_file
from wenda.index.query import tokens
from wenda.index.store import Store, StoreError, chunks_from


@pytest.fixture
def saved(tmp_path):
    """A store over the invented towns, saved in tmp_path/idx: (the store built, the folder)."""
    (name, text), = INVENTED.items()
    chunks = chunks_from([parse_document(text, name)])
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((len(chunks), 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    store = Store.from_parts(chunks, vectors, [tokens(c.context()) for c in chunks], model="m", model_id="m@1",
                             corpus_hash="h", corpus="towns", documents=1, seconds=0.0)
    store.save(tmp_path / "idx")
    return store, tmp_path / "idx"


def test_loaded_store_maps_its_arrays_and_scores_as_built(saved):
    built, idx = saved
    loaded = Store.load(idx)
    assert isinstance(loaded.vectors, np.memmap) and not loaded.vectors.flags.writeable
    assert np.array_equal(loaded.vectors, built.vectors)
    assert isinstance(loaded.bm25, BM25Index) and isinstance(loaded.bm25.data.base, np.memmap)
    assert [c.text for c in loaded.chunks] == [c.text for c in built.chunks]
    for q in ["青山镇设置了多少个卡点", "绿水镇捐款多少", "没有的词"]:
        toks = tokens(q)
        assert np.array_equal(loaded.backend.bm25_scores(toks), built.backend.bm25_scores(toks)), q
    assert loaded.backend.bm25_scores(tokens("青山镇设置了多少个卡点")).max() > 0
    ids, _ = loaded.backend.dense(built.vectors[2:3], None, 1)
    assert ids.tolist() == [2]
    ids, _ = loaded.backend.dense(built.vectors[2:3], np.array([0, 1, 3]), 2)
    assert 2 not in ids.tolist() and len(ids) == 2


def test_bm25_arrays_that_disagree_are_refused_with_a_message(saved):
    """Damaged BM25 arrays whose checksums were re-recorded (so only their shapes can tell):
    a StoreError that names the folder, never a traceback or a wrong score."""
    _, idx = saved
    path = idx / "bm25" / "indices.csc.index.npy"
    np.save(path, np.load(path)[:-2])
    manifest = json.loads((idx / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["bm25/indices.csc.index.npy"] = sha256_file(path)
    (idx / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(StoreError, match=f"index in {idx} is damaged.*inconsistent BM25 arrays"):
        Store.load(idx)


def test_a_bm25_index_of_other_chunks_is_refused(saved, tmp_path):
    _, idx = saved
    BM25Index.build([["卡点"], ["捐款"]]).save(idx / "bm25")  # two chunks, the store has more
    manifest = json.loads((idx / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"] = {rel: sha256_file(idx / rel) for rel in manifest["files"]}
    (idx / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(StoreError, match="inconsistent with its manifest"):
        Store.load(idx)
