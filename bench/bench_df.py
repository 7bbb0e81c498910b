"""Document-frequency counting (``StoreQueries.doc_frequencies``): the plain scan vs the bigram prefilter.

    .venv/bin/python bench/bench_df.py --index /tmp/benchwork/faiss-5000/index

Reads the DF sample (``DF_SAMPLE`` reports, folded, as the retriever picks them) of an existing
index, builds :class:`rag.retrieve.store_queries.SubstringCounter` (build ms), then times
``sum(term in t for t in texts)`` against ``SubstringCounter.count`` per term (ms) on random terms:
substrings of the texts (1-6 characters, present) and shuffled characters (mostly absent).
Checks the counts are equal. Prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag.retrieve.store_queries import StoreQueries, SubstringCounter
from rag.store import docstore


class _Sample(StoreQueries):
    def __init__(self, documents):
        self.documents = documents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", required=True, help="an index folder (with CURRENT)")
    ap.add_argument("--terms", type=int, default=2000)
    args = ap.parse_args()
    docs = {d.doc_id: d for d in docstore.load_generation(Path(args.index)).documents}
    texts = _Sample(docs)._df_sample()
    t = time.perf_counter()
    counter = SubstringCounter(texts)
    build_ms = (time.perf_counter() - t) * 1e3
    rng = random.Random(0)
    terms = []
    for _ in range(args.terms):
        s = rng.choice(texts)
        n = rng.randint(1, 6)
        i = rng.randrange(len(s) - n)
        term = s[i:i + n]
        terms.append(term if rng.random() < 0.7 else "".join(rng.sample(term, len(term))))
    plain, fast = [], []
    for term in terms:
        t0 = time.perf_counter()
        a = sum(1 for x in texts if term in x)
        t1 = time.perf_counter()
        b = counter.count(term)
        t2 = time.perf_counter()
        assert a == b, (term, a, b)
        plain.append((t1 - t0) * 1e3)
        fast.append((t2 - t1) * 1e3)
    print(json.dumps({"reports": len(docs), "sample": len(texts),
                      "mean_chars": round(statistics.mean(map(len, texts))), "build_ms": round(build_ms, 1),
                      "terms": len(terms), "plain_ms_mean": round(statistics.mean(plain), 4),
                      "fast_ms_mean": round(statistics.mean(fast), 4),
                      "plain_ms_p95": round(statistics.quantiles(plain, n=20)[-1], 4),
                      "fast_ms_p95": round(statistics.quantiles(fast, n=20)[-1], 4)}))


if __name__ == "__main__":
    main()
