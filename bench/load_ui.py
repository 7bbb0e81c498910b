"""Load test of the web app: 20 concurrent users ask 200 questions in all over /ask.

    .venv/bin/python bench/load_ui.py [--users 20] [--questions 200] [--deadline 300] [--url http://127.0.0.1:PORT/]

Bounded in count (--questions) and time (--deadline seconds: questions not started by then
are skipped and counted).  Localhost only: --url must point at 127.0.0.1/localhost; without
it a scratch `rag serve` is started.  Prints p50/p95 latency and the error count and writes
bench/results/ui_load.json.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from common import ROOT, summary_ms, write_result

from rag.ui.devserver import ServeProcess, write_config

LOCAL = {"127.0.0.1", "localhost", "::1"}


def questions(n: int) -> list[str]:
    qs = [json.loads(line)["question"] for line in (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]
    return [qs[i % len(qs)] for i in range(n)]


class Load:
    """Shared state of one load run: a question queue, results, a deadline."""

    def __init__(self, url: str, users: int, todo: list[str], deadline_s: float):
        self.url, self.users, self.deadline_s = url, users, deadline_s
        self.lock = threading.Lock()
        self.queue = list(reversed(todo))
        self.latencies: list[float] = []
        self.first_wave: list[float] = []  # each user's first question (opens its event stream)
        self.errors: list[str] = []
        self.skipped = 0
        self.end_at = time.monotonic() + deadline_s
        self.ready = threading.Barrier(users)  # all users connect before the first question: setup is not latency

    def _next(self) -> str | None:
        with self.lock:
            while self.queue:
                q = self.queue.pop()
                if time.monotonic() <= self.end_at:
                    return q
                self.skipped += 1
            return None

    def _error(self, where: str, e: Exception) -> None:
        with self.lock:
            self.errors.append(f"{where}{type(e).__name__}: {str(e)[:120]}")

    def user(self) -> None:
        from gradio_client import Client

        try:
            client = Client(self.url, verbose=False)
        except Exception as e:  # noqa: BLE001 (a user that cannot connect is an error, the rest go on)
            self._error("connect: ", e)
            self.ready.abort()
            return
        try:
            self.ready.wait(timeout=self.deadline_s)
        except threading.BrokenBarrierError:
            pass  # some user failed to connect: the others still run
        first = True
        while (q := self._next()) is not None:
            t = time.perf_counter()
            try:
                client.predict(q, api_name="/ask")
            except Exception as e:  # noqa: BLE001 (any failure is counted, not fatal, in a load test)
                self._error("", e)
                continue
            with self.lock:
                self.latencies.append(time.perf_counter() - t)
                if first:
                    self.first_wave.append(self.latencies[-1])
            first = False


def run_load(url: str, users: int, todo: list[str], deadline_s: float) -> dict:
    load = Load(url, users, todo, deadline_s)
    t0 = time.perf_counter()
    threads = [threading.Thread(target=load.user, daemon=True) for _ in range(users)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=deadline_s + 120)
    wall = time.perf_counter() - t0
    empty = {"n": 0, "mean_ms": None, "p50_ms": None, "p95_ms": None, "max_ms": None}
    return {"latency": summary_ms(load.latencies) if load.latencies else empty,
            "first_question_per_user": summary_ms(load.first_wave) if load.first_wave else empty,
            "ok": len(load.latencies), "errors": len(load.errors), "skipped": load.skipped,
            "error_examples": sorted(set(load.errors))[:5], "wall_s": round(wall, 2),
            "throughput_qps": round(len(load.latencies) / wall, 2) if wall else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--deadline", type=float, default=300.0, help="seconds after which no new question starts")
    ap.add_argument("--url", default=None, help="an already running local app (default: start one)")
    args = ap.parse_args()
    if args.url and urlparse(args.url).hostname not in LOCAL:
        raise SystemExit(f"--url {args.url}: the load test only runs against localhost (127.0.0.1).")
    todo = questions(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        if args.url:
            result = run_load(args.url, args.users, todo, args.deadline)
        else:
            shutil.copytree(ROOT / "seeds", Path(tmp) / "seeds")
            with ServeProcess(write_config(Path(tmp), Path(tmp) / "seeds")) as srv:
                result = run_load(srv.url, args.users, todo, args.deadline)
    lat = result["latency"]
    print(f"users={args.users} questions={len(todo)} ok={result['ok']} errors={result['errors']} "
          f"skipped={result['skipped']} p50={lat['p50_ms']} ms p95={lat['p95_ms']} ms")
    write_result("ui_load", {"users": args.users, "questions": len(todo), "deadline_s": args.deadline,
                             "setup": "rag serve on 127.0.0.1, /ask API via gradio_client, one client per user",
                             **result, "p95_ms": lat["p95_ms"], "p50_ms": lat["p50_ms"]})


if __name__ == "__main__":
    main()
