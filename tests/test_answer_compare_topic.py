"""Comparisons on one measure, and report places labelled by the place model (passages written here)."""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.regions import label, local_label
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

REPORTS = {
    "山西省晋城市": "晋城市2022年法治政府建设情况报告\n一、行政复议与行政执法\n市场监管部门全年受理投诉举报案件3100件。\n",
    "江苏省苏州市昆山市": "昆山市2022年法治政府建设情况报告\n一、行政复议\n全年受理行政复议案件212件，办结200件。\n",
    "内蒙古自治区呼伦贝尔市海拉尔区": "海拉尔区2022年法治政府建设情况报告\n一、行政复议\n受理行政复议案件37件。"
                                "交通执法共查处案件980件。\n",
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = [Document(f"d{i}", f"d{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), region=r, year=2022)
            for i, (r, t) in enumerate(REPORTS.items())]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_compared_figures_are_about_the_asked_topic_not_any_case_count(answerer):
    got = answerer.ask("晋城、昆山、海拉尔三地的报告里，哪个地区受理的行政复议案件数最多?")
    assert got.short_answer.startswith("昆山") and "212件" in got.short_answer
    assert "3100" not in got.short_answer and "980" not in got.short_answer
    assert "晋城" in got.answer.split("\n")[1]  # named among the reports giving no such figure


def test_answer_labels_are_the_short_place_names(answerer):
    got = answerer.ask("晋城、昆山、海拉尔三地的报告里，哪个地区受理的行政复议案件数最少?")
    assert got.short_answer.startswith("海拉尔（") and "内蒙古" not in got.short_answer
    assert label("江苏省苏州市昆山市") == "昆山" and local_label("江苏省苏州市昆山市") == "苏州市昆山市"


def test_a_departments_report_is_named_by_its_department():
    from rag.answer.reports import department, report_name

    bureau = Document("b", "b.txt", "", "h", title="晋城市生态环境局2022年法治政府建设情况报告", region="山西省晋城市")
    gov = Document("g", "g.txt", "", "h", title="晋城市人民政府关于2022年法治政府建设情况的报告", region="山西省晋城市")
    party = Document("p", "p.txt", "", "h", title="中共晋城市委 晋城市人民政府 关于2022年度法治政府建设的报告",
                     region="山西省晋城市")
    assert department(bureau) == "晋城市生态环境局" and report_name(bureau) == "晋城市生态环境局"
    assert department(gov) == "" and report_name(gov) == "晋城"
    assert department(party) == "" and report_name(party) == "晋城"
    town = Document("t", "t.txt", "", "h", title="", region="重庆市丰都县栗子乡")
    assert report_name(town) == "栗子乡"
