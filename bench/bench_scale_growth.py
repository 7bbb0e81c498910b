"""Which questions grow from 5 to 5,000 reports, and by how much: each question's CPU time at both sizes.

    .venv/bin/python bench/bench_scale.py --backends faiss --reports 5 5000 --work /tmp/benchwork  # builds the indexes once
    .venv/bin/python bench/bench_scale_growth.py --work /tmp/benchwork [--repeat 3] [--top 15]

Opens ``WORK/faiss-5`` and ``WORK/faiss-5000`` (as bench_scale_interleaved.py does), warms both, asks the
60 dev questions of both in turn ``--repeat`` times and keeps each question's least CPU time of the asking
thread (``time.thread_time``: a loaded machine's waits for a core are not counted, its cache contention
is).  Prints the questions by growth (ms at 5, ms at 5,000, the difference, the question kind, ``*`` when
the answer differs between the sizes: more reports match, or a synthetic report of a place and year the
question asks about is read, so part of that growth is the corpus's content, not its size; a question
refused at both sizes may still have read such a report, unmarked), then p50/p95 and the summed time at
each size.  The sum's growth is the corpus's cost per question; a p95 ratio also moves with the cost every
question pays at both sizes.  Prints only: no result file.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from bench_scale import questions
from bench_scale_interleaved import engine
from common import percentile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", required=True, help="the --work folder of bench_scale.py")
    ap.add_argument("--sizes", type=int, nargs=2, default=[5, 5000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--top", type=int, default=15, help="questions listed, by growth")
    args = ap.parse_args()
    engines = {n: engine(Path(args.work) / f"faiss-{n}") for n in args.sizes}
    qs = questions(args.queries)
    kind: dict[str, str] = {}
    said: dict[str, set] = {q: set() for q in qs}
    for e in engines.values():
        e.warm()
        for q in qs:
            a = e.ask(q)
            kind[q] = a.meta.get("qtype", "")
            said[q].add((a.short_answer, tuple(c.doc_id for c in a.citations)))
    cpu = {n: dict.fromkeys(qs, float("inf")) for n in engines}
    for _ in range(args.repeat):
        for q in qs:
            for n, e in engines.items():
                t = time.thread_time()
                e.ask(q)
                cpu[n][q] = min(cpu[n][q], (time.thread_time() - t) * 1000)
    small, large = args.sizes
    for q in sorted(qs, key=lambda q: cpu[small][q] - cpu[large][q])[:args.top]:
        differs = "*" if len(said[q]) > 1 else " "
        print(f"{cpu[small][q]:7.2f} {cpu[large][q]:7.2f} {cpu[large][q] - cpu[small][q]:+7.2f} ms  {kind[q]:8s}{differs} {q[:50]}")
    for n in args.sizes:
        v = list(cpu[n].values())
        print(f"{n} reports: p50 {percentile(v, 50):.2f} ms, p95 {percentile(v, 95):.2f} ms, sum {sum(v):.1f} ms")
    print("load average", [round(x, 2) for x in os.getloadavg()])


if __name__ == "__main__":
    main()
