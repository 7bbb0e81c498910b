"""A summary of one deed within a topic (在X方面做了什么Y): when the topic is an item's title
(``三是加强X。…``) and its body holds the asked deed in some sentences only, those sentences answer,
not the title nor the item's other sentences; a question about the topic alone still gets them.
Real BM25 retriever, a report written for this test."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
LINCANG = ("临沧市2022年法治政府建设年度报告\n"
           "一、主要工作\n"
           "（一）优化营商环境\n"
           "一是推进审批提速。全面推行并联审批，压缩办理时限。二是强化政务公开。更新政府信息公开目录，"
           "及时公开重大决策。三是加强市场监管。组织食品药品领域专项检查，查处违法案件41件；开展校外培训机构专项检查，"
           "督促整改问题18个；建立重点行业信用监管档案，推行分级分类监管。\n"
           "（二）化解行政争议\n"
           "全年办理行政复议案件63件，行政机关负责人出庭应诉率100%。\n")
OTHERS = {("赣州市", 2019): "赣州市2019年法治政府建设工作报告\n全年组织集中学法6次，推进各项工作。\n",
          ("霍州市", 2023): "霍州市2023年法治政府建设工作报告\n全年开展执法检查40次，扎实推进各项工作。\n"}
DOCS = docs_of({("临沧市", 2022): LINCANG, **OTHERS})


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_the_asked_deed_within_a_titled_topic(answerer):
    a = answerer.ask("简述临沧市2022年在市场监管方面开展了哪些专项检查。")
    assert not a.abstained, a.answer
    assert "食品药品领域专项检查" in a.answer and "校外培训机构专项检查" in a.answer, a.answer
    assert "加强市场监管。" not in a.answer and "信用监管档案" not in a.answer, a.answer
    assert all(DOCS[c.doc_id].text[c.start:c.end] == c.quote for c in a.citations)


def test_the_topic_alone_keeps_its_sentences(answerer):
    a = answerer.ask("简述临沧市2022年在市场监管方面做了哪些工作。")
    assert not a.abstained and "信用监管档案" in a.answer and "食品药品领域专项检查" in a.answer, a.answer
