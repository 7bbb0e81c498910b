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
    ("correct", "answer_accuracy (strict: the short answer is right; METRICS.md)"),
    ("lenient_contains", "lenient_contains (old: gold anywhere in the answer, quotes included)"),
    ("contains", "short answer (else whole answer) contains gold"),
    ("kp_recall", "key-point recall (list / summary / multi_doc / comparison)"),
    ("kp_precision", "key-point precision (list / summary / multi_doc / comparison)"),
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
GROUP_COLS: tuple[str, ...] = ("correct", "lenient_contains", "kp_recall", "f1", "em", "hit@5", "rr", "citation_precision",
                               "citation_recall", "abstention_recall")
SHORT = {"correct": "strict acc", "lenient_contains": "lenient", "contains": "contains", "kp_recall": "key-point R", "f1": "F1", "em": "EM", "hit@5": "hit@5", "rr": "MRR",
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


def md_table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return out + ["| " + " | ".join(r) + " |" for r in rows]


SCRIPT_NAMES = {"hans": "Simplified", "hant": "Traditional", "en": "English", "mixed": "mixed"}
BASELINE_LABELS = {"retrieval_only": "retrieval-only", "langchain": "LangChain"}


def baselines(metrics: dict) -> list[tuple[str, dict]]:
    """(label, figures) of each baseline run beside this one, retrieval-only first."""
    found = metrics.get("baselines") or ({"langchain": metrics["baseline"]} if metrics.get("baseline") else {})
    return [(BASELINE_LABELS.get(k, k), found[k]) for k in sorted(found, key=lambda k: k != "retrieval_only")]


def has_values(metrics: dict, key: str) -> bool:
    return any((m or {}).get("overall", {}).get(key) is not None for m in (metrics, *(b for _, b in baselines(metrics))))


def headline_rows(metrics: dict) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the headline table (cells are plain text, not yet escaped)."""
    bases = baselines(metrics)
    head = ["metric", str(metrics["run"].get("pipeline") or "this run"), *(label for label, _ in bases)]
    rows = []
    for key, label in HEADLINE:
        if not has_values(metrics, key):
            continue
        n = metrics["overall"].get(f"{key}.n")
        rows.append([label + (f" (n={n})" if n is not None else ""), fmt(key, metrics["overall"].get(key)),
                     *(fmt(key, b["overall"].get(key)) for _, b in bases)])
    lat = lambda m: f"{(m.get('latency_ms') or {}).get('p50') or 0:.0f} / {(m.get('latency_ms') or {}).get('p90') or 0:.0f}"
    rows.append(["answer latency p50 / p90 (ms)", lat(metrics), *(lat(b) for _, b in bases)])
    return head, rows


def headline_table(metrics: dict) -> list[str]:
    head, rows = headline_rows(metrics)
    return md_table([cell(h) for h in head], [[cell(c) for c in r] for r in rows])


def accuracy_rows(metrics: dict, key: str, within: str = "") -> tuple[list[str], list[list[str]]]:
    """Strict accuracy per group (``key`` = by_type / by_script / by_set, or by_set_type
    with ``within`` = a set name): this run beside each baseline, and the lenient figure."""
    pick = (lambda m: (m.get(key) or {}).get(within, {})) if within else (lambda m: m.get(key) or {})
    bases = baselines(metrics)
    head = ["group", "n", str(metrics["run"].get("pipeline") or "this run"), *(label for label, _ in bases),
            "lenient (this run)"]
    label = (lambda n: f"{n} ({SCRIPT_NAMES[n]})" if n in SCRIPT_NAMES else n) if "script" in key else str
    rows = [[label(name), str(g.get("n", 0)), fmt("correct", g.get("correct")),
             *(fmt("correct", pick(b).get(name, {}).get("correct")) for _, b in bases),
             fmt("correct", g.get("lenient_contains"))] for name, g in pick(metrics).items()]
    return head, rows


def accuracy_sections(metrics: dict) -> list[tuple[str, str, str]]:
    """(title, key, within) of every strict-accuracy table a report shows."""
    out = [("Strict accuracy by question type", "by_type", ""), ("Strict accuracy by question script", "by_script", "")]
    sets = list(metrics.get("by_set") or {})
    if len(sets) > 1:
        out.append(("Strict accuracy by set (corpus)", "by_set", ""))
        for name in sets:
            out += [(f"Set {name}: by question type", "by_set_type", name),
                    (f"Set {name}: by question script", "by_set_script", name)]
    return out


def group_table(groups: dict[str, dict]) -> list[str]:
    head = ["group", "n", *(SHORT[c] for c in GROUP_COLS)]
    rows = [[cell(name), str(g.get("n", 0)), *(fmt(c, g.get(c)) for c in GROUP_COLS)] for name, g in groups.items()]
    return md_table(head, rows)


def run_lines(run: dict) -> list[str]:
    keys = ("pipeline", "dataset", "benchmark", "created", "retrieval", "embedder", "llm", "k", "retrieval_k",
            "documents", "chunks", "items", "skipped", "errors", "wall_s", "index_s")
    return [f"- **{k}**: {cell(run[k])}" for k in keys if run.get(k) not in (None, "")] + \
           [f"- note: {cell(n)}" for n in run.get("notes", [])]


def failures(rows: list[dict]) -> list[dict]:
    """Items scored wrong (or that failed), in dataset order."""
    return [r for r in rows if not r.get("metrics", {}).get("correct")]


def failure_cells(row: dict) -> list[str]:
    """Plain-text cells of one failure: id, set, type, question, gold (aliases), short
    answer (or what happened), top passage."""
    short = row.get("short_answer", "")
    said = row.get("error") or ("(abstained) " + row.get("answer", "") if row.get("abstained") else
                                short or "(no short answer) " + row.get("answer", ""))
    return [row["id"], row.get("set", ""), row["type"], row["question"],
            " / ".join([row["gold"], *row.get("aliases", [])]), said, row.get("top_passage", "")]


FAILURE_HEAD = ["id", "set", "type", "question", "gold (aliases)", "short answer", "top passage"]


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
    return ["", "## Published baselines", "", cell(pub["note"]), "", *md_table(["system", "dev EM", "dev F1"], rows)]


def render_markdown(metrics: dict, rows: list[dict]) -> str:
    run = metrics["run"]
    title = run.get("benchmark") or run.get("dataset", "")
    out = [f"# Eval report: {cell(run.get('pipeline'))} on {cell(title)}", "", *run_lines(run), "",
           "## Headline", "", *headline_table(metrics)]
    for label, b in baselines(metrics):
        out += ["", f"{label}: {cell(b['run'].get('retrieval'))}; answer: {cell(b['run'].get('llm'))}."]
    out += published_table(metrics)
    for title_, key, within in accuracy_sections(metrics):
        head, table = accuracy_rows(metrics, key, within)
        out += ["", f"## {cell(title_)}", "", *md_table([cell(h) for h in head], [[cell(c) for c in r] for r in table])]
    out += ["", "## All metrics by question type", "", *group_table(metrics["by_type"])]
    curve = metrics.get("hit_curve", {})
    if any(v is not None for v in curve.values()):
        out += ["", "## hit@k", "", *md_table(["k", *curve.keys()], [[cell(run.get("pipeline") or "this run"), *(fmt("hit", v) for v in curve.values())]]
                                              + [[cell(label), *(fmt("hit", v) for v in b["hit_curve"].values())]
                                                 for label, b in baselines(metrics)])]
    if metrics.get("skipped"):
        out += ["", f"## Skipped dataset lines ({len(metrics['skipped'])})", ""]
        out += [f"- {cell(s)}" for s in metrics["skipped"]]
    fails = failures(rows)
    out += ["", f"## Failures ({len(fails)} of {len(rows)})", ""]
    limits = (0, 0, 0, 120, 80, 160, 160)
    table = [[cell(c, lim) for c, lim in zip(failure_cells(r), limits)] for r in fails[:MAX_FAILURES_MD]]
    out += md_table(FAILURE_HEAD, table)
    if len(fails) > MAX_FAILURES_MD:
        out += ["", f"({len(fails) - MAX_FAILURES_MD} more in report.html and predictions.jsonl)"]
    return "\n".join(out) + "\n"
