"""The eval runner: per-item scoring and aggregation by hand, then `rag eval` end to end on a tiny corpus."""
from __future__ import annotations

import json

import pytest

from rag.eval.dataset import EvalItem
from rag.eval.runner import Prediction, Retrieved, prediction_row, score_item, summarize
from rag.records import Answer, Citation, Document

TEXT = "一、总则\n2021年，长治市共办理行政复议案件20项，纠错率为15.9%。\n二、问题\n基层力量薄弱。"
DOC = Document("d1", "d1.txt", TEXT, "h")
OTHER = Document("d2", "d2.txt", "臺中市辦理訴訟案件35件。", "h2")
DOCS = {"d1": DOC, "d2": OTHER}
EV = (TEXT.index("长治市"), TEXT.index("20项") + 2)


def it(i, type_="number", question="长治市办理多少项?", answer="20项", script="hans"):
    spans = () if type_ == "unanswerable" else ((("d1", *EV),),)
    return EvalItem(i, question, answer, type_, ("二十项",) if answer else (), evidence_spans=spans, script=script)


def cite(doc: Document, start: int, end: int, n: int = 1) -> Citation:
    return Citation(n, doc.doc_id, doc.source, start, end, doc.text[start:end])


def ret(*spans) -> tuple[Retrieved, ...]:
    return tuple(Retrieved(r, d, d + ".txt", s, e, 1.0 / r) for r, (d, s, e) in enumerate(spans, 1))


MISS = ("d1", 0, 4)
HIT = ("d1", EV[0], EV[1])
CASES = [
    # 1: retrieval hit at rank 2; right answer with an exact, relevant citation
    (it("n1"), Prediction(Answer("q", "二十項[1]。", (cite(DOC, *EV),), short_answer="二十項"), ret(MISS, HIT),
                          latency_ms=10)),
    # 2: unanswerable, abstained: correct
    (it("u1", "unanswerable", answer="", question="长治市有多少只熊猫?"),
     Prediction(Answer("q", "报告中没有找到。", abstained=True), ret(MISS), latency_ms=20)),
    # 3: answerable but abstained: wrong; retrieval hit at rank 1
    (it("n2"), Prediction(Answer("q", "未找到。", abstained=True), ret(HIT), latency_ms=30)),
    # 4: Traditional question, wrong answer from the wrong document, a tampered quote
    (it("e1", "entity", question="長治市辦理多少項?", script="hant"),
     Prediction(Answer("q", "35件[1]", (Citation(1, "d2", "d2.txt", 0, 3, "台中市"),), short_answer="35件"),
                ret(("d2", 0, 5)),
                latency_ms=40)),
    # 5: unanswerable but answered: wrong
    (it("u2", "unanswerable", answer=""), Prediction(Answer("q", "有15.9%。", (cite(DOC, 0, 4),)), ret(MISS),
                                                     latency_ms=50)),
]


@pytest.fixture
def rows():
    return [prediction_row(i, p, score_item(i, p, DOCS), DOCS) for i, p in CASES]


def test_per_item_outcomes(rows):
    m = {r["id"]: r["metrics"] for r in rows}
    assert (m["n1"]["hit@1"], m["n1"]["hit@3"], m["n1"]["rr"], m["n1"]["first_hit_rank"]) == (False, True, 0.5, 2)
    assert (m["n1"]["correct"], m["n1"]["contains"], m["n1"]["em"]) == (True, True, True)
    assert (m["n1"]["quote_exact"], m["n1"]["citation_precision"], m["n1"]["citation_recall"]) == (1.0, 1.0, 1.0)
    assert m["n1"]["groundedness"] == 1.0  # 20 is in the quote
    assert m["n1"]["f1"] == pytest.approx(1.0)  # "二十項" vs alias "二十项": script-blind, best over gold + aliases
    assert (m["u1"]["correct"], m["u1"]["hit@5"], m["u1"]["rr"], m["u1"]["f1"]) == (True, None, None, None)
    assert (m["n2"]["correct"], m["n2"]["f1"], m["n2"]["em"], m["n2"]["rr"]) == (False, 0.0, False, 1.0)
    assert m["n2"]["citation_precision"] is None  # abstained: no citations to judge
    assert (m["e1"]["correct"], m["e1"]["rr"], m["e1"]["hit@10"]) == (False, 0.0, False)
    assert (m["e1"]["quote_exact"], m["e1"]["citation_precision"], m["e1"]["citation_recall"]) == (0.0, 0.0, 0.0)
    assert m["e1"]["em"] is False  # entity: EM applies
    assert (m["u2"]["correct"], m["u2"]["citation_precision"], m["u2"]["groundedness"]) == (False, None, 0.0)


