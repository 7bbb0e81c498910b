"""Calibrate the abstention threshold (DEFAULT_SUPPORT) on one dev set and check it on another.

    .venv/bin/python bench/calibrate_support.py \
        --calibrate evals/dev.jsonl:seeds --check evals/dev_corpus.jsonl:evals/corpus/reports

Each set is DATASET:CORPUS.  The corpus is ingested into a temporary index; every item is asked
with the threshold disabled and its support score (``meta["support"]``, the best passage's
rarity-weighted share of the question's terms) is recorded.  Items refused with the threshold disabled
(a region or year no report covers, no sentence carrying the measured noun, an English question with no
known term) are refused whatever the threshold; items whose support is not measured (the catalogue, a
report's date or number) are answered whatever it is.  On the calibration set the threshold
maximising (answerable answered + unanswerable refused) is chosen (ties: the middle of the equally good
thresholds, the furthest from where either rate changes); the check set reports the same rates at that threshold, never tuned on.
Writes bench/results/calibrate_support.json.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

from common import ROOT, write_result

GRID = [round(0.05 * i, 2) for i in range(2, 17)]  # 0.10 .. 0.80


def scores(dataset: str, corpus: str, tmp: Path) -> list[tuple[bool, float | None, bool]]:
    """(answerable, support or None, refused whatever the threshold) per item."""
    index = tmp / Path(corpus).name
    env = dict(os.environ, RAG_INDEX_DIR=str(index))
    subprocess.run([str(ROOT / ".venv" / "bin" / "rag"), "ingest", str(ROOT / corpus)], env=env, check=True,
                   capture_output=True)
    os.environ["RAG_INDEX_DIR"] = str(index)
    from rag.config import load_config
    from rag.engine import Engine

    cfg = load_config().replace(answer={"abstain_score": 1e-9})
    engine = Engine.open(cfg)
    out = []
    for line in (ROOT / dataset).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        a = engine.ask(item["question"])
        out.append((item.get("type") != "unanswerable", a.meta.get("support"), a.abstained))
    return out


def rates(rows, t: float) -> dict[str, float]:
    def refused(support, anyway):
        return anyway or (support is not None and support < t)

    ans = [r for r in rows if r[0]]
    una = [r for r in rows if not r[0]]
    answered = sum(not refused(s, sc) for _, s, sc in ans) / max(1, len(ans))
    refused_u = sum(refused(s, sc) for _, s, sc in una) / max(1, len(una))
    return {"threshold": t, "answerable_answered": round(answered, 3), "false_refusals": round(1 - answered, 3),
            "unanswerable_refused": round(refused_u, 3), "n_answerable": len(ans), "n_unanswerable": len(una)}


def choose(table: list[dict[str, float]]) -> dict[str, float]:
    """The row maximising answered + refused; of several equally good thresholds, the middle one (the
    furthest from where either rate changes), not an end of the range."""
    top = max(r["answerable_answered"] + r["unanswerable_refused"] for r in table)
    tied = [r for r in table if r["answerable_answered"] + r["unanswerable_refused"] == top]
    return tied[(len(tied) - 1) // 2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calibrate", required=True, help="DATASET:CORPUS to choose the threshold on")
    ap.add_argument("--check", default="", help="DATASET:CORPUS to check it on")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cal = scores(*args.calibrate.split(":"), Path(tmp))
        table = [rates(cal, t) for t in GRID]
        best = choose(table)
        result = {"calibrated_on": args.calibrate, "grid": table, "chosen": best}
        if args.check:
            result["checked_on"] = args.check
            result["check"] = rates(scores(*args.check.split(":"), Path(tmp)), best["threshold"])
    write_result("calibrate_support", result)


if __name__ == "__main__":
    main()
