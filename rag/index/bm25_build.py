"""The bm25s score matrix, built in bounded memory from passages streamed as token ids.

``bm25s.BM25.index`` keeps every passage's ids, a Python ``Counter`` per passage and, for
the final sort, four arrays of 8 bytes per (passage, token) pair: a 20 MB report peaked at
~220 MB above the rest of the ingest there.  :func:`build_bm25` reads the passages once, a
batch at a time (their distinct ids and counts), then places each batch's scores straight
into its tokens' columns (batches in passage order and a stable sort, so rows stay sorted
within a column).  Scores use bm25s's own formula and arithmetic: Lucene idf in double
precision by ``math.log``, stored as float32; ``tf / (k1 * (1 - b + b * len / avg_len) + tf)``
in double precision; the product rounded to float32.  The result is a ``bm25s.BM25`` with the
same ``scores`` arrays (``data`` float32, ``indices`` int32, ``indptr`` int64) and vocabulary
as ``BM25(k1, b, method="lucene").index((ids, vocab), create_empty_token=False)``: saved,
loaded and queried by bm25s as before (``tests/test_bm25_build.py`` compares them).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

_BATCH = 1 << 18  # tokens per batch: passages are counted and placed a batch at a time


def build_bm25(passages: Iterable[Sequence[int]], vocab: dict[str, int], k1: float, b: float):
    """A ``bm25s.BM25`` (Lucene variant) over ``passages`` (token ids into ``vocab``, read once).

    ``vocab`` may still grow while ``passages`` is consumed (ids are handed out as passages are
    tokenized); its final size is the matrix width.
    """
    import bm25s

    # pass 1: (passage, token, count) of each batch of passages, the passages themselves dropped
    triples: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    lengths: list[int] = []
    batch: list[np.ndarray] = []
    first = size = 0
    for doc, ids in enumerate(passages):
        a = np.asarray(ids, dtype=np.int32)
        lengths.append(len(a))
        batch.append(a)
        size += len(a)
        if size >= _BATCH:
            triples.append(_count(batch, first))
            batch, first, size = [], doc + 1, 0
    triples.append(_count(batch, first))
    del batch
    n_docs, n_vocab = len(lengths), len(vocab)
    df = np.zeros(n_vocab, dtype=np.int64)
    for _, cols, _ in triples:
        df += np.bincount(cols, minlength=n_vocab)
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    # bm25s: math.log per token (0 for a token in no passage), stored as float32
    dfs, which = np.unique(df, return_inverse=True)
    idf = np.array([math.log(1 + (n_docs - d + 0.5) / (d + 0.5)) if d else 0.0 for d in dfs.tolist()],
                   dtype=np.float64).astype(np.float32)[which].astype(np.float64)
    lens = np.asarray(lengths, dtype=np.int64)
    avg = lens.mean() if n_docs else np.float64(0.0)
    norm = k1 * ((1 - b) + b * lens / avg)  # per passage, float64 as bm25s computes it

    # pass 2: each batch's scores go to their tokens' columns; batches come in passage order and
    # a stable sort keeps passages ascending within a token, so rows come out as after bm25s's sort
    data = np.empty(int(indptr[-1]), dtype=np.float32)
    indices = np.empty(int(indptr[-1]), dtype=np.int32)
    heads = indptr[:-1].copy()
    for i, (rows, cols, tfs) in enumerate(triples):
        triples[i] = None  # type: ignore[call-overload]  # each batch is freed once placed
        if not len(cols):
            continue
        order = np.argsort(cols, kind="stable")
        rows, cols, tfs = rows[order], cols[order], tfs[order]
        starts = np.flatnonzero(np.concatenate(([True], cols[1:] != cols[:-1])))
        runs = np.diff(np.append(starts, len(cols)))
        at = heads[cols] + (np.arange(len(cols)) - np.repeat(starts, runs))
        indices[at] = rows
        t = tfs.astype(np.float64)
        data[at] = idf[cols] * (t / (norm[rows] + t))
        heads[cols[starts]] += runs

    bm25 = bm25s.BM25(k1=k1, b=b, method="lucene")
    bm25.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": n_docs}
    bm25.vocab_dict = vocab
    bm25.unique_token_ids_set = set(vocab.values())
    bm25.nonoccurrence_array = None
    return bm25


def _count(batch: list[np.ndarray], first: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(passage, token, count) of the distinct tokens of passages ``first``, ``first + 1``, ...; sorted."""
    if not batch:
        return np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.int32)
    docs = np.repeat(np.arange(first, first + len(batch), dtype=np.int64), [len(a) for a in batch])
    keys, counts = np.unique((docs << 32) | np.concatenate(batch).astype(np.int64), return_counts=True)
    return (keys >> 32).astype(np.int32), (keys & 0xFFFFFFFF).astype(np.int32), counts.astype(np.int32)
