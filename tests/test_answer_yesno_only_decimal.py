""""是不是只有66.7%" claims at most 66.7 per cent: the figure's decimals and unit are part of the claim, so a report
stating exactly 66.7% answers 是 and one stating 85.7% answers 否 (the claim was read as "at most 66", which turned
the exact figure into a 否).  Passages written here."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.evidence import polarity_cues
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever


def _answerer(rate: str) -> Answerer:
    text = ("己县交通运输局2022年法治政府建设工作报告\n一、依法应诉\n"
            f"2022年，全局共发生行政诉讼案件7件，局负责人出庭应诉率为{rate}，较上年有所提高。\n")
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("j", "j.txt", text, hashlib.sha256(text.encode()).hexdigest(), region="某省己县", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("j", text, cfg.chunking.max_tokens), cfg), {"j": doc}, cfg)


def test_only_keeps_the_decimals_and_the_unit():
    assert polarity_cues("出庭应诉率是不是只有66.7%？").threshold == ("<=", 66.7, "%")
    assert polarity_cues("是不是仅有3家？").threshold == ("<=", 3, "家")


@pytest.mark.parametrize("rate, want", [("66.7%", "是"), ("85.7%", "否")])
def test_only_a_decimal_rate_is_decided_by_the_stated_rate(rate, want):
    q = "己县交通运输局2022年负责人出庭应诉率是不是只有66.7%？"
    assert _answerer(rate).ask(q).short_answer == want
