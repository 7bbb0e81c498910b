"""A table the chunker cuts in two is still one table: a passage that ends at its header (or starts inside it)
brings the table's other rows, so a row in the next passage answers.  A report written for this test."""
from __future__ import annotations

import hashlib

from rag.answer.evidence import candidates, make_ask
from rag.answer.extractive import answer
from rag.answer.qtypes import classify
from rag.answer.table_rows import cut_rows
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.records import Document, Hit

TEXT = (
    "丁县2023年法治政府建设情况报告\n"
    "一、严格规范公正文明执法\n"
    "全县推行行政执法三项制度，重大执法决定法制审核率100%。开展执法案卷评查，抽查案卷216卷。"
    "组织执法人员专题培训6期，培训执法人员930人次，执法人员持证率98.6%。\n"
    "2023年全县行政执法主要数据见下表：\n"
    "表1 丁县2022—2023年行政执法情况\n"
    "项目 2022年 2023年 同比\n"
    "立案查处案件（件） 1,204 1,137 -5.6%\n"
    "罚没款（万元） 860 912 6.0%\n"
    "举行听证（件） 9 14 55.6%\n"
    "行政复议被纠错（件） 3 2 -33.3%\n"
    "\n二、下一步工作\n继续推进执法规范化建设。\n"
)
DOC = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="丁县", year=2023)


def test_the_rows_of_a_table_a_passage_cuts_are_read_with_it():
    head = TEXT.index("项目")
    rows = cut_rows(TEXT, 0, TEXT.index("立案查处"))
    assert [TEXT[a:b].split()[0] for a, b in rows] == ["立案查处案件（件）", "罚没款（万元）", "举行听证（件）", "行政复议被纠错（件）"]
    assert cut_rows(TEXT, 0, head) == []  # a passage ending before the table cuts nothing
    assert [TEXT[a:b].split()[0] for a, b in cut_rows(TEXT, TEXT.index("举行听证"), len(TEXT))] == [
        "立案查处案件（件）", "罚没款（万元）"]


def test_a_row_past_the_passage_end_answers():
    chunks = chunk_text("d", TEXT, 60)
    first = next(c for c in chunks if "项目 2022年" in c.text)
    assert "举行听证" not in first.text, "the test needs the table cut after its header"
    q = "丁县2023年一共举行了多少件听证?"
    ask = make_ask(q, "zh", classify(q), content_terms(q, exclude=["丁县"]), years=(2023,))
    hits = [Hit(1, first, 1.0)]
    assert any("举行听证" in s.text for s in candidates(hits, {"d": DOC}, ask))
    assert answer(ask, hits, {"d": DOC}).short == "14"
