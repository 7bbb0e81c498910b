"""``report.md``: the run's metrics as Markdown tables (ours beside the baseline).

Pure: ``render_markdown(metrics, rows) -> str`` from what ``metrics.json`` and
``predictions.jsonl`` hold.  Report text (questions, answers, quotes) is untrusted: it is
HTML-escaped and flattened to one line, so a Markdown viewer that renders HTML shows
``<script>`` as text and a ``|`` cannot break a table.

>>> fmt("correct", 0.5), fmt("rr", 0.25), fmt("f1", None)
('50.0%', '0.250', '—')
>>> cell("a|b <i>\\nc")
'a\\\\|b &lt;i&gt; c'
"""
from __future__ import annotations

import html
from typing import Any

# (metric key, label); MRR and latency are not percentages.
HEADLINE: tuple[tuple[str, str], ...] = (
    ("correct", "accuracy (answerable: contains gold, or key-point recall ≥ 0.5 for list-like types; unanswerable: abstained)"),
    ("contains", "answer contains gold (answerable; the short answer when one is given)"),
    ("contains_full", "gold anywhere in the answer text, quotes included (lenient)"),
    ("kp_recall", "key-point recall (list / summary / multi_doc / multi-item comparison)"),
    ("f1", "char F1, CMRC normalisation"),
    ("em", "exact match (short answers)"),
    ("hit@1", "retrieval hit@1"), ("hit@3", "retrieval hit@3"), ("hit@5", "retrieval hit@5"),
    ("hit@10", "retrieval hit@10"), ("rr", "retrieval MRR@10"),
    ("abstention_precision", "abstention precision"), ("abstention_recall", "abstention recall"),
    ("abstention_false_abstention_rate", "false abstentions (answerable)"),
    ("quote_exact", "quote exactness"), ("citation_precision", "citation precision"),
    ("citation_recall", "citation recall"), ("groundedness", "groundedness (numbers)"),
    ("judge_faithfulness", "LLM judge: faithfulness"), ("judge_correctness", "LLM judge: correctness"),
)
GROUP_COLS: tuple[str, ...] = ("correct", "contains", "kp_recall", "f1", "em", "hit@5", "rr", "citation_precision",
                               "citation_recall", "abstention_recall")
SHORT = {"correct": "acc", "contains": "contains", "kp_recall": "key-point R", "f1": "F1", "em": "EM", "hit@5": "hit@5", "rr": "MRR",
         "citation_precision": "cite P", "citation_recall": "cite R", "abstention_recall": "abst R"}
NOT_PERCENT = ("rr",)
MAX_FAILURES_MD = 60


def fmt(key: str, v: Any) -> str:
    if v is None:
        return "—"
    if key in NOT_PERCENT:
        return f"{v:.3f}"
    return f"{100 * v:.1f}%"


def cell(text: Any, limit: int = 0) -> str:
    s = " ".join(str(text if text is not None else "").split())
    if limit and len(s) > limit:
        s = s[: limit - 1] + "…"
    return html.escape(s, quote=False).replace("|", "\\|")


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return out + ["| " + " | ".join(r) + " |" for r in rows]


def has_values(metrics: dict, key: str) -> bool:
    return any((m or {}).get("overall", {}).get(key) is not None for m in (metrics, metrics.get("baseline")))


def headline_table(metrics: dict) -> list[str]:
    base = metrics.get("baseline")
    head = ["metric", cell(metrics["run"].get("pipeline") or "this run")]
    if base:
        head.append("baseline")
    rows = []
    for key, label in HEADLINE:
        if not has_values(metrics, key):
            continue
        n = metrics["overall"].get(f"{key}.n")
        row = [f"{label}" + (f" (n={n})" if n is not None else ""), fmt(key, metrics["overall"].get(key))]
        if base:
            row.append(fmt(key, base["overall"].get(key)))
        rows.append(row)
    lat = metrics.get("latency_ms", {})
    lat_row = ["answer latency p50 / p90 (ms)", f"{lat.get('p50') or 0:.0f} / {lat.get('p90') or 0:.0f}"]
    if base:
        bl = base.get("latency_ms", {})
        lat_row.append(f"{bl.get('p50') or 0:.0f} / {bl.get('p90') or 0:.0f}")
    return _table(head, rows + [lat_row])


