"""An English yes/no question claims a rule's stage with a base verb after "did" (Did it adopt / issue /
approve the measures?), read like 通过 / 印发 / 批准; "adopt measures to …" (采取措施) claims no stage.
Passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.stages import APPROVED, ISSUED, PASSED, asked_stage
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("戊市2023年法治政府建设年度报告\n一、完善制度\n"
        "《戊市政府法律顾问管理办法（草案）》已完成公开征求意见，尚未提交市政府常务会议审议。"
        "制定印发《戊市行政执法公示办法》。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("w", "w.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省戊市", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("w", TEXT, cfg.chunking.max_tokens), cfg), {"w": doc}, cfg)


@pytest.mark.parametrize("q, stage", [
    ("Did the city adopt its measures on urban greening?", PASSED),
    ("Did the province approve the regulations?", APPROVED),
    ("Did the city issue its measures on urban greening?", ISSUED),
    ("Did the city adopt measures to protect urban greening?", None),
])
def test_base_verbs_claim_a_stage(q, stage):
    assert asked_stage(q) == stage


def test_a_draft_not_yet_submitted_was_not_adopted(answerer):
    assert answerer.ask("Did the city adopt its measures on government legal advisers in 2023?").short_answer == "No"
    assert answerer.ask("Did the city issue its measures on administrative law enforcement publicity in 2023?").short_answer == "Yes"
