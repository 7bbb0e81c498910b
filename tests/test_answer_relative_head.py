"""``…机关收到的复议申请有多少件``: the noun phrase after the last ``的`` is what is counted, the clause before it says
which (who received them); a tagger reading the head's words as verbs (申请) must not make the receiver (机关) the
measured noun, which a sentence about 行政机关败诉 would then answer.  Real BM25 retriever, a report written here."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.asked_measure import measured_words, relative_head
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("宜都市", 2023): (
        "宜都市2023年法治政府建设年度报告\n"
        "一、化解行政争议\n"
        "（一）行政复议。全年收到行政复议申请356件，受理320件，审结301件。\n"
        "（二）行政应诉。全市一审行政诉讼案件142件，行政机关败诉12件，行政机关负责人出庭应诉率100%。\n"
        "二、下一步工作\n"
        "继续规范行政应诉。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(TEXTS), CFG)


@pytest.mark.parametrize("question, head", [
    ("全市行政复议机关收到的复议申请有多少件", "申请"),
    ("市政府办理的信息公开申请一共有多少件", "申请"),
    ("法院审结的行政诉讼案件有多少件", "案件"),
])
def test_the_head_after_de_is_counted(question, head):
    terms = content_terms(question)
    assert relative_head(question[:question.index("多少")], terms)[-1] == head
    assert head in measured_words(question, terms)


def test_a_clause_is_no_head():
    q = "清理文件的时候一共处理了多少件"
    assert relative_head(q[:q.index("多少")], content_terms(q)) == ()


def test_the_receiver_is_not_what_is_counted(answerer):
    a = answerer.ask("宜都市2023年行政复议机关收到的复议申请有多少件？")
    assert not a.abstained and a.short_answer.startswith("356"), a.answer
