"""A plainly worded honour question (有没有拿到…这块牌子, 评上了吗) is answered from the report's formal
wording (被授予…称号, 获评…): passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever
from rag.text.zh_variants import formal_words_in

TEXT = ("己区2022年法治政府建设情况报告\n一、主要成效\n"
        "本年度，我区司法所被授予“省级枫桥式司法所”称号，区行政服务中心获评全省优质服务窗口。"
        "全区办理行政复议案件25件。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("h", "h.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省己区", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("h", TEXT, cfg.chunking.max_tokens), cfg), {"h": doc}, cfg)


@pytest.mark.parametrize("q", [
    "己区司法所2022年有没有拿到省级枫桥式司法所这块牌子？",
    "己区行政服务中心2022年评上全省优质服务窗口了吗？",
])
def test_plain_words_for_an_honour(answerer, q):
    assert answerer.ask(q).short_answer == "是"


def test_plain_words_bring_the_formal_ones():
    assert {"获得", "荣获"} <= set(formal_words_in("拿到了这块牌子")) and "称号" in formal_words_in("拿到了这块牌子")
