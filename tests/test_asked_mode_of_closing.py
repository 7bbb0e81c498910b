"""A count restricted after its asked word to the way the things were handled (有多少件是通过调解方式结案的, 几件是以
和解方式办结的) is a count of those only: a sentence giving only the total closed (审结412件) does not answer it (the
report does not say), one naming the way does.  Motivated by fresh item ag-029 (round 10); passages written here."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TOTAL = ("辛市人民政府关于2023年度法治政府建设情况的报告\n一、发挥行政复议作用\n"
         "全市共收到行政复议申请468件，受理431件，审结412件，其中撤销、变更和确认违法38件。\n")
WAY = TOTAL + "坚持把调解贯穿行政复议全过程，通过调解方式结案97件。\n"
QS = ["辛市2023年的行政复议案件里，有多少件是通过调解方式结案的？", "辛市2023年行政複議案件中有幾件是以調解方式辦結的？"]


def _ask(text: str, q: str):
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("x", "x.txt", text, hashlib.sha256(text.encode()).hexdigest(), region="某省辛市", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("x", text, cfg.chunking.max_tokens), cfg), {"x": doc}, cfg).ask(q)


@pytest.mark.parametrize("q", QS)
def test_the_total_closed_is_no_count_of_those_closed_by_mediation(q):
    assert _ask(TOTAL, q).abstained


@pytest.mark.parametrize("q", QS)
def test_the_count_closed_by_mediation_answers(q):
    assert _ask(WAY, q).short_answer == "97件"
