"""`rag ask` end to end, offline: wall time of a new process per question (target < 1.5 s), and the
time to the first answer in-process after ``Engine.open`` (target < 2 s).

    .venv/bin/python bench/bench_ask.py [--questions 10] [--runs 3] [--profile]

The index is built in a temp folder from seeds/ by `rag ingest` with the default config
(``rag.toml``: sentence-transformers wanted, which cannot be downloaded here, so the offline
BM25 fallback; extractive answers).  Each `rag ask` runs twice: as a user would start it
(HF_HUB_OFFLINE unset: the embedder probe may try to reach huggingface.co) and with
HF_HUB_OFFLINE=1.  ``--profile`` adds the slowest imports (``python -X importtime``) and the
top cProfile entries of one `rag ask` to the result.  Writes bench/results/ask.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, summary_ms, write_result

RAG = ROOT / ".venv" / "bin" / "rag"
RETRY_SLEEP_S = 120


def dev_questions(n: int) -> list[str]:
    text = (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(x) for x in text.splitlines() if x.strip()]
    step = max(1, len(lines) // n)
    return [x["question"] for x in lines[::step][:n]]


def env_for(index_dir: Path, offline: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "RAG_CONFIG")}
    env["RAG_INDEX_DIR"] = str(index_dir)
    if offline:
        env["HF_HUB_OFFLINE"] = "1"
    return env


def rag_cmd() -> list[str]:
    return [str(RAG)] if RAG.exists() else [sys.executable, "-m", "rag.cli.main"]


def timed_ask(question: str, env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run([*rag_cmd(), "ask", question], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=False)
    return time.perf_counter() - t, proc


def ask_until_it_works(question: str, env: dict[str, str], retries: int) -> None:
    """`rag ask` once; while it fails (the answerer may be mid-edit), wait and try again."""
    for attempt in range(retries + 1):
        _, proc = timed_ask(question, env)
        if proc.returncode == 0:
            return
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        print(f"`rag ask` failed (exit {proc.returncode}): {' | '.join(tail)}", file=sys.stderr)
        if attempt < retries:
            print(f"retrying in {RETRY_SLEEP_S} s ({attempt + 1}/{retries})", file=sys.stderr)
            time.sleep(RETRY_SLEEP_S)
    raise SystemExit(f"`rag ask` kept failing after {retries} retries; see the message above.")


def cli_timings(questions: list[str], index_dir: Path, runs: int) -> dict:
    out = {}
    for label, offline in (("hf_hub_offline_unset", False), ("hf_hub_offline_1", True)):
        env = env_for(index_dir, offline)
        samples, failures = [], 0
        for _ in range(runs):
            for q in questions:
                s, proc = timed_ask(q, env)
                samples.append(s)
                failures += proc.returncode != 0
        out[label] = {**summary_ms(samples), "failures": failures}
    return out


FIRST_ANSWER = """
import json, sys, time
t0 = time.perf_counter()
from rag.config import load_config
from rag.engine import Engine
t1 = time.perf_counter()
eng = Engine.open(load_config())
t2 = time.perf_counter()
eng.ask(sys.argv[1])
t3 = time.perf_counter()
eng.ask(sys.argv[2])
t4 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "open_s": t2 - t1, "first_answer_s": t3 - t2, "next_answer_s": t4 - t3}))
"""


def first_answer(questions: list[str], index_dir: Path, runs: int) -> dict:
    """In a fresh interpreter: Engine.open, then the first ask (loads retriever + answerer) and a second."""
    rows = []
    for i in range(runs):
        q1, q2 = questions[i % len(questions)], questions[(i + 1) % len(questions)]
        proc = subprocess.run([sys.executable, "-c", FIRST_ANSWER, q1, q2], env=env_for(index_dir, False), cwd=ROOT,
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return {k: summary_ms([r[k] for r in rows]) for k in rows[0]}


def import_profile(question: str, env: dict[str, str], top: int = 15) -> list[str]:
    """The slowest imports (cumulative microseconds) of one `rag ask`, from ``python -X importtime``."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "rag.cli.main", "ask", question], env=env,
                          cwd=ROOT, capture_output=True, text=True, check=False)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    top_level = sorted((r for r in rows if r[1] <= 3), reverse=True)[:top]
    return [f"{us / 1000:8.1f} ms  {name}" for us, _, name in top_level]


def cprofile_top(question: str, env: dict[str, str], top: int = 20) -> list[str]:
    with tempfile.NamedTemporaryFile(suffix=".prof") as f:
        subprocess.run([sys.executable, "-m", "cProfile", "-o", f.name, "-m", "rag.cli.main", "ask", question], env=env,
                       cwd=ROOT, capture_output=True, check=True)
        code = f"import pstats, sys; pstats.Stats(sys.argv[1]).sort_stats('cumulative').print_stats({top})"
        out = subprocess.run([sys.executable, "-c", code, f.name], capture_output=True, text=True, check=True).stdout
    return [line.rstrip() for line in out.splitlines() if re.match(r"\s+\d", line)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=10, help="dev questions asked (spread over evals/dev.jsonl)")
    ap.add_argument("--runs", type=int, default=3, help="passes over the questions; fresh processes for first answer")
    ap.add_argument("--retries", type=int, default=3, help=f"retries ({RETRY_SLEEP_S} s apart) while `rag ask` fails")
    ap.add_argument("--profile", action="store_true", help="add -X importtime and cProfile tops to the result")
    args = ap.parse_args()
    questions = dev_questions(args.questions)
    with tempfile.TemporaryDirectory(prefix="bench-ask-") as tmp:
        index_dir = Path(tmp) / "index"
        subprocess.run([*rag_cmd(), "ingest", str(ROOT / "seeds"), "-q"], env=env_for(index_dir, False), cwd=ROOT,
                       check=True, capture_output=True)
        ask_until_it_works(questions[0], env_for(index_dir, True), args.retries)
        fig = {"setup": "index from seeds/ by `rag ingest` in a temp dir; default rag.toml (embedder wanted: "
                        "sentence-transformers, unavailable offline -> BM25 fallback); extractive answers; "
                        f"`{' '.join(rag_cmd())} ask QUESTION` as a new process",
               "questions": len(questions), "runs": args.runs,
               "rag_ask_wall": cli_timings(questions, index_dir, args.runs),
               "in_process": first_answer(questions, index_dir, args.runs),
               "targets": {"rag_ask_wall_ms": 1500, "first_answer_after_open_ms": 2000}}
        if args.profile:
            fig["profile"] = {"importtime_top": import_profile(questions[0], env_for(index_dir, False)),
                              "cprofile_cumulative_top": cprofile_top(questions[0], env_for(index_dir, False))}
    fig["meets_targets"] = {
        "rag_ask_default_env": fig["rag_ask_wall"]["hf_hub_offline_unset"]["p50_ms"] < 1500,
        "rag_ask_hf_hub_offline": fig["rag_ask_wall"]["hf_hub_offline_1"]["p50_ms"] < 1500,
        "first_answer": fig["in_process"]["first_answer_s"]["p50_ms"] < 2000}
    write_result("ask", fig)


if __name__ == "__main__":
    main()
