"""Bounded work per file: a .docx bomb is refused fast, a 20 MB text report ingests in bounded time and memory.

    .venv/bin/python bench/bench_ingest_limits.py [--bomb-mb 300] [--text-mb 20]

Each case is one `rag ingest` in a fresh process on a fresh index (lexical only); wall time and
the child's peak RSS (os.wait4) are measured.  Targets (issue 13): bomb refused within 5 s and
300 MB; 20 MB text in under 20 s with peak memory under 500 MB.  The 20 MB report is built from
the seeds' sentences in shuffled order with varied figures (not one text repeated), so no cache
of identical chunks can help it; its vocabulary is still small (~27,000 distinct words, and each
new word costs the tokenizer ~17 µs), so a real report of this size takes a second or two more.
Writes bench/results/ingest_limits.json.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, write_result

sys.path.insert(0, str(ROOT / "tests"))
from docx_bomb import write_docx_bomb


def big_report(path: Path, mb: float, seed: int = 13) -> Path:
    rng = random.Random(seed)
    sentences = [s for f in sorted((ROOT / "seeds").glob("*.txt"))
                 for s in re.findall(r"[^。！？\n]+[。！？]", f.read_text(encoding="utf-8"))]
    out, size, section = [], 0, 0
    while size < mb * 2**20:
        if rng.random() < 0.02:
            section += 1
            out.append(f"\n{'一二三四五六七八九十'[section % 10]}、第{section}部分\n")
        s = re.sub(r"\d+", lambda m: str(rng.randint(1, 9999)), rng.choice(sentences))
        out.append(s)
        size += len(s.encode("utf-8"))
    path.write_text("".join(out), encoding="utf-8")
    return path


def run_ingest(target: Path, tmp: Path, limit_mb: float) -> dict:
    """One `rag ingest TARGET` in a new process: exit code, wall seconds, its own peak RSS and CPU
    seconds (os.wait4; one process: ingest starts no workers), and the machine's load before it."""
    cfg = tmp / "rag.toml"
    cfg.write_text(f'[paths]\nindex_dir = "{tmp / "index"}"\n[embedding]\nbackend = "none"\n'
                   f"[ingest]\nmax_file_mb = {limit_mb}\n", encoding="utf-8")
    env = dict(os.environ, RAG_CONFIG=str(cfg), HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT))
    with open(tmp / "out.txt", "w+") as out, open(tmp / "err.txt", "w+") as err:
        load = round(os.getloadavg()[0], 2)
        t0 = time.perf_counter()
        p = subprocess.Popen([sys.executable, "-m", "rag.cli.main", "ingest", str(target)], env=env, cwd=ROOT,
                             stdout=out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"exit": p.returncode, "seconds": round(wall, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
                "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2), "load_avg_1m_before": load,
                "stdout": out.read().strip()[-300:], "stderr": err.read().strip()[-300:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bomb-mb", type=int, default=300)
    ap.add_argument("--text-mb", type=float, default=20.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        bomb = write_docx_bomb(Path(t1) / "bomb.docx", args.bomb_mb)
        bomb_kb = round(bomb.stat().st_size / 1024)
        bomb_res = run_ingest(bomb, Path(t1), 50)
        text = big_report(Path(t2) / "big.txt", args.text_mb)
        text_res = run_ingest(text, Path(t2), 100)
    bomb_ok = "over the 100 MB limit" in bomb_res["stderr"]
    write_result("ingest_limits", {
        "docx_bomb": {"file_kb": bomb_kb, "inflated_mb": args.bomb_mb, **bomb_res, "refused": bomb_ok},
        "text_report": {"mb": args.text_mb, **text_res},
        "meets_targets": {"bomb_refused_within_5s": bomb_ok and bomb_res["seconds"] <= 5,
                          "bomb_peak_le_300mb": bomb_res["peak_rss_mb"] <= 300,
                          "text_within_20s": text_res["exit"] == 0 and text_res["seconds"] < 20,
                          "text_peak_lt_500mb": text_res["peak_rss_mb"] < 500},
    })


if __name__ == "__main__":
    main()
