"""The bm25s score matrix, built in bounded memory from passages streamed as token ids.

``bm25s.BM25.index`` keeps every passage's ids, a Python ``Counter`` per passage and, for
the final sort, four arrays of 8 bytes per (passage, token) pair: a 20 MB report peaked at
~220 MB above the rest of the ingest there.  :func:`build_bm25` reads each passage once
(its distinct ids and their counts), then places each passage's scores straight into its
tokens' columns (passages in order, so rows stay sorted within a column), computed with
bm25s's own formula and arithmetic (Lucene idf in double precision by
``math.log``, stored as float32; ``tf / (k1 * (1 - b + b * len / avg_len) + tf)`` in double
precision; the product rounded to float32).  The result is a ``bm25s.BM25`` with the same
``scores`` arrays (``data`` float32, ``indices`` int32, ``indptr`` int64) and vocabulary
as ``BM25(k1, b, method="lucene").index((ids, vocab), create_empty_token=False)``: saved,
loaded and queried by bm25s as before (``tests/test_bm25_build.py`` compares them).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np


def build_bm25(passages: Iterable[Sequence[int]], vocab: dict[str, int], k1: float, b: float):
    """A ``bm25s.BM25`` (Lucene variant) over ``passages`` (token ids into ``vocab``, read once).

    ``vocab`` may still grow while ``passages`` is consumed (ids are handed out as passages are
    tokenized); its final size is the matrix width.
    """
    import bm25s

    # pass 1: each passage's distinct tokens and their counts (the passage itself is dropped)
    tokens: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    lengths: list[int] = []
    for ids in passages:
        a = np.asarray(ids, dtype=np.int32)
        u, c = np.unique(a, return_counts=True)
        tokens.append(u.astype(np.int32, copy=False))
        counts.append(c.astype(np.int32))
        lengths.append(len(a))
    n_docs, n_vocab = len(lengths), len(vocab)
    df = np.zeros(n_vocab, dtype=np.int64)
    for u in tokens:
        df[u] += 1
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    # bm25s: math.log per token (0 for a token in no passage), stored as float32
    dfs, which = np.unique(df, return_inverse=True)
    idf = np.array([math.log(1 + (n_docs - d + 0.5) / (d + 0.5)) if d else 0.0 for d in dfs.tolist()],
                   dtype=np.float64).astype(np.float32)[which].astype(np.float64)
    lens = np.asarray(lengths, dtype=np.int64)
    avg = lens.mean() if n_docs else np.float64(0.0)
    norm = k1 * ((1 - b) + b * lens / avg)  # per passage, float64 as bm25s computes it

    # pass 2: place each passage's scores in its tokens' columns (passages in order, so the
    # rows of a column come out ascending, as after bm25s's sort)
    data = np.empty(int(indptr[-1]), dtype=np.float32)
    indices = np.empty(int(indptr[-1]), dtype=np.int32)
    heads = indptr[:-1].copy()
    for doc, (u, c) in enumerate(zip(tokens, counts)):
        t = c.astype(np.float64)
        at = heads[u]
        indices[at] = doc
        data[at] = idf[u] * (t / (norm[doc] + t))
        heads[u] += 1
    del tokens, counts

    bm25 = bm25s.BM25(k1=k1, b=b, method="lucene")
    bm25.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": n_docs}
    bm25.vocab_dict = vocab
    bm25.unique_token_ids_set = set(vocab.values())
    bm25.nonoccurrence_array = None
    return bm25
