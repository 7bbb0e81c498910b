"""Which passages mention a question's terms, from the BM25 index's posting arrays (issue 12).

"Which reports mention X" must find every matching report however many are indexed, and
its cost must not grow with the reports that do *not* match.  The lexical index already
holds, per token, the sorted ids of the passages that contain it (bm25s' eager CSC
arrays, :class:`rag.index.lexical_topk.Postings`); this module answers from them with
numpy set operations, without reading any passage text:

* a *string* is in a passage when the passage holds it as a token (a jieba word or
  sub-word), or holds every one of its character bigrams (``2:三项``, ``2:项制``, …: the
  bigrams stand in for a word jieba cut otherwise in that passage's context);
* a question *term* is held whole when one of its whole forms is in the passage
  (:func:`rag.answer.term_coverage.whole_forms`: 国家级 also as 全国), else for half its parts'
  share (:func:`rag.answer.term_coverage.partial_parts`), as :func:`rag.answer.term_coverage.coverage` scores it;
* a passage *mentions* the question when it holds the key term whole and at least
  ``min_coverage`` of the terms' weight.

The passages are the indexed retrieval text (section path + passage), so the caller
checks the key in the passage's own text before quoting it (bigrams may be apart).
Cost: the key's posting lists, then a binary search per candidate in each other
term's lists (``candidates x terms x log(postings)``).
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..index.lexical_topk import Postings

_EMPTY = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Mentioning:
    """Passages that mention the question, grouped by report (reports in the index's report order),
    best first within a report (more of the terms' weight, then earlier passage)."""

    rows: np.ndarray  # passage (chunk) rows
    coverage: np.ndarray  # weighted share of the terms each holds
    report: np.ndarray  # report ordinal of each row (ascending)
    as_word: np.ndarray  # the row holds the key as a token (then it is in its retrieval text as written)

    def firsts(self) -> np.ndarray:
        """Positions (into ``rows``) of each report's best passage."""
        if not len(self.report):
            return _EMPTY
        return np.flatnonzero(np.r_[True, self.report[1:] != self.report[:-1]])


class TermPostings:
    """A string's passages, from the index's token ids (``vocab``) and query tokenizer."""

    def __init__(self, post: Postings, vocab: Mapping[str, int], tokens_of: Callable[[str], list[str]],
                 bitmaps: PresenceBitmaps | None = None):
        self.post, self.vocab, self.tokens_of = post, vocab, tokens_of
        self.bitmaps = bitmaps

    def _rows(self, token: str) -> np.ndarray | None:
        tid = self.vocab.get(token)
        return None if tid is None else self.post.postings(tid)[0]

    def _ids(self, s: str) -> tuple[int | None, list[int] | None]:
        """(token id of ``s`` or None, the token ids of its bigrams or None)."""
        grams = [self.vocab.get(t) for t in self.tokens_of(s) if t != s]  # its bigrams (and words, when jieba cuts it)
        return self.vocab.get(s), (grams if grams and all(g is not None for g in grams) else None)

    def lists(self, s: str) -> tuple[np.ndarray | None, list[np.ndarray] | None]:
        """(rows holding ``s`` as a token or None, the posting lists of its bigrams or None)."""
        word, grams = self._ids(s)
        return (None if word is None else self.post.postings(word)[0],
                None if grams is None else [self.post.postings(g)[0] for g in grams])

    def _in(self, among: np.ndarray, tid: int) -> np.ndarray:
        """Which of the sorted rows ``among`` hold token ``tid`` (bool): :func:`in_sorted`, or the token's
        presence bitmap when its list is long (no pass over the list per question)."""
        bits = self.bitmaps.get(self.post, tid) if self.bitmaps is not None and len(among) >= 64 else None
        return in_sorted(among, self.post.postings(tid)[0]) if bits is None else PresenceBitmaps.test(bits, among)

    def rows(self, s: str) -> np.ndarray:
        """Sorted passage rows holding ``s`` (as a token, or all its bigrams)."""
        word, grams = self._ids(s)
        found = [self.post.postings(word)[0]] if word is not None else []
        if grams:
            grams = sorted(grams, key=lambda g: self.post.indptr[g + 1] - self.post.indptr[g])  # shortest list first
            both = self.post.postings(grams[0])[0]
            for other in grams[1:]:
                both = both[self._in(both, other)]
            found.append(both)
        return union(found, self.post.n_docs)

    def word_rows(self, s: str) -> np.ndarray:
        """Sorted passage rows holding ``s`` as a token."""
        rows = self._rows(s)
        return _EMPTY if rows is None else rows

    def held(self, s: str, among: np.ndarray) -> np.ndarray:
        """Which of the sorted rows ``among`` hold ``s`` (bool)."""
        word, grams = self._ids(s)
        out = self._in(among, word) if word is not None else np.zeros(len(among), dtype=bool)
        if grams:
            rest = np.flatnonzero(~out)  # the bigrams are asked only where the token is not held
            for g in sorted(grams, key=lambda g: self.post.indptr[g + 1] - self.post.indptr[g]):
                rest = rest[self._in(among[rest], g)]
            out[rest] = True
        return out


class PresenceBitmaps:
    """Per-token bitmaps of the passages that hold it (one bit a passage), for the tokens whose posting
    lists are long (at least 1/:data:`SHARE` of the passages): asking which of a question's candidate
    passages hold such a token then costs the candidates, not the list.  Made on first use, at most
    :data:`BUDGET` bytes per index (the longest lists are the common words every question asks about)."""

    SHARE = 64
    BUDGET = 32 << 20

    def __init__(self):
        self._bits: dict[int, np.ndarray] = {}

    def get(self, post: Postings, tid: int) -> np.ndarray | None:
        lo, hi = int(post.indptr[tid]), int(post.indptr[tid + 1])
        if (hi - lo) * self.SHARE < post.n_docs:
            return None  # a short list: a binary search per candidate is cheap
        bits = self._bits.get(tid)
        if bits is None and (len(self._bits) + 1) * (post.n_docs // 8 + 1) <= self.BUDGET:
            mask = np.zeros(post.n_docs, dtype=bool)
            mask[post.indices[lo:hi]] = True
            bits = self._bits[tid] = np.packbits(mask, bitorder="little")
        return bits

    @staticmethod
    def test(bits: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Which of ``rows`` have their bit set (bool)."""
        return ((bits[rows >> 3] >> (rows & 7).astype(np.uint8)) & 1).astype(bool)


def union(lists: Sequence[np.ndarray], n: int) -> np.ndarray:
    """The sorted union of sorted row lists (rows < ``n``), through a mask: no sort, no hashing."""
    lists = [x for x in lists if len(x)]
    if len(lists) <= 1:
        return lists[0] if lists else _EMPTY
    if all(len(x) == len(lists[0]) and np.array_equal(x, lists[0]) for x in lists[1:]):
        return lists[0]  # (a word's rows and its bigrams' rows are often the same passages: no mask)
    mask = np.zeros(n, dtype=bool)
    for x in lists:
        mask[x] = True
    return np.flatnonzero(mask)


def in_sorted(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Which elements of ``a`` are in the sorted array ``b`` (bool): by binary search, or through a
    mask over the rows when ``a`` is long beside ``b`` (a search per element then costs more than
    marking ``b``: measured at 5,000 reports)."""
    if not len(b) or not len(a):
        return np.zeros(len(a), dtype=bool)
    if len(a) >= 1000 and len(b) <= 8 * len(a):
        mask = np.zeros(max(int(a.max()), int(b[-1])) + 1, dtype=bool)
        mask[b] = True
        return mask[a]
    i = np.searchsorted(b, a)
    i[i == len(b)] = len(b) - 1
    return b[i] == a


def mentioning(tp: TermPostings, report_of_row: np.ndarray, key: str, terms: Sequence[str],
               weights: Mapping[str, float], min_coverage: float,
               whole_forms: Callable[[str], Sequence[str]], partial_parts: Callable[[str], Sequence[str]],
               partial_credit: float, required: Sequence[str] = ()) -> Mentioning:
    """Every passage that holds ``key`` whole (and each of ``required``) and ``min_coverage`` of
    ``terms``' weight (see module doc)."""
    forms = tuple(whole_forms(key))
    cand = union([tp.rows(f) for f in forms], tp.post.n_docs)
    for r in required:  # an unbroken phrase's terms (述职述法): all of them
        if r != key and len(cand):
            has = np.zeros(len(cand), dtype=bool)
            for f in whole_forms(r):
                has |= tp.held(f, cand)
            cand = cand[has]
    if not len(cand) or not terms:
        return Mentioning(_EMPTY, np.zeros(0), _EMPTY, np.zeros(0, dtype=bool))
    total = sum(weights.get(t, 1.0) for t in terms)
    got = np.zeros(len(cand), dtype=np.float64)
    for t in terms:
        if t == key:
            got += weights.get(t, 1.0)
            continue
        whole = np.zeros(len(cand), dtype=bool)
        for f in whole_forms(t):
            rest = np.flatnonzero(~whole)
            whole[rest[tp.held(f, cand[rest])]] = True
        share = whole.astype(np.float64)
        parts = partial_parts(t)
        rest = np.flatnonzero(~whole)
        if parts and len(rest):  # a compound absent whole: half the share of its parts present
            some = np.zeros(len(rest), dtype=np.float64)
            for p in parts:
                some += tp.held(p, cand[rest])
            share[rest] = partial_credit * some / len(parts)
        got += weights.get(t, 1.0) * share
    cov = got / total if total else np.ones(len(cand))
    ok = cov >= min_coverage - 1e-9
    rows, cov = cand[ok], cov[ok]
    word = in_sorted(rows, union([tp.word_rows(f) for f in forms], tp.post.n_docs))
    rep = report_of_row[rows]
    order = np.lexsort((rows, -cov, rep))
    return Mentioning(rows[order], cov[order], rep[order], word[order])


class PassageTables:
    """What :func:`mentioning` needs of one index, made once (on first use): each passage's report
    ordinal (reports numbered in id order), its section path as a number with the folded paths,
    and the query tokens of the short strings asked about (passage texts are read from the chunk
    table itself)."""

    def __init__(self, lexical, chunks: Sequence, runs):
        from ..text.normalize import fold

        self.lexical, self.chunks = lexical, chunks
        run_docs = [chunks[s].doc_id for s in runs.starts.tolist()]  # every passage is in one run
        self.report_ids = sorted(set(run_docs))
        ordinal = {d: i for i, d in enumerate(self.report_ids)}
        per_run = np.array([ordinal[d] for d in run_docs], dtype=np.int64)
        self.report_of_row = np.repeat(per_run, runs.ends - runs.starts)
        section = [c.section for c in chunks]
        ids = {x: i for i, x in enumerate(dict.fromkeys(section))}  # numbered in order of first use
        self.section_of_row = np.fromiter(map(ids.__getitem__, section), dtype=np.int64, count=len(section))
        self.sections = [fold(x) for x in ids]
        # the folded paths joined once (NUL-separated), so a form's sections are found by str.find over one string
        self._joined = "\0".join(self.sections)
        self._section_starts = list(itertools.accumulate(len(x) + 1 for x in self.sections[:-1]))
        self._section_starts.insert(0, 0)
        self._tokens: dict[str, list[str]] = {}
        self._bitmaps = PresenceBitmaps()

    def tokens(self, text: str) -> list[str]:
        if len(self._tokens) > 50_000:
            self._tokens = {}
        if text not in self._tokens:
            self._tokens[text] = self.lexical.tokenize_query(text)
        return self._tokens[text]

    def texts(self, rows: np.ndarray) -> list[str]:
        chunks = self.chunks  # the chunk table itself: no copy of every passage's text
        return [chunks[i].text for i in np.asarray(rows, dtype=np.int64).tolist()]

    def mentioning(self, key: str, terms: Sequence[str], weights: Mapping[str, float], min_coverage: float,
                   required: Sequence[str] = ()) -> Mentioning:
        from ..answer.term_coverage import PARTIAL_CREDIT, partial_parts, whole_forms

        bm25 = self.lexical.bm25
        tp = TermPostings(self.lexical.postings(), bm25.vocab_dict, self.tokens, self._bitmaps)
        return mentioning(tp, self.report_of_row, key, terms, weights, min_coverage,
                          whole_forms, partial_parts, PARTIAL_CREDIT, required)

    def in_text(self, m: Mentioning, forms: Sequence[str]) -> np.ndarray:
        """Rows of ``m`` known to hold one of ``forms`` in their own text without reading it: held as a
        token, with a section path (the other part of the indexed text) that does not hold it
        (checked once per distinct section)."""
        ids = self.section_of_row[m.rows]
        return m.as_word & ~self.sections_holding(forms)[ids]

    def sections_holding(self, forms: Sequence[str]) -> np.ndarray:
        """Which sections (by number) hold one of ``forms``: ``any(f in section for f in forms)`` for each, found
        by ``str.find`` over the joined paths (one pass per form, not a loop over the sections)."""
        held = np.zeros(len(self.sections), dtype=bool)
        if any(not f or "\0" in f for f in forms):  # (no such form in practice) each section asked in turn
            held[:] = [any(f in x for f in forms) for x in self.sections]
            return held
        joined, starts = self._joined, self._section_starts
        for f in forms:
            p = joined.find(f)
            while p >= 0:
                u = bisect.bisect_right(starts, p) - 1
                held[u] = True
                nxt = starts[u + 1] if u + 1 < len(starts) else len(joined)
                p = joined.find(f, nxt)
        return held
