"""External benchmark loading: a tiny SQuAD-format file written here, pooled into its own index."""
from __future__ import annotations

import json

import pytest

from rag.eval.benchmarks import (
    BENCHMARKS,
    corpus_dir,
    load_benchmark,
    passage_filename,
    pick_evenly,
    to_items,
    write_passages,
)
from rag.eval.dataset import EvalInputError

SQUAD = {"version": "v1.0", "data": [
    {"title": "长治", "id": "DEV_0", "paragraphs": [{
        "id": "DEV_0",
        "context": "长治市位于山西省东南部。2021年，长治市共办理行政复议案件120件，纠错率为15.9%。",
        "qas": [
            {"id": "DEV_0_QUERY_0", "question": "长治市位于哪个省?",
             "answers": [{"text": "山西省", "answer_start": 5}, {"text": "山西省", "answer_start": 5},
                         {"text": "山西", "answer_start": 5}]},
            {"id": "DEV_0_QUERY_1", "question": "长治市2021年办理了多少件行政复议案件?",
             "answers": [{"text": "120件", "answer_start": 26}, {"text": "不在文中", "answer_start": -1}]},
        ]}]},
    {"title": "臺中", "id": "DEV_1", "paragraphs": [{
        "id": "DEV_1/a",
        "context": "臺中市位於臺灣中部，是臺灣第二大城市。臺中市政府推動法治教育。",
        "qas": [{"id": "DEV_1_QUERY_0", "question": "臺中市位於臺灣哪裡?",
                 "answers": [{"text": "臺灣中部", "answer_start": 5}]},
                {"id": "DEV_1_QUERY_1", "question": "没有答案的题", "answers": [{"text": " ", "answer_start": 0}]}]}]},
]}


@pytest.fixture
def squad_file(tmp_path):
    p = tmp_path / "bench" / "cmrc2018" / "cmrc2018_dev.json"
    p.parent.mkdir(parents=True)
    p.write_text(json.dumps(SQUAD, ensure_ascii=False), encoding="utf-8")
    return p


def test_load_squad_passages_and_questions(squad_file, cfg):
    b = load_benchmark("cmrc2018", cfg, squad_file)
    assert [p.pid for p in b.passages] == ["DEV_0", "DEV_1/a"]
    assert [q.qid for q in b.questions] == ["DEV_0_QUERY_0", "DEV_0_QUERY_1", "DEV_1_QUERY_0", "DEV_1_QUERY_1"]
    assert b.questions[0].answers == ("山西省", "山西")  # duplicates removed, order kept
    assert b.questions[1].answers == ("120件", "不在文中")
    assert b.questions[3].answers == ()  # a blank reference is no reference
    assert b.questions[2].pid == "DEV_1/a"


def test_benchmarks_dir_from_environment(squad_file, cfg, monkeypatch):
    monkeypatch.setenv("RAG_BENCHMARKS_DIR", str(squad_file.parent.parent))
    assert load_benchmark("cmrc2018", cfg).path == str(squad_file)


@pytest.mark.parametrize("content,match", [
    ("not json", "cannot be read as JSON"),
    ('{"version": "1"}', "no top-level 'data' list"),
    ('{"data": [{"paragraphs": [{"id": "p", "qas": []}]}]}', "missing 'context'"),
    ('{"data": [{"paragraphs": [{"id": "p", "context": "a"}, {"id": "p", "context": "b"}]}]}', "not unique"),
])
def test_malformed_benchmark_files_are_clear_errors(tmp_path, cfg, content, match):
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(EvalInputError, match=match):
        load_benchmark("cmrc2018", cfg, p)


def test_unknown_benchmark_and_missing_file(cfg, tmp_path, monkeypatch):
    with pytest.raises(EvalInputError, match="Known: cmrc2018, drcd"):
        load_benchmark("squad", cfg)
    monkeypatch.setenv("RAG_BENCHMARKS_DIR", str(tmp_path))
    with pytest.raises(EvalInputError, match="not found.*RAG_BENCHMARKS_DIR"):
        load_benchmark("drcd", cfg)


@pytest.mark.parametrize("n,limit,expected", [
    (10, 3, [0, 3, 6]), (10, None, list(range(10))), (3, 5, [0, 1, 2]), (4, 4, [0, 1, 2, 3]), (5, 1, [0])])
