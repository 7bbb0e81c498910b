"""`rag eval`: parse -> run the pipeline(s) -> score -> write the run folder -> print a summary.

    rag eval [--dataset FILE ...] [--corpus DIR ...] [--index-dir DIR] [--out DIR] [--llm NAME] [--mode M] [-k N]
             [--pipeline ours|retrieval_only|baseline] [--sample N] [--record-expected FILE] [--check-expected FILE]
    rag eval --benchmark cmrc2018|drcd [--limit N]
    rag eval --compare DIR_A DIR_B

A run folder holds ``predictions.jsonl``, ``metrics.json``, ``report.md`` and
``report.html``; a run of our pipeline also runs the retrieval-only baseline (into
``DIR/retrieval_only/``) and the LangChain baseline (into ``DIR/baseline/``) on the same
items, so every report shows ours beside both.  Dev sets run on the eval's own index
(:mod:`rag.eval.suite`).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from ..config import Config
from .dataset import EvalInputError, EvalItem
from .runner import RETRIEVAL_K, EnginePipeline, run_items
from .suite import attach_baseline, run_metrics, write_run


def _eprint(*a: Any) -> None:
    print(*a, file=sys.stderr, flush=True)


def run_eval(args, cfg: Config) -> int:
    if args.compare:
        return _compare(args, cfg)
    for flag in ("limit", "sample"):
        if getattr(args, flag, None) is not None and getattr(args, flag) < 1:
            raise EvalInputError(f"--{flag} must be at least 1, got {getattr(args, flag)}.")
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


def _maybe_judge(args, cfg: Config, rows: list[dict], docs: dict, run: dict) -> None:
    if not getattr(args, "judge", False):
        return
    from .judge import judge_rows

    run.setdefault("notes", []).extend(judge_rows(rows, cfg, args.llm, docs))


def _summary(metrics: dict, out: Path) -> None:
    pct = lambda v: "—" if v is None else f"{100 * v:.1f}%"
    bases = metrics.get("baselines") or ({"baseline": metrics["baseline"]} if metrics.get("baseline") else {})
    head = f"{'':>22} {metrics['run'].get('pipeline', 'run'):>10}" + "".join(f" {n:>15}" for n in bases)
    print(head)
    groups = [("strict accuracy", metrics["overall"], {n: b["overall"] for n, b in bases.items()})]
    groups += [(f"  set {name}", g, {n: b.get("by_set", {}).get(name, {}) for n, b in bases.items()})
               for name, g in (metrics.get("by_set") or {}).items() if len(metrics.get("by_set") or {}) > 1]
    for label, g, bg in groups:
        print(f"{label:>22} {pct(g.get('correct')):>10}" + "".join(f" {pct(b.get('correct')):>15}" for b in bg.values()))
    o = metrics["overall"]
    for key, label in (("lenient_contains", "lenient contains"), ("f1", "F1"), ("hit@5", "hit@5"),
                       ("citation_precision", "citation P"), ("abstention_recall", "abstention R")):
        print(f"{label:>22} {pct(o.get(key)):>10}" + "".join(f" {pct(b['overall'].get(key)):>15}" for b in bases.values()))
    print(f"{'items':>22}: {o['n']} scored, {len(metrics['skipped'])} skipped, {o['errors']} errors "
          f"in {metrics['run'].get('wall_s')} s")
    print(f"report: {out / 'report.html'}")


# --- the dev sets -----------------------------------------------------------------------------
def _pipelines(args, eng, cfg: Config) -> dict[str, Any]:
    """The pipelines to run, the first being the run's own (``--pipeline``)."""
    from .retrieval_only import RetrievalOnly

    make = {"ours": lambda: EnginePipeline(eng, mode=args.mode, llm=args.llm, k=args.k),
            "retrieval_only": lambda: RetrievalOnly(eng, mode=args.mode),
            "langchain": lambda: _baseline_pipeline(eng.documents(), cfg, args.k)}
    main = "langchain" if args.pipeline == "baseline" else args.pipeline
    names = [main] + (["retrieval_only", "langchain"] if main == "ours" else [])
    return {n: make[n] for n in names}


def _dataset(args, cfg: Config) -> int:
    from ..engine import Engine
    from .suite import (
        DEFAULT_CORPORA,
        DEFAULT_DATASETS,
        EVAL_INDEX,
        build_eval_index,
        check_expected,
        default_paths,
        expected_record,
        load_sets,
        read_expected,
    )

    expected = read_expected(Path(args.check_expected)) if args.check_expected else None  # fail before the run
    datasets = default_paths(args.dataset, DEFAULT_DATASETS, cfg, "dataset")
    corpora = default_paths(args.corpus, DEFAULT_CORPORA, cfg, "corpus")
    ecfg = build_eval_index(corpora, cfg, Path(args.index_dir) if args.index_dir else cfg.path(EVAL_INDEX))
    eng = Engine.open(ecfg)
    documents = eng.documents()
    items, problems, names = load_sets(datasets, documents, args.sample, args.limit)
    out = _out_dir(args, cfg)
    docs = dict(eng.gen.docs_by_id)
    extra = {"dataset": ", ".join(map(str, datasets)), "sets": names, "corpus": ", ".join(map(str, corpora)),
             "index": str(ecfg.index_dir), "skipped": len(problems), "mode": args.mode, "sample": args.sample,
             "regions": sorted({d.region for d in documents if d.region})}  # for evals/strict_judge.py
    pipes = _pipelines(args, eng, ecfg)
    metrics: dict[str, Any] = {}
    for n, (name, make) in enumerate(pipes.items()):
        run, rows = _run_one(make(), items, docs, official=False, **extra)
        if n == 0:
            _maybe_judge(args, cfg, rows, docs, run)
            metrics, main_rows = run_metrics(run, rows, problems), rows
        else:
            attach_baseline(metrics, name, out, run, rows, problems)
    write_run(out, metrics, main_rows)
    _summary(metrics, out)
    if args.record_expected:
        target = Path(args.record_expected)
        cmd = " ".join(["rag", "eval", *sys.argv[2:]]) if len(sys.argv) > 2 else "rag eval --record-expected"
        target.write_text(json.dumps(expected_record(metrics, args.sample, cmd), ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
        _eprint(f"recorded: {target}")
    if expected is not None:
        drops, notes = check_expected(metrics, expected)
        for line in notes:
            _eprint(f"note: {line}")
        for line in drops:
            _eprint(f"FAILED: {line}")
        return 1 if drops else 0
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
        attach_baseline(metrics, "langchain", out, brun, brows, problems)
    metrics["published"] = {
        "note": f"Readers given the gold paragraph ({sp.source}): an upper reference for the answer scores, "
                "not comparable with an end-to-end run that must first retrieve the paragraph.",
        "rows": [{"system": s, "em": em, "f1": f1} for s, em, f1 in sp.published]}
    write_run(out, metrics, rows)
    _summary(metrics, out)
    return 0
