"""FAISS inner-product index over L2-normalised float32 vectors (cosine similarity).

Up to ``exact_threshold`` vectors: ``IndexFlatIP`` (exact, brute force; 150 chunks
take microseconds).  Above it: ``IndexHNSWFlat`` (M=32, inner product) whose
``efSearch`` is raised at build time until recall@10 against the exact answer is
at least 0.95 on sample queries (Malkov & Yashunin 2018, "Efficient and robust
approximate nearest neighbor search using HNSW graphs", TPAMI).

>>> import numpy as np
>>> v = np.eye(3, dtype=np.float32)
>>> VectorIndex.build(v).search(v[:1], k=2)[1].tolist()
[[0, 1]]
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

from ..errors import BackendError, IndexCorrupt

INDEX_FILE = "vectors.faiss"
HNSW_M = 32
EF_CHOICES = (16, 32, 64, 128, 256, 512, 1024)
EXACT_SUBSET = 4096  # a filtered HNSW search over at most this many rows is done exactly


def _faiss():
    try:
        import faiss
    except ImportError as e:  # pragma: no cover - faiss-cpu is a core dependency
        raise BackendError("faiss is not installed. Install it with `pip install faiss-cpu`.") from e
    return faiss


def check_vectors(vectors: np.ndarray, dim: int | None = None) -> np.ndarray:
    """A C-contiguous float32 2-D copy-free view of ``vectors``, or a clear error."""
    v = np.ascontiguousarray(vectors, dtype=np.float32)
    if v.ndim != 2:
        raise BackendError(f"Expected a 2-D matrix of vectors, got shape {v.shape}.")
    if dim is not None and v.shape[1] != dim:
        raise BackendError(f"Vectors have {v.shape[1]} dimensions, the index has {dim}. Rebuild with `rag ingest --rebuild`.")
    if not np.isfinite(v).all():
        raise BackendError("Vectors contain NaN or infinite values; the embedding model produced bad output.")
    return v


class VectorIndex:
    """Build, search, save and load a FAISS index; ids are row positions of the built matrix."""

    def __init__(self, index, kind: str, ef_search: int | None = None, recall: float | None = None):
        self.index = index
        self.kind = kind  # "flat" | "hnsw"
        self.ef_search = ef_search
        self.recall = recall  # measured recall@10 vs exact at build time (HNSW only)

    @property
    def n(self) -> int:
        return int(self.index.ntotal)

    @property
    def dim(self) -> int:
        return int(self.index.d)

    @classmethod
    def build(cls, vectors: np.ndarray, exact_threshold: int = 50000, seed: int = 0) -> VectorIndex:
        faiss = _faiss()
        v = check_vectors(vectors)
        if len(v) <= exact_threshold:
            index = faiss.IndexFlatIP(v.shape[1])
            index.add(v)
            return cls(index, "flat")
        index = faiss.IndexHNSWFlat(v.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 200
        index.add(v)
        ef, recall = tune_ef_search(index, v, seed=seed)
        return cls(index, "hnsw", ef, recall)

    def search(self, qvecs: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids), each ``(len(qvecs), k)``, best first; id -1 pads missing results.

        ``allowed`` (boolean mask over rows) restricts the search to those rows.
        """
        faiss = _faiss()
        q = check_vectors(np.atleast_2d(qvecs), self.dim)
        k = max(1, int(k))
        params = None
        if allowed is not None and self.kind == "hnsw" and np.count_nonzero(allowed) <= EXACT_SUBSET:
            return self._search_subset(q, k, np.flatnonzero(allowed))
        if allowed is not None:
            sel = faiss.IDSelectorBatch(np.flatnonzero(allowed).astype(np.int64))
            params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(self.ef_search or 0, k)) if self.kind == "hnsw" \
                else faiss.SearchParameters(sel=sel)
        elif self.kind == "hnsw":
            self.index.hnsw.efSearch = max(self.ef_search or 0, k)
        if self.n == 0:
            return np.full((len(q), k), -np.inf, np.float32), np.full((len(q), k), -1, np.int64)
        scores, ids = self.index.search(q, k, params=params)
        return scores, ids

    def _search_subset(self, q: np.ndarray, k: int, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Exact search over a few allowed rows (a graph walk would mostly visit filtered-out nodes)."""
        scores = np.full((len(q), k), -np.inf, np.float32)
        out = np.full((len(q), k), -1, np.int64)
        if len(ids):
            sims = q @ self.index.reconstruct_batch(ids).T
            order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
            scores[:, : order.shape[1]] = np.take_along_axis(sims, order, 1)
            out[:, : order.shape[1]] = ids[order]
        return scores, out

    def save(self, folder: str | os.PathLike) -> Path:
        """Write ``folder/vectors.faiss`` through a temp file and ``os.replace``."""
        faiss = _faiss()
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".vectors-", suffix=".tmp", dir=folder)
        os.close(fd)
        try:
            faiss.write_index(self.index, tmp)
            os.replace(tmp, folder / INDEX_FILE)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return folder / INDEX_FILE

    @classmethod
    def load(cls, folder: str | os.PathLike) -> VectorIndex:
        faiss = _faiss()
        path = Path(folder) / INDEX_FILE
        if not path.is_file():
            raise IndexCorrupt(f"The vector index file {path} is missing. Rebuild it with `rag ingest --rebuild`.")
        try:
            index = faiss.read_index(str(path))
        except Exception as e:  # noqa: BLE001 - faiss raises RuntimeError with a C++ trace for bad files
            first = str(e).strip().splitlines()[0][:200] if str(e).strip() else type(e).__name__
            raise IndexCorrupt(
                f"The vector index file {path} is truncated or corrupt ({first}). Rebuild it with `rag ingest --rebuild`."
            ) from None
        if isinstance(index, faiss.IndexHNSWFlat):
            return cls(index, "hnsw", int(index.hnsw.efSearch))
        return cls(index, "flat")


def exact_top_k(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """Brute-force inner-product top-k ids (the reference FAISS is checked against)."""
    sims = queries @ vectors.T
    k = min(k, vectors.shape[0])
    part = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    order = np.take_along_axis(sims, part, 1).argsort(axis=1)[:, ::-1]
    return np.take_along_axis(part, order, 1)


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    """Mean fraction of the true top-k ids that were found (per query, then averaged)."""
    hits = [len(set(f.tolist()) & set(t.tolist())) / len(t) for f, t in zip(found, truth)]
    return float(np.mean(hits)) if hits else 1.0


def sample_queries(vectors: np.ndarray, n: int, seed: int = 0) -> np.ndarray:
    """Half perturbed corpus vectors (like real queries), half random directions (the hard case)."""
    rng = np.random.default_rng(seed)
    d = vectors.shape[1]
    near = vectors[rng.integers(0, len(vectors), n - n // 2)] + rng.normal(0, 1 / np.sqrt(d), (n - n // 2, d))
    q = np.vstack([near, rng.normal(size=(n // 2, d))]).astype(np.float32)
    return q / np.linalg.norm(q, axis=1, keepdims=True)


def tune_ef_search(index, vectors: np.ndarray, target: float = 0.95, k: int = 10, n_queries: int = 200,
                   seed: int = 0) -> tuple[int, float]:
    """The smallest efSearch in EF_CHOICES whose recall@k vs exact reaches ``target``."""
    queries = sample_queries(vectors, n_queries, seed)
    truth = exact_top_k(vectors, queries, k)
    recall = 0.0
    for ef in EF_CHOICES:
        index.hnsw.efSearch = ef
        recall = recall_at_k(index.search(queries, k)[1], truth)
        if recall >= target:
            return ef, recall
    return EF_CHOICES[-1], recall
