"""The robustness yardstick: ask every answerable eval question again in other words, and count how
often an answer that was right stays right.

    python evals/perturb.py [--out DIR] [--per-rule N] [--rules NAME,...] [--dataset FILE ...] [--corpus DIR ...]

Every answerable item of the default sets (``rag/eval/suite.py`` DEFAULT_DATASETS; unanswerable and
multi_doc items are skipped) is reworded by the named rules of :mod:`rag.eval.perturb` (place/year
order, interrogative forms, place forms, 年/年度, polite frames, punctuation, English frames); the
answerer runs over the originals and the variants on the eval's own index (``vectorstore/eval-index``,
as ``rag eval``), and the strict scorer of ``rag/eval`` judges both.  Written to DIR (default
``evals/runs/perturb``): ``perturb.json`` (per rule: variants, the robustness rate over variants
whose original is right, every failing variant with its answer) and ``report.md``.  No randomness:
at most N variants per rule (default 150, 0 = all), spread evenly over the sets in file order.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rag.config import load_config
from rag.errors import RagError

SKIPPED_TYPES = ("unanswerable", "multi_doc")
PER_RULE = 150


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="evals/perturb.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="evals/runs/perturb", help="run folder (default evals/runs/perturb)")
    p.add_argument("--per-rule", type=int, default=PER_RULE, help=f"variants per rule at most (default {PER_RULE}; 0 = all)")
    p.add_argument("--rules", default="", help="comma-separated rule names (default: all)")
    p.add_argument("--dataset", action="append", help="dataset file (repeatable; default: the eval's default sets)")
    p.add_argument("--corpus", action="append", help="report folder (repeatable; default: seeds, evals/corpus/reports)")
    p.add_argument("--index-dir", help="eval index folder (default vectorstore/eval-index)")
    p.add_argument("--config", help="rag.toml to use (default: the project's)")
    p.add_argument("--llm", help="answerer backend (default: the config's)")
    return p.parse_args(argv)


def build_variants(items, known, per_rule: int, names) -> list:
    """One EvalItem per variant (id ``<item>~<rule>``), at most ``per_rule`` per rule, evenly spread."""
    from rag.eval.perturb import variants
    from rag.eval.suite import pick_evenly

    by_rule: dict[str, list] = {}
    for item in items:
        for rule, question in variants(item.question, known, names):
            by_rule.setdefault(rule, []).append(dataclasses.replace(item, id=f"{item.id}~{rule}", question=question))
    return [v for vs in by_rule.values() for v in pick_evenly(vs, per_rule or None)]


def main(argv: list[str] | None = None) -> int:
    from rag.engine import Engine
    from rag.eval.perturb import RULES, known_places
    from rag.eval.perturb.report import render_markdown, robustness
    from rag.eval.runner import EnginePipeline, run_items
    from rag.eval.suite import (
        DEFAULT_CORPORA,
        DEFAULT_DATASETS,
        EVAL_INDEX,
        build_eval_index,
        default_paths,
        load_sets,
    )

    args = _args(argv)
    if args.per_rule < 0:
        raise RagError(f"--per-rule must be 0 (all) or more, got {args.per_rule}.")
    names = [n.strip() for n in args.rules.split(",") if n.strip()] or None
    unknown = [n for n in names or () if n not in RULES]
    if unknown:
        raise RagError(f"Unknown rule(s) {', '.join(unknown)}. Registered: {', '.join(RULES)}.")
    cfg = load_config(args.config)
    t0 = time.perf_counter()
    datasets = default_paths(args.dataset, DEFAULT_DATASETS, cfg, "dataset")
    corpora = default_paths(args.corpus, DEFAULT_CORPORA, cfg, "corpus")
    ecfg = build_eval_index(corpora, cfg, Path(args.index_dir) if args.index_dir else cfg.path(EVAL_INDEX))
    eng = Engine.open(ecfg)
    items, _, sets = load_sets(datasets, eng.documents())
    items = [i for i in items if i.type not in SKIPPED_TYPES]
    known = known_places(d.region for d in eng.documents())
    varied = build_variants(items, known, args.per_rule, names)
    sources = {v.id: v.id.rsplit("~", 1) for v in varied}
    asked = {v.id.rsplit("~", 1)[0] for v in varied}
    originals = [i for i in items if i.id in asked]
    docs = dict(eng.gen.docs_by_id)
    pipe = EnginePipeline(eng, llm=args.llm)
    print(f"{len(originals)} originals, {len(varied)} variants over {len(RULES if names is None else names)} rules",
          file=sys.stderr, flush=True)
    orig_rows = run_items(originals, pipe, docs)
    var_rows = [{**r, "source": sources[r["id"]][0], "rule": sources[r["id"]][1]} for r in run_items(varied, pipe, docs)]
    run = {"command": " ".join(["python evals/perturb.py", *(argv if argv is not None else sys.argv[1:])]),
           "sets": sets, "per_rule": args.per_rule, "rules": names or list(RULES), **pipe.describe(),
           "created": time.strftime("%Y-%m-%dT%H:%M:%S"), "wall_s": round(time.perf_counter() - t0, 1)}
    result = robustness(orig_rows, var_rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "perturb.json").write_text(json.dumps({"schema": "rag-perturb/1", "run": run, **result}, ensure_ascii=False,
                                                 indent=1, default=str), encoding="utf-8")
    (out / "report.md").write_text(render_markdown(result, run), encoding="utf-8")
    o = result["overall"]
    rate = "—" if o["rate"] is None else f"{100 * o['rate']:.1f}%"
    print(f"robustness {rate} ({o['robust']}/{o['on_right']} variants of right originals) in {run['wall_s']} s; "
          f"report: {out / 'report.md'}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
