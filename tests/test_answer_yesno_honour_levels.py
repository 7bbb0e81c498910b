"""An honour's level named by the conferring place in its title (“上海市法治政府建设示范区”: a municipality's, so a
province's level; “某某市…示范县”: a city's) is not the national one a question claims; an English question's
"awarded the title" is the genre's 命名 / 称号 (未获命名).  Passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("丑区2022年法治政府建设年度报告\n"
        "一、示范创建\n"
        "2022年，丑区被命名为第二批“上海市法治政府建设示范区”。\n"
        "二、存在的不足\n"
        "对照全国示范指标体系仍有差距，我区申报的全国法治政府建设示范区尚在评估之中，未获命名。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("c", "c.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="上海市丑区", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("c", TEXT, cfg.chunking.max_tokens), cfg), {"c": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("丑区2022年是不是已经拿到了全国法治政府建设示范区的称号？", "否"),
    ("丑区2022年是不是已经拿到了省级法治政府建设示范区的称号？", "是"),  # 上海市: a province's level
    ("Was the district awarded the title of national model district for rule-of-law government in 2022?", "No"),
])
def test_an_honours_level_is_its_conferring_places(answerer, q, short):
    assert answerer.ask(q).short_answer == short
