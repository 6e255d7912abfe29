"""A second search backend: the dense vectors and BM25 kept in Milvus (Lite in-process, or a server).

    backend = backend_for(config, store.chunks, store.vectors, files=store.manifest.sources)
    ids, cosines = backend.dense(qvec, allowed=None, k=100)
    scores = backend.bm25_scores(query.tokens(text))        # float32 [size], as bm25s scores them
    backend.update(new_chunks, new_vectors, files=new_sources)  # only the files that changed

It answers the same three questions as the FAISS + bm25s backend (the SearchBackend protocol
below), so the Retriever's fusion, paragraph scores and answer extraction run unchanged on
either; `WENDA_STORE` (bot/config.py → EngineConfig.store) chooses.

One collection per index: id (INT64, the row's stable key, see below), doc (VARCHAR, the chunk's
document), source (VARCHAR, the hash of the corpus file it came from, Manifest.sources), text
(the chunk's BM25 tokens, see below), dense (FLOAT_VECTOR, IP) and sparse (SPARSE_FLOAT_VECTOR,
filled by Milvus's own BM25 function from text); beside it a small ledger collection, one row
per corpus file (source, name, rows), written after that file's rows are in and deleted before
they go.

Per-file updates. A row's key is a hash of its file's hash and its position within that file
(`row_keys`), so a file's rows keep their keys however other files come and go, and chunk ids
(positions in Store.chunks, which shift) are never stored: a Layout maps keys to positions at
query time (a sorted numpy array, rebuilt from the chunks at open), so the Retriever still sees
ids 0 .. size-1. `update` compares the ledger with the store's files and deletes the rows of
removed or changed files and inserts those of new or changed ones, nothing else; `Engine.refresh`
gets there through `backend_for`. A collection whose row count disagrees with its ledger (an
update cut off half-way) is rebuilt.

BM25 is Milvus's built-in BM25 function over the jieba tokens the FAISS backend uses
(`query.tokens(chunk.context())`). Milvus's analyzers offer only `standard` and `jieba`
tokenizers (Milvus Lite 3.2), and either would re-split the tokens, so each token is written as
an ASCII word, "x" + its UTF-8 in hex, which the standard tokenizer keeps whole. Milvus scores
BM25 with idf = ln(1 + (N − df + 0.5)/(df + 0.5)) and tf·(k1+1)/(tf + k1·(1 − b + b·dl/avgdl)),
bm25s's "lucene" default without its constant (k1+1): divided by it, the scores equal bm25s's
(tests/index/test_milvus.py checks 1e-4 relative). Milvus keeps N, df and avgdl itself, so
per-document insert and delete leave every score exact with nothing rewritten; sparse vectors
computed here would need every chunk's vector rewritten whenever N or avgdl moves.
Document frequency is read from Milvus, no side file: the number of hits of a one-token BM25 search
(every row with the token scores above 0), asked in the same call as the question's BM25 search
(`nq` > 1), or a TEXT_MATCH count when there are more than a search returns; cached per word
until the next update.

Nothing is flushed by wenda. Milvus Lite keeps BM25 statistics (N, df, avgdl) per segment
(milvus-io/milvus-lite#293): a flush seals the rows into a segment of their own, and rows inserted
after it would then score against their own segment's statistics (measured: a fifth of bm25s's
scores). Unflushed, a Lite collection stays one growing segment, exact after every insert and
delete, at the price of a brute-force scan per search (a flushed one answers ~10× faster;
`build(seal=True)` flushes, for a collection that is never updated, as bench/bench_milvus.py
--seal). A server seals segments itself and combines their statistics (its IDF oracle).

The dense side is exact (FLAT, inner product) in Milvus Lite and on a server up to
EXACT_LIMIT sentences; a server above it uses HNSW.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

import numpy as np

from wenda.corpus.types import Chunk

from wenda.index.backend import SearchBackend  # noqa: E402  (the protocol this implements)

K1, B = 1.5, 0.75  # bm25s's defaults (method "lucene")
MAX_TOPK = 16384  # Milvus's largest search limit
BATCH = 1000  # rows per insert
EXACT_LIMIT = 100_000  # sentences; a Milvus server above it indexes with HNSW (FAISS switches to HNSW above its own fitted size, index/data/ann.json)
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


SCHEMA = 2  # the collection's fields and keys; a collection made by another version is rebuilt
LEDGER = "_files"  # the ledger collection's name: the main one's + this


def collection_name(key: str) -> str:
    """A valid Milvus collection name (letters, digits, _) for an index key: wenda_<key hash>."""
    return "wenda_" + hashlib.sha256(f"{SCHEMA}\0{key}".encode("utf-8")).hexdigest()[:16]


def file_of(doc: str, files: dict[str, str]) -> str:
    """The corpus file a chunk's document comes from: the document itself, or for a SQuAD passage
    ("name#3") the file it is in."""
    return doc if doc in files else doc.rsplit("#", 1)[0]


def chunk_sources(chunks: list[Chunk], files: dict[str, str] | None) -> list[str]:
    """Each chunk's source: the hash of its corpus file (files: name → hash, Manifest.sources). A
    chunk whose file is not listed gets a hash of its file name and that file's sentences."""
    files = files or {}
    names = [file_of(c.doc, files) for c in chunks]
    unlisted: dict = {}  # file name → its running sha256
    for c, name in zip(chunks, names):
        if name not in files:
            unlisted.setdefault(name, hashlib.sha256(f"{name}\0".encode("utf-8"))).update(
                f"{c.context()}\n".encode("utf-8"))
    digests = {**{n: h.hexdigest() for n, h in unlisted.items()}, **files}
    return [digests[n] for n in names]


