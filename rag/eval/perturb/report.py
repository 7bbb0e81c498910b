"""Robustness figures per rule, from scored rows (pure): how often a reworded question is still
answered right when its original is.

A row is what :func:`rag.eval.runner.run_items` writes, plus ``rule`` and ``source`` (the
original item's id) on a variant's row.

>>> rows = [{"id": "a", "metrics": {"correct": True}}, {"id": "a~r", "rule": "r", "source": "a",
...         "question": "q2", "metrics": {"correct": False}, "type": "number", "set": "dev", "gold": "3件",
...         "short_answer": "", "answer": "", "abstained": True}]
>>> robustness([rows[0]], rows[1:])["rules"]["r"]["rate"]
0.0
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

ANSWER_CHARS = 240  # of a failing variant's answer, in the report


def _rate(right: int, n: int) -> float | None:
    return right / n if n else None


def _failure(row: dict, original: dict) -> dict[str, Any]:
    return {"id": row["source"], "set": row.get("set"), "type": row.get("type"), "original": original.get("question"),
            "variant": row["question"], "gold": row.get("gold"), "short_answer": row.get("short_answer"),
            "answer": (row.get("answer") or "")[:ANSWER_CHARS], "abstained": row.get("abstained"),
            "strict_rule": row["metrics"].get("strict_rule")}


def robustness(originals: Sequence[dict], variants: Sequence[dict]) -> dict[str, Any]:
    """Per rule (in the order rules first appear) and overall: ``variants`` (all generated and run),
    ``on_right`` (those whose original is answered right), ``robust`` (of those, answered right too),
    ``rate`` = robust / on_right (the robustness rate), ``broken_items`` (originals with a failing
    variant) and ``failures`` (each failing variant with its answer); ``by_type`` gives the rate
    per question type over all rules."""
    by_id = {r["id"]: r for r in originals}
    rules: dict[str, dict[str, Any]] = {}
    types: dict[str, list[int]] = {}
    for row in variants:
        g = rules.setdefault(row["rule"], {"variants": 0, "on_right": 0, "robust": 0, "failures": []})
        g["variants"] += 1
        orig = by_id.get(row["source"], {})
        if not (orig.get("metrics") or {}).get("correct"):
            continue
        ok = bool(row["metrics"].get("correct"))
        g["on_right"] += 1
        g["robust"] += ok
        t = types.setdefault(row.get("type") or "?", [0, 0])
        t[0] += ok
        t[1] += 1
        if not ok:
            g["failures"].append(_failure(row, orig))
    for g in rules.values():
        g["rate"] = _rate(g["robust"], g["on_right"])
        g["broken_items"] = len({f["id"] for f in g["failures"]})
    on_right = sum(g["on_right"] for g in rules.values())
    robust = sum(g["robust"] for g in rules.values())
    right = sum(bool((r.get("metrics") or {}).get("correct")) for r in originals)
    return {"originals": {"n": len(originals), "right": right, "accuracy": _rate(right, len(originals))},
            "overall": {"variants": len(variants), "on_right": on_right, "robust": robust, "rate": _rate(robust, on_right)},
            "by_type": {t: {"on_right": n, "robust": ok, "rate": _rate(ok, n)} for t, (ok, n) in sorted(types.items())},
            "rules": rules}


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}%"


def _cell(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def render_markdown(result: dict[str, Any], run: dict[str, Any], shown: int = 10) -> str:
    """report.md: the per-rule table (worst first), then up to ``shown`` failing variants per rule."""
    o, orig = result["overall"], result["originals"]
    lines = ["# Robustness to wording (`evals/perturb.py`)", "",
             (f"Originals: {orig['n']} answerable items, {orig['right']} right ({_pct(orig['accuracy'])}). "
             f"Variants: {o['variants']}, of which {o['on_right']} reword a question answered right; "
             f"**robustness rate {_pct(o['rate'])}** ({o['robust']}/{o['on_right']})."), "",
             f"Run: {_cell(run.get('command'))}; {run.get('wall_s')} s; per-rule cap {run.get('per_rule') or 'none'}.", "",
             "| rule | variants | on right originals | still right | robustness | items broken |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    order = sorted(result["rules"].items(), key=lambda kv: (kv[1]["rate"] if kv[1]["rate"] is not None else 2, kv[0]))
    for name, g in order:
        lines.append(f"| `{name}` | {g['variants']} | {g['on_right']} | {g['robust']} | {_pct(g['rate'])} | "
                     f"{g['broken_items']} |")
    lines += ["", "By question type (all rules): " + ", ".join(
        f"{t} {_pct(g['rate'])} ({g['robust']}/{g['on_right']})" for t, g in result["by_type"].items()), ""]
    for name, g in order:
        if not g["failures"]:
            continue
        lines += [f"## `{name}`: {len(g['failures'])} failing", "",
                  "| item | type | variant | gold | answered |", "| --- | --- | --- | --- | --- |"]
        for f in g["failures"][:shown]:
            said = "(abstained)" if f["abstained"] else (f["short_answer"] or f["answer"])
            lines.append(f"| {_cell(f['id'])} | {_cell(f['type'])} | {_cell(f['variant'])} | {_cell(f['gold'])} | "
                         f"{_cell(said)[:ANSWER_CHARS]} |")
        if len(g["failures"]) > shown:
            lines.append(f"| … {len(g['failures']) - shown} more in perturb.json | | | | |")
        lines.append("")
    return "\n".join(lines)
