"""'Which of these reports name the Party secretary, and who?': only the places asked are checked, a
report counts when a person's name follows the title, and the name is given.  Reports written here."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.qtypes import classify
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

REPORTS = {
    "山西省晋城市": "晋城市2021年法治政府建设情况报告\n一、加强领导\n市委书记王建国主持召开市委全面依法治市委员会会议，部署法治建设工作。\n",
    "山西省朔州市": "朔州市2021年法治政府建设情况报告\n一、加强领导\n市委书记5次主持召开常委会会议，研究法治议题12项。\n",
    "山西省忻州市": "忻州市2021年法治政府建设情况报告\n一、加强领导\n市委书记刘志明主持召开专题会议，听取法治政府建设工作汇报。\n",
    "山西省吕梁市": "吕梁市2021年法治政府建设情况报告\n一、加强领导\n市委书记孙立新主持召开市委常委会会议，研究法治建设。\n",
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs, chunks = [], []
    for i, (region, text) in enumerate(REPORTS.items()):
        d = Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), region=region, year=2021)
        docs.append(d)
        chunks += chunk_text(d.doc_id, text, cfg.chunking.max_tokens)
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_which_of_the_named_places_name_the_secretary(answerer):
    q = "晋城、朔州、忻州三地的报告里，哪几份点出了市委书记的名字?分别是谁?"
    assert classify(q).kind == "reports"
    a = answerer.ask(q)
    assert a.short_answer == "晋城（王建国）、忻州（刘志明）"  # 吕梁 is not asked; 朔州 gives no name
    assert "共检查3份报告，2份提到" in a.answer
