"""A second search backend: the dense vectors and BM25 kept in Milvus (Lite in-process, or a server).

    backend = MilvusBackend.build("milvus-lite:/var/lib/wenda/index.db", chunks, vectors, token_lists)
    ids, cosines = backend.dense(qvec, allowed=None, k=100)
    scores = backend.bm25_scores(query.tokens(text))        # float32 [size], as bm25s scores them
    backend.add(new_chunks, new_vectors, new_token_lists); backend.remove(["old.txt"])

It answers the same three questions as the FAISS + bm25s backend (the SearchBackend protocol
below), so the Retriever's fusion, paragraph scores and answer extraction run unchanged on
either; `WENDA_STORE` (bot/config.py → EngineConfig.store) chooses.

One collection per index: id (INT64, the chunk id), doc (VARCHAR, the chunk's document, for
per-document delete), text (the chunk's BM25 tokens, see below), dense (FLOAT_VECTOR, IP) and
sparse (SPARSE_FLOAT_VECTOR, filled by Milvus's own BM25 function from text).

BM25 is Milvus's built-in BM25 function over the jieba tokens the FAISS backend uses
(`query.tokens(chunk.context())`). Milvus's analyzers offer only `standard` and `jieba`
tokenizers (Milvus Lite 3.2), and either would re-split the tokens, so each token is written as
an ASCII word, "x" + its UTF-8 in hex, which the standard tokenizer keeps whole. Milvus scores
BM25 with idf = ln(1 + (N − df + 0.5)/(df + 0.5)) and tf·(k1+1)/(tf + k1·(1 − b + b·dl/avgdl)),
bm25s's "lucene" default without its constant (k1+1): divided by it, the scores equal bm25s's
(tests/index/test_milvus.py checks 1e-4 relative). Milvus keeps N, df and avgdl itself, so
per-document insert and delete leave every score exact with nothing rewritten; sparse vectors
computed here would need every chunk's vector rewritten whenever N or avgdl moves.
Document frequency is a TEXT_MATCH count on the same field: read from Milvus, no side file.

The dense side is exact (FLAT, inner product) in Milvus Lite and on a server up to
EXACT_LIMIT sentences; a server above it uses HNSW.
"""

from __future__ import annotations

import hashlib
import logging


import numpy as np

from wenda.corpus.types import Chunk

from wenda.index.backend import SearchBackend  # noqa: E402  (the protocol this implements)

K1, B = 1.5, 0.75  # bm25s's defaults (method "lucene")
MAX_TOPK = 16384  # Milvus's largest search limit
BATCH = 1000  # rows per insert
EXACT_LIMIT = 100_000  # sentences; a server above it gets HNSW (as index/vectors.py switches FAISS to IVF)
MAX_TEXT = 65535  # VARCHAR max_length
LONG_TOKEN = 48  # bytes; a longer token is written as its hash (encode_token)


class MilvusError(Exception):
    """Milvus cannot be reached or used (not installed, bad address, a failed call); says which."""


def parse_store(value: str) -> tuple[str, str]:
    """("faiss", ""), ("milvus-lite", PATH.db) or ("milvus", http URI) from a WENDA_STORE value;
    ValueError saying what is accepted otherwise."""
    text = (value or "").strip()
    if text in ("", "faiss"):
        return "faiss", ""
    if text.startswith("milvus-lite:"):
        path = text[len("milvus-lite:"):].strip()
        if not path.endswith(".db") or path == ".db":
            raise ValueError(f"milvus-lite needs a file path ending in .db (milvus-lite:/path/index.db), not {path!r}")
        return "milvus-lite", path
    if text.startswith("milvus://"):
        hostport = text[len("milvus://"):].rstrip("/")
        host, _, port = hostport.rpartition(":")
        if not host or not port.isdigit() or "/" in hostport or "@" in hostport:
            raise ValueError(f"milvus needs host:port (milvus://localhost:19530), not {text!r}")
        return "milvus", f"http://{hostport}"
    raise ValueError(f"expected faiss, milvus-lite:PATH.db or milvus://HOST:PORT, not {text!r}")


