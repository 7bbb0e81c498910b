"""Exact BM25 top-n without scoring every passage that holds a query word.

bm25s keeps, per token, a posting list sorted by passage id with the passage's
precomputed BM25 term score (its "eager" sparse index); a query's score is the sum,
in query-token order, of its tokens' entries (``BM25.get_scores_from_ids``: float32,
one ``np.add.at`` per token).  Scoring that sum over every passage costs the total
length of the query's posting lists, which grows with the corpus (a common word such
as 法治 is in most of 400,000 passages).  Two exact shortcuts over the same arrays:

* **ranges** — only passages inside given ``[start, end)`` id ranges (the chunks of the
  reports a question's region/year selects): each posting list is sliced with
  ``np.searchsorted`` on the range bounds, so the cost is the matching postings plus
  ``terms x log(postings)``, independent of how many other reports are indexed.
* **MaxScore** (Turtle & Flood 1995, "Query evaluation: strategies and optimizations",
  IP&M 31(6); the "essential lists" form of Ding & Suel 2011, SIGIR): term scores are
  non-negative, so a passage holding only terms whose upper bounds sum below the
  current n-th best score can never enter the top n.  The n-th best score of the
  passages holding the rarest terms gives that threshold; the other terms' passages
  are then scored only where they are candidates (a binary search per candidate).

Both return exactly :func:`rag.index.lexical_index.top_k` of the full bm25s scores: the
same ids, the same float32 scores (the per-passage sum is accumulated in the same
token order), ties broken by lower id.  ``tests/test_lexical_topk.py`` checks this
against brute force on real indexes.

Where every posting must be added (a question's words common across the corpus), it is
added by :func:`accumulate`: SciPy's compiled CSC matrix-vector loop over one posting
list at a time (``y[i] += x * a`` with ``x = 1``: the same float32 sums, in the same
order, as bm25s' ``np.add.at``), measured 3.5x faster than ``np.add.at`` at 5,000 reports.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import IndexCorrupt


def _compiled_matvec():
    """SciPy's compiled ``csc_matvec`` (private API), or None when a SciPy release moved or changed it:
    then np.add.at stands in (the same sums, slower).  Checked once on a small list with a repeat."""
    try:
        from scipy.sparse._sparsetools import csc_matvec

        ids, vals = np.array([2, 0, 2], np.int32), np.array([0.5, 1.25, 0.75], np.float32)
        got = np.zeros(3, np.float32)
        csc_matvec(3, 1, np.array([0, 3], np.int32), ids, vals, np.ones(1, np.float32), got)
        return csc_matvec if got.tolist() == [1.25, 0.0, 1.25] else None
    except Exception:  # noqa: BLE001 - any failure means: use np.add.at
        return None


_csc_matvec = _compiled_matvec()

# Float32 sums of per-term scores never exceed the float64 sum of their upper bounds by more
# than a few float32 ulps; this margin keeps the pruning exact for queries of any length here.
_MARGIN = 1e-5
# A binary search for one candidate in one list costs about this many postings accumulated in a pass
_SEARCH_COST = 4
# Postings above 1/_DENSE_SHARE of the corpus: accumulate densely at once (pruning rarely pays there)
_DENSE_SHARE = 4
# A strided sample of this many times n scores sets the floor a ranked passage must reach (_sample_floor)
_SAMPLE = 64


@dataclass(frozen=True)
class Postings:
    """bm25s' eager index (CSC: ``indptr`` per token; ``indices`` sorted passage ids; ``data`` scores)."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    n_docs: int
    upper: np.ndarray  # per-token maximum term score (upper bound of its contribution)

    @classmethod
    def of(cls, scores: dict) -> Postings:
        data, indptr, indices = scores["data"], scores["indptr"], scores["indices"]
        n_docs = int(scores["num_docs"])
        if len(indices) and (int(indices.max()) >= n_docs or int(indices.min()) < 0):  # accumulate() trusts them
            raise IndexCorrupt(f"The BM25 index holds passage ids outside 0..{n_docs - 1}. "
                               "Rebuild it with `rag ingest --rebuild`.")
        upper = np.zeros(len(indptr) - 1, dtype=np.float64)
        nonempty = np.flatnonzero(np.diff(indptr) > 0)
        if len(nonempty):
            upper[nonempty] = np.maximum.reduceat(data, indptr[nonempty])
        return cls(data, indices, indptr, n_docs, upper)

    def postings(self, token: int) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = self.indptr[token], self.indptr[token + 1]
        return self.indices[lo:hi], self.data[lo:hi]

    def scores(self, tokens: list[int]) -> np.ndarray:
        """Every passage's score (float32, ``n_docs``): bm25s' ``get_scores_from_ids``, bit for bit."""
        acc = np.zeros(self.n_docs, dtype=np.float32)
        for t in tokens:
            accumulate(acc, *self.postings(t))
        return acc


