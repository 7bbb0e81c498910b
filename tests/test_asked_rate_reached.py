"""A rate asked with a verb of reaching between the rate word and 多少 (比例到了多少, 出庭率达到了多少, 占比升至多少) asks
in % like 比例是多少: a count in the same sentence or table (出庭应诉96件) does not answer it.  Motivated by fresh item
aj-002 (round 10); passages written here."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.asked_unit import asked_unit
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("己市人民政府关于2022年度法治政府建设情况的报告\n一、规范行政应诉\n"
        "全市行政机关负责人出庭应诉121件，出庭应诉率97.3%，较上年提高4.2个百分点。\n")


@pytest.mark.parametrize("q", ["负责人出庭的比例到了多少？", "出庭应诉率达到了多少？", "占比升至多少？", "纠错率是多少？"])
def test_a_rate_reached_is_asked_in_percent(q):
    assert asked_unit(q) == "%"


@pytest.mark.parametrize("q", ["己市2022年打行政官司时，机关负责人亲自出庭的比例到了多少？",
                               "己市2022年行政機關負責人出庭應訴率達到了多少？"])
def test_the_rate_answers_not_the_count(q):
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("j", "j.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省己市", year=2022)
    a = Answerer(Retriever.build([doc], chunk_text("j", TEXT, cfg.chunking.max_tokens), cfg), {"j": doc}, cfg).ask(q)
    assert a.short_answer == "97.3%"