def encode_token(tok: str) -> str:
    """One BM25 token as one ASCII word that Milvus's standard tokenizer keeps whole: "x" + its
    UTF-8 in hex, or for a token over LONG_TOKEN bytes (a long Latin run, a URL) "h" + 32 hex
    digits of its sha256, so no word nears the analyzer's token-length limit."""
    raw = tok.encode("utf-8")
    if len(raw) > LONG_TOKEN:
        return "h" + hashlib.sha256(raw).hexdigest()[:32]
    return "x" + raw.hex()


def encode_tokens(toks: list[str]) -> str:
    return " ".join(encode_token(t) for t in toks)


def collection_name(key: str, digest: str = "") -> str:
    """A valid Milvus collection name (letters, digits, _) for an index key and, after it, what the
    collection holds: wenda_<key hash>_<content digest>."""
    return "wenda_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16] + "_" + digest[:16]


def content_digest(chunks: list[Chunk], vectors: np.ndarray) -> str:
    """What a collection holds (chunk ids, documents, context text, the vectors' shape, and the
    tokenizer by way of the index fingerprint in its name), to tell a stale one from a current one
    without tokenising the corpus."""
    h = hashlib.sha256(f"{vectors.shape}\n".encode())
    for c in chunks:
        h.update(f"{c.id}\0{c.doc}\0{c.context()}\n".encode("utf-8"))
    return h.hexdigest()[:32]


def _client(uri: str):
    try:
        from pymilvus import MilvusClient
    except ImportError as e:
        raise MilvusError("WENDA_STORE names Milvus but pymilvus is not installed: "
                          "pip install 'wenda[milvus]' (pymilvus and milvus-lite)") from e
    try:
        kind, target = parse_store(uri)
    except ValueError as e:
        raise MilvusError(str(e)) from e
    if kind == "faiss":
        raise MilvusError(f"not a Milvus address: {uri!r}")
    if kind == "milvus-lite":
        # Milvus Lite 3.2 serves pymilvus 3.0 in-process over grpc and lacks AllocTimestamp, which the
        # client asks for on every insert and then does without; grpc logs each refusal as an ERROR
        # with a traceback. wenda runs no grpc server of its own, so that logger is quieted.
        logging.getLogger("grpc._server").setLevel(logging.CRITICAL)
    try:
        return MilvusClient(target)
    except Exception as e:  # pymilvus raises its own types and grpc/OS errors alike
        raise MilvusError(f"cannot open Milvus at {target}: {e}") from e


