"""An English "what share of <noun phrase> ..." question asks a rate of that noun phrase (passages written
here, invented figures).

Fails on the behaviour before it: the share's noun phrase required nothing of the evidence, so a rate
of another measure in a sentence holding only the generic head noun (案件) was answered.
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.english_figures import measured_terms
from rag.config import Config

REPORTS = {
    ("江苏省南通市", 2021): (
        "南通市2021年法治政府建设年度报告\n一、化解矛盾纠纷\n"
        "全年调解矛盾纠纷3120件，调解成功3050件，调解成功率97.8%，其中涉企案件210件。\n"
        "二、规范行政复议\n全年收到行政复议申请180件，依法受理165件。\n"),
    ("江苏省盐城市", 2021): (
        "盐城市2021年法治政府建设年度报告\n一、规范行政复议\n"
        "全年审结行政复议案件150件，撤销、变更或确认违法18件，纠错率12%。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


def test_the_share_of_a_noun_phrase_requires_its_kind():
    q = "What share of Nantong's 2021 administrative reconsideration cases were corrected or revoked?"
    assert measured_terms(q, ("行政复议", "案件", "纠错", "撤销")) == ("行政复议",)


def test_a_rate_of_another_measure_does_not_answer_a_share_of_reconsideration_cases(answerer):
    got = answerer.ask("What share of Nantong's 2021 administrative reconsideration cases were corrected or revoked?")
    assert "97.8%" not in got.short_answer


def test_the_share_of_reconsideration_cases_is_answered_where_the_report_gives_it(answerer):
    got = answerer.ask("What share of Yancheng's 2021 administrative reconsideration cases were corrected or revoked?")
    assert got.short_answer == "12%"
