"""An A不A question (能不能 / 会不会 / 可不可以) asks; its 不能 half is no content term a sentence must hold.  A phone app
asked plainly (手机应用程序) is what the reports write App / 客户端 / 小程序.  Passages written here, not eval items
(motivated by fresh v-021)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document

TEXT = ("辛县2023年法治政府建设年度报告\n"
        "一、政务服务\n"
        "上线“辛事通”App，企业可以在线申请营业执照变更登记，全年网上办理变更登记2310件。\n"
        "二、公共法律服务\n"
        "县法律援助中心全年受理法律援助案件286件。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    from rag.retrieve.retriever import Retriever
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("c", "c.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省辛县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("c", TEXT, cfg.chunking.max_tokens), cfg), {"c": doc}, cfg)


@pytest.mark.parametrize("q, absent", [
    ("企业能不能在网上申请变更登记", "不能"),
    ("窗口会不会公开收费标准", "不会"),
    ("群众要不要预约", "不要"),
    ("居民愿不愿意参加调解", "愿不愿意"),
])
def test_a_not_a_asks(q, absent):
    assert absent not in content_terms(q)


def test_a_said_negation_stays_a_term():
    assert "不能" in content_terms("不能按期办结的案件有多少件")
    assert "不规范" in content_terms("是否存在不规范执法")


@pytest.mark.parametrize("q", [
    "2023年在辛县，企业能不能用手机应用程序在网上申请变更登记?",
    "2023年在辛縣，企業能不能用手機應用程序在網上申請變更登記?",
])
def test_can_one_apply_by_app_is_yes(answerer, q):
    assert answerer.ask(q).short_answer == "是"
