"""Store backends: where a generation's search indexes live, chosen by ``[store] backend``.

``faiss`` (the default) writes FAISS + bm25s files into the generation folder;
``milvus`` keeps one Milvus collection per index (Milvus Lite in a local ``.db``
file, or a Milvus server by URI).  Either way the documents, chunks and manifest
stay in the project's own generation folder, so offsets and ``rag show`` do not
depend on the backend.  Switching backend is ``rag ingest --rebuild`` with the
other config.

A backend implements three methods; built-ins register exactly as an extension would:

>>> sorted(STORES.names())
['faiss', 'milvus']
>>> STORES.get("elastic")
Traceback (most recent call last):
rag.errors.BackendError: Unknown store backend 'elastic'. Registered: faiss, milvus. Set [store] backend = "faiss" or "milvus" in rag.toml.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..config import Config
from ..records import Chunk, Document
from ..registry import Registry

STORES: Registry = Registry("store backend", 'Set [store] backend = "faiss" or "milvus" in rag.toml.')


class StoreBackend:
    """One way of storing a generation's search indexes."""

    name = ""

    def build(self, gen_dir: Path, documents: Sequence[Document], chunks: Sequence[Chunk], cfg: Config,
              previous_gen: Path | None = None, progress: bool = False):
        """Index ``chunks`` for the generation in ``gen_dir``; returns :class:`rag.index.build.IndexInfo`."""
        raise NotImplementedError

    def open(self, gen_dir: Path, documents: Sequence[Document], chunks: Sequence[Chunk], cfg: Config):
        """A :class:`rag.retrieve.retriever.Retriever` over the indexes built into ``gen_dir``."""
        raise NotImplementedError

    def describe(self, gen_dir: Path, cfg: Config) -> dict[str, Any]:
        """What ``rag doctor`` shows: backend, location (never a secret), sizes."""
        raise NotImplementedError

    def warnings(self, gen_dir: Path, cfg: Config) -> tuple[str, ...]:
        """Problems that leave the index usable but its answers doubtful (one line each, naming the fix)."""
        return ()

    # what ``rag doctor`` says about the BM25 tokenizer check for this backend
    tokenizer_check = "not applicable: this backend analyses text itself"
    # the fix ``rag doctor`` names when :meth:`describe` reports an ``error``
    describe_fix = "rebuild the index with `rag ingest --rebuild`"


def backend_name(cfg: Config) -> str:
    store = getattr(cfg, "store", None)
    return store.backend if store is not None else "faiss"


def get_store(cfg: Config) -> StoreBackend:
    return STORES.get(backend_name(cfg))()


@STORES.register("faiss")
class FaissStore(StoreBackend):
    """FAISS (exact, HNSW when large) + bm25s files beside the chunk table."""

    def build(self, gen_dir, documents, chunks, cfg, previous_gen=None, progress=False):
        from .build import build_indexes  # the faiss body of build_indexes

        return build_indexes(Path(gen_dir), documents, chunks, cfg, previous_gen, progress)

    def open(self, gen_dir, documents, chunks, cfg):
        from ..retrieve.retriever import Retriever

        return Retriever.load(Path(gen_dir), documents, chunks, cfg)  # the faiss body of Retriever.load

    def describe(self, gen_dir, cfg):
        gen_dir = Path(gen_dir)
        files = [p for p in gen_dir.rglob("*") if p.is_file() and not p.name.endswith(("documents.jsonl", "manifest.json"))]
        info: dict[str, Any] = {"backend": "faiss", "location": str(gen_dir),
                                "index_bytes": sum(p.stat().st_size for p in files)}
        from ..errors import RagError
        from .build import read_info

        try:
            i = read_info(gen_dir)
        except RagError as e:  # doctor reports what it can
            info["error"] = str(e)
        else:
            info["collections"] = {"bm25": i.n_chunks, "vectors": i.n_vectors}
        return info

    tokenizer_check = "local BM25 index"

    def warnings(self, gen_dir, cfg):
        from .build import BM25_DIR
        from .tokenizer_version import stale as tokenizer_drift

        stale = tokenizer_drift(Path(gen_dir) / BM25_DIR)  # built by another tokenizer (or before fingerprints)
        return (stale,) if stale else ()


@STORES.register("milvus")
class MilvusStoreBackend(StoreBackend):
    """One Milvus collection per index (Milvus Lite file or a Milvus server); see rag.index.milvus_store."""

    def build(self, gen_dir, documents, chunks, cfg, previous_gen=None, progress=False):
        from .milvus_store import build_milvus

        return build_milvus(Path(gen_dir), documents, chunks, cfg, previous_gen, progress)

    def open(self, gen_dir, documents, chunks, cfg):
        from ..retrieve.milvus_retriever import MilvusRetriever

        return MilvusRetriever.open(Path(gen_dir), documents, chunks, cfg)

    tokenizer_check = "not applicable: Milvus analyses text with its own jieba (the check covers the local BM25 index only)"
    describe_fix = ("check that [store] uri in rag.toml reaches a running Milvus server or a readable Milvus Lite "
                    "file; if the collection is gone, rebuild with `rag ingest --rebuild`")

    def describe(self, gen_dir, cfg):
        from .milvus_store import describe

        return describe(Path(gen_dir), cfg)
