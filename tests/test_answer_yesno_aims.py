"""Yes/no claims against what a report only aims at or has not reached (passages written here, not
dev items): a figure the report gives as the start of a change (由3分提高到5分) is no longer the figure;
a rule the plans push to pass (推动《X》尽早审议通过) is no rule passed, while the year's own
account of its draft (草案…尚未表决通过) decides; a goal denied (还未达到100%) bounds the figure below it."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.evidence import make_ask
from rag.answer.qtypes import classify
from rag.answer.stages import ISSUED, PASSED, aimed_only, asked_stage, text_stage
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("乙县人民政府关于2022年度法治政府建设情况的报告\n一、主要工作\n"
        "（一）完善制度体系。制定印发《乙县行政规范性文件管理办法》。"
        "《乙县古树名木保护条例（草案）》已两次公开征求意见，年内提请县人大常委会进行了第一次审议，尚未表决通过。"
        "全面落实行政机关负责人出庭应诉制度，负责人出庭应诉31件。"
        "将依法行政纳入年度绩效考核，分值由2021年的3分提高到5分，考核结果与评先评优挂钩。\n"
        "二、存在的不足\n行政应诉能力不强，行政机关负责人出庭应诉率还未达到100%。\n"
        "三、2023年工作安排\n（一）加强重点领域立法。加快推动《乙县古树名木保护条例》尽早审议通过，开展湿地保护立法调研。"
        "（二）推动行政机关负责人出庭应诉率达到100%。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省乙县", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)


@pytest.mark.parametrize("text, aimed, stage", [
    ("加快推动《甲县保护条例》尽早审议通过", True, None),  # the plans' aim
    ("力争年内印发《甲县实施方案》", True, None),
    ("《甲县保护条例（草案）》已完成征求意见，尚未表决通过", False, 0),  # a negated stage is not reached
    ("《甲县实施办法》尚未印发", False, None),  # ... and says so: no aim
    ("推动出台《甲县实施办法》，规范审批", False, ISSUED),  # a bare 推动 in an account: it was issued
    ("《甲县保护条例》经县人大常委会审议通过", False, PASSED),
])
def test_an_aim_or_a_negation_shows_no_stage(text, aimed, stage):
    assert aimed_only(text) is aimed and text_stage(text) == stage


def test_a_passing_asked_in_plain_words():
    assert asked_stage("那部条例当年有没有正式通过?") == PASSED
    assert asked_stage("那部条例通过了没有?") == PASSED


def test_an_aim_alone_states_nothing():
    q = "甲县的保护条例审议通过了吗?"
    ask = make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲县"]))
    assert decide(ask, "加快推动《甲县保护条例》尽早审议通过，开展立法调研。") is None


@pytest.mark.parametrize("q, short", [
    ("乙县2022年那部古树名木保护条例有没有正式通过?", "否"),  # the plans' aim must not answer 是
    ("乙县2022年古树名木保护条例是不是已经审议通过了?", "否"),
    ("乙县2022年行政机关负责人出庭应诉率到没到100%?", "否"),  # 还未达到100%: below it
    ("乙县2022年绩效考核中依法行政的分值是不是还保持在3分?", "否"),  # 由3分提高到5分: it changed
    ("乙县2022年绩效考核中依法行政的分值是不是提高到了5分?", "是"),
])
def test_the_years_account_decides_not_the_plans(answerer, q, short):
    assert answerer.ask(q).short_answer == short
