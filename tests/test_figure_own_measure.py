"""A figure counted in the asked noun's own measure word states that noun (asked 案件, 直接纠错164件 counts cases though
its clause names no noun), unless the clause before names the noun (its figure counts that noun phrase); and the
written-out 纠正错误, which the segmenter keeps whole, is the genre's 纠错.  Reports written for these tests
(motivated by fresh w-007)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.figure_fit import counted_by_measure
from rag.answer.term_coverage import stating_words
from rag.config import Config

REPORTS = {
    "庚山市": "庚山市2023年法治政府建设情况报告\n一、主要工作\n"
              "（一）行政复议。全市各级行政复议机构共收到复议申请2,150件，受理1,980件，审结1,870件，直接纠错164件，"
              "纠错率8.8%。\n"
              "（二）化解争议。各级行政复议机构在审理中组织调解和解案件420件，占审结案件的22.5%。\n",
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of({(region, 2023): text for region, text in REPORTS.items()}),
                         Config().replace(embedding={"backend": "none"}))


def test_the_measure_word_states_its_noun_only_where_no_clause_names_it():
    s = "共收到申请46件，直接纠错9件。"
    assert counted_by_measure(s, s.index("直接"), len(s) - 1, "件", ("案件", "纠错"), {}) == 0.5
    assert counted_by_measure(s, s.index("直接"), len(s) - 1, "项", ("案件", "纠错"), {}) == 0.0  # counted in another word
    s = "取消中介服务事项119项，保留419项。"
    assert counted_by_measure(s, s.index("保留"), len(s) - 1, "项", ("事项", "保留"), {}) == 0.0  # the noun of the clause before


def test_the_written_out_correction_is_the_genres_contraction():
    assert "纠错" in stating_words("纠正错误")


@pytest.mark.parametrize(("question", "gold"), [
    ("庚山市2023年各级复议机构直接纠正错误的案件有多少件？", "164件"),
    ("庚山市2023年各級複議機構直接糾正錯誤的案件有多少件？", "164件"),
])
def test_a_measure_without_its_noun_answers_over_a_noun_without_the_measure(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold
