"""Store-side questions the answer layer asks, the same on every store backend.

* :meth:`StoreQueries.search_by_document` — "which reports mention X": the best
  passages of *every* report that matches, one BM25 query grouped by report
  (FAISS: the BM25 scores of all passages at once; Milvus: ``group_by_field``),
  with region/year as filters.  No per-report loop, no cap.
* :meth:`StoreQueries.reports` — the reports of a region and/or year, from a
  metadata table built once per generation.
* :meth:`StoreQueries.doc_frequencies` — in how many reports each term occurs,
  for IDF weights: exact up to :data:`DF_SAMPLE` reports, estimated from a fixed
  evenly spaced sample of that many above, so a question costs the same at 5 or
  50,000 reports.

>>> from rag.config import Config
>>> from rag.records import Chunk, Document
>>> from rag.retrieve.retriever import Retriever
>>> docs = [Document("a", "a.txt", "长治市推进述法工作。", "h1", region="长治市", year=2021),
...         Document("b", "b.txt", "赣州市优化营商环境。", "h2", region="赣州市", year=2022)]
>>> chunks = [Chunk("a:0-10", "a", 0, 10, docs[0].text), Chunk("b:0-10", "b", 0, 10, docs[1].text)]
>>> r = Retriever.build(docs, chunks, Config().replace(embedding={"backend": "none"}))
>>> list(r.search_by_document("述法"))
['a']
>>> [d.doc_id for d in r.reports(year=2022)], r.doc_frequencies(["述法", "市"])
(['b'], (2, {'述法': 1.0, '市': 2.0}))
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import numpy as np

from ..records import Document, Hit
from ..text.normalize import fold
from .expansion import expand_english
from .query import resolve_region

DF_SAMPLE = 256  # reports read to count a term's document frequency; more are sampled evenly


class StoreQueries:
    """Mixed into :class:`rag.retrieve.retriever.Retriever` (needs its documents, chunks and indexes)."""

    # ------------------------------------------------------------------ which reports
    def search_by_document(self, question: str, per_doc: int = 3, region: str | None = None,
                           year: int | None = None) -> dict[str, list[Hit]]:
        """``{doc_id: best hits}`` for every report whose passages match ``question`` lexically,
        best report first; ``region`` / ``year`` restrict it like :meth:`search`'s filters."""
        question = question.strip()
        if not question:
            return {}
        mask = self._report_mask(region, year)
        if mask is not None and not mask.any():
            return {}
        from .query import understand

        terms = understand(question, self._doc_meta, self.lexical.settings).terms
        grouped = self._grouped_bm25(expand_english(question, self.knows_word), max(1, per_doc), mask)
        out: dict[str, list[Hit]] = {}
        for key, score in grouped:
            c = self.chunks[key]
            hits = out.setdefault(c.doc_id, [])
            hits.append(Hit(rank=len(hits) + 1, chunk=c, score=float(score), retrievers=("bm25",),
                            matched_terms=self.matched_terms(key, terms)))
        return out

    def _grouped_bm25(self, question: str, per_doc: int, mask: np.ndarray | None) -> list[tuple[int, float]]:
        """(chunk row, score) of the ``per_doc`` best matching passages of each report, best first."""
        scores = self.lexical.scores(self.lexical.tokenize_query(question))
        keys = np.flatnonzero(scores > 0)
        if mask is not None:
            keys = keys[mask.contains(keys)]
        if not len(keys):
            return []
        order = keys[np.argsort(-scores[keys], kind="stable")]
        doc_of = self._chunk_doc_index()[order]
        seen: dict[int, int] = {}
        picked = []
        for key, d in zip(order.tolist(), doc_of.tolist()):
            n = seen.get(d, 0)
            if n < per_doc:
                seen[d] = n + 1
                picked.append((key, float(scores[key])))
        return picked

    def _chunk_doc_index(self) -> np.ndarray:
        if getattr(self, "_doc_index", None) is None:
            ids = {d: i for i, d in enumerate(dict.fromkeys(c.doc_id for c in self.chunks))}
            self._doc_index = np.array([ids[c.doc_id] for c in self.chunks], dtype=np.int64)
        return self._doc_index

    def _report_mask(self, region: str | None, year: int | None):
        """The chunks of ``region``/``year`` (a :class:`rag.retrieve.scope.ChunkSet`), None = all."""
        if region is None and year is None:
            return None
        regions = resolve_region(region, self._doc_meta) if region else ()
        if region and not regions:
            return self._runs.nothing()
        mask = self._soft_mask(regions, (year,) if year is not None else ())
        return mask if mask is not None else None

    # ------------------------------------------------------------------ listings
    def reports(self, region: str | None = None, year: int | None = None) -> list[Document]:
        """Reports of ``region`` (any spelling :meth:`search` accepts) and/or ``year``, by source name."""
        table = self._report_table()
        if region is not None:
            names = resolve_region(region, self._doc_meta)
            ids = [i for r in names for i in table["region"].get(r, ())]
        else:
            ids = list(self.documents)
        if year is not None:
            ids = [i for i in ids if i in table["year"].get(year, set())]
        return sorted((self.documents[i] for i in set(ids)), key=lambda d: d.source)

    def _report_table(self) -> dict[str, dict]:
        if getattr(self, "_reports_by", None) is None:
            by_region: dict[str, set[str]] = {}
            by_year: dict[int, set[str]] = {}
            for d in self.documents.values():
                by_region.setdefault(d.region, set()).add(d.doc_id)
                if d.year is not None:
                    by_year.setdefault(d.year, set()).add(d.doc_id)
            self._reports_by = {"region": by_region, "year": by_year}
        return self._reports_by

    # ------------------------------------------------------------------ statistics
    def knows_word(self, word: str) -> bool:
        """Is ``word`` in the indexed reports? The BM25 vocabulary when the lexical index is local,
        else the report texts (the document-frequency sample)."""
        knows = getattr(self.lexical, "knows", None)
        if knows is not None:
            return knows(word)
        return self.doc_frequencies([word])[1].get(word, 0) > 0

    def doc_frequencies(self, terms: Iterable[str]) -> tuple[int, dict[str, float]]:
        """(number of reports, {term: reports whose folded text holds it}); estimated above DF_SAMPLE."""
        n = len(self.documents)
        sample = self._df_sample()
        scale = n / len(sample) if sample else 0.0
        return n, {t: self._df_in_sample(t) * scale for t in terms}

    def _df_sample(self) -> tuple[str, ...]:
        if getattr(self, "_df_docs", None) is None:
            ids = sorted(self.documents)
            if len(ids) > DF_SAMPLE:
                ids = [ids[i] for i in np.linspace(0, len(ids) - 1, DF_SAMPLE).round().astype(int)]
            self._df_docs = tuple(fold(self.documents[i].text) for i in ids)
            self._df_cache = functools.lru_cache(maxsize=4096)(SubstringCounter(self._df_docs).count)
        return self._df_docs

    def _df_in_sample(self, term: str) -> int:
        self._df_sample()
        return self._df_cache(term)


