"""A question that asks what a place intends (打算怎么 / 准备如何), whether it names 下一步, the next year by its number
(2023年打算怎么推进 in a 2022 report) or no time at all, asks the report's plans: a summary of the plans section, not
the year's deeds.  Passages written here, not eval items (motivated by fresh x-025)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.qtypes import classify
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document

TEXT = ("癸县2022年法治政府建设年度报告\n"
        "一、主要工作\n"
        "县政府常务会议研究法治政府建设工作4次，全年办理行政复议案件52件。\n"
        "二、存在的问题\n"
        "一是基层执法力量不足；二是普法形式较为单一。\n"
        "三、2023年工作思路\n"
        "一是健全重大行政决策程序，推行决策事项目录管理；二是推动村级法律顾问实现全覆盖；"
        "三是建设县级行政执法监督平台。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    from rag.retrieve.retriever import Retriever
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("k", "k.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省癸县", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("k", TEXT, cfg.chunking.max_tokens), cfg), {"k": doc}, cfg)


@pytest.mark.parametrize("q", ["甲县对2023年打算怎么推进法治政府建设？", "甲县准备如何抓好依法行政？",
                               "甲县打算怎样推进执法监督？"])
def test_an_intent_asked_is_a_summary(q):
    assert classify(q).kind == "summary"


def test_a_deed_asked_how_is_no_plans_ask():
    assert classify("甲县是怎么推进法治政府建设的？").kind != "summary"


@pytest.mark.parametrize("q", ["癸县2022年的报告里，对2023年打算怎么推进法治政府建设？",
                               "癸縣2022年的報告裡，對2023年打算怎麼推進法治政府建設？"])
def test_the_plans_answer_an_intent(answerer, q):
    text = answerer.ask(q).answer
    assert "决策事项目录" in text and "村级法律顾问" in text and "执法监督平台" in text
    assert "行政复议案件52件" not in text
