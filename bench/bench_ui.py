"""Web app timings: `rag serve` start-to-ready (cold: ingests seeds first; warm: index exists)
and the first / next answer through the app's /ask API.

    .venv/bin/python bench/bench_ui.py [--runs 2]

Writes bench/results/ui.json.  Lexical retrieval (no model download), extractive answers.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from common import ROOT, summary_ms, write_result

from rag.ui.devserver import ServeProcess, write_config

QUESTIONS = ["长治市2021年行政复议综合纠错率是多少?", "2023年法治政府建设存在哪些不足?"]


def timed_answers(url: str) -> tuple[float, float]:
    from gradio_client import Client

    client = Client(url, verbose=False)
    t = time.perf_counter()
    client.predict(QUESTIONS[0], api_name="/ask")
    first = time.perf_counter() - t
    t = time.perf_counter()
    client.predict(QUESTIONS[1], api_name="/ask")
    return first, time.perf_counter() - t


def one_run(tmp: Path) -> dict[str, float]:
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    config = write_config(tmp, tmp / "seeds")
    out: dict[str, float] = {}
    with ServeProcess(config) as srv:  # no index yet: ingests seeds/ then serves
        out["cold"] = srv.ready_seconds
        out["first_answer"], out["next_answer"] = timed_answers(srv.url)
    with ServeProcess(config) as srv:
        out["warm"] = srv.ready_seconds
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=2)
    runs = []
    for _ in range(ap.parse_args().runs):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(one_run(Path(tmp)))
    pick = lambda key: [r[key] for r in runs]
    write_result("ui", {
        "setup": "rag serve subprocess on 127.0.0.1, seeds copy, [embedding] backend=none, extractive answers",
        "serve_to_ready_cold_ingest": summary_ms(pick("cold")),
        "serve_to_ready_warm": summary_ms(pick("warm")),
        "first_answer_via_api": summary_ms(pick("first_answer")),
        "next_answer_via_api": summary_ms(pick("next_answer")),
    })


if __name__ == "__main__":
    main()