def test_a_stated_short_answer_is_what_is_scored():
    """A wrong short answer is wrong even when its quoted sentence contains the gold number."""
    item = it("s1", answer="31%")
    text = "58%\n全市集中行政审批事项减少31%,审批环节精简58%。[1]"
    wrong = Prediction(Answer("q", text, meta={"short_answer": "58%"}), ret(HIT))
    m = score_item(item, wrong, DOCS)
    assert (m["correct"], m["contains"], m["contains_full"], m["em"]) == (False, False, True, False)
    assert m["f1"] == 0.5  # CMRC tokens: ["58", "%"] vs ["31", "%"]
    right = Prediction(Answer("q", text.replace("58%\n", "31%\n", 1), meta={"short_answer": "31%"}), ret(HIT))
    m = score_item(item, right, DOCS)
    assert (m["correct"], m["em"], m["f1"]) == (True, True, 1.0)
    no_short = Prediction(Answer("q", text, meta={"short_answer": ""}), ret(HIT))  # falls back to the whole text
    m = score_item(item, no_short, DOCS)
    assert (m["contains"], m["lenient_contains"]) == (True, True)
    assert m["correct"] is False  # strict: no short answer stated, however right the quote
    field = Prediction(Answer("q", text, short_answer="31%"), ret(HIT))  # the Answer field, as answerers fill it now
    assert score_item(item, field, DOCS)["correct"] is True


# --- list / summary / multi_doc / comparison: key-point recall ------------------------------
SUMMARY_GOLD = "基层执法力量不足;法治人才缺乏;普法责任落实不够"
SUMMARY_ANSWER = ("基层执法\n一是基层執法力量仍然不足[1]。\n二是法治專門人才缺乏[2]。\n"
                  "三是部分单位执法不规范[3]。")  # 2 of 3 key points, in Traditional script


def kp_item(i, type_, answer, aliases=()):
    return EvalItem(i, "问?", answer, type_, tuple(aliases), evidence_spans=((("d1", *EV),),))


def test_a_summary_is_correct_when_half_its_key_points_are_in_the_whole_answer():
    pred = Prediction(Answer("q", SUMMARY_ANSWER, meta={"short_answer": "基层执法"}), ret(HIT))
    m = score_item(kp_item("s1", "summary", SUMMARY_GOLD), pred, DOCS)
    # the short answer contains none of the gold, but the whole text has 2 of 3 points
    assert (m["contains"], m["kp_recall"], m["correct"]) == (False, pytest.approx(2 / 3), True)
    one_of_three = Prediction(Answer("q", "三是部分单位执法不规范。\n一是基层执法力量不足。"), ret(HIT))
    m = score_item(kp_item("s2", "summary", SUMMARY_GOLD), one_of_three, DOCS)
    assert (m["kp_recall"], m["correct"]) == (pytest.approx(1 / 3), False)
    abstained = Prediction(Answer("q", "未找到。", abstained=True), ret(HIT))
    m = score_item(kp_item("s3", "summary", SUMMARY_GOLD), abstained, DOCS)
    assert (m["kp_recall"], m["correct"]) == (0.0, False)


def test_multi_doc_and_multi_item_comparison_use_key_points_single_item_types_do_not():
    answer = "长治、赣州\n长治市 2021：……[1]\n赣州市 2019：……[2]"
    m = score_item(kp_item("m1", "multi_doc", "全部五份(长治、赣州、霍州、元宝山、海西)"), Prediction(Answer("q", answer)), DOCS)
    assert (m["kp_recall"], m["correct"]) == (pytest.approx(2 / 5), False)
    m = score_item(kp_item("m2", "multi_doc", "长治、赣州、海西"), Prediction(Answer("q", answer)), DOCS)
    assert (m["kp_recall"], m["correct"]) == (pytest.approx(2 / 3), True)
    two = "赣州市本级50个党政机构,元宝山区本级26个政府机构"
    m = score_item(kp_item("c1", "comparison", two), Prediction(Answer("q", "赣州市本级共设置党政机构50个。")), DOCS)
    assert (m["kp_recall"], m["correct"]) == (0.5, True)
    # number items have no key-point recall; they need the figure in the short answer
    m = score_item(it("n9"), Prediction(Answer("q", "二十项", short_answer="二十项")), DOCS)
    assert m["kp_recall"] is None and m["correct"] is True


