"""Which places won an honour (2023年某省有哪几个地方拿到了…称号): a list of the places the report names as
conferred (被命名为X), not the catalogue of reports that "2023年有哪些地方" opens.  Real BM25 retriever over a report
written for these tests (real place names, invented facts)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.qtypes import classify
from rag.config import Config

TEXTS = {
    ("四川省", 2023): ("四川省2023年法治政府建设情况报告\n"
                     "一、深化示范创建\n"
                     "持续推进法治政府建设示范创建活动。成都市、绵阳市、眉山市东坡区被命名为第三批全国法治政府建设示范地区，"
                     "泸州市“诉源治理”项目入选全国示范项目。\n"
                     "二、加强行政复议\n"
                     "全省办理行政复议案件1.2万件。\n"),
}
CFG = Config().replace(embedding={"backend": "none"})


@pytest.mark.parametrize("q, kind", [
    ("2023年四川省有哪几个地方拿到了第三批全国法治政府建设示范的称号?", "list"),
    ("2023年有哪些地方的报告?", "catalog"),
    ("2023年哪几个地区有报告?", "catalog"),
])
def test_places_that_won_are_not_the_catalogue(q, kind):
    assert classify(q).kind == kind


def test_the_places_named_as_conferred():
    a = answerer_over(docs_of(TEXTS), CFG).ask("2023年四川省有哪几个地方拿到了第三批全国法治政府建设示范的称号?")
    assert not a.abstained, a.answer
    for place in ("成都市", "绵阳市", "眉山市东坡区"):
        assert place in a.short_answer, a.answer
