"""Plain English for the genre's 容缺 service reform (an application accepted with documents missing, the rest handed
in afterwards: 容缺受理, 容缺办理, 容缺后补): "missing / incomplete documents" is 容缺, "submit later" is 后补 even with
its object between (submit the paperwork later), and whom a measure lets do something (let applicants, allow
businesses to) is no term the figure's sentence must state.  Reports written for these tests (motivated by a
refused question on a fresh report: "let applicants submit paperwork for later")."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config
from rag.text.glossary import english_terms

REPORTS = {
    "戊川县": "戊川县2023年法治政府建设情况报告\n一、主要工作\n"
              "（一）政务服务。县政务服务中心进驻事项980项，网上可办率95%。实行“容缺后补”审批事项64项，"
              "全年容缺办理业务1530件。\n"
              "（二）行政复议。全年收到行政复议申请41件，受理38件。\n",
    "己原市": "己原市2023年法治政府建设情况报告\n一、主要工作\n"
              "（一）审批改革。推行告知承诺制事项52项。对非关键材料缺失的申请实行容缺受理，全年容缺受理申请870件。\n"
              "（二）执法监督。评查行政执法案卷300卷。\n",
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of({(region, 2023): text for region, text in REPORTS.items()}),
                         Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question, term", [
    ("accepted with missing documents", "容缺"),
    ("applications with incomplete paperwork", "容缺"),
    ("items that allow submitting the missing documents later", "后补|补交|补齐"),
    ("let people hand the documents in afterwards", "后补|补交|补齐"),
    ("the paperwork was submitted later", "后补|补交|补齐"),
])
def test_the_reforms_plain_words(question, term):
    assert term in english_terms(question)


def test_whom_a_measure_lets_do_something_is_no_term():
    assert "申请人" not in english_terms("let applicants submit the forms later")
    assert "申请人" in english_terms("how many applicants were there")  # counted, not let: a term
    assert english_terms("a later meeting") == english_terms("a meeting")  # later alone is no 后补


@pytest.mark.parametrize(("question", "gold"), [
    ("How many items did 戊川县 let applicants submit the paperwork for later in 2023?", "64项"),
    ("How many applications did 己原市 accept with missing documents in 2023?", "870件"),
])
def test_figures_of_the_reform_asked_in_plain_english(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold
