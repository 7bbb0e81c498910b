"""A table whose columns are measures, not years (单位  检查次数  立案数  罚没金额（万元）): a figure question names a row
and a column and is answered by that cell; the rows added up (加起来) are answered by the total row.  Real BM25
retriever, a report written for these tests (its table spaced as the ingest pipeline stores it)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.table_rows import row_prose
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TABLE = ("表2 2023年某县重点执法部门执法情况\n"
         "单位 检查次数 立案数 罚没金额（万元）\n"
         "县市场监管局 1,204 233 318.6\n"
         "县应急管理局 865 74 152.2\n"
         "县水利局 310 21 40.5\n"
         "合计 2,379 328 511.3\n")
TEXTS = {
    ("宜都市", 2023): ("宜都市2023年法治政府建设年度报告\n"
                     "一、严格规范公正文明执法\n"
                     "开展安全生产专项执法，立案处罚39起，罚款88.4万元。全市行政执法主要数据见下表：\n" + TABLE +
                     "二、下一步工作\n"
                     "继续加强执法监督。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_the_asked_column_of_the_named_row(answerer):
    a = answerer.ask("宜都市2023年执法情况那张表里，县应急管理局一共立了多少起案子？")
    assert not a.abstained and a.short_answer.startswith("74"), a.answer


def test_the_rows_added_up_are_the_total_row(answerer):
    a = answerer.ask("宜都市2023年表里几个部门的罚没金额加起来是多少万元？")
    assert not a.abstained and a.short_answer.startswith("511.3"), a.answer


def test_a_named_column_is_read_only_when_asked():
    row = TABLE.index("县水利局")
    end = TABLE.index("\n", row)
    assert row_prose(TABLE, row, end, (2023,)) is None  # no column asked: no cell
    prose = row_prose(TABLE, row, end, (2023,), lambda name: 1.0 if "罚没" in name else 0.0)
    assert prose is not None and prose.text == "县水利局罚没金额40.5万元"
    assert TABLE[row + prose.start:row + prose.end] == "40.5"
