"""A claim of something done in the report's year against the report's aim of doing it in a later year
(passages written here, not eval items): 力争2026年通过…验收, written in the 2025 report, says it had not
happened in 2025; an aim for the same year, or a question asking about the aim itself, is no such denial."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.stages import asks_aim, later_aims
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("丁县2025年法治政府建设情况报告\n一、主要工作\n全年办理行政复议案件17件。\n"
        "二、下一步工作\n一是推进示范创建，对照省级创建指标查漏补缺，力争2026年通过省级法治政府建设示范县评估验收。"
        "二是完善公共法律服务体系，村级公共法律服务工作室全部建成。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("e", "e.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省丁县", year=2025)
    return Answerer(Retriever.build([doc], chunk_text("e", TEXT, cfg.chunking.max_tokens), cfg), {"e": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("丁县2025年通过省级法治政府建设示范县评估验收了吗？", "否"),
    ("Did Dingxian pass the provincial assessment as a model county for law-based government in 2025?", "No"),
])
def test_an_aim_for_a_later_year_denies_the_claim(answerer, q, short):
    assert answerer.ask(q).short_answer == short


def test_only_a_later_years_aim_denies():
    assert later_aims("力争2026年通过示范县评估验收", 2025) == ["力争2026年通过示范县评估验收"]
    assert later_aims("力争2025年底前通过示范县评估验收", 2025) == []
    assert later_aims("2026年通过示范县评估验收", 2025) == []  # no aim: the report's own account
    assert asks_aim("丁县是否力争2026年通过验收") and not asks_aim("丁县2025年通过验收了吗")