def test_pick_evenly(n, limit, expected):
    assert pick_evenly(list(range(n)), limit) == expected


def test_passage_filename_is_safe():
    assert passage_filename("1147-2") == "1147-2.txt"
    assert passage_filename("DEV_1/a") == "DEV_1_a.txt"
    assert passage_filename("../x") == "x.txt"


def test_pooled_passages_become_documents_with_whole_passage_gold_spans(squad_file, cfg, tmp_path):
    from rag.engine import Engine
    from rag.ingest.pipeline import ingest

    b = load_benchmark("cmrc2018", cfg, squad_file)
    folder = corpus_dir("cmrc2018", cfg)
    assert folder == cfg.index_dir.parent / "benchmarks" / "cmrc2018"  # never the main index
    write_passages(b, folder / "passages")
    bcfg = cfg.replace(paths={"index_dir": str(folder / "index")})
    assert ingest([folder / "passages"], bcfg).ok
    docs = Engine.open(bcfg).documents()
    items, problems = to_items(b, list(b.questions), docs)
    assert [i.id for i in items] == ["DEV_0_QUERY_0", "DEV_0_QUERY_1", "DEV_1_QUERY_0"]
    assert [(p.line, p.item_id) for p in problems] == [(4, "DEV_1_QUERY_1")]
    first = items[0]
    doc = next(d for d in docs if d.source == "DEV_0.txt")
    assert (first.answer, first.aliases, first.type) == ("山西省", ("山西",), "span")
    assert first.evidence_spans == (((doc.doc_id, 0, len(doc.text)),),)
    assert items[2].script == "hant" and items[2].docs == ("DEV_1_a.txt",)


def test_published_baselines_are_recorded():
    assert ("BERT-base Chinese", 63.5, 83.6) in BENCHMARKS["cmrc2018"].published
    assert ("BERT-base Chinese", 82.2, 89.3) in BENCHMARKS["drcd"].published


def test_rag_eval_benchmark_end_to_end(squad_file, tmp_path, monkeypatch, capsys):
    """`rag eval --benchmark cmrc2018 --limit 2`: own index beside the main one, official EM/F1, published rows."""
    from pathlib import Path

    from rag.cli.main import main

    root = Path(__file__).resolve().parent.parent
    monkeypatch.setenv("RAG_BENCHMARKS_DIR", str(squad_file.parent.parent))
    toml = tmp_path / "rag.toml"
    toml.write_text(f'[paths]\nindex_dir = "{tmp_path / "main-index"}"\nprompts_dir = "{root / "prompts"}"\n'
                    '[embedding]\nbackend = "none"\n', encoding="utf-8")
    out = tmp_path / "run"
    assert main(["eval", "--benchmark", "cmrc2018", "--limit", "2", "--out", str(out), "--config", str(toml)]) == 0
    assert (tmp_path / "benchmarks" / "cmrc2018" / "passages" / "DEV_1_a.txt").exists()
    assert (tmp_path / "benchmarks" / "cmrc2018" / "index" / "CURRENT").exists()
    assert not (tmp_path / "main-index").exists()  # the main index is never touched
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    rows = [json.loads(ln) for ln in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["DEV_0_QUERY_0", "DEV_1_QUERY_0"]  # 2 of 4, evenly spread
    assert metrics["overall"]["hit@10"] == 1.0  # two passages in the corpus: both retrieved
    assert metrics["published"]["rows"][0] == {"system": "BERT-base multilingual", "em": 63.6, "f1": 84.0}
    assert "gold paragraph" in metrics["published"]["note"]
    assert metrics["baseline"]["overall"]["n"] == 2
    for r in rows:  # EM/F1 are the official CMRC scores of the scored text, best over the references
        from rag.eval.cmrc import cmrc_em, cmrc_f1
        from rag.eval.metrics import strip_citation_markers

        text = strip_citation_markers(r["scored_answer"]) if not r["abstained"] else None
        golds = [r["gold"], *r["aliases"]]
        assert r["metrics"]["f1"] == (max(cmrc_f1(text, g) for g in golds) if text is not None else 0.0)
        assert r["metrics"]["em"] == (max(cmrc_em(text, g) for g in golds) == 1.0 if text is not None else False)
    assert "Published baselines" in (out / "report.md").read_text(encoding="utf-8")