def group_table(groups: dict[str, dict], base_groups: dict[str, dict] | None) -> list[str]:
    head = ["group", "n", *(SHORT[c] for c in GROUP_COLS)] + (["baseline acc", "baseline hit@5"] if base_groups else [])
    rows = []
    for name, g in groups.items():
        row = [cell(name), str(g.get("n", 0)), *(fmt(c, g.get(c)) for c in GROUP_COLS)]
        if base_groups is not None:
            b = base_groups.get(name, {})
            row += [fmt("correct", b.get("correct")), fmt("hit@5", b.get("hit@5"))]
        rows.append(row)
    return _table(head, rows)


def run_lines(run: dict) -> list[str]:
    keys = ("pipeline", "dataset", "benchmark", "created", "retrieval", "embedder", "llm", "k", "retrieval_k",
            "documents", "chunks", "items", "skipped", "errors", "wall_s", "index_s")
    return [f"- **{k}**: {cell(run[k])}" for k in keys if run.get(k) not in (None, "")] + \
           [f"- note: {cell(n)}" for n in run.get("notes", [])]


def failures(rows: list[dict]) -> list[dict]:
    """Items scored wrong (or that failed), in dataset order."""
    return [r for r in rows if not r.get("metrics", {}).get("correct")]


def first_quote(row: dict) -> str:
    cites = row.get("citations") or []
    return cites[0]["quote"] if cites else ""


def published_table(metrics: dict) -> list[str]:
    pub = metrics.get("published")
    if not pub:
        return []
    ours = metrics["overall"]
    rows = [[cell(p["system"]), f"{p['em']:.1f}", f"{p['f1']:.1f}"] for p in pub["rows"]]
    rows.append([f"**this run** ({cell(metrics['run'].get('pipeline'))}, retrieval over all passages)",
                 fmt("em", ours.get("em")).rstrip("%"), fmt("f1", ours.get("f1")).rstrip("%")])
    return ["", "## Published baselines", "", cell(pub["note"]), "", *_table(["system", "dev EM", "dev F1"], rows)]


def render_markdown(metrics: dict, rows: list[dict]) -> str:
    run = metrics["run"]
    title = run.get("benchmark") or run.get("dataset", "")
    out = [f"# Eval report: {cell(run.get('pipeline'))} on {cell(title)}", "", *run_lines(run), "",
           "## Headline", "", *headline_table(metrics)]
    if metrics.get("baseline"):
        out += ["", (f"Baseline: {cell(metrics['baseline']['run'].get('retrieval'))}; "
                    f"embedder {cell(metrics['baseline']['run'].get('embedder'))}.")]
    out += published_table(metrics)
    base = metrics.get("baseline") or {}
    out += ["", "## By question type", "", *group_table(metrics["by_type"], base.get("by_type") if base else None)]
    out += ["", "## By question script", "", *group_table(metrics["by_script"], base.get("by_script") if base else None)]
    curve = metrics.get("hit_curve", {})
    if any(v is not None for v in curve.values()):
        out += ["", "## hit@k", "", *_table(["k", *curve.keys()], [[cell(run.get("pipeline") or "this run"), *(fmt("hit", v) for v in curve.values())]]
                                              + ([["baseline", *(fmt("hit", v) for v in base["hit_curve"].values())]]
                                                 if base else []))]
    if metrics.get("skipped"):
        out += ["", f"## Skipped dataset lines ({len(metrics['skipped'])})", ""]
        out += [f"- {cell(s)}" for s in metrics["skipped"]]
    fails = failures(rows)
    out += ["", f"## Failures ({len(fails)} of {len(rows)})", ""]
    table = [[cell(r["id"]), cell(r["type"]), cell(r["question"], 120), cell(r["gold"], 80),
              cell(r.get("error") or r["answer"], 160), cell(first_quote(r), 160)] for r in fails[:MAX_FAILURES_MD]]
    out += _table(["id", "type", "question", "gold", "answer", "cited quote"], table)
    if len(fails) > MAX_FAILURES_MD:
        out += ["", f"({len(fails) - MAX_FAILURES_MD} more in report.html and predictions.jsonl)"]
    return "\n".join(out) + "\n"
