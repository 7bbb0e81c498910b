"""``report.html``: one self-contained page (inline CSS and SVG, no scripts, no links out).

Shows the headline metrics (ours beside the retrieval-only and LangChain baselines),
strict accuracy by question type, script and set (corpus) for all three, the hit@k
curve, the latency histogram, and every failure with its question, gold answer, short
answer and top passage side by side.  All report and
question text is escaped with :func:`html.escape`.

>>> page = render_html({"run": {"pipeline": "ours"}, "overall": {}, "by_type": {}, "by_script": {},
...                     "hit_curve": {}, "latency_ms": {}}, [])
>>> page.startswith("<!DOCTYPE html>") and "<script" not in page
True
"""
from __future__ import annotations

import html
from typing import Any

from . import plots
from .report_md import (
    FAILURE_HEAD,
    GROUP_COLS,
    SHORT,
    accuracy_rows,
    accuracy_sections,
    baselines,
    failure_cells,
    failures,
    fmt,
    headline_rows,
)

CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem;color:#111;max-width:1200px}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #d1d5db;padding:4px 8px;
vertical-align:top;text-align:left}th{background:#f3f4f6}td.num{text-align:right;white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}.fail td{max-width:320px;word-break:break-word;font-size:13px}
.muted{color:#6b7280}code{background:#f3f4f6;padding:0 3px}
"""


def e(s: Any) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    """``rows`` cells are already-escaped HTML."""
    th = "".join(f"<th>{e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(rows_cell(c) for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def rows_cell(c: str) -> str:
    num = c[:1].isdigit() or c in ("—",) or c.endswith("%")
    return f'<td class="num">{c}</td>' if num else f"<td>{c}</td>"


def headline(metrics: dict) -> str:
    head, rows = headline_rows(metrics)
    return _table(head, [[e(c) for c in r] for r in rows])


def groups(groups_: dict[str, dict]) -> str:
    head = ["group", "n", *(SHORT[c] for c in GROUP_COLS)]
    return _table(head, [[e(name), str(g.get("n", 0)), *(fmt(c, g.get(c)) for c in GROUP_COLS)]
                         for name, g in groups_.items()])


def accuracy(metrics: dict) -> str:
    parts = []
    for title, key, within in accuracy_sections(metrics):
        head, rows = accuracy_rows(metrics, key, within)
        parts.append(f"<h2>{e(title)}</h2>" + _table(head, [[e(c) for c in r] for r in rows]))
    return "".join(parts)


def charts(metrics: dict, rows: list[dict]) -> str:
    me = str(metrics["run"].get("pipeline") or "this run")
    bases = baselines(metrics)
    out = []
    for key, title in (("by_type", "Strict accuracy by question type"), ("by_script", "Strict accuracy by question script"),
                       ("by_set", "Strict accuracy by set")):
        cats = list(metrics.get(key) or {})
        if not cats or (key == "by_set" and len(cats) < 2):
            continue
        series = {me: [metrics[key][c].get("correct") for c in cats]}
        for label, b in bases:
            series[label] = [(b.get(key) or {}).get(c, {}).get("correct") for c in cats]
        out.append(plots.bar_chart(title, cats, series))
    curve = metrics.get("hit_curve") or {}
    if any(v is not None for v in curve.values()):
        series = {me: list(curve.values())}
        for label, b in bases:
            series[label] = list(b["hit_curve"].values())
        out.append(plots.line_chart("Retrieval hit@k (k = 1…10)", list(curve), series))
    lat = [r["latency_ms"] for r in rows if not r.get("error")]
    out.append(plots.histogram("Answer latency", lat, unit="ms"))
    return '<div class="charts">' + "".join(f"<figure>{svg}</figure>" for svg in out) + "</div>"


def failure_table(rows: list[dict]) -> str:
    fails = failures(rows)
    body = [[e(c) for c in failure_cells(r)] for r in fails]
    return f"<p>{len(fails)} of {len(rows)} items.</p>" + _table(FAILURE_HEAD, body, "fail")


def published(metrics: dict) -> str:
    pub = metrics.get("published")
    if not pub:
        return ""
    rows = [[e(p["system"]), f"{p['em']:.1f}", f"{p['f1']:.1f}"] for p in pub["rows"]]
    rows.append(["<b>this run</b> (retrieval over all passages)", fmt("em", metrics["overall"].get("em")),
                 fmt("f1", metrics["overall"].get("f1"))])
    return f"<h2>Published baselines</h2><p>{e(pub['note'])}</p>" + _table(["system", "dev EM", "dev F1"], rows)


def run_info(run: dict) -> str:
    items = "".join(f"<li><b>{e(k)}</b>: {e(v)}</li>" for k, v in run.items()
                    if k != "notes" and v not in (None, "") and not isinstance(v, (dict, list)))
    notes = "".join(f"<li>note: {e(n)}</li>" for n in run.get("notes", []))
    return f"<ul>{items}{notes}</ul>"


def render_html(metrics: dict, rows: list[dict]) -> str:
    run = metrics["run"]
    title = f"Eval report: {run.get('pipeline', '')} on {run.get('benchmark') or run.get('dataset', '')}"
    skipped = metrics.get("skipped") or []
    parts = [
        "<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
        f"<title>{e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>", run_info(run), "<h2>Headline</h2>", headline(metrics),
    ]
    for label, b in baselines(metrics):
        parts.append(f'<p class="muted">{e(label)}: {e(b["run"].get("retrieval"))}; answer {e(b["run"].get("llm"))}; '
                     f'embedder {e(b["run"].get("embedder"))}; {e(b["run"].get("splitter", ""))}.</p>')
    parts += [published(metrics), "<h2>Charts</h2>", charts(metrics, rows), accuracy(metrics),
              "<h2>All metrics by question type</h2>", groups(metrics["by_type"])]
    if skipped:
        parts.append(f"<h2>Skipped dataset lines ({len(skipped)})</h2><ul>"
                     + "".join(f"<li>{e(s)}</li>" for s in skipped) + "</ul>")
    parts += ["<h2>Failures</h2>", failure_table(rows), "</body></html>"]
    return "\n".join(parts) + "\n"
