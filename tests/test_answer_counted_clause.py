"""Figure questions worded as users word them, read the way the genre writes the figure: the act of a
relative clause (``负责人出庭应诉的案件有多少件``: the report's ``出庭应诉71件``, not ``案件96件``).
Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.asked_measure import measure_anchors
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("汉中市", 2022): ("汉中市2022年法治政府建设年度报告\n"
                     "一、行政应诉\n"
                     "全市行政机关作为被告的一审行政诉讼案件96件，败诉案件8件；行政机关负责人出庭应诉71件，出庭应诉率74%。\n"
                     "二、行政复议\n"
                     "全年办结行政复议案件54件，其中撤销原行政行为的案件6件。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q, verb", [
    ("行政机关负责人亲自出庭应诉的案件有多少件?", "出庭应诉"),
    ("依法撤销的案子有几件?", "撤销"),
    ("去年办结的事项一共有多少项?", "办结"),
    ("全市的案件有多少件?", "案件"),  # a place closes the clause: no act
    ("行政诉讼案件有多少件?", "案件"),  # no clause at all
])
def test_a_relative_clause_before_the_bare_counted_noun_gives_the_act(q, verb):
    assert measure_anchors(q)[0].split("|")[0] == verb


@pytest.mark.parametrize("q, figure", [
    ("汉中市2022年行政机关负责人亲自出庭应诉的案件一共有多少件？", "71件"),
    ("汉中市2022年行政机关一把手出庭应诉的案子有几件？", "71件"),
    ("汉中市2022年行政机关作为被告的一审行政诉讼案件有多少件？", "96件"),
])
def test_the_count_of_the_clause_act_answers_not_the_bare_noun(answerer, q, figure):
    a = answerer.ask(q)
    assert a.short_answer == figure, a.answer
