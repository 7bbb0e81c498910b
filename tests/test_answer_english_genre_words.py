"""English questions in the genre's everyday words: the share of case files rated excellent (优秀率), illegal sand
mining (非法采砂, 涉砂案件), the rural "legal understanding" residents (法律明白人); a when-clause that sets the scene
("When X reviewed its files, what share …") does not make a date question.  Real BM25 retriever, a report written
for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.qtypes import classify
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("常德市", 2022): ("常德市2022年法治政府建设年度报告\n"
                     "一、严格规范执法\n"
                     "组织行政执法案卷评查，评查案卷960卷，优秀率由上年的38.5%提高到44.2%，不合格案卷21卷。\n"
                     "开展沅江流域非法采砂专项整治，查处涉砂案件29件，没收采砂船只6艘；查处生态环境违法案件341件，罚款2,310万元。\n"
                     "二、法治宣传\n"
                     "实施乡村“法律明白人”培养工程，培养农村“法律明白人”1,320名。举办普法讲座42场，参加群众5,600人。政务服务热线受理群众诉求3.6万件，办结率98.7%。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q, want", [
    ("When Changde reviewed its enforcement case files in 2022, what share of them were rated excellent?", "44.2%"),
    ("How many illegal sand mining cases did Changde handle in 2022?", "29件"),  # not the 341 environmental cases
    ("How many law-savvy residents did Changde train in 2022?", "1,320名"),
    # the programme's people called volunteers, the kind in quotes: one person noun, not 志愿者 as well
    ("How many 'legal understanding' volunteers did Changde foster in 2022?", "1,320名"),
])
def test_english_genre_words_reach_the_figure(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_a_scene_setting_when_clause_is_no_date_question():
    assert classify("When the county reviewed its case files, how many were rated excellent?").kind == "number"
    assert classify("When did the county review its case files?").kind == "date"
