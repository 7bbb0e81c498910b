"""An "all of them" yes/no against a sentence that says all did it and then singles out some who did more
(全部完成书面述法，其中5名…现场述法): the 其中 part is a subset of an all, not a shortfall, so the answer is 是;
without the report's own 全部 the part still says nothing of all (not 是).  Found by the new-user check on an
unread report.  Passages written here."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

ALL = ("丙县人民政府关于2022年度法治政府建设情况的报告\n一、压实法治建设责任\n"
       "开展年终述法。全县28个县直部门和9个乡镇主要负责人全部完成书面述法，其中5名负责人在县委全面依法治县委员会"
       "会议上现场述法。\n")
SOME = ("丁县人民政府关于2022年度法治政府建设情况的报告\n一、压实法治建设责任\n"
        "开展年终述法。全县县直部门和乡镇主要负责人开展书面述法，其中5名负责人在县委全面依法治县委员会会议上现场述法。\n")


def _answerer(doc_id: str, text: str, region: str) -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(), region=region, year=2022)
    return Answerer(Retriever.build([doc], chunk_text(doc_id, text, cfg.chunking.max_tokens), cfg), {doc_id: doc}, cfg)


@pytest.mark.parametrize("q", [
    "丙县2022年是不是所有县直部门和乡镇的一把手都述法了？",
    "丙縣2022年的縣直部門和鄉鎮主要負責人是不是全都述法了？",
])
def test_a_part_singled_out_of_an_all_does_not_deny_it(q):
    assert _answerer("b", ALL, "某省丙县").ask(q).short_answer == "是"


def test_a_part_without_the_reports_all_is_no_yes():
    a = _answerer("d", SOME, "某省丁县").ask("丁县2022年是不是所有县直部门和乡镇的一把手都述法了？")
    assert a.short_answer != "是"