def test_which_region_items_need_exactly_the_gold_regions_in_the_short_answer():
    from rag.eval.strict import region_vocab

    vocab = region_vocab(["长治市", "赣州市", "海西蒙古族藏族自治州"])
    item = EvalItem("c2", "哪个地区最多?", "赣州(88件)", "comparison", evidence_spans=((("d1", *EV),),))
    score = lambda short, text="": score_item(item, Prediction(Answer("q", text or short, short_answer=short)), DOCS,
                                              vocab=vocab)
    m = score("贛州市（88件）")
    assert (m["correct"], m["gold_regions"], m["answer_regions"]) == (True, ["赣州"], ["赣州"])
    assert score("长治（88件）")["correct"] is False  # the figure alone does not make it right
    extra = score("赣州（88件）、长治")  # key points pass (recall 1, precision 1/2); the extra region does not
    assert (extra["strict_rule"], extra["correct"], extra["answer_regions"]) == ("regions", False, ["赣州", "长治"])
    multi = EvalItem("m3", "Which reports mention it?", "长治、海西", "multi_doc", evidence_spans=((("d1", *EV),),))
    m = score_item(multi, Prediction(Answer("q", "Changzhi, Haixi", short_answer="Changzhi, Haixi")), DOCS, vocab=vocab)
    assert m["answer_regions"] == ["海西", "长治"] and m["correct"] is False  # regions right, but no key point in Latin
    m = score_item(multi, Prediction(Answer("q", "长治、海西州", short_answer="长治、海西州")), DOCS, vocab=vocab)
    assert m["correct"] is True


def test_the_cited_reports_year_counts_as_grounded():
    doc = Document("d3", "d3.txt", "共办理行政复议案件20项。", "h3", region="长治市", year=2021)
    quote = cite(doc, 0, len(doc.text))
    ans = Answer("q", "长治市 2021：共办理行政复议案件20项[1]，2019年为10项。", (quote,))
    # 2021 = the cited report's year, 20 quoted; 2019 and 10 are neither -> 2/4
    assert score_item(it("g1"), Prediction(ans), {"d3": doc})["groundedness"] == 0.5
    # without year metadata, 2021 is not grounded -> 1/4
    bare = Document("d3", "d3.txt", doc.text, "h3")
    assert score_item(it("g1"), Prediction(ans), {"d3": bare})["groundedness"] == 0.25


def test_aggregates_by_hand(rows):
    s = summarize(rows)
    o = s["overall"]
    assert o["n"] == 5 and o["correct"] == pytest.approx(2 / 5)
    assert o["rr"] == pytest.approx((0.5 + 1.0 + 0.0) / 3) and o["rr.n"] == 3
    assert o["hit@1"] == pytest.approx(1 / 3) and o["hit@3"] == pytest.approx(2 / 3)
    assert o["contains"] == pytest.approx(1 / 3) and o["contains.n"] == 3
    # abstained {u1, n2}; unanswerable {u1, u2}
    assert (o["abstention_precision"], o["abstention_recall"]) == (0.5, 0.5)
    assert o["abstention_false_abstention_rate"] == pytest.approx(1 / 3)
    assert o["quote_exact"] == pytest.approx((1.0 + 0.0 + 1.0) / 3)
    assert s["by_type"]["number"]["correct"] == 0.5 and s["by_type"]["unanswerable"]["correct"] == 0.5
    assert s["by_type"]["entity"]["n"] == 1 and s["by_type"]["entity"]["correct"] == 0.0
    assert s["by_script"]["hant"]["correct"] == 0.0 and s["by_script"]["hans"]["correct"] == pytest.approx(2 / 4)
    assert s["hit_curve"]["1"] == pytest.approx(1 / 3) and s["hit_curve"]["2"] == pytest.approx(2 / 3)
    assert s["hit_curve"]["10"] == pytest.approx(2 / 3)
    assert s["latency_ms"]["p50"] == 30 and s["latency_ms"]["max"] == 50


