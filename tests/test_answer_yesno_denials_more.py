"""More wordings of a deciding sentence that states the opposite of the claim: 零败诉 (no lawsuit lost), a
claim stated only as the next year's aim (力争2024年实现…全覆盖), an area-wide roll-out denied (尚未在全市推开),
a certificate rate short of all (尚有12名…未取得执法证).  Passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("壬市2023年法治政府建设年度报告\n"
        "一、行政执法\n"
        "市本级行政执法人员持证率达到98%，尚有12名执法人员未取得执法证。"
        "“综合查一次”改革目前仍处于试点阶段，尚未在全市推开。\n"
        "二、行政应诉\n"
        "市政府作为被告的行政诉讼案件14件，全部实现零败诉。\n"
        "三、安全生产\n全年实现安全生产“零事故”目标。\n"
        "四、明年打算\n"
        "力争2024年实现行政执法三项制度在乡镇全覆盖。力争2024年行政调解成功率达到95%以上。\n"
        "五、行政调解\n全年受理行政调解案件310件，行政调解成功率为86%。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("r", "r.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省壬市", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("r", TEXT, cfg.chunking.max_tokens), cfg), {"r": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("Did the city government lose any administrative lawsuit in 2023?", "No"),  # 零败诉
    ("壬市政府2023年有没有败诉的行政诉讼案件？", "否"),
    ("Had the three enforcement systems achieved full coverage in townships by 2023?", "No"),  # 力争2024年
    ("2023年壬市乡镇实现三项制度全覆盖了吗？", "否"),
    ("Has the reform been rolled out across the whole city?", "No"),  # 尚未在全市推开
    ("Did all of the city's law enforcement officers hold enforcement certificates in 2023?", "No"),
    ("壬市2023年安全生产实现“零事故”了吗？", "是"),  # the question's own 零 is its claim, not a denial
])
def test_the_sentence_states_the_opposite(answerer, q, short):
    assert answerer.ask(q).short_answer == short


def test_the_years_figure_decides_before_an_aims(answerer):
    got = answerer.ask("By the end of 2023, had the city raised its administrative mediation success rate to 95%?")
    assert got.short_answer == "No" and "86%" in got.citations[0].quote  # not 力争2024年…达到95%
