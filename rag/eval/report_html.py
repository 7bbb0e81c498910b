"""``report.html``: one self-contained page (inline CSS and SVG, no scripts, no links out).

Shows the headline metrics (ours beside the baseline), accuracy by question type and by
question script, the hit@k curve, the latency histogram, and every failure with its
question, gold answer, our answer and the cited quote side by side.  All report and
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
    GROUP_COLS,
    HEADLINE,
    SHORT,
    failures,
    first_quote,
    fmt,
    has_values,
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
    base = metrics.get("baseline")
    head = ["metric", e(metrics["run"].get("pipeline", "run"))] + (["baseline"] if base else [])
    rows = []
    for key, label in HEADLINE:
        if not has_values(metrics, key):
            continue
        n = metrics["overall"].get(f"{key}.n")
        row = [e(label) + (f' <span class="muted">n={e(n)}</span>' if n is not None else ""),
               fmt(key, metrics["overall"].get(key))]
        rows.append(row + ([fmt(key, base["overall"].get(key))] if base else []))
    return _table(head, rows)


def groups(groups_: dict[str, dict], base: dict[str, dict] | None) -> str:
    head = ["group", "n", *(SHORT[c] for c in GROUP_COLS)] + (["baseline acc"] if base is not None else [])
    rows = []
    for name, g in groups_.items():
        row = [e(name), str(g.get("n", 0)), *(fmt(c, g.get(c)) for c in GROUP_COLS)]
        if base is not None:
            row.append(fmt("correct", base.get(name, {}).get("correct")))
        rows.append(row)
    return _table(head, rows)


def charts(metrics: dict, rows: list[dict]) -> str:
    base = metrics.get("baseline")
    me = str(metrics["run"].get("pipeline") or "this run")
    out = []
    for key, title in (("by_type", "Accuracy by question type"), ("by_script", "Accuracy by question script")):
        cats = list(metrics[key])
        series = {me: [metrics[key][c].get("correct") for c in cats]}
        if base:
            series["baseline"] = [base[key].get(c, {}).get("correct") for c in cats]
        out.append(plots.bar_chart(title, cats, series))
    curve = metrics.get("hit_curve") or {}
    if any(v is not None for v in curve.values()):
        series = {me: list(curve.values())}
        if base:
            series["baseline"] = list(base["hit_curve"].values())
        out.append(plots.line_chart("Retrieval hit@k (k = 1…10)", list(curve), series))
    lat = [r["latency_ms"] for r in rows if not r.get("error")]
    out.append(plots.histogram("Answer latency", lat, unit="ms"))
    return '<div class="charts">' + "".join(f"<figure>{svg}</figure>" for svg in out) + "</div>"


def failure_table(rows: list[dict]) -> str:
    fails = failures(rows)
    body = []
    for r in fails:
        cites = r.get("citations") or []
        where = f"{cites[0]['source']} [{cites[0]['start']}, {cites[0]['end']})" if cites else ""
        answer = r.get("error") or r.get("answer", "")
        body.append([e(r["id"]), e(r["type"]), e(r["question"]),
                     e(" / ".join([r["gold"], *r.get("aliases", [])])),
                     e(answer) + (' <span class="muted">(abstained)</span>' if r.get("abstained") else ""),
                     e(first_quote(r)) + (f'<br><span class="muted">{e(where)}</span>' if where else "")])
    return f"<p>{len(fails)} of {len(rows)} items.</p>" + _table(
        ["id", "type", "question", "gold (aliases)", "answer", "cited quote"], body, "fail")


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
    base = metrics.get("baseline")
    skipped = metrics.get("skipped") or []
    parts = [
        "<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
        f"<title>{e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>", run_info(run), "<h2>Headline</h2>", headline(metrics),
    ]
    if base:
        parts.append(f'<p class="muted">Baseline: {e(base["run"].get("retrieval"))}; embedder '
                     f'{e(base["run"].get("embedder"))}; {e(base["run"].get("splitter", ""))}.</p>')
    parts += [published(metrics), "<h2>Charts</h2>", charts(metrics, rows),
              "<h2>By question type</h2>", groups(metrics["by_type"], base["by_type"] if base else None),
              "<h2>By question script</h2>", groups(metrics["by_script"], base["by_script"] if base else None)]
    if skipped:
        parts.append(f"<h2>Skipped dataset lines ({len(skipped)})</h2><ul>"
                     + "".join(f"<li>{e(s)}</li>" for s in skipped) + "</ul>")
    parts += ["<h2>Failures</h2>", failure_table(rows), "</body></html>"]
    return "\n".join(parts) + "\n"
