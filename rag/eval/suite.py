"""``rag eval`` on dev sets: one eval index over all corpora, every set scored on it,
the system beside the retrieval-only and LangChain baselines, and the CI yardstick
(``evals/expected.json``).

Why its own index: users keep every report in one index, so the dev sets are asked
against seeds/ and evals/corpus/reports/ together (a question about one report must
find it among 45), and the user's own index (``vectorstore/index``) is never touched.
The eval index lives in ``vectorstore/eval-index`` (``--index-dir`` changes it); it is
updated incrementally by content hash, like ``rag ingest``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from ..config import Config
from .dataset import EvalInputError, EvalItem, Problem, load_dataset
from .runner import summarize, write_jsonl

DEFAULT_DATASETS = ("evals/dev.jsonl", "evals/dev_corpus.jsonl", "evals/heldout.jsonl",  # heldout*: blind, never tuned on
                    "evals/heldout2.jsonl", "evals/heldout3.jsonl", "evals/heldout4.jsonl", "evals/heldout5.jsonl",
                    "evals/heldout6.jsonl", "evals/heldout7.jsonl", "evals/heldout8.jsonl", "evals/heldout9.jsonl",
                    "evals/paraphrase.jsonl")  # paraphrase: fitted stress set, not blind
DEFAULT_CORPORA = ("seeds", "evals/corpus/reports")
EVAL_INDEX = "vectorstore/eval-index"
EXPECTED = "evals/expected.json"
TOLERANCE = 0.05  # CI fails when a set's strict accuracy drops more than this below expected.json
GROUP_KEYS = ("overall", "by_type", "by_script", "by_set", "by_set_type", "by_set_script", "hit_curve", "latency_ms")


def _eprint(*a: Any) -> None:
    print(*a, file=sys.stderr, flush=True)


# --- what to run on ------------------------------------------------------------------------
def default_paths(given: list[str] | None, defaults: tuple[str, ...], cfg: Config, what: str) -> list[Path]:
    """``given`` as paths, else the defaults that exist (a note on stderr for each missing one)."""
    if given:
        return [Path(p) for p in given]
    out = []
    for d in defaults:
        p = cfg.path(d)
        if p.exists():
            out.append(p)
        else:
            _eprint(f"note: default {what} {d} does not exist yet; running without it.")
    if not out:
        raise EvalInputError(f"None of the default {what}s ({', '.join(defaults)}) exists. Pass --{what} PATH.")
    return out


def build_eval_index(corpora: list[Path], cfg: Config, index_dir: Path) -> Config:
    """Ingest ``corpora`` into ``index_dir`` (incremental) and return the config that reads it."""
    from ..ingest.pipeline import ingest

    for c in corpora:
        if not c.exists():
            raise EvalInputError(f"Corpus {c} does not exist. Pass --corpus DIR with report files (default: "
                                 f"{', '.join(DEFAULT_CORPORA)}).")
    ecfg = cfg.replace(paths={"index_dir": str(index_dir)})
    t0 = time.perf_counter()
    report = ingest(corpora, ecfg, auto_rebuild=True)
    for line in report.skipped[:20]:
        _eprint(f"eval index skipped: {line}")
    _eprint(f"eval index {index_dir}: {', '.join(map(str, corpora))} ready in {time.perf_counter() - t0:.1f} s")
    return ecfg


def pick_evenly(seq: list, n: int | None) -> list:
    """``n`` items spread evenly over ``seq`` (all when n is None or large): a fixed sample."""
    if n is None or n >= len(seq):
        return list(seq)
    return [seq[i * len(seq) // n] for i in range(n)]


def load_sets(paths: list[Path], documents: list, sample: int | None = None,
              limit: int | None = None) -> tuple[list[EvalItem], list[Problem], list[str]]:
    """Every dataset's usable items (``sample`` evenly spread, or the first ``limit``, per set)."""
    items: list[EvalItem] = []
    problems: list[Problem] = []
    names: list[str] = []
    for path in paths:
        ds = load_dataset(path, documents)
        if path.stem in names:
            raise EvalInputError(f"Two datasets are named {path.stem!r}; rename one (sets are reported by file stem).")
        names.append(path.stem)
        for p in ds.problems:
            _eprint(f"skipped {path.name} {p}")
        if not ds.items:
            raise EvalInputError(f"No usable item in {path} ({len(ds.problems)} lines skipped, see above).")
        got = pick_evenly(list(ds.items), sample)
        items += got[:limit] if limit else got
        problems += [Problem(p.line, f"[{path.name}] {p.message}", p.item_id) for p in ds.problems]
    return items, problems, names


