"""Build and load the search indexes of one index generation folder.

Files written into ``gen_dir`` (beside the lead's documents/chunks/manifest)::

    bm25/                   bm25s arrays + tokenizer.json (always)
    vectors.faiss           FAISS index (when an embedder is available)
    embeddings.npy          float32 matrix, row i = chunk i (also the embedding cache)
    embeddings.keys.jsonl   {"key": sha256(model id + prefix + passage), "chunk_id": ...} per row
    index_info.json         :class:`IndexInfo` (also returned for the manifest)

Re-ingesting reads the previous generation's ``embeddings.*``, so only new or
changed chunks are embedded again.

>>> from rag.config import Config
>>> from rag.records import Chunk
>>> retrieval_text(Chunk("d:0-2", "d", 0, 2, "内容", section="一、总则"))
'一、总则\\n内容'
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Config
from ..errors import IndexCorrupt, IndexMismatch
from ..records import Chunk, Document
from .embedders import Embedder, load_embedder, probe_embedder
from .lexical import TokenizerSettings
from .lexical_index import LexicalIndex

FORMAT = "rag-index v1"
INFO_FILE = "index_info.json"
BM25_DIR = "bm25"
VECTORS_FILE = "embeddings.npy"
KEYS_FILE = "embeddings.keys.jsonl"


@dataclass(frozen=True)
class IndexInfo:
    """What was built; JSON-able with ``dataclasses.asdict`` (the lead stores it in the manifest)."""

    format: str = FORMAT
    n_chunks: int = 0
    embedder: dict[str, Any] = field(default_factory=dict)  # EmbedderStatus as a dict
    model_id: str = ""
    dim: int = 0
    n_vectors: int = 0
    index_type: str = "none"  # "flat" | "hnsw" | "none"
    ef_search: int | None = None
    hnsw_recall: float | None = None
    query_prefix: str = ""
    passage_prefix: str = ""
    bm25: dict[str, Any] = field(default_factory=dict)  # TokenizerSettings as a dict
    vectors_reused: int = 0  # rows taken from the previous generation's cache
    vectors_embedded: int = 0  # distinct passages embedded by this build
    build_seconds: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IndexInfo:
        if not isinstance(data, dict):
            raise IndexCorrupt(f"The index info is a JSON {type(data).__name__}, not an object. "
                               "Rebuild with `rag ingest --rebuild`.")
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def retrieval_text(chunk: Chunk) -> str:
    """What is indexed for a chunk: its section path, a newline, its text."""
    return f"{chunk.section}\n{chunk.text}" if chunk.section else chunk.text


def tokenizer_settings(cfg: Config, documents: Sequence[Document]) -> TokenizerSettings:
    """BM25 tokenizer settings from ``[retrieval]`` (bm25_mode / bm25_bigrams when present)."""
    from ..retrieve.corpus_regions import region_words

    r = cfg.retrieval
    return TokenizerSettings(
        mode=getattr(r, "bm25_mode", TokenizerSettings.mode),
        bigrams=bool(getattr(r, "bm25_bigrams", TokenizerSettings.bigrams)),
        extra_words=region_words(d.region for d in documents),
    )


class EmbeddingCache:
    """Vectors by passage key, read from a generation folder; missing or unreadable = empty."""

    def __init__(self, keys: Sequence[str] = (), vectors: np.ndarray | None = None):
        self.vectors = vectors if vectors is not None else np.zeros((0, 0), np.float32)
        self._rows = {k: i for i, k in enumerate(keys)}

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, key: str, dim: int) -> np.ndarray | None:
        i = self._rows.get(key)
        return self.vectors[i] if i is not None and self.vectors.shape[1] == dim else None

    @classmethod
    def load(cls, folder: str | os.PathLike | None) -> EmbeddingCache:
        if folder is None:
            return cls()
        folder = Path(folder)
        try:
            lines = (folder / KEYS_FILE).read_text(encoding="utf-8").splitlines()
            keys = [json.loads(line)["key"] for line in lines if line.strip()]
            vectors = np.load(folder / VECTORS_FILE, allow_pickle=False)
        except (OSError, ValueError, KeyError, TypeError):
            return cls()  # only a cache: a broken one means "embed again"
        if vectors.ndim != 2 or len(vectors) != len(keys) or vectors.dtype != np.float32:
            return cls()
        return cls(keys, vectors)

    @staticmethod
    def save(folder: str | os.PathLike, keys: Sequence[str], chunk_ids: Sequence[str], vectors: np.ndarray) -> None:
        folder = Path(folder)
        lines = "".join(json.dumps({"key": k, "chunk_id": c}, ensure_ascii=False) + "\n" for k, c in zip(keys, chunk_ids))
        atomic_write(folder / KEYS_FILE, lines.encode("utf-8"))
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".npy.tmp", delete=False) as f:
            np.save(f, np.ascontiguousarray(vectors, dtype=np.float32), allow_pickle=False)
        os.replace(f.name, folder / VECTORS_FILE)


def embed_cached(embedder: Embedder, texts: Sequence[str], caches: Sequence[EmbeddingCache],
                 batch_size: int | None = None, progress: bool = False) -> tuple[np.ndarray, list[str], int, int]:
    """(vectors, keys, n_reused, n_embedded): rows found in a cache are reused, the other distinct texts embedded."""
    keys = [embedder.passage_key(t) for t in texts]
    dim = embedder.dim
    found: dict[str, np.ndarray] = {}
    for key in keys:
        for cache in caches:
            v = cache.get(key, dim)
            if v is not None:
                found[key] = v
                break
    missing = list(dict.fromkeys(k for k in keys if k not in found))
    reused = sum(1 for k in keys if k in found)
    if missing:
        text_of = dict(zip(keys, texts))
        fresh = embedder.embed_passages([text_of[k] for k in missing], batch_size, progress)
        found.update(zip(missing, fresh))
    vectors = np.vstack([found[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, dim), np.float32)
    return vectors, keys, reused, len(missing)


def build_indexes(gen_dir: Path, documents: Sequence[Document], chunks: Sequence[Chunk], cfg: Config,
                  previous_gen: Path | None = None, progress: bool = False) -> IndexInfo:
    """Build BM25 (always) and the vector index (when an embedder can run) into ``gen_dir``."""
    # --- store backend (issue 12): another [store] backend builds its own indexes ---
    from .stores import backend_name, get_store

    if backend_name(cfg) != "faiss":
        return get_store(cfg).build(gen_dir, documents, chunks, cfg, previous_gen, progress)
    # --- end store backend ---
    t0 = time.perf_counter()
    gen_dir = Path(gen_dir)
    gen_dir.mkdir(parents=True, exist_ok=True)
    texts = [retrieval_text(c) for c in chunks]
    settings = tokenizer_settings(cfg, documents)
    LexicalIndex.build(texts, settings).save(gen_dir / BM25_DIR)
    info = IndexInfo(n_chunks=len(chunks), bm25=dataclasses.asdict(settings))
    emb, status = load_embedder(cfg.embedding, cfg.base_dir) if cfg.embedding.backend != "none" \
        else (None, probe_embedder(cfg.embedding, cfg.base_dir))
    if emb is not None:
        info, status = _build_vectors(gen_dir, chunks, texts, emb, status, cfg, previous_gen, progress, info)
    _remove_stale_vectors(gen_dir, keep=emb is not None)
    info = dataclasses.replace(info, embedder=dataclasses.asdict(status),
                               build_seconds=round(time.perf_counter() - t0, 3))
    atomic_write(gen_dir / INFO_FILE, json.dumps(dataclasses.asdict(info), ensure_ascii=False, indent=1).encode())
    return info


def _build_vectors(gen_dir, chunks, texts, emb, status, cfg, previous_gen, progress, info):
    from .vectors import VectorIndex

    caches = [EmbeddingCache.load(previous_gen), EmbeddingCache.load(gen_dir)]
    try:
        vectors, keys, reused, embedded = embed_cached(emb, texts, caches, cfg.embedding.batch_size, progress)
    except Exception as e:  # noqa: BLE001 - a failing model degrades to BM25 only, with the reason kept
        failed = dataclasses.replace(status, available=False, reason=f"embedding failed: {type(e).__name__}: {e}")
        return info, failed
    index = VectorIndex.build(vectors, cfg.retrieval.exact_threshold)
    index.save(gen_dir)
    EmbeddingCache.save(gen_dir, keys, [c.chunk_id for c in chunks], vectors)
    info = dataclasses.replace(
        info, model_id=emb.model_id, dim=int(vectors.shape[1]) if len(vectors) else emb.dim, n_vectors=len(vectors),
        index_type=index.kind, ef_search=index.ef_search, hnsw_recall=index.recall, query_prefix=emb.query_prefix,
        passage_prefix=emb.passage_prefix, vectors_reused=reused, vectors_embedded=embedded,
    )
    return info, status


def _remove_stale_vectors(gen_dir: Path, keep: bool) -> None:
    if not keep:
        for name in ("vectors.faiss", VECTORS_FILE, KEYS_FILE):
            (gen_dir / name).unlink(missing_ok=True)


def read_info(gen_dir: Path) -> IndexInfo:
    path = Path(gen_dir) / INFO_FILE
    try:
        return IndexInfo.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except IndexCorrupt as e:
        raise IndexCorrupt(f"{path}: {e}") from None
    except (OSError, ValueError, TypeError) as e:
        raise IndexCorrupt(f"{path} is missing or unreadable ({e}). Rebuild with `rag ingest --rebuild`.") from e


def load_indexes(gen_dir: Path, cfg: Config, info: IndexInfo | dict | None = None):
    """``(VectorIndex | None, LexicalIndex, Embedder | None)`` for a built generation.

    Vectors are used only when the index has them, ``[embedding] backend`` is not
    "none" and the embedder loads here; the reason otherwise is
    ``load_embedder(cfg.embedding, cfg.base_dir)[1]``.  A different model than
    the one the vectors were built with raises :class:`IndexMismatch`.
    """
    gen_dir = Path(gen_dir)
    info = read_info(gen_dir) if info is None else info if isinstance(info, IndexInfo) else IndexInfo.from_dict(info)
    lexical = LexicalIndex.load(gen_dir / BM25_DIR)
    if lexical.n_docs != info.n_chunks:
        raise IndexCorrupt(f"The BM25 index in {gen_dir / BM25_DIR} has {lexical.n_docs} passages, the index info "
                           f"says {info.n_chunks}. Rebuild with `rag ingest --rebuild`.")
    if info.n_vectors == 0 or cfg.embedding.backend == "none":
        return None, lexical, None
    emb, _status = load_embedder(cfg.embedding, cfg.base_dir)
    if emb is None:
        return None, lexical, None
    if emb.model_id != info.model_id or emb.dim != info.dim:
        raise IndexMismatch(
            f"The index in {gen_dir} was built with embedding model {info.model_id!r} ({info.dim} dims), the config "
            f"asks for {emb.model_id!r} ({emb.dim} dims). Rebuild with `rag ingest --rebuild`, or set [embedding] model = \"{info.model_id}\"."
        )
    from .vectors import VectorIndex

    vectors = VectorIndex.load(gen_dir)
    if vectors.n != info.n_vectors or vectors.dim != info.dim:
        raise IndexCorrupt(f"{gen_dir / 'vectors.faiss'} holds {vectors.n} vectors of dimension {vectors.dim}, "
                           f"expected {info.n_vectors} x {info.dim}. Rebuild with `rag ingest --rebuild`.")
    return vectors, lexical, emb


def atomic_write(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as f:
        f.write(data)
    os.replace(f.name, path)
