"""Which chunks a region/year filter selects, as runs of chunk rows, built once per index.

A report's chunks are consecutive rows of the chunk table (a report's chunks are written
together), so "the chunks of these reports" is a handful of ``[start, end)`` row ranges.
A filter then costs the reports it selects, not the corpus: BM25 is scored only inside
the ranges (:meth:`rag.index.lexical_index.LexicalIndex.top`), and membership of a candidate
is a binary search.  Rows of one report that are not consecutive simply form several runs.

>>> from rag.records import Chunk, Document
>>> docs = {"a": Document("a", "a.txt", "x", "h", region="长治市", year=2021),
...         "b": Document("b", "b.txt", "y", "h", region="赣州市", year=2022)}
>>> chunks = [Chunk(f"{d}:{i}", d, i, i + 1, "t") for d in "aab" for i in range(1)]
>>> runs = DocRuns.of(chunks, docs)
>>> sel = runs.select(["赣州市"], ())
>>> sel.ranges(), sel.contains(np.array([0, 2])).tolist(), sel.mask().tolist()
((array([2]), array([3])), [False, True], [False, False, True])
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..records import Chunk, Document
from ..text import lazy_re as re


@dataclass(frozen=True, eq=False)
class DocRuns:
    """Maximal runs of consecutive chunk rows of one document, with the document's region and year."""

    starts: np.ndarray  # first row of each run
    ends: np.ndarray  # one past its last row
    region: np.ndarray  # region string of each run's document ("" unknown)
    year: np.ndarray  # year of each run's document (-1 unknown)
    n_chunks: int
    by_region: dict[str, np.ndarray]  # region -> runs (ascending)
    by_year: dict[int, np.ndarray]

    @classmethod
    def of(cls, chunks: Sequence[Chunk], documents: Mapping[str, Document]) -> DocRuns:
        starts = [i for i, c in enumerate(chunks) if i == 0 or chunks[i - 1].doc_id != c.doc_id]
        ends = starts[1:] + [len(chunks)]
        docs = [documents.get(chunks[s].doc_id) for s in starts]
        region = [d.region if d is not None and d.region else "" for d in docs]
        year = [d.year if d is not None and d.year is not None else -1 for d in docs]
        by_region: dict[str, list[int]] = {}
        by_year: dict[int, list[int]] = {}
        for i, (r, y) in enumerate(zip(region, year)):
            by_region.setdefault(r, []).append(i)
            by_year.setdefault(y, []).append(i)
        return cls(np.asarray(starts, np.int64), np.asarray(ends, np.int64), np.asarray(region, dtype=object),
                   np.asarray(year, np.int64), len(chunks),
                   {r: np.asarray(v, np.int64) for r, v in by_region.items()},
                   {y: np.asarray(v, np.int64) for y, v in by_year.items()})

    def select(self, regions: Sequence[str], years: Sequence[int]) -> ChunkSet:
        """Chunks of documents with one of ``regions`` (if any) and one of ``years`` (if any)."""
        none = np.zeros(0, np.int64)  # the selected reports' runs only: no array over every report
        by_region = _union([self.by_region.get(r, none) for r in dict.fromkeys(regions)]) if regions else None
        by_year = _union([self.by_year.get(int(y), none) for y in dict.fromkeys(years)]) if years else None
        if by_region is not None and by_year is not None:
            return ChunkSet(self, np.intersect1d(by_region, by_year, assume_unique=True))
        if by_region is None and by_year is None:
            return self.everything()
        return ChunkSet(self, by_region if by_region is not None else by_year)

    def everything(self) -> ChunkSet:
        return ChunkSet(self, np.arange(len(self.starts), dtype=np.int64))

    def nothing(self) -> ChunkSet:
        return ChunkSet(self, np.zeros(0, np.int64))

    def unplaced(self) -> ChunkSet:
        """Chunks of documents whose region is unknown."""
        return ChunkSet(self, self.by_region.get("", np.zeros(0, np.int64)))

    def has_year(self, year: int) -> bool:
        return int(year) in self.by_year


