"""A report's table compares two years; a question names the report's year and asks the other one: the table's
column of the asked year answers, not the report's own prose figure of its year.  A statement before the question
(…includes a table comparing two years. What was …?) is context, not a comparison asked; "what was the share of …"
asks a rate.  A bureau's own figure (市局本身) is the sentence naming it by its short form (市局), not a district
bureau's (新城区应急管理局).  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.figure_years import figures_own_years
from rag.answer.qtypes import classify
from rag.config import Config
from rag.records import Document

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 6})
TEXTS = {
    ("鄂尔多斯市", 2023): ("鄂尔多斯市2023年法治政府建设年度报告\n"
                       "一、行政复议和应诉\n"
                       "全年全市共收到行政复议申请962件，受理871件，审结840件，直接纠错率12.6%。\n"
                       "全市行政机关负责人出庭应诉率达到96.4%，败诉率降至5.2%。\n"
                       "下表为2022年、2023年全市行政复议和行政应诉主要数据对比：\n"
                       "表1  鄂尔多斯市行政复议、行政应诉主要数据\n"
                       "项目                 2022年      2023年\n"
                       "收到复议申请（件）     805         962\n"
                       "直接纠错率（%）        9.8         12.6\n"
                       "出庭应诉率（%）        90.3        96.4\n"
                       "二、普法宣传\n"
                       "开展送法进企业活动210场，发放宣传资料4.1万份。\n"),
}
DOCS = docs_of(TEXTS)
BUREAU = ("沈阳市应急管理局2022年法治政府建设情况报告\n"
          "一、严格规范执法\n"
          "制定年度监督检查计划，市局全年检查生产经营单位1,520家次，督促整改隐患6,200项；立案查处违法行为356起，罚款1,210万元。\n"
          "全市应急管理系统全年检查企业2.3万家次，立案查处违法行为2,980起。\n"
          "二、指导区级执法\n"
          "推行执法全过程记录，浑南区应急管理局全年立案查处违法行为241起，居各区首位。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.fixture(scope="module")
def bureau() -> Answerer:
    import hashlib

    doc = Document("sy", "sy.txt", BUREAU, hashlib.sha256(BUREAU.encode()).hexdigest(), title=BUREAU.splitlines()[0],
                   region="辽宁省沈阳市", year=2022, reporting_unit="应急管理局")
    return answerer_over({"sy": doc}, CFG)


def test_a_statement_before_the_question_is_context():
    q = "Ordos's 2023 report includes a table comparing two years. What was the direct correction rate in 2022?"
    assert classify(q).kind == "number"
    assert classify("鄂尔多斯市2023年的报告里有一张对比两年的表。2022年的直接纠错率是多少?").kind == "number"
    assert classify("Compare Ordos and Baotou. Which had the higher correction rate?").kind == "compare"  # a request asks


def test_the_share_of_asks_a_rate():
    assert classify("In Ordos's 2023 report, what was the share of cases with agency heads appearing in court?").kind == "number"


def test_a_year_named_only_as_the_reports_is_no_figures_year():
    assert figures_own_years("Ordos's 2023 report: what was the rate in 2022?", (2023, 2022)) == (2022,)
    assert figures_own_years("鄂尔多斯市2023年的直接纠错率是多少?", (2023,)) == (2023,)


@pytest.mark.parametrize("q, short", [
    (("Ordos's 2023 report includes a table comparing two years. What was the city's direct correction rate for "
      "administrative reconsideration cases in 2022?"), "9.8"),
    ("In Ordos's 2023 report, what was the share of cases with agency heads appearing in court in the previous year, 2022?",
     "90.3"),
    ("鄂尔多斯市2023年的报告里,2022年的直接纠错率是多少?", "9.8"),
])
def test_the_other_years_column_answers(answerer, q, short):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer.rstrip("%") == short, a.answer


def test_the_reports_own_year_is_still_answered(answerer):
    a = answerer.ask("鄂尔多斯市2023年直接纠错率是多少?")
    assert not a.abstained and a.short_answer.rstrip("%") == "12.6", a.answer


def test_a_bureaus_own_figure_is_the_one_it_names_as_shi_ju(bureau):
    a = bureau.ask("沈阳市应急管理局2022年光是市局本身，一共立案查处了多少起违法行为?")
    assert not a.abstained and a.short_answer == "356起", a.answer
