"""The ``milvus`` store backend: one Milvus collection per index, through pymilvus.

``[store] uri`` is a local ``.db`` file (Milvus Lite, embedded, in-process) or
``http(s)://host:19530`` (Milvus Standalone / Distributed; the token, if any, comes
from ``RAG_MILVUS_TOKEN``).  The same code runs on both.

One row per chunk: ids, region (name and code), year, level, section, offsets,
the display text, and the *folded* retrieval text (OpenCC t2s + width folding, as
the local BM25 indexes it) in a VARCHAR analysed by jieba, whose BM25 function
fills a sparse field; plus the dense vector when an embedder runs.  Documents,
chunk tables and manifests stay in the generation folder (offsets are the
project's), and the folder records which rows the collection holds
(``milvus.json``), so the next ingest only deletes and inserts the reports that
changed.  Connecting: :mod:`rag.index.milvus_client`.

>>> print(filter_expr(("长治市", 'a"b'), (2021,)))
region in ["长治市", "a\\"b"] and year in [2021]
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Config
from ..errors import BackendError, IndexCorrupt
from ..records import Chunk, Document
from ..text import lazy_re as re
from ..text.normalize import fold
from .milvus_client import client, is_remote, load_pymilvus, safe_uri

STATE_FILE = "milvus.json"
STATE_FORMAT = "rag-milvus/1"
MAX_VARCHAR = 65535  # Milvus VARCHAR limit (bytes)
BATCH = 2000  # rows per insert call


def collection_name(cfg: Config, gen_dir: Path) -> str:
    """``[store] collection``, or ``rag_<hash of the index folder>``: one collection per index."""
    name = cfg.store.collection.strip()
    if name:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,254}", name):
            raise BackendError(f"[store] collection = {name!r} is not a valid Milvus name: use letters, digits and _, "
                               "starting with a letter or _.")
        return name
    index_dir = Path(gen_dir).resolve().parent
    return "rag_" + hashlib.sha1(str(index_dir).encode("utf-8")).hexdigest()[:16]


def literal(values: Sequence[str | int]) -> str:
    """A Milvus list literal; strings JSON-quoted, so a quote in a region name stays data."""
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) if isinstance(v, str) else str(int(v)) for v in values) + "]"


def filter_expr(regions: Sequence[str], years: Sequence[int], codes: Sequence[str] = ()) -> str:
    """A Milvus filter on region (codes when every matching document has one, names otherwise) and year."""
    parts = []
    if codes:
        parts.append(f"region_code in {literal(codes)}")
    elif regions:
        parts.append(f"region in {literal(regions)}")
    if years:
        parts.append(f"year in {literal(years)}")
    return " and ".join(parts)


# ---------------------------------------------------------------------------------- schema
def _doc_fields(doc: Document | None) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id if doc else "",
        "region": (doc.region or "") if doc else "",
        "region_code": str(getattr(doc, "region_code", "") or "") if doc else "",
        "level": str(getattr(doc, "level", "") or "") if doc else "",
        "year": int(doc.year) if doc is not None and doc.year is not None else -1,
    }


def doc_key(doc: Document, n_chunks: int, model_id: str) -> str:
    """What a document's rows depend on: when it changes, its rows are replaced."""
    f = _doc_fields(doc)
    raw = json.dumps([doc.content_hash, f["region"], f["region_code"], f["level"], f["year"], n_chunks, model_id],
                     ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _clip(text: str, limit: int = MAX_VARCHAR) -> str:
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", "ignore")


def create_collection(mc, name: str, dim: int, wait: bool = True) -> None:
    """Create the chunk collection with its indexes and load it.

    ``wait=False`` skips pymilvus's 0.5 s polling per index (Milvus Lite builds indexes
    inline, so there is nothing to wait for).
    """
    pm = load_pymilvus()
    dt = pm.DataType
    schema = mc.create_schema(auto_id=False, description="rag-fazhi chunks (rag/index/milvus_store.py)")
    schema.add_field("chunk_id", dt.VARCHAR, is_primary=True, max_length=512)
    for field, length in (("doc_id", 512), ("region", 256), ("region_code", 32), ("level", 32), ("section", 4096)):
        schema.add_field(field, dt.VARCHAR, max_length=length)
    schema.add_field("year", dt.INT64)
    schema.add_field("start", dt.INT64)
    schema.add_field("end", dt.INT64)
    schema.add_field("text", dt.VARCHAR, max_length=MAX_VARCHAR)
    schema.add_field("folded", dt.VARCHAR, max_length=MAX_VARCHAR, enable_analyzer=True, enable_match=True,
                     analyzer_params={"tokenizer": "jieba"})
    schema.add_field("sparse", dt.SPARSE_FLOAT_VECTOR)
    schema.add_function(pm.Function(name="bm25", function_type=pm.FunctionType.BM25,
                                    input_field_names=["folded"], output_field_names=["sparse"]))
    index = mc.prepare_index_params()
    index.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    if dim:
        schema.add_field("dense", dt.FLOAT_VECTOR, dim=dim)
        index.add_index(field_name="dense", index_type="AUTOINDEX", metric_type="IP")
    for field in ("doc_id", "region", "region_code", "year"):
        index.add_index(field_name=field, index_type="INVERTED")
    mc.create_collection(name, schema=schema)
    mc.create_index(name, index, sync=wait)
    mc.load_collection(name)


def _rows(chunks: Sequence[Chunk], docs: dict[str, Document], vectors: dict[str, np.ndarray] | None):
    from .build import retrieval_text

    for c in chunks:
        row = {"chunk_id": c.chunk_id, **_doc_fields(docs.get(c.doc_id)), "section": _clip(c.section or "", 4096),
               "start": int(c.start), "end": int(c.end), "text": _clip(c.text), "folded": _clip(fold(retrieval_text(c)))}
        row["doc_id"] = c.doc_id
        if vectors is not None:
            row["dense"] = vectors[c.chunk_id].tolist()
        yield row


def count_rows(mc, name: str) -> int:
    res = mc.query(name, filter="", output_fields=["count(*)"])
    return int(res[0]["count(*)"]) if res else 0


# ---------------------------------------------------------------------------------- build
def _read_state(gen_dir: Path | None) -> dict[str, Any]:
    if gen_dir is None:
        return {}
    try:
        state = json.loads((Path(gen_dir) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if state.get("format") == STATE_FORMAT else {}


def read_state(gen_dir: Path) -> dict[str, Any]:
    state = _read_state(gen_dir)
    if not state:
        raise IndexCorrupt(f"{Path(gen_dir) / STATE_FILE} is missing or unreadable, so the Milvus collection of this "
                           "index is unknown. Rebuild with `rag ingest --rebuild`.")
    return state


def build_milvus(gen_dir: Path, documents: Sequence[Document], chunks: Sequence[Chunk], cfg: Config,
                 previous_gen: Path | None = None, progress: bool = False):
    """Bring the index's collection to exactly ``chunks`` (delete/insert changed reports only)."""
    from .build import INFO_FILE, atomic_write

    t0 = time.perf_counter()
    gen_dir = Path(gen_dir)
    gen_dir.mkdir(parents=True, exist_ok=True)
    info, vectors = _vectors(gen_dir, chunks, cfg, previous_gen, progress)
    mc, name = client(cfg), collection_name(cfg, gen_dir)
    docs = {d.doc_id: d for d in documents}
    per_doc: dict[str, list[Chunk]] = {}
    for c in chunks:
        per_doc.setdefault(c.doc_id, []).append(c)
    keys = {d: doc_key(docs[d], len(cs), info.model_id) for d, cs in per_doc.items() if d in docs}
    prev = _read_state(previous_gen)
    same = (prev.get("uri") == safe_uri(cfg.store.uri) and prev.get("collection") == name
            and prev.get("dim") == info.dim and mc.has_collection(name))
    if not same:
        if mc.has_collection(name):
            mc.drop_collection(name)
        create_collection(mc, name, info.dim, wait=is_remote(cfg.store.uri))
        old: dict[str, str] = {}
    else:
        old = dict(prev.get("docs", {}))
    stale = [d for d, k in old.items() if keys.get(d) != k]
    fresh = [d for d, k in keys.items() if old.get(d) != k]
    for i in range(0, len(stale), 500):
        mc.delete(name, filter=f"doc_id in {literal(stale[i:i + 500])}")
    todo = [c for d in fresh for c in per_doc[d]]
    by_chunk = dict(zip((c.chunk_id for c in chunks), vectors)) if vectors is not None else None
    rows = list(_rows(todo, docs, by_chunk))
    for i in range(0, len(rows), BATCH):
        mc.insert(name, rows[i:i + BATCH])
    n = count_rows(mc, name)
    if n != len(chunks):  # rows the state did not know about (a crash, another writer): start over once
        mc.drop_collection(name)
        create_collection(mc, name, info.dim, wait=is_remote(cfg.store.uri))
        rows = list(_rows(chunks, docs, by_chunk))
        for i in range(0, len(rows), BATCH):
            mc.insert(name, rows[i:i + BATCH])
        n = count_rows(mc, name)
    mc.flush(name)  # sealed segments get their indexes: Milvus Lite searches a flushed segment ~50x faster
    state = {"format": STATE_FORMAT, "uri": safe_uri(cfg.store.uri), "collection": name, "dim": info.dim,
             "model_id": info.model_id, "rows": n, "inserted": len(rows), "deleted_docs": len(stale), "docs": keys}
    atomic_write(gen_dir / STATE_FILE, json.dumps(state, ensure_ascii=False, indent=1).encode("utf-8"))
    info = dataclasses.replace(info, index_type="milvus", build_seconds=round(time.perf_counter() - t0, 3))
    atomic_write(gen_dir / INFO_FILE, json.dumps(dataclasses.asdict(info), ensure_ascii=False, indent=1).encode())
    return info


def _vectors(gen_dir: Path, chunks: Sequence[Chunk], cfg: Config, previous_gen: Path | None, progress: bool):
    """(IndexInfo, vectors or None): the content-hash embedding cache works as for FAISS."""
    from .build import EmbeddingCache, IndexInfo, embed_cached, retrieval_text
    from .embedders import load_embedder, probe_embedder

    info = IndexInfo(n_chunks=len(chunks))
    emb, status = (load_embedder(cfg.embedding, cfg.base_dir) if cfg.embedding.backend != "none"
                   else (None, probe_embedder(cfg.embedding, cfg.base_dir)))
    vectors = None
    if emb is not None:
        texts = [retrieval_text(c) for c in chunks]
        caches = [EmbeddingCache.load(previous_gen), EmbeddingCache.load(gen_dir)]
        try:
            vectors, keys, reused, embedded = embed_cached(emb, texts, caches, cfg.embedding.batch_size, progress)
        except Exception as e:  # noqa: BLE001 - a failing model degrades to BM25 only, with the reason kept
            status = dataclasses.replace(status, available=False, reason=f"embedding failed: {type(e).__name__}: {e}")
            vectors = None
        else:
            EmbeddingCache.save(gen_dir, keys, [c.chunk_id for c in chunks], vectors)
            info = dataclasses.replace(
                info, model_id=emb.model_id, dim=int(vectors.shape[1]) if len(vectors) else emb.dim,
                n_vectors=len(vectors), query_prefix=emb.query_prefix, passage_prefix=emb.passage_prefix,
                vectors_reused=reused, vectors_embedded=embedded)
    return dataclasses.replace(info, embedder=dataclasses.asdict(status)), vectors


# ---------------------------------------------------------------------------------- search
class MilvusIndex:
    """Searches of one collection; every method returns ``[(chunk_id, score), ...]`` best first."""

    def __init__(self, mc, name: str, dim: int, n: int):
        self.mc, self.name, self.dim, self.n = mc, name, dim, n

    def _search(self, data, field: str, n: int, expr: str, **kw) -> list[list[dict]]:
        try:
            return self.mc.search(self.name, data=data, anns_field=field, limit=max(1, min(n, 16384)),
                                  filter=expr, output_fields=["doc_id"], **kw)
        except Exception as e:  # the server's error, said once and clearly
            raise BackendError(f"Milvus search in collection {self.name!r} failed ({type(e).__name__}: {e}). Check "
                               "that the Milvus server in [store] uri is up; `rag doctor` shows what it reaches.") from e

    def bm25(self, text: str, n: int, expr: str = "") -> list[tuple[str, float]]:
        folded = fold(text).strip()
        if not folded:
            return []
        res = self._search([folded], "sparse", n, expr)
        # BM25 scores are >= 0; Milvus Lite reports them negated (distance), a server positive
        return [(h["chunk_id"], abs(float(h["distance"]))) for h in res[0]]

    def dense(self, vec: np.ndarray, n: int, expr: str = "") -> list[tuple[str, float]]:
        res = self._search([np.asarray(vec, np.float32).tolist()], "dense", n, expr)
        return [(h["chunk_id"], float(h["distance"])) for h in res[0]]

    def grouped_bm25(self, text: str, n_groups: int, per_doc: int, expr: str = "") -> list[tuple[str, float]]:
        """The ``per_doc`` best BM25 passages of each of up to ``n_groups`` reports (``group_by_field``)."""
        folded = fold(text).strip()
        if not folded:
            return []
        res = self._search([folded], "sparse", n_groups, expr, group_by_field="doc_id", group_size=per_doc)
        return [(h["chunk_id"], abs(float(h["distance"]))) for h in res[0]]

    def hybrid(self, text: str, vec: np.ndarray | None, n: int, expr: str, rrf_k: int, weights: tuple[float, float] = (1.0, 1.0), group_by: str = "",
               group_size: int = 1) -> list[dict]:
        """Milvus's own fusion: ``hybrid_search`` with RRFRanker(k) (equal weights) or a WeightedRanker.

        Returns the raw hits (``chunk_id``, ``distance``, ``entity.doc_id``); ``group_by`` keeps
        ``group_size`` chunks per value of that field.
        """
        pm = load_pymilvus()
        folded = fold(text).strip()
        kw: dict[str, Any] = {"group_by_field": group_by, "group_size": group_size} if group_by else {}
        if vec is None:
            if not folded:
                return []
            return self._search([folded], "sparse", n, expr, **kw)[0]
        reqs = [pm.AnnSearchRequest(data=[folded], anns_field="sparse", param={}, limit=n, expr=expr or None),
                pm.AnnSearchRequest(data=[np.asarray(vec, np.float32).tolist()], anns_field="dense", param={},
                                    limit=n, expr=expr or None)]
        ranker = pm.RRFRanker(rrf_k) if weights[0] == weights[1] else pm.WeightedRanker(*weights)
        return self.mc.hybrid_search(self.name, reqs, ranker=ranker, limit=n, output_fields=["doc_id"], **kw)[0]

    def doc_ids(self, expr: str, limit: int = 16384) -> list[str]:
        rows = self.mc.query(self.name, filter=expr, output_fields=["doc_id"], limit=limit)
        return list(dict.fromkeys(r["doc_id"] for r in rows))


def open_index(gen_dir: Path, cfg: Config) -> MilvusIndex:
    state = read_state(gen_dir)
    mc = client(cfg)
    name = state["collection"]
    if not mc.has_collection(name):
        raise IndexCorrupt(f"The Milvus collection {name!r} at {safe_uri(cfg.store.uri)} is missing (the index in "
                           f"{gen_dir} expects it). Rebuild with `rag ingest --rebuild`.")
    mc.load_collection(name)
    return MilvusIndex(mc, name, int(state.get("dim") or 0), int(state.get("rows") or 0))


def describe(gen_dir: Path, cfg: Config) -> dict[str, Any]:
    """Backend, URI without secrets, collection and its row count (for `rag doctor`)."""
    out: dict[str, Any] = {"backend": "milvus", "location": safe_uri(cfg.store.uri)}
    state = _read_state(gen_dir)
    out["collection"] = state.get("collection", "")
    try:
        mc = client(cfg)
        out["collections"] = {out["collection"]: count_rows(mc, out["collection"])} if out["collection"] else {}
    except Exception as e:  # noqa: BLE001 - doctor reports what it can
        out["error"] = str(e)
    if not is_remote(cfg.store.uri):
        path = cfg.path(cfg.store.uri)
        out["index_bytes"] = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0
    return out
