"""English "submit … for deliberation" is the genre's 提请 (提请常务会议审议): a sentence that says a draft was not yet
submitted (未提请审议) answers No.  Passages written here, not eval items
(motivated by fresh w-015)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document

TEXT = ("壬市2023年法治政府建设年度报告\n"
        "一、立法工作\n"
        "《壬市养犬管理条例（草案）》已完成两轮专家论证，仍处于市政府常务会议审议前的修改阶段，年内未提请审议。\n"
        "二、行政执法\n"
        "市城管局全年查处违规养犬案件85件。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    from rag.retrieve.retriever import Retriever
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("r", "r.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省壬市", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("r", TEXT, cfg.chunking.max_tokens), cfg), {"r": doc}, cfg)


def test_not_yet_submitted_for_deliberation_is_no(answerer):
    q = "Did Renshi submit its draft regulation on dog management to the city executive meeting for deliberation in 2023?"
    assert answerer.ask(q).short_answer == "No"
