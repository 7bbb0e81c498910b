"""The Retriever over a Milvus collection (``[store] backend = "milvus"``).

Everything but the candidate searches is the shared :class:`Retriever`: query
understanding, RRF with the configured weights, the metadata boost, reranking and
merging.  Candidates come from Milvus — BM25 through the collection's jieba
analyser and BM25 function, dense through its vector index — each restricted by a
Milvus filter expression on region and year, so a filter costs the engine's own
index lookup, not a scan here.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..config import Config
from ..index.build import read_info, tokenizer_settings
from ..index.embedders import load_embedder
from ..index.lexical import TokenizerSettings
from ..index.milvus_store import MilvusIndex, filter_expr, open_index
from ..index.model_probe import EmbedderStatus
from ..records import Chunk, Document, Hit
from .expansion import expand_english
from .fusion import merge_scored
from .query import QueryInfo
from .rerank import load_reranker
from .retriever import Retriever, dense_off_status


@dataclass(frozen=True)
class QuerySettings:
    """What the shared Retriever needs of a lexical index when BM25 runs inside Milvus."""

    settings: TokenizerSettings
    n_docs: int


class MilvusRetriever(Retriever):
    def __init__(self, documents: Sequence[Document], chunks: Sequence[Chunk], index: MilvusIndex, cfg: Config,
                 embedder=None, embedder_status: EmbedderStatus | None = None, reranker=None):
        lexical = QuerySettings(tokenizer_settings(cfg, documents), len(chunks))
        super().__init__(documents, chunks, lexical, cfg, index if embedder is not None else None, embedder,
                         embedder_status, reranker)
        self.index = index
        self._row = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        code_of: dict[str, set[str]] = {}
        for d in documents:
            code_of.setdefault(d.region or "", set()).add(str(getattr(d, "region_code", "") or ""))
        self._codes = code_of

    @classmethod
    def open(cls, gen_dir: Path, documents: Sequence[Document], chunks: Sequence[Chunk], cfg: Config) -> MilvusRetriever:
        info = read_info(gen_dir)
        index = open_index(gen_dir, cfg)
        if index.n != len(chunks):
            from ..errors import IndexCorrupt

            raise IndexCorrupt(f"The Milvus collection {index.name!r} holds {index.n} chunks, the index in {gen_dir} "
                               f"{len(chunks)}. Rebuild with `rag ingest --rebuild`.")
        embedder, status = None, dense_off_status(info, cfg)
        if status is None:
            embedder, status = load_embedder(cfg.embedding, cfg.base_dir)
            if embedder is not None and (embedder.model_id != info.model_id or embedder.dim != info.dim):
                from ..errors import IndexMismatch

                raise IndexMismatch(
                    f"The index in {gen_dir} was built with embedding model {info.model_id!r} ({info.dim} dims), the "
                    f"config asks for {embedder.model_id!r} ({embedder.dim} dims). Rebuild with `rag ingest --rebuild`.")
            status = None if embedder is not None else status
        reranker = load_reranker(cfg.retrieval, cfg.base_dir, cfg.embedding.device)[0]
        return cls(documents, chunks, index, cfg, embedder, status, reranker)

    # -------------------------------------------------------------- candidates from Milvus
    def expression(self, mask: np.ndarray | None) -> str | None:
        """The Milvus filter equal to ``mask`` (masks are region x year products); None = no match."""
        if mask is None:
            return ""
        if not isinstance(mask, np.ndarray):  # a ChunkSet (row ranges) of the shared Retriever
            mask = mask.mask()
        if not mask.any():
            return None
        if mask.all():
            return ""
        region_ids = np.unique(self._chunk_region_id[mask])
        years = np.unique(self._chunk_year[mask])
        by_region = np.isin(self._chunk_region_id, region_ids)
        by_year = np.isin(self._chunk_year, years)
        if (by_region == mask).all():  # the regions alone select it
            years = years[:0]
        elif (by_year == mask).all():  # the years alone
            region_ids = region_ids[:0]
        regions = [str(r) for r in self._region_names[region_ids]]
        codes = [c for r in regions for c in self._codes.get(r, {""})]
        return filter_expr(regions, [int(y) for y in years], codes if codes and all(codes) else ())

    def _rankings(self, question: str, info: QueryInfo, mode: str, allowed: np.ndarray | None,
                  prefer: list[np.ndarray], notes: list[str]) -> dict[str, list[int]]:
        n = max(self.cfg.retrieval.candidates, 1)
        masks = [allowed] + [p if allowed is None else p & allowed for p in prefer]
        exprs = [(m, self.expression(m)) for m in masks]
        out: dict[str, list[int]] = {}
        q = self._embed_query(question, notes) if mode in ("hybrid", "dense") else None
        if mode in ("hybrid", "bm25") or (mode == "dense" and q is None):
            out["bm25"] = merge_scored(*(self._keep(self.index.bm25(question, n, e), m) for m, e in exprs if e is not None))
        if q is not None:
            out["dense"] = merge_scored(*(self._keep(self.index.dense(q, n, e), m) for m, e in exprs if e is not None))
        return out

    def _keep(self, found: list[tuple[str, float]], mask: np.ndarray | None) -> list[tuple[int, float]]:
        """Milvus chunk ids -> row numbers of this generation (rows of another generation are skipped)."""
        out = []
        for chunk_id, score in found:
            i = self._row.get(chunk_id)
            if i is not None and (mask is None or mask[i]):
                out.append((i, score))
        return out

    def _grouped_bm25(self, question: str, per_doc: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        expr = self.expression(mask)
        if expr is None:
            return []
        found = self.index.grouped_bm25(question, max(1, len(self.documents)), per_doc, expr)
        return self._keep(found, mask)

    def per_report(self, query: str, per_doc: int = 3, regions: Sequence[str] = ()) -> list[Hit]:
        """The answer layer's "every matching report" lookup, as one grouped Milvus query."""
        found = self._grouped_bm25(expand_english(query, self.knows_word), per_doc,
                                   self._soft_mask(regions, ()) if regions else None)
        return [Hit(rank=i + 1, chunk=self.chunks[key], score=float(score), retrievers=("bm25",))
                for i, (key, score) in enumerate(found)]