def row_keys(sources: list[str]) -> np.ndarray:
    """A stable INT64 key for each chunk: a hash of its source and its position among that source's
    chunks (63 bits: a clash is a 1 in 10^5 chance at 10 M sentences, and is refused)."""
    seen: dict[str, int] = {}
    keys = np.empty(len(sources), dtype=np.int64)
    for i, s in enumerate(sources):
        n = seen.get(s, 0)
        seen[s] = n + 1
        h = hashlib.blake2b(f"{s}\0{n}".encode(), digest_size=8).digest()
        keys[i] = int.from_bytes(h, "big") & 0x7FFF_FFFF_FFFF_FFFF
    return keys


class Layout:
    """Where each chunk's row is: keys[i] is the Milvus key of chunk i (Store.chunks order)."""

    def __init__(self, chunks: list[Chunk], files: dict[str, str] | None = None):
        self.sources = chunk_sources(chunks, files)
        self.keys = row_keys(self.sources)
        self.names = {s: file_of(c.doc, files or {}) for s, c in zip(self.sources, chunks)}  # source → file
        self.counts: dict[str, int] = {}
        for s in self.sources:
            self.counts[s] = self.counts.get(s, 0) + 1
        self.order = np.argsort(self.keys, kind="stable")
        self.sorted = self.keys[self.order]
        if len(self.sorted) > 1 and (self.sorted[1:] == self.sorted[:-1]).any():
            raise MilvusError("two sentences got the same Milvus key (a hash clash); rename one file")

    def __len__(self) -> int:
        return len(self.keys)

    def positions(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Chunk positions of these keys, and which keys are this layout's (rows of another
        version of the corpus, met during an update, are not)."""
        keys = np.asarray(keys, dtype=np.int64)
        if not len(self.sorted):
            return np.zeros(len(keys), dtype=np.int64), np.zeros(len(keys), dtype=bool)
        at = np.minimum(np.searchsorted(self.sorted, keys), len(self.sorted) - 1)
        return self.order[at], self.sorted[at] == keys


@dataclass(frozen=True)
class Change:
    """What an update did: file name → rows, per file inserted and deleted."""

    inserted: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)


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
    """The SearchBackend on one Milvus collection (and its ledger)."""

    def __init__(self, client, name: str, layout: Layout, *, bm25_depth: int = MAX_TOPK):
        self.client = client
        self.name = name
        self.layout = layout
        self.size = len(layout)
        self.bm25_depth = min(bm25_depth, MAX_TOPK)
        self.df_cache: dict[str, int] = {}
        self.last_change = Change()  # what the last update inserted and deleted (build: everything inserted)

    @property
    def ledger(self) -> str:
        return self.name + LEDGER

    # -- building and opening --------------------------------------------------------------
    @classmethod
    def build(cls, uri: str, chunks: list[Chunk], vectors: np.ndarray, token_lists: list[list[str]],
              *, name: str = "wenda", files: dict[str, str] | None = None, replaces: str | None = None,
              seal: bool = False) -> MilvusBackend:
        """A new collection `name` (replacing one of that name) holding these chunks (files: the
        store's Manifest.sources, for the rows' keys); collections whose names start with
        `replaces` (older builds of the same index) are dropped. seal=True flushes the rows into a
        sealed segment, searched ~10× faster on Milvus Lite, for a collection that is never
        updated (Lite scores rows inserted later against their own segment's statistics)."""
        from pymilvus import DataType, Function, FunctionType

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(chunks) != len(vectors) or len(chunks) != len(token_lists):
            raise ValueError(f"{len(chunks)} chunks, {len(vectors)} vectors, {len(token_lists)} token lists")
        layout = Layout(chunks, files)
        client = _client(uri)
        for old in client.list_collections():
            if old in (name, name + LEDGER) or (replaces and old.startswith(replaces)):
                client.drop_collection(old)
        schema = client.create_schema(auto_id=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("doc", DataType.VARCHAR, max_length=1024)
        schema.add_field("source", DataType.VARCHAR, max_length=128)
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
        # The ledger: one row per corpus file. Milvus wants a vector field in every collection; `mark` is it.
        ledger = client.create_schema(auto_id=False)
        ledger.add_field("source", DataType.VARCHAR, max_length=128, is_primary=True)
        ledger.add_field("name", DataType.VARCHAR, max_length=1024)
        ledger.add_field("rows", DataType.INT64)
        ledger.add_field("mark", DataType.FLOAT_VECTOR, dim=2)
        lparams = client.prepare_index_params()
        lparams.add_index("mark", index_type="FLAT", metric_type="L2")
        client.create_collection(name + LEDGER, schema=ledger, index_params=lparams)
        backend = cls(client, name, Layout([], {}))
        backend.update(chunks, vectors, files=files, token_lists=token_lists, layout=layout)
        if seal:
            client.flush(name)
        return backend

    @classmethod
    def open(cls, uri: str, name: str, chunks: list[Chunk], files: dict[str, str] | None = None) -> MilvusBackend | None:
        """The collection `name` and its ledger, for the store of these chunks, when both exist and
        agree (every row a file in the ledger); else None. The caller updates it to the chunks."""
        client = _client(uri)
        if not (client.has_collection(name) and client.has_collection(name + LEDGER)):
            return None
        client.load_collection(name)
        client.load_collection(name + LEDGER)
        backend = cls(client, name, Layout(chunks, files))
        if backend.count() != sum(backend.held().values()):
            return None
        return backend

    # -- what the collection holds -----------------------------------------------------------
    def count(self) -> int:
        """Rows in the collection."""
        rows = self.client.query(self.name, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def held(self) -> dict[str, int]:
        """The ledger: source → rows, for every file whose rows are in."""
        rows = self.client.query(self.ledger, filter="", output_fields=["source", "rows"], limit=MAX_TOPK)
        if len(rows) < MAX_TOPK:  # one call for up to 16,383 files; an iterator beyond
            return {r["source"]: int(r["rows"]) for r in rows}
        out: dict[str, int] = {}
        it = self.client.query_iterator(self.ledger, batch_size=1000, filter="", output_fields=["source", "rows"])
        try:
            while batch := it.next():
                out.update((r["source"], int(r["rows"])) for r in batch)
        finally:
            it.close()
        return out

    def rows_of(self, source: str) -> int:
        """Rows of one source (file hash) in the collection, counted by Milvus."""
        rows = self.client.query(self.name, filter=f"source == {_literal([source])[1:-1]}",
                                 output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    # -- per-file changes (the incremental index) ---------------------------------------------
    def update(self, chunks: list[Chunk], vectors: np.ndarray, *, files: dict[str, str] | None = None,
               token_lists: list[list[str]] | None = None, layout: Layout | None = None) -> Change:
        """Make the collection hold these chunks (the whole store after a change; files: its
        Manifest.sources): the rows of files gone or changed are deleted, those of new or changed
        files inserted (token_lists: query.tokens of each chunk's context, computed here for the
        inserted ones when None), the rest stay as they are. Returns what changed."""
        from wenda.index.query import tokens

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(chunks) != len(vectors) or (token_lists is not None and len(token_lists) != len(chunks)):
            raise ValueError(f"{len(chunks)} chunks, {len(vectors)} vectors, "
                             f"{'no' if token_lists is None else len(token_lists)} token lists")
        new = layout or Layout(chunks, files)
        held = self.held()
        stale = [s for s, n in held.items() if new.counts.get(s) != n]
        missing = [s for s, n in new.counts.items() if held.get(s) != n]
        names = self._names(stale)
        for part in _batches(stale, 500):  # the ledger first: a row never stands for rows that are gone
            self.client.delete(self.ledger, filter=f"source in {_literal(part)}")
            self.client.delete(self.name, filter=f"source in {_literal(part)}")
        for part in _batches(missing, 500):  # rows a cut-off insert left behind
            self.client.delete(self.name, filter=f"source in {_literal(part)}")
        wanted = set(missing)
        todo = [i for i, s in enumerate(new.sources) if s in wanted]
        for start in range(0, len(todo), BATCH):
            rows = []
            for i in todo[start:start + BATCH]:
                text = encode_tokens(token_lists[i] if token_lists is not None else tokens(chunks[i].context()))
                if len(text) > MAX_TEXT:  # a sentence of ~5,000 tokens: its tail tokens are not searchable
                    text = text[:MAX_TEXT].rsplit(" ", 1)[0]
                rows.append({"id": int(new.keys[i]), "doc": chunks[i].doc, "source": new.sources[i], "text": text,
                             "dense": vectors[i].tolist()})
            self.client.insert(self.name, rows)
        for part in _batches(missing, BATCH):
            self.client.upsert(self.ledger, [{"source": s, "name": new.names[s][:1024], "rows": new.counts[s],
                                              "mark": [0.0, 0.0]} for s in part])
        self.layout, self.size = new, len(new)
        self.df_cache.clear()
        self.last_change = Change(inserted={new.names[s]: new.counts[s] for s in missing},
                                  deleted={names.get(s, s): held[s] for s in stale})
        return self.last_change

    def _names(self, sources: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in _batches(sources, 500):
            out.update((r["source"], r["name"]) for r in self.client.query(
                self.ledger, filter=f"source in {_literal(part)}", output_fields=["source", "name"]))
        return out

    def drop(self) -> None:
        self.client.drop_collection(self.name)
        self.client.drop_collection(self.ledger)

    def close(self) -> None:
        self.client.close()

    # -- the SearchBackend protocol ----------------------------------------------------------
    def dense(self, qvec: np.ndarray, allowed: np.ndarray | None, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k ids and inner products (cosines of the normalised vectors), within `allowed` ids when
        given; equal cosines in id order (as FAISS gives them)."""
        k = min(k, MAX_TOPK, self.size if allowed is None else len(allowed))
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        flt = "" if allowed is None else f"id in {_literal(self.layout.keys[np.asarray(allowed, dtype=np.int64)])}"
        res = self.client.search(self.name, [np.asarray(qvec, dtype=np.float32).reshape(-1).tolist()],
                                 anns_field="dense", limit=k, filter=flt, output_fields=[],
                                 search_params={"metric_type": "IP"})
        hits = res[0]
        ids, known = self.layout.positions(np.asarray([h["id"] for h in hits], dtype=np.int64))
        scores = np.asarray([h["distance"] for h in hits], dtype=np.float32)
        ids, scores = ids[known], scores[known]
        order = np.lexsort((ids, -scores))
        return ids[order], scores[order]

    def bm25_scores(self, toks: list[str]) -> np.ndarray:
        """bm25s's scores for these query tokens (a repeated token counts again, as in bm25s) for the
        best `bm25_depth` chunks (all that match below 16,384 sentences); 0 for the rest."""
        scores = np.zeros(self.size, dtype=np.float32)
        if not toks or self.size == 0:
            return scores
        # The same call counts the tokens' document frequencies (asked next, by the answerer's idf):
        # one round trip instead of one per word, when a search returns them all.
        limit = min(self.bm25_depth, self.size)
        words = [] if limit < min(self.size, MAX_TOPK) else list(dict.fromkeys(
            w for w in (t.strip().lower() for t in toks) if w and " " not in w and w not in self.df_cache))
        res = self.client.search(self.name, [encode_tokens(toks), *(encode_token(w) for w in words)],
                                 anns_field="sparse", limit=limit, output_fields=[],
                                 search_params={"metric_type": "BM25"})
        for w, found in zip(words, res[1:]):
            if len(found) < MAX_TOPK:
                self.df_cache[w] = len(found)
        hits = res[0]
        if hits:
            ids, known = self.layout.positions(np.asarray([h["id"] for h in hits], dtype=np.int64))
            # Milvus Lite reports BM25 as a negated distance; a server as the score: both become the score.
            got = np.abs(np.asarray([h["distance"] for h in hits], dtype=np.float32)) / (K1 + 1)
            scores[ids[known]] = got[known]
        return scores

    def document_frequency(self, word: str) -> int:
        """How many chunks have `word` among their BM25 tokens: the hits of a one-token BM25 search
        (each such chunk scores above 0), or a TEXT_MATCH count beyond a search's limit. Cached per
        word until the next update."""
        word = (word or "").strip().lower()
        if not word or " " in word:
            return 0
        if word not in self.df_cache:
            token = encode_token(word)
            hits = self.client.search(self.name, [token], anns_field="sparse", limit=min(MAX_TOPK, max(1, self.size)),
                                      output_fields=[], search_params={"metric_type": "BM25"})[0]
            n = len(hits)
            if n >= MAX_TOPK:
                rows = self.client.query(self.name, filter=f"TEXT_MATCH(text, '{token}')", output_fields=["count(*)"])
                n = int(rows[0]["count(*)"]) if rows else 0
            self.df_cache[word] = n
        return self.df_cache[word]


def _batches(items: list, n: int):
    for start in range(0, len(items), n):
        yield items[start:start + n]


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


def backend_for(config, chunks: list[Chunk], vectors: np.ndarray,
                token_lists: list[list[str]] | None = None, files: dict[str, str] | None = None) -> SearchBackend | None:
    """The Milvus backend that config.store names, holding these chunks (files: the store's
    Manifest.sources): this index's collection brought up to date file by file (MilvusBackend.update:
    only new, changed or removed files' rows move), or built now when there is none or it is not
    intact (token_lists: query.tokens of each chunk's context, computed where needed when None).
    None when config.store is faiss (the caller keeps its FAISS + bm25s backend). MilvusError
    when Milvus cannot be used."""
    from wenda.index.query import tokens

    kind, _ = parse_store(config.store)
    if kind == "faiss":
        return None
    name = collection_name(_index_key(config))
    try:
        backend = MilvusBackend.open(config.store, name, chunks, files)
        if backend is not None:
            backend.update(chunks, vectors, files=files, token_lists=token_lists, layout=backend.layout)
        else:
            if token_lists is None:
                token_lists = [tokens(c.context()) for c in chunks]
            backend = MilvusBackend.build(config.store, chunks, vectors, token_lists, name=name, files=files,
                                          replaces=name)
    except MilvusError:
        raise
    except Exception as e:  # a server that went away, a refused call: a message, not a traceback
        raise MilvusError(f"Milvus at {config.store} failed: {type(e).__name__}: {e}") from e
    return backend