def test_prediction_row_fields(rows):
    r = rows[0]
    assert list(r)[:15] == ["id", "set", "question", "type", "script", "gold", "aliases", "short_answer", "answer",
                            "abstained", "mode", "scored_answer", "top_passage", "citations", "retrieved"]
    assert r["short_answer"] == "二十項" and r["top_passage"] == TEXT[0:4]
    assert r["citations"] == [{"n": 1, "doc_id": "d1", "source": "d1.txt", "start": EV[0], "end": EV[1],
                               "quote": TEXT[EV[0]:EV[1]]}]
    assert r["retrieved"][1] == {"rank": 2, "doc_id": "d1", "source": "d1.txt", "start": EV[0], "end": EV[1],
                                 "score": 0.5}
    json.dumps(r, ensure_ascii=False)  # JSON-able as written


# --- LLM judge, against a real local HTTP server ------------------------------------------
def _judge_cfg(url: str):
    from rag.config import Config

    return Config().replace(llm={"backend": "openai", "base_url": url, "model": "fake-judge", "max_retries": 0,
                                 "timeout_s": 10.0})


def test_judge_scores_rows_through_an_openai_compatible_server(rows):
    from fake_openai_server import FakeOpenAIServer

    from rag.eval.judge import judge_rows

    with FakeOpenAIServer() as srv:
        srv.replies = ['{"correct": 1, "grounded": 1, "complete": 1, "reason": "一致"}',
                       "我认为回答正确。",  # not the JSON asked for: left unjudged
                       '```json\n{"correct": 0, "grounded": "1", "complete": 0, "reason": "拒答"}\n```']
        srv.reply = '{"correct": 0, "grounded": 0, "complete": 0, "reason": "不符"}'
        notes = judge_rows(rows, _judge_cfg(srv.url), None)
        sent = srv.requests
    m = [r["metrics"] for r in rows]
    assert [(x["judge_correctness"], x["judge_faithfulness"]) for x in m] == [
        (1.0, 1.0), (None, None), (0.0, 1.0), (0.0, 0.0), (0.0, 0.0)]
    assert rows[0]["judge"]["reason"] == "一致"
    assert len(sent) == 5 and sent[0]["model"] == "fake-judge"
    user = sent[0]["messages"][1]["content"]
    assert "<question>\n长治市办理多少项?\n</question>" in user and "[1] " + TEXT[EV[0]:EV[1]] in user
    assert "无法回答" in sent[1]["messages"][1]["content"]  # the unanswerable item's reference
    assert "系统拒答" in sent[2]["messages"][1]["content"]  # the abstention is shown as such
    assert "4 of 5 items judged" in notes[0] and "1 replies were not the expected JSON" in notes[1]
    assert summarize(rows)["overall"]["judge_correctness"] == pytest.approx(1 / 4)


def test_judge_counts_failed_calls(rows):
    from fake_openai_server import FakeOpenAIServer

    from rag.eval.judge import judge_rows

    with FakeOpenAIServer(mode="error") as srv:
        notes = judge_rows(rows[:2], _judge_cfg(srv.url), None)
    assert "0 of 2 items judged" in notes[0] and "2 calls failed" in notes[1]
    assert rows[0]["metrics"]["judge_correctness"] is None


def test_judge_is_skipped_without_an_llm(rows):
    from rag.config import Config
    from rag.eval.judge import judge_rows

    notes = judge_rows(rows, Config(), "extractive")
    assert "skipped" in notes[0] and "--llm openai" in notes[0]
    assert all(r["metrics"]["judge_correctness"] is None for r in rows)


@pytest.mark.parametrize("text,expected", [
    ('{"correct": 1, "grounded": 0}', (1.0, 0.0)),
    ('答：{"correct": true, "grounded": "1", "reason": "x"}', (1.0, 1.0)),
    ('{"correct": 2, "grounded": 1}', (None, 1.0)),
    ("no json here", None),
    ('{"other": 1}', None),
])
def test_parse_judgement(text, expected):
    from rag.eval.judge import parse_judgement

    got = parse_judgement(text)
    assert (got if got is None else (got["correct"], got["grounded"])) == expected