class MilvusBackend:
    """The SearchBackend on one Milvus collection."""

    def __init__(self, client, name: str, size: int, *, bm25_depth: int = MAX_TOPK):
        self.client = client
        self.name = name
        self.size = size
        self.bm25_depth = min(bm25_depth, MAX_TOPK)

    # -- building and opening --------------------------------------------------------------
    @classmethod
    def build(cls, uri: str, chunks: list[Chunk], vectors: np.ndarray, token_lists: list[list[str]],
              *, name: str = "wenda", replaces: str | None = None) -> MilvusBackend:
        """A new collection `name` (replacing one of that name) holding these chunks; collections whose
        names start with `replaces` (older builds of the same index) are dropped."""
        from pymilvus import DataType, Function, FunctionType

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(chunks) != len(vectors) or len(chunks) != len(token_lists):
            raise ValueError(f"{len(chunks)} chunks, {len(vectors)} vectors, {len(token_lists)} token lists")
        client = _client(uri)
        for old in client.list_collections():
            if old == name or (replaces and old.startswith(replaces)):
                client.drop_collection(old)
        schema = client.create_schema(auto_id=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("doc", DataType.VARCHAR, max_length=1024)
        schema.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT, enable_analyzer=True, enable_match=True,
                         analyzer_params={"tokenizer": "standard"})
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=int(vectors.shape[1]))
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_function(Function(name="bm25", function_type=FunctionType.BM25,
                                     input_field_names=["text"], output_field_names=["sparse"]))
        params = client.prepare_index_params()
        lite = not uri.startswith("milvus://") and not uri.startswith("http")
        if lite or len(chunks) <= EXACT_LIMIT:
            params.add_index("dense", index_type="FLAT", metric_type="IP")
        else:
            params.add_index("dense", index_type="HNSW", metric_type="IP", params={"M": 16, "efConstruction": 200})
        params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                         params={"bm25_k1": K1, "bm25_b": B})
        client.create_collection(name, schema=schema, index_params=params)
        backend = cls(client, name, 0)
        backend.add(chunks, vectors, token_lists)
        return backend

    @classmethod
    def open(cls, uri: str, name: str = "wenda") -> MilvusBackend | None:
        """The collection `name` when it exists; else None."""
        client = _client(uri)
        if not client.has_collection(name):
            return None
        client.load_collection(name)
        rows = client.query(name, filter="id >= 0", output_fields=["count(*)"])
        count = int(rows[0]["count(*)"]) if rows else 0
        size = cls._max_id(client, name, count) + 1
        return cls(client, name, size)

    @staticmethod
    def _max_id(client, name: str, count: int) -> int:
        """The largest chunk id stored (-1 when empty): ids are dense from 0, so count − 1 unless
        documents were removed; then found by halving."""
        if count == 0:
            return -1
        lo, hi = count - 1, count - 1
        while client.query(name, filter=f"id > {hi}", output_fields=["id"], limit=1):
            lo, hi = hi + 1, 2 * hi + 1
        while lo < hi:  # the largest id is in [lo, hi]
            mid = (lo + hi + 1) // 2
            if client.query(name, filter=f"id >= {mid}", output_fields=["id"], limit=1):
                lo = mid
            else:
                hi = mid - 1
        return lo

    # -- per-document changes (the incremental index) ----------------------------------------
    def add(self, chunks: list[Chunk], vectors: np.ndarray, token_lists: list[list[str]]) -> None:
        """Insert chunks (their ids are kept); BM25 statistics follow in Milvus."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        for start in range(0, len(chunks), BATCH):
            rows = []
            for c, v, toks in zip(chunks[start:start + BATCH], vectors[start:start + BATCH],
                                  token_lists[start:start + BATCH]):
                text = encode_tokens(toks)
                if len(text) > MAX_TEXT:  # a sentence of ~5,000 tokens: its tail tokens are not searchable
                    text = text[:MAX_TEXT].rsplit(" ", 1)[0]
                rows.append({"id": int(c.id), "doc": c.doc, "text": text, "dense": v.tolist()})
            self.client.insert(self.name, rows)
        if chunks:
            self.size = max(self.size, max(int(c.id) for c in chunks) + 1)

    def remove(self, doc_names: list[str]) -> None:
        """Delete every chunk of these documents (Chunk.doc)."""
        if doc_names:
            self.client.delete(self.name, filter=f"doc in {_literal(list(doc_names))}")

    def rename(self, name: str) -> None:
        """Give the collection another name (update_for: its name records what it holds)."""
        if name != self.name:
            self.client.rename_collection(self.name, name)
            self.name = name

    def drop(self) -> None:
        self.client.drop_collection(self.name)

    def close(self) -> None:
        self.client.close()

    # -- the SearchBackend protocol ----------------------------------------------------------
    def dense(self, qvec: np.ndarray, allowed: np.ndarray | None, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k ids and inner products (cosines of the normalised vectors), within `allowed` ids when given."""
        k = min(k, MAX_TOPK, self.size if allowed is None else len(allowed))
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        flt = "" if allowed is None else f"id in {_literal([int(i) for i in allowed])}"
        res = self.client.search(self.name, [np.asarray(qvec, dtype=np.float32).reshape(-1).tolist()],
                                 anns_field="dense", limit=k, filter=flt, output_fields=["id"],
                                 search_params={"metric_type": "IP"})
        hits = res[0]
        return (np.asarray([h["id"] for h in hits], dtype=np.int64),
                np.asarray([h["distance"] for h in hits], dtype=np.float32))

    def bm25_scores(self, toks: list[str]) -> np.ndarray:
        """bm25s's scores for these query tokens (a repeated token counts again, as in bm25s) for the
        best `bm25_depth` chunks (all that match below 16,384 sentences); 0 for the rest."""
        scores = np.zeros(self.size, dtype=np.float32)
        if not toks or self.size == 0:
            return scores
        res = self.client.search(self.name, [encode_tokens(toks)], anns_field="sparse",
                                 limit=min(self.bm25_depth, self.size), output_fields=["id"],
                                 search_params={"metric_type": "BM25"})
        hits = res[0]
        if hits:
            ids = np.asarray([h["id"] for h in hits], dtype=np.int64)
            # Milvus Lite reports BM25 as a negated distance; a server as the score: both become the score.
            scores[ids] = np.abs(np.asarray([h["distance"] for h in hits], dtype=np.float32)) / (K1 + 1)
        return scores

    def document_frequency(self, word: str) -> int:
        """How many chunks have `word` among their BM25 tokens (a TEXT_MATCH count in Milvus)."""
        word = (word or "").strip().lower()
        if not word or " " in word:
            return 0
        rows = self.client.query(self.name, filter=f"TEXT_MATCH(text, '{encode_token(word)}')",
                                 output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0


def _literal(values: list) -> str:
    """A Milvus filter list literal: numbers as they are, strings quoted with escapes."""
    def one(v):
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return str(int(v))
    return "[" + ",".join(one(v) for v in values) + "]"


def _index_key(config) -> str:
    from wenda.index.store import fingerprint

    return f"{config.index_path.resolve()}\0{config.model}\0{fingerprint()}"


def update_for(config, backend: MilvusBackend, removed: list[str], added: list[Chunk], added_vectors: np.ndarray,
               added_tokens: list[list[str]], chunks: list[Chunk], vectors: np.ndarray) -> None:
    """The incremental index's step on Milvus: delete the chunks of `removed` documents (changed ones
    included), insert `added`, and rename the collection for its new content (`chunks`, `vectors`: the
    whole index after the change), so the next backend_for opens it instead of rebuilding."""
    backend.remove(removed)
    backend.add(added, added_vectors, added_tokens)
    backend.rename(collection_name(_index_key(config), content_digest(chunks, vectors)))


def backend_for(config, chunks: list[Chunk], vectors: np.ndarray,
                token_lists: list[list[str]] | None = None) -> SearchBackend | None:
    """The Milvus backend that config.store names, holding these chunks: the existing collection
    for this index when its content matches, else built now (token_lists: query.tokens of each
    chunk's context, computed here when None and needed). None when config.store is faiss (the
    caller keeps its FAISS + bm25s backend). MilvusError when Milvus cannot be used."""
    from wenda.index.query import tokens

    kind, _ = parse_store(config.store)
    if kind == "faiss":
        return None
    key = _index_key(config)
    name = collection_name(key, content_digest(chunks, vectors))
    try:
        backend = MilvusBackend.open(config.store, name)
        if backend is None:
            if token_lists is None:
                token_lists = [tokens(c.context()) for c in chunks]
            backend = MilvusBackend.build(config.store, chunks, vectors, token_lists, name=name,
                                          replaces=collection_name(key))
    except MilvusError:
        raise
    except Exception as e:  # a server that went away, a refused call: a message, not a traceback
        raise MilvusError(f"Milvus at {config.store} failed: {type(e).__name__}: {e}") from e
    return backend