# --- metrics and run folders ----------------------------------------------------------------
def run_metrics(run: dict[str, Any], rows: list[dict], problems: list[Problem]) -> dict[str, Any]:
    return {"schema": "rag-eval/2", "run": run, **summarize(rows), "skipped": [str(p) for p in problems]}


def write_run(out: Path, metrics: dict, rows: list[dict], reports: bool = True) -> None:
    from .report_html import render_html
    from .report_md import render_markdown

    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "predictions.jsonl", rows)
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    if reports:
        (out / "report.md").write_text(render_markdown(metrics, rows), encoding="utf-8")
        (out / "report.html").write_text(render_html(metrics, rows), encoding="utf-8")


def attach_baseline(metrics: dict, name: str, out: Path, run: dict, rows: list[dict], problems: list[Problem]) -> None:
    """Write a baseline's run into ``out/<dir>`` and put its figures into ``metrics["baselines"][name]``
    (the LangChain one also stays under ``metrics["baseline"]``, which older reports read)."""
    folder = "baseline" if name == "langchain" else name
    bm = run_metrics(run, rows, problems)
    write_run(out / folder, bm, rows)
    figures = {"answer_accuracy": bm["answer_accuracy"], "run": bm["run"], "dir": folder,
               **{k: bm[k] for k in GROUP_KEYS}}
    metrics.setdefault("baselines", {})[name] = figures
    if name == "langchain":
        metrics["baseline"] = figures


# --- expected.json (the CI yardstick) -------------------------------------------------------------
def expected_record(metrics: dict, sample: int | None, command: str) -> dict[str, Any]:
    """What ``--record-expected`` writes: each set's strict accuracy on this run's items."""
    sets = {name: {"answer_accuracy": g["correct"], "n": g["n"]} for name, g in metrics["by_set"].items()}
    return {"schema": "rag-expected/1", "sample": sample, "tolerance": TOLERANCE, "sets": sets,
            "recorded": time.strftime("%Y-%m-%dT%H:%M:%S"), "command": command,
            "run": {k: metrics["run"].get(k) for k in ("retrieval", "embedder", "llm", "documents")}}


def read_expected(path: Path) -> dict[str, Any]:
    try:
        exp = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalInputError(f"{path} does not exist. Record it with `rag eval --record-expected {path}`.") from None
    except (OSError, ValueError) as e:
        raise EvalInputError(f"{path} is unreadable ({e}). Record it again with `rag eval --record-expected {path}`.") from None
    if not isinstance(exp, dict) or exp.get("schema") != "rag-expected/1" or not isinstance(exp.get("sets"), dict):
        raise EvalInputError(f"{path} is not a rag-expected/1 file. Record it with `rag eval --record-expected {path}`.")
    return exp


def check_expected(metrics: dict, expected: dict) -> tuple[list[str], list[str]]:
    """(drops, notes): a drop is a set whose strict accuracy is more than the tolerance
    below its recorded figure; a note is a set with no recorded figure.

    >>> m = {"by_set": {"dev": {"correct": 0.5, "n": 10}, "new": {"correct": 0.1, "n": 5}}}
    >>> check_expected(m, {"tolerance": 0.05, "sets": {"dev": {"answer_accuracy": 0.6}}})[0][0][:27]
    'dev: strict accuracy 50.0% '
    """
    tol = float(expected.get("tolerance", TOLERANCE))
    drops, notes = [], []
    for name, g in metrics["by_set"].items():
        want = (expected["sets"].get(name) or {}).get("answer_accuracy")
        if want is None:
            notes.append(f"{name}: no expected figure recorded; record one with --record-expected.")
        elif g["correct"] is not None and g["correct"] < want - tol:
            drops.append(f"{name}: strict accuracy {100 * g['correct']:.1f}% is more than {100 * tol:.0f} points "
                         f"below the recorded {100 * want:.1f}% (n={g['n']}). Find the change that broke it, or, "
                         "if the drop is intended, re-record with --record-expected.")
    return drops, notes