# --- `rag eval` end to end on a tiny corpus ---------------------------------------------------
REPORTS = {
    "changzhi.txt": "长治市2021年法治政府建设情况报告\n一、主要工作\n2021年，长治市共办理行政复议案件120件，"
                    "综合纠错率为15.9%。\n二、存在的问题\n基层执法力量仍然薄弱。\n",
    "ganzhou.txt": "赣州市2019年法治政府建设工作报告\n一、主要成效\n2019年，赣州市完成规范性文件备案审查46件。\n"
                   "二、下一步打算\n持续推进严格规范公正文明执法。\n",
    "taizhong.txt": "臺中市2022年法治政府建設報告\n一、工作成效\n2022年，臺中市受理行政訴訟案件35件，全部依法應訴。\n",
}
EVIL_Q = "<script>alert(1)</script>长治市2021年综合纠错率是多少?"
DATASET = [
    {"id": "t1", "question": "长治市2021年共办理行政复议案件多少件?", "answer": "120件", "aliases": ["120"],
     "doc": "changzhi.txt", "evidence": ["共办理行政复议案件120件"], "type": "number"},
    {"id": "t2", "question": "臺中市2022年受理行政訴訟案件多少件?", "answer": "35件", "aliases": ["35"],
     "doc": "taizhong.txt", "evidence": ["受理行政訴訟案件35件"], "type": "number"},
    "{this line is not JSON",
    {"id": "t3", "question": "How many normative documents did Ganzhou review for the record in 2019?",
     "answer": "46件", "aliases": ["46"], "doc": "ganzhou.txt", "evidence": ["完成规范性文件备案审查46件"], "type": "number"},
    {"id": "t4", "question": "长治市2021年有多少只大熊猫?", "answer": "", "doc": None, "evidence": [],
     "type": "unanswerable"},
    {"id": "t5", "question": "x", "answer": "1", "doc": "not-ingested.txt", "evidence": ["1"], "type": "number"},
    # gold deliberately not in the report, so the item is always a failure and its question is rendered
    {"id": "t6", "question": EVIL_Q, "answer": "99.9%", "doc": "changzhi.txt", "evidence": ["综合纠错率为15.9%"],
     "type": "number"},
]


@pytest.fixture
def tiny_run(tmp_path_factory):
    """Ingest three short reports into a tmp index, then `rag eval` a 7-line dataset (2 bad lines)."""
    from pathlib import Path

    from rag.cli.main import main
    from rag.config import load_config
    from rag.engine import Engine

    tmp = tmp_path_factory.mktemp("tiny-eval")
    reports = tmp / "reports"
    reports.mkdir()
    for name, text in REPORTS.items():
        (reports / name).write_text(text, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    toml = tmp / "rag.toml"
    toml.write_text(f'[paths]\nindex_dir = "{tmp / "index"}"\nprompts_dir = "{root / "prompts"}"\n'
                    '[embedding]\nbackend = "none"\n', encoding="utf-8")
    assert main(["ingest", str(reports), "--config", str(toml), "-q"]) == 0
    data = tmp / "tiny.jsonl"
    data.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in DATASET) + "\n",
                    encoding="utf-8")
    out = tmp / "run"
    code = main(["eval", "--dataset", str(data), "--corpus", str(reports), "--index-dir", str(tmp / "eval-index"),
                 "--out", str(out), "--config", str(toml)])
    eng = Engine.open(load_config(toml).replace(paths={"index_dir": str(tmp / "eval-index")}))
    return code, out, eng