def accumulate(acc: np.ndarray, ids: np.ndarray, vals: np.ndarray) -> None:
    """``np.add.at(acc, ids, vals)``: each ``vals[k]`` added to ``acc[ids[k]]`` in turn (float32, in
    list order, so sums are bit-identical), through SciPy's compiled CSC mat-vec when the dtypes fit.
    ``ids`` must lie in ``0..len(acc)-1`` (the compiled loop does not check; :meth:`Postings.of` does)."""
    if (_csc_matvec is not None and acc.dtype == vals.dtype == np.float32 and ids.dtype in (np.int32, np.int64)
            and acc.flags.c_contiguous and ids.flags.c_contiguous and vals.flags.c_contiguous):
        _csc_matvec(len(acc), 1, np.array([0, len(ids)], dtype=ids.dtype), ids, vals, _ONE, acc)
    else:
        np.add.at(acc, ids, vals)


_ONE = np.ones(1, dtype=np.float32)


def top_n(post: Postings, tokens: list[int], n: int,
          ranges: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(scores float32, ids int64) of the ``n`` best passages with score > 0, best first, ties by
    lower id; only passages inside ``ranges`` (sorted, disjoint ``(starts, ends)``) when given.

    >>> import bm25s
    >>> bm = bm25s.BM25(method="lucene"); bm.index([["a", "b"], ["b"], ["a", "a", "c"]], show_progress=False)
    >>> p = Postings.of(bm.scores)
    >>> ids = [bm.vocab_dict["a"], bm.vocab_dict["b"]]
    >>> [round(float(x), 3) for x in bm.get_scores_from_ids(ids)], top_n(p, ids, 2)[1].tolist()
    ([0.376, 0.243, 0.231], [0, 1])
    """
    lists = [_restricted(post, t, ranges) for t in tokens]
    lists = [(t, ids, vals) for t, (ids, vals) in zip(tokens, lists) if len(ids)]
    if not lists or n < 1:
        return np.zeros(0, np.float32), np.zeros(0, np.int64)
    total = sum(len(ids) for _, ids, _ in lists)
    if total <= 8 * n or len(lists) == 1:
        return _brute(lists, n, post.n_docs)
    by_rarity = sorted(range(len(lists)), key=lambda i: len(lists[i][1]))
    seed = _seed(lists, by_rarity, n)
    if len(seed) < n:
        return _brute(lists, n, post.n_docs)
    if total * _DENSE_SHARE > post.n_docs or len(seed) * len(lists) * _SEARCH_COST > total:
        return _brute(lists, n, post.n_docs, seed)  # postings cover much of the corpus: one pass is cheapest
    theta = float(np.partition(_score(seed, lists), len(seed) - n)[len(seed) - n])
    essential = _essential(post, [t for t, _, _ in lists], theta)
    est = len(seed) + sum(len(lists[i][1]) for i in essential)
    if len(essential) == len(lists) or est * len(lists) * _SEARCH_COST > total:
        return _brute(lists, n, post.n_docs, seed)  # little to prune
    cand = np.unique(np.concatenate([seed] + [lists[i][1] for i in essential]))
    return best_positive(_score(cand, lists), cand, n)


def top_many(post: Postings, tokens: list[int], n: int, selections: list) -> list[tuple[np.ndarray, np.ndarray]]:
    """:func:`top_n` for several ``ranges`` (None = every passage) of one query.  When one of them is
    every passage, the passages are scored once and each selection ranks its own rows of that one
    score array (a region's rows, a year's rows), instead of slicing the posting lists again."""
    if all(r is not None for r in selections) or len(selections) == 1:
        return [top_n(post, tokens, n, r) for r in selections]
    lists = [(t, *post.postings(t)) for t in tokens]
    lists = [x for x in lists if len(x[1])]
    if not lists or n < 1:
        return [(np.zeros(0, np.float32), np.zeros(0, np.int64)) for _ in selections]
    acc = np.zeros(post.n_docs, dtype=np.float32)
    for _, ids, vals in lists:  # bm25s' own accumulation: float32, one term after another
        accumulate(acc, ids, vals)
    seed = _seed(lists, sorted(range(len(lists)), key=lambda i: len(lists[i][1])), n)
    above = _above_floor(acc, n, seed if len(seed) >= n else None)  # the corpus's passages that may rank
    out = []
    for ranges in selections:
        if ranges is None:
            out.append(best_positive(acc[above], above, n))
            continue
        # a selection with n passages at or above the corpus's floor has its top n among them (ties
        # included: they score at least that floor too); else, or when it has fewer rows than there
        # are such passages (a region's reports), its own rows are ranked
        inside = above[_within(above, *ranges)] if int((ranges[1] - ranges[0]).sum()) > len(above) else above[:0]
        out.append(best_positive(acc[inside], inside, n) if len(inside) >= n else _ranked(acc, n, None, _rows(*ranges)))
    return out


def _within(ids: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which of ``ids`` lie in one of the sorted, disjoint ``[start, end)`` ranges (bool)."""
    run = np.searchsorted(starts, ids, side="right") - 1
    return (run >= 0) & (ids < ends[np.maximum(run, 0)])


def _rows(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Every row of sorted, disjoint ``[start, end)`` ranges, ascending."""
    lengths = ends - starts
    offsets = np.cumsum(lengths) - lengths
    return np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - offsets, lengths)


def _restricted(post: Postings, token: int, ranges) -> tuple[np.ndarray, np.ndarray]:
    ids, vals = post.postings(token)
    if ranges is None or not len(ids):
        return ids, vals
    starts, ends = ranges
    a = np.searchsorted(ids, starts)
    b = np.searchsorted(ids, ends)
    lengths = b - a
    keep = lengths > 0
    a, lengths = a[keep], lengths[keep]
    if not len(a):
        return ids[:0], vals[:0]
    if len(a) == 1:
        return ids[a[0]:a[0] + lengths[0]], vals[a[0]:a[0] + lengths[0]]
    offsets = np.cumsum(lengths) - lengths
    pos = np.arange(int(lengths.sum())) + np.repeat(a - offsets, lengths)
    return ids[pos], vals[pos]


def _seed(lists, by_rarity: list[int], n: int) -> np.ndarray:
    """Passages of the rarest terms, taken term by term until there are at least ``n``."""
    taken: list[np.ndarray] = []
    count = 0
    for i in by_rarity:
        taken.append(lists[i][1])
        count += len(lists[i][1])
        if count >= n:
            seed = _union(taken)
            if len(seed) >= n:
                return seed
    return _union(taken)


def _union(lists: list[np.ndarray]) -> np.ndarray:
    """Sorted distinct ids of sorted, duplicate-free posting lists (np.unique of their concatenation,
    through a mask: no sort, no hashing)."""
    if len(lists) == 1:
        return lists[0]
    if not any(len(x) for x in lists):
        return np.unique(np.concatenate(lists))
    mask = np.zeros(max(int(x[-1]) for x in lists if len(x)) + 1, dtype=bool)
    for x in lists:
        mask[x] = True
    return np.flatnonzero(mask).astype(lists[0].dtype, copy=False)


def _essential(post: Postings, tokens: list[int], theta: float) -> list[int]:
    """Indices (into ``tokens``) of the terms a top-n passage must hold at least one of: all but
    the longest prefix, by upper bound, whose upper bounds sum below ``theta``."""
    order = sorted(range(len(tokens)), key=lambda i: post.upper[tokens[i]])
    bound = 0.0
    for k, i in enumerate(order):
        bound += float(post.upper[tokens[i]])
        if bound * (1 + _MARGIN) >= theta:
            return sorted(order[k:])
    return []


def _score(cand: np.ndarray, lists) -> np.ndarray:
    """Exact float32 scores of ``cand`` (sorted ids), summed in query-token order as bm25s does."""
    acc = np.zeros(len(cand), dtype=np.float32)
    for _, ids, vals in lists:  # lists keep the query's token order; a token absent adds 0
        pos = np.searchsorted(ids, cand)
        pos[pos == len(ids)] = 0
        hit = ids[pos] == cand
        acc[hit] += vals[pos[hit]]
    return acc


def _brute(lists, n: int, n_docs: int, seed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Every passage of the lists scored, as bm25s does (one accumulation per term, in order).
    With a ``seed`` of at least ``n`` passages, only passages scoring at least the seed's n-th best
    are ranked (the seed's own reach it, so the top n are among them): no sort of the whole corpus."""
    total = sum(len(ids) for _, ids, _ in lists)
    if total * 16 < n_docs:  # few postings (a filter's reports): a compact accumulator
        cand, inverse = np.unique(np.concatenate([ids for _, ids, _ in lists]), return_inverse=True)
        acc = np.zeros(len(cand), dtype=np.float32)
        accumulate(acc, inverse, np.concatenate([vals for _, _, vals in lists]).astype(np.float32, copy=False))
        return best_positive(acc, cand, n)
    acc = np.zeros(n_docs, dtype=np.float32)
    for _, ids, vals in lists:
        accumulate(acc, ids, vals)
    return _ranked(acc, n, seed)


def _ranked(acc: np.ndarray, n: int, seed: np.ndarray | None,
            rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """:func:`best_positive` of ``acc`` (only ``rows``, ascending, when given), ranking only the
    passages of :func:`_above_floor`.  No partition of a whole corpus's (or a whole year's) scores per query."""
    cand = _above_floor(acc, n, seed, rows)
    return best_positive(acc[cand], cand, n)


def _above_floor(acc: np.ndarray, n: int, seed: np.ndarray | None, rows: np.ndarray | None = None) -> np.ndarray:
    """The passages (of ``rows``, ascending, when given) that reach a floor at least ``n`` of them
    reach: the ``seed``'s n-th best score, or that of a strided sample (:func:`_sample_floor`),
    whichever is higher (every positive passage when neither gives one); ascending."""
    scores = acc if rows is None else acc[rows]
    floor = float(np.partition(acc[seed], len(seed) - n)[len(seed) - n]) if seed is not None else 0.0
    floor = max(floor, _sample_floor(scores, n))
    cand = np.flatnonzero(scores >= floor) if floor > 0 else np.flatnonzero(scores > 0)
    return cand if rows is None else rows[cand]


def _sample_floor(scores: np.ndarray, n: int) -> float:
    """A score that at least ``n`` of ``scores`` reach: the n-th best of every step-th score
    (about ``_SAMPLE * n`` of them), so about 1/_SAMPLE of the scores reach it; 0.0 for short
    arrays.  Exact by construction: the n sampled scores themselves reach it."""
    step = len(scores) // (_SAMPLE * n) if n > 0 else 0
    if step < 2:
        return 0.0
    sample = scores[::step]
    return float(np.partition(sample, len(sample) - n)[len(sample) - n])


def best_positive(scores: np.ndarray, ids: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``n`` best (score, id) pairs with score > 0 of ``ids`` (ascending), best first, ties by lower id."""
    keep = scores > 0
    scores, ids = scores[keep], ids[keep]
    if len(ids) > n:
        part = np.argpartition(-scores, n - 1)[:n]
        kth = scores[part].min()
        # ties at the n-th score: the lower ids win, as in lexical_index.top_k over all passages
        sure = np.flatnonzero(scores > kth)
        ties = np.flatnonzero(scores == kth)[: n - len(sure)]
        sel = np.concatenate([sure, ties])
        scores, ids = scores[sel], ids[sel]
    order = np.lexsort((ids, -scores))
    return scores[order].astype(np.float32), ids[order].astype(np.int64)
