"""A date or figure asked about one named document (某某条例最晚什么时候提请审议) is not taken from a sentence that
names only another document of that kind (审议通过《某市住房建设管理条例》，于10月1日起施行).  Real BM25 retriever over
a report written for these tests (no eval item's text)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.named_documents import about_other_document, asked_document
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("上饶市", 2020): ("上饶市2020年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "（一）加强地方立法。报请市人大常委会审议通过《上饶市农村村民建房管理条例》，经省人大常委会批准于2020年9月1日起施行。\n"
                     "（二）规范执法。全年评查执法案卷320卷。\n"
                     "二、下一步打算\n"
                     "加快《上饶市信江河道采砂管理条例》起草论证，力争年内提请审议。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


def test_another_documents_date_does_not_answer(answerer):
    a = answerer.ask("上饶市2020年的报告说，信江河道采砂管理条例什么时候提请审议?")
    assert "2020年9月" not in a.short_answer, a.answer


def test_the_named_documents_own_date_answers(answerer):
    a = answerer.ask("上饶市2020年的报告里，农村村民建房管理条例什么时候起施行?")
    assert not a.abstained and "2020年9月1日" in a.short_answer, a.answer


def test_what_a_question_names_and_what_a_sentence_is_about():
    asked = asked_document("信江河道采砂管理条例什么时候提请审议?", ("信江", "河道", "采砂", "管理", "条例", "提请", "审议"))
    assert asked == ("条例", ("信江", "河道", "采砂", "管理"))
    assert about_other_document("审议通过《某市农村村民建房管理条例》，于9月1日起施行。", ("条例", ("信江", "采砂")))
    assert not about_other_document("加快《某市信江河道采砂管理条例》起草。", ("条例", ("信江", "采砂")))
    assert not about_other_document("全年评查执法案卷320卷。", ("条例", ("信江", "采砂")))  # names no document
    assert asked_document("这部条例什么时候施行?", ("条例", "施行")) is None
