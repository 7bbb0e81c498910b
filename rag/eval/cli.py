"""`rag eval`: parse -> run the pipeline(s) -> score -> write the run folder -> print a summary.

    rag eval [--dataset evals/dev.jsonl] [--out DIR] [--llm NAME] [--mode M] [-k N] [--pipeline ours|baseline]
    rag eval --benchmark cmrc2018|drcd [--limit N]
    rag eval --compare DIR_A DIR_B

A run folder holds ``predictions.jsonl``, ``metrics.json``, ``report.md`` and
``report.html``; a run of our pipeline also runs the LangChain baseline on the same items
(into ``DIR/baseline/``) so every report shows ours beside it.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from ..config import Config
from .dataset import EvalInputError, EvalItem, Problem, load_dataset
from .runner import RETRIEVAL_K, EnginePipeline, run_items, summarize, write_jsonl


def _eprint(*a: Any) -> None:
    print(*a, file=sys.stderr, flush=True)


def run_eval(args, cfg: Config) -> int:
    if args.compare:
        return _compare(args, cfg)
    if args.limit is not None and args.limit < 1:
        raise EvalInputError(f"--limit must be at least 1, got {args.limit}.")
    if args.benchmark:
        return _benchmark(args, cfg)
    return _dataset(args, cfg)


# --- compare -------------------------------------------------------------------------------
def _compare(args, cfg: Config) -> int:
    from .compare import compare_dirs

    a, b = args.compare
    md = compare_dirs(a, b)
    print(md)
    target = Path(args.out) if args.out else Path(b)
    target.mkdir(parents=True, exist_ok=True)
    (target / "compare.md").write_text(md, encoding="utf-8")
    _eprint(f"written: {target / 'compare.md'}")
    return 0


# --- shared --------------------------------------------------------------------------------
def _out_dir(args, cfg: Config, prefix: str = "") -> Path:
    if args.out:
        return Path(args.out)
    return cfg.path(f"evals/runs/{prefix}{time.strftime('%Y%m%d-%H%M%S')}")


def run_metrics(run: dict[str, Any], rows: list[dict], problems: list[Problem]) -> dict[str, Any]:
    return {"schema": "rag-eval/1", "run": run, **summarize(rows), "skipped": [str(p) for p in problems]}


def _run_info(pipeline, **extra: Any) -> dict[str, Any]:
    info = {"created": time.strftime("%Y-%m-%dT%H:%M:%S"), "retrieval_k": RETRIEVAL_K, **pipeline.describe()}
    notes = [*info.pop("notes", []), *extra.pop("notes", [])]
    info.update({k: v for k, v in extra.items() if v is not None})
    info["notes"] = notes
    return info


def _run_one(pipeline, items: list[EvalItem], docs: dict, official: bool, **extra: Any) -> tuple[dict, list[dict]]:
    t0 = time.perf_counter()
    rows = run_items(items, pipeline, docs, official=official)
    run = _run_info(pipeline, items=len(items), errors=sum(bool(r["error"]) for r in rows), **extra)
    run["wall_s"] = round(time.perf_counter() - t0, 2)
    return run, rows


def _baseline_pipeline(documents: list, cfg: Config, k: int | None):
    from .baseline import build_baseline

    t0 = time.perf_counter()
    b = build_baseline(documents, cfg, k)
    _eprint(f"baseline built in {time.perf_counter() - t0:.1f} s ({b.describe()['retrieval']})")
    return b


def write_run(out: Path, metrics: dict, rows: list[dict], reports: bool = True) -> None:
    from .report_html import render_html
    from .report_md import render_markdown

    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "predictions.jsonl", rows)
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    if reports:
        (out / "report.md").write_text(render_markdown(metrics, rows), encoding="utf-8")
        (out / "report.html").write_text(render_html(metrics, rows), encoding="utf-8")


def _attach_baseline(metrics: dict, out: Path, run: dict, rows: list[dict], problems: list[Problem]) -> None:
    bm = run_metrics(run, rows, problems)
    write_run(out / "baseline", bm, rows)
    metrics["baseline"] = {k: bm[k] for k in ("run", "overall", "by_type", "by_script", "hit_curve", "latency_ms")}
    metrics["baseline"]["dir"] = "baseline"


def _maybe_judge(args, cfg: Config, rows: list[dict], docs: dict, run: dict) -> None:
    if not getattr(args, "judge", False):
        return
    from .judge import judge_rows

    run.setdefault("notes", []).extend(judge_rows(rows, cfg, args.llm, docs))


def _summary(metrics: dict, out: Path) -> None:
    o = metrics["overall"]
    b = (metrics.get("baseline") or {}).get("overall", {})
    pct = lambda v: "—" if v is None else f"{100 * v:.1f}%"
    for key, label in (("correct", "accuracy"), ("f1", "F1"), ("em", "EM"), ("hit@5", "hit@5"),
                       ("rr", "MRR"), ("citation_precision", "citation P"), ("citation_recall", "citation R"),
                       ("abstention_recall", "abstention R")):
        v, bv = o.get(key), b.get(key)
        fmt = (lambda x: "—" if x is None else f"{x:.3f}") if key == "rr" else pct
        print(f"{label:>14}: {fmt(v):>7}" + (f"   baseline {fmt(bv)}" if b else ""))
    print(f"{'items':>14}: {o['n']} scored, {len(metrics['skipped'])} skipped, {o['errors']} errors "
          f"in {metrics['run'].get('wall_s')} s")
    print(f"report: {out / 'report.html'}")


# --- the dataset ------------------------------------------------------------------------------
def _dataset(args, cfg: Config) -> int:
    from ..engine import Engine

    eng = Engine.open(cfg)
    path = Path(args.dataset) if args.dataset else cfg.path("evals/dev.jsonl")
    ds = load_dataset(path, eng.documents())
    for p in ds.problems:
        _eprint(f"skipped {path.name} {p}")
    if not ds.items:
        raise EvalInputError(f"No usable item in {path} ({len(ds.problems)} lines skipped, see above).")
    out = _out_dir(args, cfg)
    docs = dict(eng.gen.docs_by_id)
    extra = {"dataset": str(path), "skipped": len(ds.problems), "mode": args.mode}
    items = list(ds.items)[: args.limit] if args.limit else list(ds.items)
    if args.pipeline == "baseline":
        pipe = _baseline_pipeline(eng.documents(), cfg, args.k)
    else:
        pipe = EnginePipeline(eng, mode=args.mode, llm=args.llm, k=args.k)
    run, rows = _run_one(pipe, items, docs, official=False, **extra)
    _maybe_judge(args, cfg, rows, docs, run)
    metrics = run_metrics(run, rows, list(ds.problems))
    if args.pipeline == "ours":
        brun, brows = _run_one(_baseline_pipeline(eng.documents(), cfg, args.k), items, docs, official=False, **extra)
        _attach_baseline(metrics, out, brun, brows, list(ds.problems))
    write_run(out, metrics, rows)
    _summary(metrics, out)
    return 0


# --- external benchmarks ----------------------------------------------------------------------
def build_benchmark_index(bench, cfg: Config, folder: Path) -> tuple[Config, float]:
    """Write the paragraphs as files under ``folder`` and ingest them into ``folder/index``."""
    from tqdm import tqdm

    from ..ingest.pipeline import ingest
    from .benchmarks import write_passages

    passages = write_passages(bench, folder / "passages")
    bcfg = cfg.replace(paths={"index_dir": str(folder / "index")})
    t0 = time.perf_counter()
    with tqdm(total=len(bench.passages), desc=f"index {bench.name}", unit="doc", file=sys.stderr, disable=None) as bar:
        report = ingest([passages], bcfg, progress=lambda name, i, n: bar.update(1))
    for line in report.skipped[:20]:
        _eprint(f"benchmark ingest skipped: {line}")
    return bcfg, time.perf_counter() - t0


def _benchmark(args, cfg: Config) -> int:
    from ..engine import Engine
    from .benchmarks import corpus_dir, load_benchmark, pick_evenly, spec, to_items

    sp = spec(args.benchmark)
    bench = load_benchmark(args.benchmark, cfg)
    folder = corpus_dir(bench.name, cfg)  # beside the main index, $RAG_INDEX_DIR included
    bcfg, index_s = build_benchmark_index(bench, cfg, folder)
    eng = Engine.open(bcfg)
    questions = pick_evenly(list(bench.questions), args.limit)
    items, problems = to_items(bench, questions, eng.documents())
    if not items:
        raise EvalInputError(f"No question of {bench.name} could be asked ({len(problems)} skipped).")
    out = _out_dir(args, cfg, prefix=f"{bench.name}-")
    docs = dict(eng.gen.docs_by_id)
    extra = {"benchmark": f"{bench.name} dev ({bench.path})", "skipped": len(problems), "mode": args.mode,
             "index_s": round(index_s, 1), "notes": [
                 (f"{len(items)} of {len(bench.questions)} questions (evenly spread), "
                 f"corpus = all {len(bench.passages)} paragraphs; hit = a passage of the question's own paragraph"),
                 ("EM/F1: official CMRC 2018 scoring of the stated short answer (else the whole answer text), "
                 "best over the references")]}
    pipe = EnginePipeline(eng, mode=args.mode, llm=args.llm, k=args.k) if args.pipeline == "ours" \
        else _baseline_pipeline(eng.documents(), bcfg, args.k)
    run, rows = _run_one(pipe, items, docs, official=True, **extra)
    metrics = run_metrics(run, rows, problems)
    if args.pipeline == "ours":
        brun, brows = _run_one(_baseline_pipeline(eng.documents(), bcfg, args.k), items, docs, official=True, **extra)
        _attach_baseline(metrics, out, brun, brows, problems)
    metrics["published"] = {
        "note": f"Readers given the gold paragraph ({sp.source}): an upper reference for the answer scores, "
                "not comparable with an end-to-end run that must first retrieve the paragraph.",
        "rows": [{"system": s, "em": em, "f1": f1} for s, em, f1 in sp.published]}
    write_run(out, metrics, rows)
    _summary(metrics, out)
    return 0
