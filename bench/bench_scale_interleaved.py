"""`rag ask` at 5 and at 5,000 reports in one process, interleaved, each question's best of N: a ratio
that a shared machine's load moves less than two runs minutes apart (bench_scale.py's single samples).

    .venv/bin/python bench/bench_scale.py --backends faiss --reports 5 5000 --work /tmp/benchwork  # builds the indexes once
    .venv/bin/python bench/bench_scale_interleaved.py --work /tmp/benchwork [--repeat 5]

Opens ``WORK/faiss-5`` and ``WORK/faiss-5000`` (left by bench_scale.py ``--work``), asks the same 60 dev
questions of both in turn ``--repeat`` times after one warm-up pass, keeps each question's fastest time
per index, and reports p50/p95 over the questions, with and without the "which reports"/comparison
kinds.  Each question is timed twice over: wall time, and the CPU time of the asking thread
(``time.thread_time``), which a loaded machine's waits for a core do not inflate (the ratio under
``ratio_large_over_small_cpu``).  Writes bench/results/scale_interleaved.json.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench_scale import MANY_REPORTS, TOKENS_FOR_100, questions
from common import ROOT, percentile, write_result


def engine(folder: Path):
    from rag.config import Config
    from rag.engine import Engine

    cfg = Config(base_dir=str(ROOT)).replace(embedding={"backend": "none"}, paths={"index_dir": str(folder / "index")},
                                             chunking={"max_tokens": TOKENS_FOR_100})
    return Engine.open(cfg)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", required=True, help="the --work folder of bench_scale.py")
    ap.add_argument("--sizes", type=int, nargs=2, default=[5, 5000])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--queries", type=int, default=60)
    args = ap.parse_args()
    engines = {n: engine(Path(args.work) / f"faiss-{n}") for n in args.sizes}
    qs = questions(args.queries)
    kind: dict[str, str] = {}
    for e in engines.values():  # warm-up: indexes opened, tokenizers and per-index tables ready
        e.warm()
        for q in qs:
            kind[q] = e.ask(q).meta.get("qtype", "")
    best = {n: {q: float("inf") for q in qs} for n in engines}
    cpu = {n: {q: float("inf") for q in qs} for n in engines}
    for _ in range(args.repeat):
        for q in qs:
            for n, e in engines.items():
                t, c = time.perf_counter(), time.thread_time()
                e.ask(q)
                cpu[n][q] = min(cpu[n][q], (time.thread_time() - c) * 1000)
                best[n][q] = min(best[n][q], (time.perf_counter() - t) * 1000)
    out = {}
    for n in engines:
        every = list(best[n].values())
        few = [best[n][q] for q in qs if kind[q] not in MANY_REPORTS]
        out[str(n)] = {"p50_ms": round(percentile(every, 50), 2), "p95_ms": round(percentile(every, 95), 2),
                       "p50_ms_without_many_reports": round(percentile(few, 50), 2),
                       "p95_ms_without_many_reports": round(percentile(few, 95), 2),
                       "cpu_p50_ms": round(percentile(list(cpu[n].values()), 50), 2),
                       "cpu_p95_ms": round(percentile(list(cpu[n].values()), 95), 2),
                       "which_reports_ms": {q: round(best[n][q], 2) for q in qs if kind[q] == "reports"}}
    small, large = (str(n) for n in args.sizes)
    ratio = {k: round(out[large][k] / out[small][k], 2) for k in ("p50_ms", "p95_ms", "p95_ms_without_many_reports")}
    ratio_cpu = {k: round(out[large][f"cpu_{k}"] / out[small][f"cpu_{k}"], 2) for k in ("p50_ms", "p95_ms")}
    write_result("scale_interleaved", {"sizes": args.sizes, "repeat": args.repeat, "questions": len(qs),
                                       "load_average": [round(x, 2) for x in os.getloadavg()],
                                       "by_size": out, "ratio_large_over_small": ratio,
                                       "ratio_large_over_small_cpu": ratio_cpu})
    print(ratio, "cpu:", ratio_cpu)


if __name__ == "__main__":
    main()
