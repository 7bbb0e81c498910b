"""The answer to a question about one report is decided within that report: its words' rarity comes from a
fixed sample of the genre plus the asked report (rag.answer.report_weights), not from whichever unrelated
reports are indexed beside it.

Each test asks over a report written for it among a few reports of the genre (all of them hold 行政复议,
受理, 案件, as this genre's reports do), then adds reports of other places' departments that hold none of
those words, and asks again: the answer and its citation stay.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest
from answer_corpus import answerer_over

from rag.answer.report_weights import Background, asked_reports, background
from rag.config import Config
from rag.errors import RagError
from rag.records import Document


def _doc(doc_id: str, text: str, region: str, year: int, **kw) -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                    title=text.splitlines()[0], region=region, year=year, **kw)


def _county(name: str, year: int, body: str) -> Document:
    return _doc(name, f"{name}{year}年法治政府建设年度报告\n一、主要工作\n{body}\n", name, year, level="county",
                reporting_unit="人民政府")


ASKED = _county("甲县", 2022, (
    "（一）依法办理行政复议。全年收到行政复议申请58件，依法受理行政复议案件41件，审结37件，纠错率13.5%。\n"
    "（二）县政府依法决策。县政府常务会议学法12次，县政府全年办理人大代表建议和政协提案案件63件。\n"
    "（三）便民复议。在全县12个乡镇设立行政复议咨询受理点，方便群众就近提出复议申请。\n"
    "（四）学习新法。组织学习新修订的行政复议法，该法自2024年1月1日起施行。\n"
    "二、存在问题\n基层执法力量不足。"))
# other places' reports of the genre: each holds 行政复议, 受理 and 案件
GENRE = [_county(n, y, b) for n, y, b in (
    ("乙县", 2021, "（一）行政复议。全年受理行政复议案件22件，办结20件。\n（二）普法。开展普法活动30场。"),
    ("丙市", 2023, "（一）复议应诉。市本级受理行政复议案件75件，行政应诉案件40件。"),
    ("丁县", 2020, "（一）行政复议。受理行政复议申请19件，案件全部审结。"))]
# departments of other cities reporting on their own work: none of the question's words
DEPARTMENTS = [_doc(f"o{i}", t, r, y, level="department", reporting_unit="局") for i, (r, y, t) in enumerate((
    ("戊市", 2022, "戊市交通运输局2022年法治政府建设工作报告\n一、主要做法\n规范交通运输执法，开展路政巡查1,200次。"),
    ("己市", 2021, "己市统计局2021年法治建设情况报告\n一、工作情况\n开展统计执法检查16次，发放统计法宣传资料3,000份。"),
    ("庚市", 2023, "庚市气象局2023年法治工作报告\n一、主要工作\n完善气象灾害预警发布制度，开展防雷安全检查45次。"),
    ("辛市", 2020, "辛市林业局2020年法治政府建设报告\n一、工作开展\n组织森林防火检查28次，查处毁林案件6起。"),
    ("壬市", 2024, "壬市档案馆2024年法治建设工作总结\n一、主要工作\n开展档案执法检查12次，规范档案开放审核。"),
    ("癸市", 2022, "癸市医保局2022年法治政府建设情况报告\n一、基金监管\n开展医保基金监督检查300家次，追回资金560万元。"),
    ("子市", 2021, "子市体育局2021年依法行政工作报告\n一、主要做法\n举办全民健身活动80场，规范体育市场经营。"),
    ("丑市", 2023, "丑市住建局2023年法治工作报告\n一、工作开展\n开展建筑市场执法检查150次，约谈企业20家。"),
))]


def _ask(docs: list[Document], question: str):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    a = answerer_over({d.doc_id: d for d in docs}, cfg).ask(question)
    return a.short_answer, a.abstained, [(c.doc_id, c.start, c.end) for c in a.citations]


def test_the_figure_read_does_not_move_when_reports_without_the_questions_words_are_added():
    # among reports that all hold 行政复议, the rarer 县政府 decided; with the departments added, the other way
    q = "甲县2022年县政府受理的行政复议案子有几件？"
    before = _ask([ASKED, *GENRE], q)
    assert before[0] == "41件" and before[2][0][0] == "甲县"
    assert _ask([ASKED, *GENRE, *DEPARTMENTS], q) == before


def test_a_date_is_not_refused_or_given_by_how_many_reports_hold_the_nouns():
    # the user's 开始 stands in no report: beside nouns every indexed report holds it outweighed them, and the
    # question was refused until reports lacking the nouns were added
    q = "甲县2022年的报告说，新改的行政复议法从哪天起开始实行？"
    before = _ask([ASKED, *GENRE], q)
    assert before[0] == "2024年1月1日" and not before[1]
    assert _ask([ASKED, *GENRE, *DEPARTMENTS], q) == before


@pytest.mark.parametrize("added", [DEPARTMENTS[:2], DEPARTMENTS, GENRE])
def test_the_weights_of_an_asked_reports_words_are_the_same_whatever_else_is_indexed(added):
    """The weights themselves, as the answerer computes them: the sample and the asked report only."""
    docs = {d.doc_id: d for d in [ASKED, *added]}
    mine = asked_reports(docs, ("甲县",), (2022,))
    assert [d.doc_id for d in mine] == ["甲县"]
    terms = ["县政府", "受理", "行政复议", "案子"]
    assert background().weights(terms, mine) == background().weights(terms, [ASKED])


def test_a_report_of_the_sample_counts_once_and_the_asked_one_counts():
    bg = Background(["甲县行政复议案件3件。", "乙市执法检查。"])
    sample_doc = Document("s", "s.txt", "甲县行政复议案件3件。", "h")
    assert bg.counts(["行政复议"], [sample_doc]) == (2, {"行政复议": 1})  # already in the sample
    assert bg.counts(["行政复议"], [ASKED]) == (3, {"行政复议": 2})
    assert bg.counts(["评估|考核"], []) == (2, {"评估": 0, "考核": 0})  # each alternative, as the store counts


def test_a_damaged_sample_file_is_an_error_naming_the_fix(tmp_path):
    bad = tmp_path / "genre_background.jsonl"
    bad.write_text(json.dumps({"format": "genre-background", "version": 1, "reports": 3}) + '\n"一份"\n', encoding="utf-8")
    with pytest.raises(RagError, match="build_genre_background"):
        background.__wrapped__(bad)
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(RagError, match="build_genre_background"):
        background.__wrapped__(bad)


def test_the_shipped_sample_holds_no_held_out_report():
    from pathlib import Path

    from rag.text.normalize import fold

    bg = background()
    assert len(bg.texts) >= 40 and all("法治" in t for t in bg.texts)
    fresh = sorted((Path(__file__).resolve().parents[1] / "evals" / "fresh" / "reports").glob("*.txt"))
    heads = [fold(p.read_text(encoding="utf-8")).strip().splitlines()[0] for p in fresh]
    assert not [h for h in heads if any(h in t for t in bg.texts)]
