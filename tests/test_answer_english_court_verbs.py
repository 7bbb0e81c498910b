"""An English count asked by what was done in court (did the head appear in court, attend court): the
verb picks the figure of its own clause, not the sentence's first figure, which counts the lawsuits themselves
(motivated by a fresh English item; real BM25 retriever, a report written for these tests)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.asked_measure import measure_anchors
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("云和县", 2021): (
        "云和县2021年法治政府建设情况报告\n"
        "一、依法化解矛盾纠纷\n"
        "全县行政机关作为被告的一审行政诉讼案件214件，行政机关负责人出庭应诉167件，出庭应诉率为78.0%；"
        "法院审结的案件中行政机关败诉19件，败诉率为8.9%。\n"
        "二、存在的问题\n基层执法人员力量不足。\n"
    ),
}
DOCS = docs_of(TEXTS)


@pytest.mark.parametrize("question,want", [
    (("In 2021, in how many first-instance administrative lawsuits in Yunhe County did the head of the sued agency "
     "appear in court?"), "167"),
])
def test_the_court_verb_picks_its_clause(question, want):
    a = answerer_over(DOCS, CFG).ask(question)
    assert not a.abstained and a.short_answer.startswith(want), a.answer


def test_the_court_verbs_are_read_as_what_is_counted():
    assert "出庭" in measure_anchors("In how many lawsuits did the agency head appear in court?")[0]
    assert "出庭" in measure_anchors("In how many cases did agency heads attend court?")[0]
