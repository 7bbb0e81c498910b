"""Documents cleared (文件清理) asked in plain words, end to end: 废掉 / 作废 are the reports' 废止, 改掉 their 修改
(rag.text.zh_variants), so the count of the asked outcome answers, not the total cleared that leads the sentence.
A report written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.config import Config
from rag.records import Document

REPORT = (
    "安吉县2022年法治政府建设年度报告\n一、主要工作\n"
    "（一）加强制度建设。开展规范性文件专项清理，共清理文件486件，修改19件、废止33件，其余继续有效。\n"
    "（二）普法宣传。开展法治宣传活动58场。\n"
)


@pytest.mark.parametrize("question, figure", [
    ("安吉县2022年把规范性文件清理了一遍，最后直接废掉的有几件？", "33件"),
    ("安吉县2022年清理文件的时候作废了多少件？", "33件"),
    ("安吉县2022年清理文件，改掉的有多少件？", "19件"),
])
def test_cleared_documents_asked_in_plain_words(question, figure):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    doc = Document("aj", "aj.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), title=REPORT.splitlines()[0],
                   region="安吉县", year=2022, level="county", reporting_unit="人民政府")
    a = answerer_over({"aj": doc}, cfg).ask(question)
    assert a.short_answer == figure and a.citations, a.answer
