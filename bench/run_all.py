"""Run every benchmark script in sequence, keep going past a failing one, then print a summary
table of the figures in their result files (bench/results/*.json).

    .venv/bin/python bench/run_all.py                 # full sizes (~10 min on 2 cores)
    .venv/bin/python bench/run_all.py --quick         # small sizes (~3 min; retrieval -> retrieval_quick.json)
    .venv/bin/python bench/run_all.py --only bench_retrieval bench_ask

Exit status 1 when a script failed.  The table shows, per script, its exit status, wall time,
whether its result file was rewritten by this run, and its headline figures (p50/p95 latencies,
memory, recall, errors, and the ``meets_targets`` verdicts the scripts write).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass

from common import RESULTS, ROOT


@dataclass(frozen=True)
class Bench:
    script: str  # file in bench/
    results: tuple[str, ...]  # result names it writes (bench/results/<name>.json)
    quick: tuple[str, ...] = ()  # arguments for --quick
    quick_results: tuple[str, ...] | None = None  # result names with --quick, when they differ
    min_timeout_s: float = 0.0  # a script that needs longer than --timeout at full size

    def result_names(self, quick: bool) -> tuple[str, ...]:
        return self.quick_results if quick and self.quick_results is not None else self.results


BENCHES = (
    Bench("bench_ingest.py", ("ingest",)),
    Bench("bench_retrieval.py", ("retrieval",), ("--chunks", "5000", "--queries", "100", "--rounds", "1", "--name",
                                                "retrieval_quick"), ("retrieval_quick",)),
    Bench("bench_ask.py", ("ask",), ("--runs", "1")),
    Bench("bench_ui.py", ("ui",), ("--runs", "1")),
    Bench("load_ui.py", ("ui_load",), ("--users", "5", "--questions", "20")),
    Bench("bench_scale.py", ("scale",), ("--reports", "5", "500", "--queries", "30", "--name", "scale_quick"),
          ("scale_quick",), min_timeout_s=5400),  # 5,000 reports on two backends: ~45 min on 2 cores
    Bench("bench_index_safety.py", ("index_safety",), ("--rounds", "3")),
    Bench("bench_ingest_limits.py", ("ingest_limits",), ("--text-mb", "2")),
    Bench("bench_upload_latency.py", ("upload_latency",), ("--users", "5", "--reports", "10", "--batches", "2",
                                                            "--idle-s", "10")),
    Bench("bench_places.py", ("places",), ("--docs", "1000", "--questions", "100")),
)
HEADLINE = re.compile(r"(mean_ms|p50_ms|p95_ms|recall\w*|\w*_mb|build_s|errors|ok|throughput_qps)$")


@dataclass(frozen=True)
class Outcome:
    bench: Bench
    returncode: int | None  # None: timed out
    seconds: float
    fresh: dict[str, bool]  # result name -> rewritten by this run (in the order the script writes them)
    tail: tuple[str, ...] = ()


def run_one(bench: Bench, quick: bool, timeout_s: float) -> Outcome:
    names = bench.result_names(quick)
    before = {n: _mtime(n) for n in names}
    cmd = [sys.executable, str(ROOT / "bench" / bench.script), *(bench.quick if quick else ())]
    print(f"\n=== {' '.join(cmd[1:])}", flush=True)
    t = time.perf_counter()
    code, tail = run_bounded(cmd, timeout_s if quick else max(timeout_s, bench.min_timeout_s))
    seconds = time.perf_counter() - t
    fresh = {n: _mtime(n) > before[n] for n in names}
    status = "timed out" if code is None else f"exit {code}"
    print(f"    {status}, {seconds:.1f} s" + ("" if code == 0 else "\n    " + "\n    ".join(tail)), flush=True)
    return Outcome(bench, code, seconds, fresh, tail if code != 0 else ())


def run_bounded(cmd: list[str], timeout_s: float) -> tuple[int | None, tuple[str, ...]]:
    """(exit status or None on timeout, last output lines); on timeout the script's whole
    process group (its own subprocesses too) is killed."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, (f"timed out after {timeout_s:.0f} s",)
    return proc.returncode, tuple((err or out).strip().splitlines()[-8:])


def _mtime(name: str) -> float:
    p = RESULTS / f"{name}.json"
    return p.stat().st_mtime if p.exists() else 0.0


def flatten(data, prefix: str = "") -> list[tuple[str, object]]:
    """Leaves of nested JSON as ("a.b.c", value)."""
    if isinstance(data, dict):
        return [kv for k, v in data.items() for kv in flatten(v, f"{prefix}.{k}" if prefix else str(k))]
    return [(prefix, data)]


def headline(name: str) -> list[tuple[str, object]]:
    """The figures worth a glance in one result file: latencies, memory, recall, errors, verdicts."""
    p = RESULTS / f"{name}.json"
    if not p.exists():
        return []
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except ValueError as e:
        return [("(unreadable)", str(e))]
    skip = ("machine", "targets", "generation_files_mb", "profile")
    leaves = flatten({k: v for k, v in data.items() if k not in skip})
    return [(k, v) for k, v in leaves if k.startswith("meets_targets.") or HEADLINE.search(k.rsplit(".", 1)[-1])]


def table(outcomes: list[Outcome]) -> str:
    rows = [("script", "exit", "time", "result", "figure", "value")]
    for o in outcomes:
        status = "ok" if o.returncode == 0 else "timeout" if o.returncode is None else f"FAIL {o.returncode}"
        first = True
        for name in o.fresh:
            figures = headline(name) or [("(no result file)", "")]
            label = f"{name}.json" + ("" if o.fresh[name] else " (stale)")
            for key, value in figures:
                cells = (o.bench.script, status, f"{o.seconds:.0f}s") if first else ("", "", "")
                rows.append((*cells, label, key, _fmt(value)))
                first, label = False, ""
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    return str(value)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    names = [b.script.removesuffix(".py") for b in BENCHES]
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the scripts work")
    ap.add_argument("--only", nargs="+", choices=names, metavar="NAME", help=f"run only these: {', '.join(names)}")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per script (default 1800)")
    args = ap.parse_args()
    chosen = [b for b in BENCHES if not args.only or b.script.removesuffix(".py") in args.only]
    missing = [b.script for b in chosen if not (ROOT / "bench" / b.script).exists()]
    outcomes = [run_one(b, args.quick, args.timeout) for b in chosen if b.script not in missing]
    print("\n" + table(outcomes))
    for script in missing:
        print(f"missing: bench/{script} (not written yet)")
    sys.exit(1 if missing or any(o.returncode != 0 for o in outcomes) else 0)


if __name__ == "__main__":
    main()
