"""Ingest the seeds into a fresh index: wall time of `rag ingest` as a new process (target < 3 s).

    .venv/bin/python bench/bench_ingest.py
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, summary_ms, write_result


def main(runs: int = 3) -> None:
    fresh, again = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, RAG_INDEX_DIR=str(Path(tmp) / "index"), HF_HUB_OFFLINE="1")
            cmd = [sys.executable, "-m", "rag.cli.main", "ingest", str(ROOT / "seeds")]
            t = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, cwd=ROOT, capture_output=True)
            fresh.append(time.perf_counter() - t)
            t = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, cwd=ROOT, capture_output=True)
            again.append(time.perf_counter() - t)
    write_result("ingest", {"command": "rag ingest seeds/ (new process, fresh index, default config)",
                            "fresh_index": summary_ms(fresh), "unchanged_reingest": summary_ms(again),
                            "target_ms": 3000})


if __name__ == "__main__":
    main()
