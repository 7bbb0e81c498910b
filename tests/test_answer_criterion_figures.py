"""A figure that picks out what a rule applies to (对出庭应诉率低于90%的单位实行一票扣分) is a criterion, not the
year's figure of that measure; the year's own figure answers.  Real BM25 retriever, a report written for this test."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.stages import in_criterion
from rag.config import Config

TEXTS = {("湘潭市", 2023): ("湘潭市2023年法治政府建设年度报告\n"
                         "一、压实责任\n"
                         "将法治政府建设纳入全市绩效考核，对行政机关负责人出庭应诉率低于90%的单位实行一票扣分。\n"
                         "二、行政应诉\n"
                         "全市一审行政诉讼案件812件，行政机关负责人出庭应诉率由上年的91.2%提高到97.5%。\n"
                         "三、法治宣传\n举办普法讲座36场，发放宣传资料2.4万份。\n")}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4}))


def test_a_criterion_figure_is_not_the_rate(answerer):
    a = answerer.ask("湘潭市2023年行政机关负责人出庭应诉率是多少?")
    assert a.short_answer == "97.5%", a.answer


@pytest.mark.parametrize("text, fig, want", [
    ("对出庭应诉率低于90%的单位实行一票扣分", "90%", True),
    ("对连续两年考核排名低于第10名的部门约谈", "10", False),  # not a figure with a unit of a measure
    ("出庭应诉率达到95%以上", "95%", False),
    ("对败诉率超过15％的乡镇进行通报", "15％", True),
])
def test_in_criterion(text, fig, want):
    assert in_criterion(text, text.find(fig)) is want
