"""report.md / report.html rendering and `rag eval --compare`, from runs scored for real."""
from __future__ import annotations

import html
import re

import pytest

from rag.eval import plots
from rag.eval.compare import changed_items, compare_dirs
from rag.eval.dataset import EvalItem
from rag.eval.report_html import render_html
from rag.eval.report_md import render_markdown
from rag.eval.runner import Prediction, Retrieved, prediction_row, read_run, score_item
from rag.eval.suite import run_metrics, write_run
from rag.records import Answer, Citation, Document

TEXT = "一、总则\n2021年，长治市共办理行政复议案件20项。<script>alert(1)</script>\n二、其他\n无。"
DOC = Document("d1", "d1.txt", TEXT, "h")
EV = TEXT.index("共办理")
EV_END = EV + len("共办理行政复议案件20项")
EVIL = "<script>alert('x')</script>多少项?"


def item(i: str, question: str = "长治市办理了多少项?", type_: str = "number") -> EvalItem:
    spans = () if type_ == "unanswerable" else ((("d1", EV, EV_END),),)
    return EvalItem(i, question, "" if type_ == "unanswerable" else "20项", type_, ("20",), ("d1.txt",),
                    evidence_spans=spans, doc_ids=("d1",))


def pred(answer: str, abstained: bool = False, hit: bool = True, quote_ok: bool = True) -> Prediction:
    start, end = (EV, EV_END) if hit else (0, 4)
    quote = TEXT[start:end] if quote_ok else "伪造的引文"
    cites = () if abstained else (Citation(1, "d1", "d1.txt", start, end, quote),)
    # the test answers are short answers, as the pipeline states them
    return Prediction(Answer("q", answer, cites, abstained=abstained, short_answer="" if abstained else answer),
                      (Retrieved(1, "d1", "d1.txt", start, end, 1.0),), latency_ms=12.0)


def run_rows(specs) -> list[dict]:
    return [prediction_row(it, p, score_item(it, p, {"d1": DOC}), {"d1": DOC}) for it, p in specs]


def make_run(tmp_path, name, specs, pipeline="ours"):
    rows = run_rows(specs)
    metrics = run_metrics({"pipeline": pipeline, "dataset": "tiny.jsonl", "created": name}, rows, [])
    write_run(tmp_path / name, metrics, rows)
    return tmp_path / name, metrics, rows


def test_html_is_self_contained_and_escapes_untrusted_text(tmp_path):
    out, _, _ = make_run(tmp_path, "a", [
        (item("q1", EVIL), pred("共20项[1]。", hit=False)),  # right answer, retrieval missed
        (item("q2", EVIL), pred("不知道<script>alert(2)</script>", hit=False)),  # a failure, shown in the table
    ])
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert html.escape(EVIL, quote=True) in page  # the question is shown, as text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # the failing answer too
    assert page.count("<svg") == 4  # by type, by script, hit@k, latency
    assert not re.search(r'(src|href)="(http|//)', page)  # nothing loaded from outside


def test_failures_table_has_question_gold_answer_and_quote_side_by_side(tmp_path):
    rows = run_rows([(item("good"), pred("共20项")), (item("bad"), pred("共30项", hit=False))])
    metrics = run_metrics({"pipeline": "ours"}, rows, [])
    page = render_html(metrics, rows)
    fail_section = page.split("<h2>Failures</h2>")[1]
    assert "1 of 2 items" in fail_section
    assert "bad" in fail_section and ">good<" not in fail_section
    assert "共30项" in fail_section and "20项 / 20" in fail_section and "一、总则" in fail_section


def test_markdown_report_escapes_and_keeps_tables_intact():
    rows = run_rows([(item("q|1", "a|b <img src=x>?"), pred("30项"))])
    md = render_markdown(run_metrics({"pipeline": "ours"}, rows, ["line 3: bad"]), rows)
    assert "<img" not in md and "&lt;img src=x&gt;" in md
    assert "a\\|b" in md
    assert "## Skipped dataset lines (1)" in md and "line 3: bad" in md
    failure_rows = [ln for ln in md.splitlines() if ln.startswith("| q\\|1")]
    assert len(failure_rows) == 1 and failure_rows[0].count(" | ") == 6  # id set type question gold short top


def test_report_shows_baseline_column_when_present():
    rows = run_rows([(item("q1"), pred("共20项"))])
    m = run_metrics({"pipeline": "ours"}, rows, [])
    b = run_metrics({"pipeline": "baseline", "retrieval": "BM25 only"}, run_rows([(item("q1"), pred("无", hit=False))]), [])
    m["baseline"] = {k: b[k] for k in ("run", "overall", "by_type", "by_script", "hit_curve", "latency_ms")}
    md = render_markdown(m, rows)
    acc = next(ln for ln in md.splitlines() if ln.startswith("| answer_accuracy"))
    assert acc.endswith("| 100.0% | 0.0% |")
    assert "| metric | ours | LangChain |" in md


def test_compare_lists_metric_deltas_and_changed_items(tmp_path):
    a, _, _ = make_run(tmp_path, "a", [(item("q1"), pred("共30项", hit=False)), (item("q2"), pred("共20项")),
                                       (item("u", type_="unanswerable"), pred("乱答"))])
    b, _, _ = make_run(tmp_path, "b", [(item("q1"), pred("共20项")), (item("q2"), pred("共20项")),
                                       (item("u", type_="unanswerable"), pred("", abstained=True))])
    md = compare_dirs(a, b)
    acc = next(ln for ln in md.splitlines() if ln.startswith("| answer_accuracy"))
    assert "| 33.3% | 100.0% | +66.7 pt |" in acc
    changes = {(c["id"], c["what"]) for c in changed_items(read_run(a)[1], read_run(b)[1])}
    assert changes == {("q1", "strict accuracy"), ("q1", "hit@5"), ("u", "strict accuracy"), ("u", "abstained")}
    assert "## Changed items (4)" in md and "fixed" in md


def test_compare_cli_prints_and_writes_compare_md(tmp_path, capsys):
    from rag.cli.main import main

    a, _, _ = make_run(tmp_path, "a", [(item("q1"), pred("共30项"))])
    b, _, _ = make_run(tmp_path, "b", [(item("q1"), pred("共20项"))])
    assert main(["eval", "--compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Compare:") and (b / "compare.md").read_text(encoding="utf-8") in out + "\n"


def test_compare_of_a_folder_that_is_not_a_run_is_a_clear_error(tmp_path, capsys):
    from rag.cli.main import main

    (tmp_path / "empty").mkdir()
    assert main(["eval", "--compare", str(tmp_path / "empty"), str(tmp_path / "empty")]) == 2
    assert "is not an eval run folder" in capsys.readouterr().err


@pytest.mark.parametrize("chart", [
    lambda: plots.bar_chart("<t>", ["<a>", "类型"], {"<s>": [0.25, None]}),
    lambda: plots.line_chart("<t>", ["1", "<2>"], {"<s>": [0.1, 0.9]}),
    lambda: plots.histogram("<t>", [1.0, 5.0, 100.0], unit="<ms>"),
])
def test_charts_escape_labels(chart):
    svg = chart()
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<t>" not in svg and "&lt;t&gt;" in svg
    assert "<s>" not in svg and "<a>" not in svg and "<ms>" not in svg


def test_histogram_counts_every_value():
    svg = plots.histogram("lat", [0.0, 10.0, 10.0, 20.0], bins=2)
    counts = [int(m) for m in re.findall(r"ms: (\d+)</title>", svg)]
    assert counts == [1, 3]
