"""The Retriever: question -> ranked, de-duplicated passages with their provenance.

Pipeline per question: understand regions/years (:mod:`rag.retrieve.query`) ->
BM25 and dense candidates (each also restricted to the mentioned regions/years, so
the right report's passages are always candidates) -> Reciprocal Rank Fusion ->
metadata boost (a passage of the mentioned region outranks one that is not) ->
optional cross-encoder rerank -> overlapping passages of one document merged ->
top k :class:`~rag.records.Hit` with ``retrievers`` and ``matched_terms``.

Explicit ``region=`` / ``year=`` filter instead of boosting.  ``dense`` and
``hybrid`` fall back to ``bm25`` with a note when no embedder can run.

>>> from rag.config import Config
>>> from rag.records import Chunk, Document
>>> doc = Document("d1", "a.txt", "長治市推進行政復議。", "h", region="长治市", year=2021, script="hant")
>>> r = Retriever.build([doc], [Chunk("d1:0-10", "d1", 0, 10, doc.text)], Config().replace(embedding={"backend": "none"}))
>>> res = r.search("长治的行政复议", k=1)
>>> res.hits[0].matched_terms, res.mode_used
(('長治', '行政復議'), 'bm25')
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..config import Config
from ..errors import ConfigError, QuestionError
from ..index.build import load_indexes, read_info, retrieval_text, tokenizer_settings
from ..index.embedders import Embedder, load_embedder, probe_embedder
from ..index.lexical_index import LexicalIndex, top_k
from ..index.model_probe import EmbedderStatus
from ..records import Chunk, Document, Hit
from ..text.normalize import fold, fold_chars
from .expansion import expand_english
from .fusion import boost, merge_scored, metadata_bonus, rrf
from .query import QueryInfo, resolve_region, understand
from .rerank import Reranker, load_reranker, rerank
from .scope import ChunkSet, DocRuns, named_runs, scope_free, scope_words
from .store_queries import StoreQueries

MODES = ("hybrid", "dense", "bm25")
SCOPED = "bm25_scoped"  # the named report's BM25 ranking without its scope words (:func:`rag.retrieve.scope.scope_free`)
SCOPED_WEIGHT = 0.5  # its vote, of BM25's: it reorders the named report's passages, the question's own ranking leads
SCOPED_DEPTH = 2  # …for its best passages only: one fact asked, the rest of that ranking adds passages holding a word or two


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    query: QueryInfo
    mode_used: str
    notes: list[str] = field(default_factory=list)


def dense_off_status(info, cfg: Config) -> EmbedderStatus | None:
    """Why an index opens without dense retrieval, whatever its store: the config turns it off, or the
    index was built without vectors. None when the index has vectors (load the embedder then)."""
    if cfg.embedding.backend == "none":
        return probe_embedder(cfg.embedding)
    if not info.n_vectors:
        built = info.embedder.get("reason") or "no embedder was available"
        return EmbedderStatus(info.embedder.get("wanted", ""), False, f"the index was built without vectors: {built}",
                              info.embedder.get("how_to_fix", ""))
    return None


class Retriever(StoreQueries):  # issue 12: StoreQueries = store-side queries for the answer layer
    """Search over one index generation; build with :meth:`load` (on disk) or :meth:`build` (in memory)."""

    def __init__(self, documents: Sequence[Document], chunks: Sequence[Chunk], lexical: LexicalIndex, cfg: Config,
                 vectors=None, embedder: Embedder | None = None, embedder_status: EmbedderStatus | None = None,
                 reranker: Reranker | None = None):
        if lexical.n_docs != len(chunks):
            raise ConfigError(f"The BM25 index has {lexical.n_docs} passages but {len(chunks)} chunks were given.")
        self.cfg = cfg
        self.documents = {d.doc_id: d for d in documents}
        self.chunks = list(chunks)
        self.lexical, self.vectors, self.embedder, self.reranker = lexical, vectors, embedder, reranker
        self.embedder_status = embedder_status
        self._doc_meta = [(d.doc_id, d.region, d.year, d.region_code) for d in documents]
        docs = [self.documents.get(c.doc_id) for c in self.chunks]
        self._chunk_region = np.array([d.region if d else "" for d in docs], dtype=object)
        # regions as small integers: np.isin on ints is ~10x faster than on Python strings at 100k+ chunks
        self._region_names, ids = np.unique(self._chunk_region.astype(str), return_inverse=True) \
            if len(docs) else (np.array([], dtype=str), np.zeros(0, np.int64))
        self._chunk_region_id = np.asarray(ids, dtype=np.int64).reshape(-1)
        self._region_id = {str(r): i for i, r in enumerate(self._region_names)}
        self._chunk_year = np.array([d.year if d and d.year is not None else -1 for d in docs], dtype=np.int64)
        self._runs = DocRuns.of(self.chunks, self.documents)  # region/year filters as row ranges (issue 12)
        self._folded: dict[int, str] = {}

    @classmethod
    def load(cls, gen_dir: Path, documents: Sequence[Document], chunks: Sequence[Chunk], cfg: Config) -> Retriever:
        """Open the indexes built by :func:`rag.index.build.build_indexes` in ``gen_dir``."""
        # --- store backend (issue 12): another [store] backend opens its own retriever ---
        from ..index.stores import backend_name, get_store

        if backend_name(cfg) != "faiss" and cls is Retriever:
            return get_store(cfg).open(Path(gen_dir), documents, chunks, cfg)
        # --- end store backend ---
        info = read_info(Path(gen_dir))
        vectors, lexical, embedder = load_indexes(Path(gen_dir), cfg, info)
        status = dense_off_status(info, cfg)
        if status is None and embedder is None:
            status = load_embedder(cfg.embedding, cfg.base_dir)[1]
        reranker = load_reranker(cfg.retrieval, cfg.base_dir, cfg.embedding.device)[0]
        return cls(documents, chunks, lexical, cfg, vectors, embedder, status, reranker)

    @classmethod
    def build(cls, documents: Sequence[Document], chunks: Sequence[Chunk], cfg: Config) -> Retriever:
        """Index ``chunks`` in memory (nothing written); for tests, notebooks and benchmarks."""
        texts = [retrieval_text(c) for c in chunks]
        lexical = LexicalIndex.build(texts, tokenizer_settings(cfg, documents))
        embedder, status = (load_embedder(cfg.embedding, cfg.base_dir) if cfg.embedding.backend != "none"
                            else (None, probe_embedder(cfg.embedding)))
        vectors = None
        if embedder is not None:
            from ..index.vectors import VectorIndex

            vectors = VectorIndex.build(embedder.embed_passages(texts), cfg.retrieval.exact_threshold)
        reranker = load_reranker(cfg.retrieval, cfg.base_dir, cfg.embedding.device)[0]
        return cls(documents, chunks, lexical, cfg, vectors, embedder, None if embedder else status, reranker)

    # ------------------------------------------------------------------ search
    def search(self, question: str, k: int | None = None, mode: str | None = None,
               region: str | None = None, year: int | None = None) -> SearchResult:
        question, k, mode = self._check(question, k, mode)
        notes: list[str] = []
        info = understand(question, self._doc_meta, self.lexical.settings)
        notes.extend(info.notes)  # ambiguous place names, parents without a report of their own
        allowed, info = self._explicit_filter(region, year, info, notes)
        if allowed is not None and not allowed.any():
            return SearchResult([], info, mode, notes)
        mode_used = self._effective_mode(mode, notes)
        prefer = None if allowed is not None and region else self._soft_mask(info.regions, ())
        prefer_year = None if year is not None else self._soft_mask((), info.years)
        prefs = [m for m in (prefer, prefer_year) if m is not None]
        rankings = self._rankings(expand_english(question, self.knows_word), info, mode_used, allowed, prefs, notes)
        mode_used = mode_used if "dense" in rankings or mode_used == "bm25" else "bm25"
        r = self.cfg.retrieval
        fused = rrf(rankings, {"bm25": r.bm25_weight, "dense": r.dense_weight, SCOPED: SCOPED_WEIGHT * r.bm25_weight}, k=r.rrf_k)
        bonus = self._bonus([key for key, _ in fused], prefer, prefer_year, len(rankings))
        fused = self._rerank(question, boost(fused, bonus), bonus, notes)
        if not fused and not info.terms:
            notes.append("The question has no searchable words.")
        return SearchResult(self._hits(fused, rankings, info, k), info, mode_used, notes)

    def per_report(self, query: str, per_doc: int = 3, regions: Sequence[str] = ()) -> list[Hit]:
        """The best ``per_doc`` BM25 passages of every report the query's words match at all, with
        no overall top-k cap: one index lookup for "which reports" answers and comparisons, which
        must see every matching report however many are indexed (only ``regions``' reports if given)."""
        tokens = self.lexical.tokenize_query(expand_english(query, self.knows_word))
        if regions:
            sel = self._runs.select(regions, ())
            s, ids = self.lexical.top(tokens, len(self.chunks), sel.ranges()) if sel.any() else ([], [])
        else:
            s, ids = top_k(self.lexical.scores(tokens), len(self.chunks))
        ids = np.asarray(ids, dtype=np.int64)
        if len(ids):  # each report's first per_doc in rank order, at once: rank within report < per_doc
            rep = self._tables().report_of_row[ids]
            order = np.argsort(rep, kind="stable")  # by report, rank order kept within one
            r = rep[order]
            first = np.r_[0, np.flatnonzero(r[1:] != r[:-1]) + 1]
            within = np.arange(len(r)) - np.repeat(first, np.diff(np.r_[first, len(r)]))
            keep = np.sort(order[within < per_doc])
            ids, s = ids[keep], np.asarray(s)[keep]
        return [Hit(rank=i + 1, chunk=self.chunks[key], score=float(score), retrievers=("bm25",))
                for i, (key, score) in enumerate(zip(ids.tolist(), np.asarray(s).tolist()))]

    def mentioning(self, key: str, terms: Sequence[str], weights: Mapping[str, float], min_coverage: float,
                   required: Sequence[str] = ()):
        """The passages that hold ``key`` (and every ``required`` term) and ``min_coverage`` of
        ``terms``' weight, grouped by report in report-id order, from the BM25 posting arrays
        (:mod:`rag.retrieve.mentions`).  ``report_ids()[m.report[i]]`` is the report of ``m.rows[i]``."""
        return self._tables().mentioning(key, terms, weights, min_coverage, required)

    @property
    def has_postings(self) -> bool:
        """Whether :meth:`mentioning` can answer (a local BM25 index; a Milvus store has none here)."""
        return getattr(self.lexical, "bm25", None) is not None

    def in_text(self, m, forms: Sequence[str]) -> np.ndarray:
        """Rows of ``m`` (:meth:`mentioning`) known to hold one of ``forms`` in their own text, unread."""
        return self._tables().in_text(m, forms)

    def passage_texts(self, rows: np.ndarray) -> list[str]:
        return self._tables().texts(rows)

    def report_ids(self) -> list[str]:
        """Report ids in the order :meth:`mentioning` numbers them (sorted)."""
        return self._tables().report_ids

    def _tables(self):
        from .mentions import PassageTables

        if getattr(self, "_passage_tables", None) is None:
            self._passage_tables = PassageTables(self.lexical, self.chunks, self._runs)
        return self._passage_tables

    def _check(self, question: str, k: int | None, mode: str | None) -> tuple[str, int, str]:
        if not isinstance(question, str) or not question.strip():
            raise QuestionError("The question is empty. Type a question, e.g. 长治市2021年如何推进行政复议工作？")
        limit = self.cfg.answer.max_question_chars
        if len(question) > limit:
            raise QuestionError(f"The question has {len(question)} characters; the limit is {limit} "
                                "([answer] max_question_chars). Shorten it.")
        k = self.cfg.retrieval.top_k if k is None else k
        if not isinstance(k, int) or isinstance(k, bool) or k < 1:
            raise ConfigError(f"k must be a positive integer, got {k!r}.")
        mode = mode or self.cfg.retrieval.mode
        if mode not in MODES:
            raise ConfigError(f"Unknown retrieval mode {mode!r}. Valid: {', '.join(MODES)}. "
                              'Set [retrieval] mode in rag.toml or pass --mode.')
        return question.strip(), k, mode

    def _effective_mode(self, mode: str, notes: list[str]) -> str:
        if mode == "bm25" or (self.vectors is not None and self.embedder is not None):
            return mode
        if self.cfg.embedding.backend == "none":  # lexical only by choice: nothing to report
            return "bm25"
        why = self.embedder_status.message() if self.embedder_status else "The index was built without vectors."
        notes.append(f"Dense retrieval is unavailable: {why} Used BM25 only.")
        return "bm25"

    def _explicit_filter(self, region: str | None, year: int | None, info: QueryInfo,
                         notes: list[str]) -> tuple[ChunkSet | None, QueryInfo]:
        if region is None and year is None:
            return None, info
        regions = resolve_region(region, self._doc_meta) if region else ()
        unplaced = self._runs.unplaced()  # reports whose region is unknown are searched too, and said so
        if region and unplaced.any():
            n = len({m[0] for m in self._doc_meta if not m[1]})
            note = f"{n} report(s) have no known region; they were searched too."
            notes.append(note)
            info = _replace(info, notes=(*info.notes, note))
        if region and not regions:
            known = ", ".join(sorted({m[1] for m in self._doc_meta if m[1]})) or "none"
            notes.append(f"No report covers region {region!r}. Known regions: {known}.")
            if not unplaced.any():
                info = _replace(info, unknown_regions=tuple(dict.fromkeys(info.unknown_regions + (region,))))
                return self._runs.nothing(), info
        mask = self._soft_mask(regions, (year,) if year is not None else ())
        if region and mask is not None:
            mask |= unplaced & (self._soft_mask((), (year,)) if year is not None else self._runs.everything())
        if year is not None and not self._runs.has_year(year):
            notes.append(f"No report covers year {year}.")
            info = _replace(info, unknown_years=tuple(dict.fromkeys(info.unknown_years + (year,))))
        info = _replace(info, regions=regions or info.regions, years=(year,) if year is not None else info.years)
        return (mask if mask is not None else self._runs.everything()), info

    def _soft_mask(self, regions: Sequence[str], years: Sequence[int]) -> ChunkSet | None:
        """Chunks whose document has one of ``regions`` (if any) and one of ``years`` (if any): row
        ranges, so a filter costs the reports it selects, not the corpus."""
        if not regions and not years:
            return None
        return self._runs.select(regions, years)

    def _rankings(self, question: str, info: QueryInfo, mode: str, allowed: ChunkSet | None,
                  prefer: list[ChunkSet], notes: list[str]) -> dict[str, list[int]]:
        n = max(self.cfg.retrieval.candidates, 1)
        masks = [allowed] + [p if allowed is None else p & allowed for p in prefer]
        out: dict[str, list[int]] = {}
        q = self._embed_query(question, notes) if mode in ("hybrid", "dense") else None
        if mode in ("hybrid", "bm25") or (mode == "dense" and q is None):
            tokens = self.lexical.tokenize_query(question)
            live = [m for m in masks if m is None or m.any()]  # an empty selection finds nothing
            found = self.lexical.top_each(tokens, n, [None if m is None else m.ranges() for m in live])
            out["bm25"] = merge_scored(*(list(zip(np.asarray(ids).tolist(), np.asarray(s, dtype=np.float64).tolist()))
                                         for s, ids in found))  # (Python ints and floats, as int()/float() give)
            named = named_runs([p if allowed is None else p & allowed for p in prefer])
            scope, department = self._scope_tokens(named, info) if named is not None else ([], [])
            rest = scope_free(tokens, scope) if any(t in tokens for t in department) else []
            if rest:  # a department's report named: its passages by what is asked, its issuer's words left out
                out[SCOPED] = np.asarray(self.lexical.top(rest, SCOPED_DEPTH, named.ranges())[1]).tolist()
        if q is not None:
            out["dense"] = merge_scored(*(self._dense(q, n, m) for m in masks))
        return out

    def _scope_tokens(self, named: ChunkSet, info: QueryInfo) -> tuple[list[str], list[str]]:
        titles = [getattr(self.documents.get(self.chunks[int(i)].doc_id), "title", "") for i in named.runs_of.starts[named.runs]]
        return scope_words(titles, info.regions, info.years, self.lexical.tokenize_query)

    def _embed_query(self, question: str, notes: list[str]) -> np.ndarray | None:
        try:
            return self.embedder.embed_query(question)
        except Exception as e:  # noqa: BLE001 - a failing model must not break search
            notes.append(f"Dense retrieval failed ({type(e).__name__}: {e}); used BM25 only.")
            return None

    def _dense(self, q: np.ndarray, n: int, sel: ChunkSet | None) -> list[tuple[int, float]]:
        if sel is not None and not sel.any():
            return []
        mask = None if sel is None else sel.mask()
        scores, ids = self.vectors.search(q[None, :], min(n, max(self.vectors.n, 1)), allowed=mask)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _bonus(self, keys: list[int], region_mask, year_mask, n_rankings: int) -> dict[int, float]:
        r = self.cfg.retrieval
        if (region_mask is None and year_mask is None) or not r.metadata_boost or not n_rankings:
            return {}
        out = {}
        rows = np.asarray(keys, dtype=np.int64)
        in_region = region_mask.contains(rows) if region_mask is not None else np.zeros(len(rows), bool)
        in_year = year_mask.contains(rows) if year_mask is not None else np.zeros(len(rows), bool)
        for key, r_in, y_in in zip(keys, in_region.tolist(), in_year.tolist()):
            rm, ym = float(r_in), float(y_in)
            if rm or ym:
                out[key] = metadata_bonus(rm, ym, r.metadata_boost, n_rankings, r.rrf_k)
        return out

    def _rerank(self, question: str, fused: list[tuple[int, float]], bonus: dict[int, float],
                notes: list[str]) -> list[tuple[int, float]]:
        if self.reranker is None or not fused:
            return fused
        top_n = max(1, self.cfg.retrieval.rerank_top_n)
        head = [(key, retrieval_text(self.chunks[key])) for key, _ in fused[:top_n]]
        try:
            reranked = rerank(self.reranker, question, head)
        except Exception as e:  # noqa: BLE001
            notes.append(f"Reranking failed ({type(e).__name__}: {e}); kept the fused order.")
            return fused
        # the metadata preference survives reranking: matching passages stay ahead
        reranked.sort(key=lambda kv: -bonus.get(kv[0], 0.0))
        return reranked + fused[top_n:]

    # ------------------------------------------------------------------ hits
    def _hits(self, fused: list[tuple[int, float]], rankings: dict[str, list[int]], info: QueryInfo,
              k: int) -> list[Hit]:
        found_by = {}
        for name, keys in rankings.items():
            for key in keys:
                found_by.setdefault(key, []).append("bm25" if name == SCOPED else name)
        picked: list[tuple[int, float, set[str]]] = []
        texts: set[tuple[str, str, int | None]] = set()
        for key, score in fused:
            c = self.chunks[key]
            same = next((p for p in picked if _overlaps(self.chunks[p[0]], c)), None)
            if same is not None:
                same[2].update(found_by.get(key, ()))
                continue
            doc = self.documents.get(c.doc_id)
            seen = (c.text, doc.region if doc else "", doc.year if doc else None)
            if seen in texts:  # the same passage in a duplicate document (the same place's, the same year's): another
                continue  # place's report saying the same words is not a duplicate, nor does it stand in for the asked one
            if len(picked) == k:
                break
            texts.add(seen)
            picked.append((key, score, set(found_by.get(key, ()))))
        return [Hit(rank=i + 1, chunk=self.chunks[key], score=float(score),
                    retrievers=tuple(sorted(by)), matched_terms=self.matched_terms(key, info.terms))
                for i, (key, score, by) in enumerate(picked)]

    def matched_terms(self, key: int, terms: Sequence[str]) -> tuple[str, ...]:
        """Query terms found in chunk ``key``, spelled as in the chunk (長治 for 长治), longest kept."""
        text = self.chunks[key].text
        folded = self._folded.get(key)
        if folded is None:
            folded = fold(text)
            folded = folded if len(folded) == len(text) else fold_chars(text)
            self._folded[key] = folded
        found: list[str] = []
        for t in sorted({t for t in terms if len(t) >= 2}, key=lambda t: (-len(t), t)):
            i = folded.find(t)
            if i >= 0 and not any(t in f for f in found):
                found.append(t)
        order = {t: i for i, t in enumerate(terms)}
        return tuple(text[folded.find(t): folded.find(t) + len(t)] for t in sorted(found, key=order.__getitem__))


def _overlaps(a: Chunk, b: Chunk) -> bool:
    return a.doc_id == b.doc_id and a.start < b.end and b.start < a.end


def _replace(info: QueryInfo, **changes) -> QueryInfo:
    return dataclasses.replace(info, **changes)
