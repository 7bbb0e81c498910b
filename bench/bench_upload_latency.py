"""Questions during uploads: p95 latency of 20 clients asking while 60 reports are uploaded,
against the same clients' idle p95 (target: during <= 2 x idle).

    .venv/bin/python bench/bench_upload_latency.py [--users 20] [--reports 60] [--batches 6] [--idle-s 25]

A scratch `rag serve` over the seeds; each user is a gradio_client asking /ask in a loop; the
uploads go through the app's own `/upload` endpoint (the documents tab's button) in batches,
and "during" lasts from the first upload until `/documents` lists every uploaded report.
Writes bench/results/upload_latency.json.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import ROOT, percentile, summary_ms, write_result

from rag.ui.devserver import ServeProcess, write_config

sys.path.insert(0, str(ROOT / "tests"))
from index_procs import make_reports


def questions() -> list[str]:
    import json

    return [json.loads(x)["question"] for x in (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]


class Users:
    def __init__(self, url: str, n: int):
        self.url, self.n = url, n
        self.samples: list[tuple[float, float]] = []  # (start time, latency s)
        self.errors: list[str] = []
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.ready = threading.Barrier(n + 1)

    def user(self, i: int) -> None:
        from gradio_client import Client

        client = Client(self.url, verbose=False)
        qs = questions()
        self.ready.wait(timeout=300)
        k = i
        while not self.stop.is_set():
            q = qs[k % len(qs)]
            k += self.n
            t0 = time.monotonic()
            try:
                client.predict(q, api_name="/ask")
            except Exception as e:  # noqa: BLE001 - counted, not fatal
                with self.lock:
                    self.errors.append(f"{type(e).__name__}: {str(e)[:100]}")
                continue
            with self.lock:
                self.samples.append((t0, time.monotonic() - t0))

    def window(self, a: float, b: float) -> list[float]:
        with self.lock:
            return [lat for t, lat in self.samples if a <= t < b]


def upload_all(url: str, files: list[Path], batches: int, expect: int, timeout: float = 900) -> float:
    from gradio_client import Client, handle_file

    client = Client(url, verbose=False)
    size = -(-len(files) // batches)
    for i in range(0, len(files), size):
        client.predict([handle_file(str(p)) for p in files[i:i + size]], "zh", api_name="/upload")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(client.predict(api_name="/documents")) >= expect:
            return time.monotonic()
        time.sleep(0.5)
    raise SystemExit(f"the uploads were not all indexed within {timeout:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--reports", type=int, default=60)
    ap.add_argument("--batches", type=int, default=6)
    ap.add_argument("--idle-s", type=float, default=25.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        shutil.copytree(ROOT / "seeds", tmp / "seeds")
        files = make_reports(tmp / "uploads-src", "upl", n=args.reports)
        with ServeProcess(write_config(tmp, tmp / "seeds")) as srv:
            users = Users(srv.url, args.users)
            threads = [threading.Thread(target=users.user, args=(i,), daemon=True) for i in range(args.users)]
            for th in threads:
                th.start()
            users.ready.wait(timeout=300)
            time.sleep(3)  # first questions open each client's stream: not part of either window
            idle_a = time.monotonic()
            time.sleep(args.idle_s)
            up_a = time.monotonic()
            up_b = upload_all(srv.url, files, args.batches, expect=5 + args.reports)
            users.stop.set()
            for th in threads:
                th.join(timeout=120)
    idle, during = users.window(idle_a, up_a), users.window(up_a, up_b)
    ratio = percentile(during, 95) / percentile(idle, 95) if idle and during else float("nan")
    write_result("upload_latency", {
        "setup": f"rag serve on 127.0.0.1 over the 5 seeds; {args.users} gradio_client users asking /ask in a loop; "
                 f"{args.reports} reports uploaded through /upload in {args.batches} batches",
        "idle": summary_ms(idle), "during_upload": summary_ms(during), "upload_to_searchable_s": round(up_b - up_a, 1),
        "p95_ratio": round(ratio, 2), "errors": len(users.errors), "error_examples": sorted(set(users.errors))[:5],
        "meets_targets": {"p95_during_le_2x_idle": ratio <= 2.0},
    })


if __name__ == "__main__":
    main()
