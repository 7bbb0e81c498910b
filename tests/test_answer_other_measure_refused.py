"""A figure of another measured thing does not answer: a change of a rate in percentage points (提高12个百分点) is no
count of lawsuits of the year before, and a report's practising lawyers (执业律师) are not a government's public-sector
lawyers (公职律师).  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.figures import number_spans
from rag.config import Config
from rag.text.glossary import english_terms

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("满洲里市", 2022): ("满洲里市2022年法治政府建设年度报告\n"
                      "一、行政复议和应诉\n"
                      "全市发生行政诉讼案件96件，审结81件，行政机关败诉5件；行政机关负责人出庭应诉率为90.5%，比上年提高12个百分点。\n"
                      "二、公共法律服务\n"
                      "全市共有律师事务所6家、执业律师45名，全年办理法律援助案件380件。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_percentage_points_are_one_unit():
    assert [u for _, _, u in number_spans("出庭应诉率为90.5%，比上年提高12个百分点。")] == ["%", "个百分点"]


def test_a_change_in_points_is_no_count_of_last_years_lawsuits(answerer):
    a = answerer.ask("How many administrative lawsuits did Manzhouli lose in 2021?")  # the 2022 report: 2021 only as 比上年
    assert a.abstained or not a.short_answer.startswith("12"), a.answer
    b = answerer.ask("How many administrative lawsuits did Manzhouli lose in 2022?")
    assert not b.abstained and b.short_answer == "5件", b.answer


@pytest.mark.parametrize("en, zh", [("public-sector lawyers", "公职律师"), ("corporate lawyers", "公司律师"),
                                    ("practising lawyers", "执业律师|社会律师")])
def test_the_genres_kinds_of_lawyer(en, zh):
    assert english_terms(f"How many {en} were there?") == (zh,)


def test_practising_lawyers_do_not_answer_for_public_sector_lawyers(answerer):
    a = answerer.ask("How many public-sector lawyers did Manzhouli's government bodies have in 2022?")
    assert a.abstained, a.answer
    b = answerer.ask("How many practising lawyers did Manzhouli have in 2022?")
    assert not b.abstained and b.short_answer == "45名", b.answer
