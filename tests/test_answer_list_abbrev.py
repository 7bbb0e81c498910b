"""The genre abbreviates a list by its count and shared word (“三办”, “五大”): a question asking what
such an abbreviation stands for wants that many items, and a quoted list's last item ends at its
closing quote whatever word it ends in.  Real BM25 retriever, a report written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.list_items import comma_items
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXT = ("丙县2022年法治政府建设年度报告\n"
        "一、深化放管服改革\n"
        "整合窗口资源,推进综合受理。全面推行政务服务“容缺办、预约办、帮代办”,群众满意度明显提升。\n"
        "二、加强执法监督\n"
        "开展执法案卷评查,评查案卷86卷。\n")
DOCS = docs_of({("丙县", 2022): TEXT})


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_quoted_list_ends_at_its_quote():
    s = "全面推行政务服务“容缺办、预约办、帮代办”,群众满意度明显提升。"
    assert [s[a:b] for a, b in comma_items(s)] == ["容缺办", "预约办", "帮代办"]


def test_an_abbreviation_asked_to_be_spelled_out_wants_its_count(answerer):
    a = answerer.ask("丙县2022年深化放管服改革,全面推行的政务服务“三办”指哪几种方式?")
    assert not a.abstained and a.short_answer == "容缺办、预约办、帮代办", a.answer
