"""A sentence whose subject is the bare asked noun (平台接入…, 该方案明确…) is read with the sentence before,
which names it (passages written here; motivated by a fresh item on a platform named one sentence before
the one describing what it does)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.antecedents import continues_name
from rag.answer.kinds import asked_entity
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

REPORT = (
    "清河县2022年法治政府建设情况报告\n"
    "一、主要工作\n"
    "（一）数字赋能。一是上线“清河食安码”平台。平台汇集全县餐饮单位的后厨视频和冷链追溯系统，"
    "实现对过期食材、无证经营等行为的实时预警，全年预警违规线索86条。"
    "二是推行掌上办案，配发执法记录仪240台。\n"
    "（二）制度建设。印发《清河县行政执法公示办法》。该办法明确执法信息须在作出决定后七日内公开，"
    "全县执法主体全部落实。\n"
    "二、存在的问题\n基层执法力量不足。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d0", "d0.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), region="河北省清河县", year=2022)
    return Answerer(Retriever.build([doc], chunk_text(doc.doc_id, doc.text, cfg.chunking.max_tokens), cfg),
                    {doc.doc_id: doc}, cfg)


@pytest.mark.parametrize("question,want", [
    ("清河县2022年用来实时预警过期食材、无证经营的那个平台叫什么名字？", "清河食安码"),
    ("清河縣2022年用來實時預警過期食材的平台叫什麼名字？", "清河食安码"),
    ("清河县规定执法信息七日内公开的是哪个办法？", "清河县行政执法公示办法"),
])
def test_the_name_given_the_sentence_before_answers(answerer, question, want):
    ans = answerer.ask(question)
    assert want in ans.short_answer
    assert any(want in c.quote for c in ans.citations)  # the naming sentence is cited with the describing one


def test_only_a_bare_noun_subject_continues_the_sentence_before():
    e = asked_entity("那个平台叫什么名字?")
    assert continues_name(e, "该平台汇集全县视频。", "建设“某某”平台。")
    assert not continues_name(e, "平台“某某通”汇集全县视频。", "建设“某某”平台。")  # it names itself
    assert not continues_name(e, "平台汇集全县视频。", "推行掌上办案。")  # the sentence before names none
    assert not continues_name(e, "全县汇集平台视频。", "建设“某某”平台。")  # another subject
