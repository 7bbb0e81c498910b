"""The eval dataset loader: good lines load, bad lines are reported with their line numbers."""
from __future__ import annotations

import json

import pytest

from rag.eval.dataset import (
    EvalInputError,
    doc_lookup,
    load_dataset,
    parse_lines,
    resolve_item,
)
from rag.records import Document

DOC_A = Document("a", "a.txt", "一、总则\n2021年，长治市共办理行政复议案件20项。", "h1", aliases=("a-copy.txt",))
DOC_B = Document("b", "b.txt", "二、問題\n臺中市辦理訴訟案件35件。", "h2")


def line(**kw) -> str:
    base = {"id": "q1", "question": "长治市办理了多少项?", "answer": "20项", "aliases": ["20"],
            "doc": "a.txt", "evidence": ["共办理行政复议案件20项"], "type": "number"}
    base.update(kw)
    return json.dumps({k: v for k, v in base.items() if v is not ...}, ensure_ascii=False)


def test_good_line_parses_with_all_fields():
    items, problems = parse_lines([line()])
    assert problems == []
    (it,) = items
    assert (it.id, it.answer, it.aliases, it.docs, it.evidence, it.type, it.line, it.script) == (
        "q1", "20项", ("20",), ("a.txt",), ("共办理行政复议案件20项",), "number", 1, "hans")


def test_malformed_lines_are_reported_by_line_number_and_the_rest_loads():
    lines = [
        line(id="ok1"),                              # 1
        "{not json",                                 # 2
        "",                                          # 3 blank: ignored
        line(id="m", answer=...),                    # 4 missing field
        line(id="t", type="trivia"),                 # 5 unknown type
        line(id="x", question=7),                    # 6 wrong type
        line(id="ok1"),                              # 7 duplicate id
        line(id="al", aliases=[1, 2]),               # 8 aliases not strings
        line(id="ev", evidence=[]),                  # 9 answerable without evidence
        "[1, 2]",                                    # 10 not an object
        line(id="un", type="unanswerable", answer="", doc=None, evidence=None),  # 11 fine
    ]
    items, problems = parse_lines(lines)
    assert [i.id for i in items] == ["ok1", "un"]
    assert [p.line for p in problems] == [2, 4, 5, 6, 7, 8, 9, 10]
    msgs = {p.line: p.message for p in problems}
    assert "not valid JSON" in msgs[2]
    assert "missing field(s) answer" in msgs[4]
    assert "unknown type 'trivia'" in msgs[5] and "unanswerable" in msgs[5]
    assert "question" in msgs[6] and "strings" in msgs[6]
    assert "duplicate id" in msgs[7] and "line 1" in msgs[7]
    assert "aliases" in msgs[8]
    assert "evidence" in msgs[9]
    assert "JSON object" in msgs[10]
    assert str(problems[1]).startswith("line 4 (m): ")


@pytest.mark.parametrize("question,script", [
    ("长治市办理了多少项?", "hans"), ("臺中市辦理了多少件?", "hant"), ("How many cases did Changzhi handle?", "en")])
def test_question_script_is_recorded(question, script):
    (it,), _ = parse_lines([line(question=question)])
    assert it.script == script


def test_resolve_locates_evidence_offsets_exactly():
    (it,), _ = parse_lines([line()])
    got = resolve_item(it, doc_lookup([DOC_A, DOC_B]))
    start = DOC_A.text.index("共办理")
    assert got.doc_ids == ("a",)
    assert got.evidence_spans == ((("a", start, start + len("共办理行政复议案件20项")),),)


def test_resolve_by_alias_and_script_blind_evidence():
    # Simplified evidence against a Traditional document, named by an alias of document a for the other
    (it,), _ = parse_lines([line(doc=["a-copy.txt", "b.txt"], evidence=["台中市办理诉讼案件35件"], type="multi_doc")])
    got = resolve_item(it, doc_lookup([DOC_A, DOC_B]))
    start = DOC_B.text.index("臺中市")
    assert got.doc_ids == ("a", "b")
    end = start + len("臺中市辦理訴訟案件35件")
    assert got.gold_spans == [("b", start, end)]
    assert DOC_B.text[start:end] == "臺中市辦理訴訟案件35件"


def test_resolve_reports_unknown_document_and_missing_evidence():
    (it1, it2), _ = parse_lines([line(id="d", doc="zzz.txt"), line(id="e", evidence=["不存在的句子"])])
    by_name = doc_lookup([DOC_A])
    p1, p2 = resolve_item(it1, by_name), resolve_item(it2, by_name)
    assert "'zzz.txt' is not in the index" in p1.message and p1.line == 1
    assert "not found in the stored text of a.txt" in p2.message and p2.line == 2


def test_load_dataset_counts_skipped_lines(tmp_path):
    f = tmp_path / "dev.jsonl"
    f.write_text("\n".join([line(id="1"), "oops", line(id="3", doc="missing.txt"),
                            line(id="4", type="unanswerable", answer="", doc=None, evidence=None)]) + "\n",
                 encoding="utf-8")
    ds = load_dataset(f, [DOC_A])
    assert [i.id for i in ds.items] == ["1", "4"]
    assert [p.line for p in ds.problems] == [2, 3]
    assert ds.lines == 4
    assert ds.items[1].unanswerable and ds.items[1].gold_spans == []


def test_missing_dataset_file_is_a_clear_error(tmp_path):
    with pytest.raises(EvalInputError, match="does not exist.*--dataset"):
        load_dataset(tmp_path / "nope.jsonl", [])


def test_the_dev_set_parses_cleanly():
    """Syntax and fields only (resolution against the seeds is checked by test_devset)."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "evals" / "dev.jsonl"
    if not path.exists():
        pytest.skip("evals/dev.jsonl not written yet")
    items, problems = parse_lines(path.read_text(encoding="utf-8").splitlines())
    assert problems == [] and len(items) > 0