def test_eval_writes_predictions_with_all_fields(tiny_run, capsys):
    code, out, eng = tiny_run
    assert code == 0
    rows = [json.loads(ln) for ln in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["t1", "t2", "t3", "t4", "t6"]
    docs = eng.gen.docs_by_id
    for r in rows:
        assert {"id", "question", "answer", "abstained", "mode", "citations", "retrieved", "latency_ms",
                "metrics"} <= set(r)
        for c in r["citations"]:
            assert set(c) == {"n", "doc_id", "source", "start", "end", "quote"}
            assert docs[c["doc_id"]].text[c["start"]:c["end"]] == c["quote"]
        assert [x["rank"] for x in r["retrieved"]] == list(range(1, len(r["retrieved"]) + 1))
        assert all(docs[x["doc_id"]].source == x["source"] for x in r["retrieved"])
        assert r["latency_ms"] >= 0 and r["mode"] == "extractive"
    assert [r["script"] for r in rows] == ["hans", "hant", "en", "hans", "hans"]


def test_eval_metrics_match_the_predictions(tiny_run):
    _, out, eng = tiny_run
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    rows = [json.loads(ln) for ln in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    o = metrics["overall"]
    assert o["n"] == 5 and metrics["run"]["skipped"] == 2
    assert [s.split(":")[0] for s in metrics["skipped"]] == ["line 3", "line 6 (t5)"]
    assert o["correct"] == pytest.approx(sum(r["metrics"]["correct"] for r in rows) / 5)
    # The whole corpus is fewer than 10 chunks, so every answerable item is a hit at 10.
    assert len(eng.gen.chunks) < 10
    assert (o["hit@10"], o["hit@10.n"]) == (1.0, 4)
    abstained = [r["id"] for r in rows if r["abstained"]]
    expected_p = (1 / len(abstained)) if "t4" in abstained else (0.0 if abstained else None)
    assert o["abstention_precision"] == expected_p
    assert o["abstention_recall"] == (1.0 if "t4" in abstained else 0.0)
    assert set(metrics["by_type"]) == {"number", "unanswerable"}
    assert set(metrics["by_script"]) == {"hans", "hant", "en"}
    assert metrics["by_script"]["hant"]["n"] == 1
    assert metrics["baseline"]["run"]["pipeline"] == "baseline" and metrics["baseline"]["overall"]["n"] == 5
    assert metrics["answer_accuracy"] == o["correct"]
    ro = metrics["baselines"]["retrieval_only"]
    assert ro["run"]["pipeline"] == "retrieval_only" and ro["overall"]["n"] == 5
    assert ro["answer_accuracy"] == ro["overall"]["correct"] and set(ro["by_type"]) == {"number", "unanswerable"}
    assert set(metrics["by_set"]) == {"tiny"} and metrics["by_set_type"]["tiny"]["number"]["n"] == 4


def test_eval_reports_escape_the_question_and_include_the_baseline(tiny_run):
    _, out, _ = tiny_run
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "| metric | ours | retrieval-only | LangChain |" in md and "<script>" not in md
    assert (out / "baseline" / "predictions.jsonl").exists() and (out / "baseline" / "report.html").exists()
    assert (out / "retrieval_only" / "predictions.jsonl").exists()


def test_eval_reports_skipped_lines_on_stderr(tmp_path, capsys):
    from rag.cli.main import main

    data = tmp_path / "d.jsonl"
    data.write_text('{"id": 1}\n', encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("长治市2021年共办理行政复议案件120件。\n", encoding="utf-8")
    toml = tmp_path / "rag.toml"
    toml.write_text(f'[paths]\nindex_dir = "{tmp_path / "index"}"\n[embedding]\nbackend = "none"\n', encoding="utf-8")
    args = ["eval", "--dataset", str(data), "--corpus", str(reports), "--index-dir", str(tmp_path / "ei"), "--config", str(toml)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "missing field(s)" in err and "No usable item" in err
    assert not (tmp_path / "index").exists()  # the user's index is never touched
    assert main(["eval", "--dataset", str(data), "--corpus", str(tmp_path / "nope"), "--config", str(toml)]) == 2
    assert "Corpus" in capsys.readouterr().err


def test_compare_ours_with_the_baseline_run(tiny_run, capsys):
    from rag.cli.main import main

    _, out, _ = tiny_run
    assert main(["eval", "--compare", str(out / "baseline"), str(out), "--out", str(out / "cmp")]) == 0
    md = (out / "cmp" / "compare.md").read_text(encoding="utf-8")
    assert md.startswith("# Compare:") and "| answer_accuracy" in md


def test_ask_json_shows_the_short_answer_at_top_level(tiny_run, capsys):
    from rag.cli.main import main

    _, out, _ = tiny_run
    capsys.readouterr()
    assert main(["ask", "长治市2021年共办理行政复议案件多少件?", "--json", "--config", str(out.parent / "rag.toml")]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert list(shown)[:3] == ["question", "short_answer", "answer"]
    assert "120" in shown["short_answer"] and shown["short_answer"] == shown["meta"]["short_answer"]
    rows = [json.loads(ln) for ln in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(isinstance(r["short_answer"], str) for r in rows)
    assert next(r for r in rows if r["id"] == "t1")["short_answer"] == shown["short_answer"]
