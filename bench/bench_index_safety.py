"""The index under concurrent writers and SIGKILL, at the full count: 20 rounds of each race
(CLI + CLI, CLI + web upload, remove during ingest) and 20 random SIGKILLs of a writer.

    .venv/bin/python bench/bench_index_safety.py [--rounds 20]

The same tests as tests/test_index_concurrency.py and tests/test_index_recovery.py, which run
fewer rounds in CI (RAG_RACE_ROUNDS unset: 4 races, 5 kills).  Writes bench/results/index_safety.json.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from common import ROOT, write_result

TESTS = ("tests/test_index_concurrency.py", "tests/test_index_recovery.py")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    env = dict(os.environ, RAG_RACE_ROUNDS=str(args.rounds), PYTHONPATH=str(ROOT))
    results = {}
    for test in TESTS:
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", test], cwd=ROOT,
                           env=env, capture_output=True, text=True, check=False)
        lines = [ln for ln in p.stdout.splitlines() if ln.startswith(("PASSED", "FAILED", "SKIPPED", "ERROR"))]
        results[test] = {"exit": p.returncode, "seconds": round(time.perf_counter() - t0, 1), "tests": lines,
                         "tail": p.stdout.strip().splitlines()[-1:]}
    write_result("index_safety", {"rounds": args.rounds, "results": results,
                                  "ok": all(r["exit"] == 0 for r in results.values())})


if __name__ == "__main__":
    main()