class SubstringCounter:
    """``count(term) == sum(term in t for t in texts)``, checking only the texts holding every
    character bigram of ``term`` (a 1-character term: that character).

    Each distinct bigram / character maps to an int bitmask of the texts containing it, built
    once; a term's candidates are the AND of its bigrams' masks, a superset of the texts that
    contain it, and ``term in text`` decides on those alone, so the count is exact.

    >>> c = SubstringCounter(["述法工作", "法治政府", "工作报告"])
    >>> c.count("工作"), c.count("法"), c.count("法工"), c.count("作法"), c.count("")
    (2, 2, 1, 0, 3)
    """

    def __init__(self, texts: Sequence[str]):
        self.texts = tuple(texts)
        masks: dict[str, int] = {}
        get = masks.get
        for i, t in enumerate(self.texts):
            bit = 1 << i
            for key in {t[j:j + 2] for j in range(len(t) - 1)} | set(t):
                masks[key] = get(key, 0) | bit
        self._masks = masks

    def candidates(self, term: str) -> int:
        """Bitmask of the texts that may hold ``term`` (every text for an empty term)."""
        if not term:
            return (1 << len(self.texts)) - 1
        if len(term) == 1:
            return self._masks.get(term, 0)
        get = self._masks.get
        mask = -1
        for j in range(len(term) - 1):
            mask &= get(term[j:j + 2], 0)
            if not mask:
                return 0
        return mask

    def count(self, term: str) -> int:
        mask = self.candidates(term)
        if len(term) <= 2:  # the mask is the answer: a text holds the character / bigram or not
            return mask.bit_count()
        n = 0
        texts = self.texts
        while mask:
            low = mask & -mask
            if term in texts[low.bit_length() - 1]:
                n += 1
            mask ^= low
        return n


def idf_inputs(retriever, terms: Sequence[str]) -> tuple[int, dict[str, float]] | None:
    """``retriever.doc_frequencies(terms)`` when the retriever has it (None for a bare search object)."""
    fn = getattr(retriever, "doc_frequencies", None)
    return fn(terms) if fn is not None else None
