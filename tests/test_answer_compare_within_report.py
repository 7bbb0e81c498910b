"""A superlative asked of one report (省里哪个市最多): the report itself names the winner, so the answer is that
name, not the winner's figure.  Real BM25 retriever, a report written for this test."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("江西省2022年法治政府建设年度报告\n"
        "一、行政复议\n全省各级行政复议机构共收到复议申请8450件，依法受理7900件。\n"
        "二、公共法律服务\n全省建成村（社区）法律顾问服务点16000余个。其中，赣州市建成的服务点数量最多，达3210个。\n"
        "三、执法监督\n开展行政执法案卷评查，评查案卷2300卷。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = [Document("d0", "d0.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="江西省", year=2022)]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_which_place_is_most_within_one_report_is_answered_by_the_place(answerer):
    a = answerer.ask("江西省2022年哪个市建的法律顾问服务点最多？")
    assert a.short_answer.startswith("赣州"), a.answer
    assert a.citations and "赣州市" in a.citations[0].quote


def test_how_many_at_most_within_one_report_still_gives_the_figure(answerer):
    a = answerer.ask("江西省2022年建成法律顾问服务点最多的市建了多少个？")
    assert "3210" in a.short_answer, a.answer
