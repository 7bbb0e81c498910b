"""A negated word asked (不合格的案卷, 不满意的) is one term with its 不 (rag.answer.term_tokens.negated): the count of the
不合格 ones answers, not the count of the 合格 ones listed first.  A report written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.terms import content_terms
from rag.config import Config
from rag.records import Document

REPORT = (
    "桐庐县2023年法治政府建设年度报告\n一、主要工作\n"
    "（一）执法监督。组织行政执法案卷交叉评查，评出合格案卷212卷、不合格案卷17卷。\n"
    "（二）群众评议。发放测评问卷，群众评价满意1460份、不满意38份。\n"
)


@pytest.mark.parametrize("question, figure", [
    ("桐庐县2023年评查执法案卷，被评为不合格的案卷有几卷？", "17卷"),
    ("桐庐县2023年群众测评里不满意的有多少份？", "38份"),
])
def test_a_negated_word_asks_the_negated_count(question, figure):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    doc = Document("tl", "tl.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), title=REPORT.splitlines()[0],
                   region="桐庐县", year=2023, level="county", reporting_unit="人民政府")
    a = answerer_over({"tl": doc}, cfg).ask(question)
    assert a.short_answer == figure and a.citations, a.answer


def test_an_a_not_a_question_keeps_its_word():
    assert "合格" in content_terms("这批案卷合不合格？") and "不合格" not in content_terms("这批案卷合不合格？")