@dataclass(frozen=True, eq=False)
class ChunkSet:
    """A set of chunk rows: whole runs of :class:`DocRuns` (sorted run numbers)."""

    runs_of: DocRuns
    runs: np.ndarray

    def any(self) -> bool:
        return bool(len(self.runs)) and bool((self.runs_of.ends[self.runs] > self.runs_of.starts[self.runs]).any())

    def __and__(self, other: ChunkSet) -> ChunkSet:
        return ChunkSet(self.runs_of, np.intersect1d(self.runs, other.runs, assume_unique=True))

    def __or__(self, other: ChunkSet) -> ChunkSet:
        return ChunkSet(self.runs_of, np.union1d(self.runs, other.runs))

    def ranges(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Sorted ``(starts, ends)`` of the selected rows; None when every row is selected."""
        if len(self.runs) == len(self.runs_of.starts):
            return None
        return self.runs_of.starts[self.runs], self.runs_of.ends[self.runs]

    def contains(self, rows: np.ndarray) -> np.ndarray:
        """Boolean per row: is it selected? (a binary search per row)"""
        rows = np.asarray(rows, dtype=np.int64)
        run = np.searchsorted(self.runs_of.starts, rows, side="right") - 1
        pos = np.searchsorted(self.runs, run)
        pos[pos == len(self.runs)] = 0
        return (self.runs[pos] == run) if len(self.runs) else np.zeros(len(rows), bool)

    def mask(self) -> np.ndarray:
        """The selection as a boolean array over all chunk rows (for backends that take masks)."""
        out = np.zeros(self.runs_of.n_chunks, bool)
        for s, e in zip(self.runs_of.starts[self.runs].tolist(), self.runs_of.ends[self.runs].tolist()):
            out[s:e] = True
        return out

    def __getitem__(self, row: int) -> bool:  # mask-style access: sel[row]
        return bool(self.contains(np.array([row]))[0])


def _union(parts: list[np.ndarray]) -> np.ndarray:
    if not parts:
        return np.zeros(0, np.int64)
    return parts[0] if len(parts) == 1 else np.unique(np.concatenate(parts))


NAMED_REPORTS = 3  # a question naming its report (place and year, a department) selects at most this many


def named_runs(prefer: Sequence[ChunkSet]) -> ChunkSet | None:
    """The few reports all of the question's soft filters (its place, its year) select together, or None when
    they select none or more than :data:`NAMED_REPORTS`: the question names its report."""
    if not prefer:
        return None
    sel = prefer[0]
    for other in prefer[1:]:
        sel = sel & other
    return sel if sel.any() and len(sel.runs) <= NAMED_REPORTS else None


def scope_free(tokens: Sequence[str], scope: Sequence[str]) -> list[str]:
    """The question's ``tokens`` without those naming its report (``scope``: the tokens of the named reports'
    issuers (:func:`issuer`), places and years): inside one report they match its title and signature passages, not the answer
    (台州市交通运输局…纠错率: every passage of that bureau's report says 交通运输, one says 纠错率).  [] when no
    token is a scope word, or every one is.

    >>> scope_free(["台州市", "交通运输", "局", "行政复议", "纠错率"], ["台州市", "交通运输", "局", "2022"])
    ['行政复议', '纠错率']
    """
    drop = set(scope)
    rest = [t for t in tokens if t not in drop]
    return rest if len(rest) < len(tokens) else []


_ISSUER_END_RE = re.compile(r"(?:19|20)\d\d|关于|法治政府|法治建设|依法行政")


def issuer(title: str) -> str:
    """Who issued a report, as its title opens: the words before its year or its genre's words (``台州市交通运输局``
    of 台州市交通运输局2022年度法治政府建设工作报告); "" when the title opens with neither.

    >>> issuer("台州市交通运输局2022年度法治政府建设工作报告"), issuer("某县人民政府关于法治政府建设情况的报告")
    ('台州市交通运输局', '某县人民政府')
    """
    m = _ISSUER_END_RE.search(title)
    return title[:m.start()].strip() if m else ""


def scope_words(titles: Sequence[str], regions: Sequence[str], years: Sequence[int],
                tokenize: Callable[[str], list[str]]) -> tuple[list[str], list[str]]:
    """(query tokens of the named reports' issuers (:func:`issuer` of their ``titles``), the question's places and
    years; the issuers' words but the places' and the government's: the department a report is of, 交通运输 of
    台州市交通运输局, none for 新安县人民政府)."""
    places = tokenize(" ".join([*regions, *map(str, years)]))
    issuers = tokenize(" ".join(map(issuer, titles)))
    department = [t for t in issuers if t not in places and not t.startswith("2:")  # (a character bigram)
                  and not any(t in r for r in regions) and not t.endswith("政府")]  # 人民政府, 县政府: the place's own
    return [*issuers, *places], department
