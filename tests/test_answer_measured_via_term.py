"""A counted compound the user shortens (执法检查) while another of the question's words gives its first
part the genre's longer form (执法监督机构 -> 执法监督): the report's 执法监督检查 states what is counted.
Without such a word the compound is not stated so.  Real BM25 retriever, reports written here."""
from __future__ import annotations

from answer_corpus import answerer_over, docs_of

from rag.answer.term_coverage import stated_via
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
DOCS = docs_of({
    ("青岚市", 2021): ("青岚市2021年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "市司法局组织开展执法监督检查36次，发现问题112个，全部整改到位。\n"
                     "开展法治宣传活动45场。\n"),
    ("白沙县", 2021): ("白沙县2021年法治政府建设年度报告\n"
                     "全县行政复议机构健全，复议人员18名。\n"
                     "开展普法活动20场。\n"),
})


def test_stated_via_another_question_term():
    assert stated_via("行政案件", ("行政复议", "机构", "行政案件"), "办理行政复议案件87件")
    assert not stated_via("行政案件", ("办理", "行政案件"), "办理行政复议案件87件")
    assert not stated_via("行政案件", ("行政复议",), "办理行政复议工作87次")


def test_the_shortened_compound_is_answered_from_the_genres_form():
    answerer = answerer_over(DOCS, CFG)
    a = answerer.ask("青岚市2021年执法监督机构一共开展了多少次执法检查?")
    assert not a.abstained and a.short_answer == "36次", a.answer
