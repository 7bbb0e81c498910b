"""Administrative review's corrections asked in plain words, end to end: 纠正 (the reports contract 纠正错误 to 纠错:
直接纠错, 纠错率; rag.text.zh_variants) and the share of correcting 原行政行为, the share of the decision (纠错率:
rag.answer.asked_measure.shared_word), not of any 行为.  A report written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.config import Config
from rag.records import Document

REPORT = (
    "德清县2022年法治政府建设年度报告\n一、主要工作\n"
    "（一）规范行政行为。行政机关负责人出庭应诉41件，出庭应诉率为61.2%。\n"
    "（二）行政复议。县政府全年审结行政复议案件63件，其中维持44件，驳回6件，直接纠错13件，纠错率20.6%。\n"
    "（三）普法宣传。开展法治宣传活动96场。\n"
)


@pytest.mark.parametrize("question, figure", [
    ("德清县2022年行政复议案子里，最后纠正原行政行为的比例是多少？", "20.6%"),
    ("德清县2022年的行政复议案件里，被直接纠正的有多少件？", "13件"),
])
def test_corrections_asked_in_plain_words_are_the_reports_corrections(question, figure):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    doc = Document("dq", "dq.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), title=REPORT.splitlines()[0],
                   region="德清县", year=2022, level="county", reporting_unit="人民政府")
    a = answerer_over({"dq": doc}, cfg).ask(question)
    assert a.short_answer == figure and a.citations, a.answer
