"""``rag eval --compare DIR_A DIR_B``: two runs side by side, and the items that changed.

Prints Markdown; the CLI also writes it to ``DIR_B/compare.md`` (B is taken to be the
newer run) or to ``--out DIR/compare.md`` when given.  An item *changed* when its
accuracy outcome, its retrieval hit@5 or its abstention differs between the runs
(items are matched by id; items in only one run are counted).

>>> a = {"run": {"pipeline": "ours"}, "overall": {"correct": 0.5}, "by_type": {}, "by_script": {}}
>>> b = {"run": {"pipeline": "ours"}, "overall": {"correct": 0.75}, "by_type": {}, "by_script": {}}
>>> "+25.0 pt" in compare_markdown(a, [], b, [], "A", "B")
True
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .report_md import HEADLINE, NOT_PERCENT, cell, fmt, md_table
from .runner import read_run

WATCHED = (("correct", "strict accuracy"), ("hit@5", "hit@5"), ("abstained", "abstained"))


def delta(key: str, a: Any, b: Any) -> str:
    if a is None or b is None:
        return ""
    d = b - a
    if key in NOT_PERCENT:
        return f"{d:+.3f}"
    return f"{100 * d:+.1f} pt"


def _outcome(row: dict, key: str) -> Any:
    return row.get("abstained") if key == "abstained" else row.get("metrics", {}).get(key)


def changed_items(rows_a: list[dict], rows_b: list[dict]) -> list[dict]:
    """One record per (item, outcome) that differs: id, what, a, b, question, answers."""
    by_a = {r["id"]: r for r in rows_a}
    out = []
    for rb in rows_b:
        ra = by_a.get(rb["id"])
        if ra is None:
            continue
        for key, label in WATCHED:
            va, vb = _outcome(ra, key), _outcome(rb, key)
            if va is None or vb is None or bool(va) == bool(vb):
                continue
            better = bool(vb) if key != "abstained" else None
            out.append({"id": rb["id"], "what": label, "a": va, "b": vb, "better": better,
                        "question": rb["question"], "gold": rb.get("gold", ""),
                        "answer_a": ra.get("answer", ""), "answer_b": rb.get("answer", "")})
    return out


def _group_rows(ma: dict, mb: dict, key: str) -> list[list[str]]:
    names = list(dict.fromkeys([*ma.get(key, {}), *mb.get(key, {})]))
    rows = []
    for n in names:
        ga, gb = ma.get(key, {}).get(n, {}), mb.get(key, {}).get(n, {})
        rows.append([cell(n), str(ga.get("n", 0)), str(gb.get("n", 0)), fmt("correct", ga.get("correct")),
                     fmt("correct", gb.get("correct")), delta("correct", ga.get("correct"), gb.get("correct"))])
    return rows


def compare_markdown(ma: dict, rows_a: list[dict], mb: dict, rows_b: list[dict], name_a: str, name_b: str) -> str:
    out = [f"# Compare: A = {cell(name_a)} vs B = {cell(name_b)}", "",
           f"- A: {cell(ma['run'].get('pipeline'))}, {cell(ma['run'].get('created', ''))}",
           f"- B: {cell(mb['run'].get('pipeline'))}, {cell(mb['run'].get('created', ''))}", ""]
    rows = []
    for key, label in HEADLINE:
        va, vb = ma["overall"].get(key), mb["overall"].get(key)
        if va is None and vb is None:
            continue
        rows.append([label, fmt(key, va), fmt(key, vb), delta(key, va, vb)])
    out += md_table(["metric", "A", "B", "B − A"], rows)
    for key, title in (("by_type", "Strict accuracy by question type"), ("by_script", "Strict accuracy by question script"),
                       ("by_set", "Strict accuracy by set")):
        if not (ma.get(key) or mb.get(key)):
            continue
        out += ["", f"## {title}", "", *md_table(["group", "n A", "n B", "A", "B", "B − A"], _group_rows(ma, mb, key))]
    ids_a, ids_b = {r["id"] for r in rows_a}, {r["id"] for r in rows_b}
    changes = changed_items(rows_a, rows_b)
    out += ["", f"## Changed items ({len(changes)})", ""]
    if ids_a != ids_b:
        out += [f"{len(ids_a - ids_b)} items only in A, {len(ids_b - ids_a)} only in B (not compared).", ""]
    table = [[cell(c["id"]), c["what"], str(c["a"]), str(c["b"]),
              {True: "fixed", False: "broke", None: "changed"}[c["better"]],
              cell(c["question"], 100), cell(c["gold"], 60), cell(c["answer_a"], 120), cell(c["answer_b"], 120)]
             for c in changes]
    out += md_table(["id", "outcome", "A", "B", "", "question", "gold", "answer A", "answer B"], table)
    return "\n".join(out) + "\n"


def compare_dirs(dir_a: str | Path, dir_b: str | Path) -> str:
    ma, ra = read_run(dir_a)
    mb, rb = read_run(dir_b)
    return compare_markdown(ma, ra, mb, rb, str(dir_a), str(dir_b))
