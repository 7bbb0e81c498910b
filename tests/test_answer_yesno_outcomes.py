"""Yes/no claims decided by what the genre says of an outcome (passages written here, not eval items): a rate given
per subject in its own clause (区直部门…100%，街道…88%) read for the subject the question names; an outcome
claimed (创建成功了吗) while the report says it is still pending (仍在评审之中, 结果尚未公布); lawsuits all won
(均胜诉) answering whether any was lost; a deed named only in the plans section (推动…对接) not done; a threshold whose figure the report gives only
as a later year's aim (力争2024年底…达到95%) not reached; an honour conferred on a county dated with it
(壬县在2023年被命名为…) not the city's."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.evidence import Ask
from rag.answer.qtypes import classify
from rag.answer.yesno_clauses import denied_terms
from rag.answer.yesno_pending import pending_outcome
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("丁县2023年法治政府建设情况报告\n一、主要工作\n"
        "（一）法律顾问。县直部门公职律师配备率达到100%，乡镇公职律师配备率为88%。\n"
        "（二）示范创建。丁县省级法治政府建设示范县创建已通过州级初审，目前仍在省里评审之中，结果尚未公布。"
        "丁县戊镇司法所规范化建设已完成验收。全县向街道下沉综合执法人员126名。\n"
        "（三）行政应诉。县政府作为被告的行政诉讼案件7件，已审结5件，均胜诉。"
        "县市场监管局作为被告的行政诉讼案件4件，败诉1件。\n"
        "二、2024年工作打算\n（一）继续做好行政应诉工作。\n"
        "（二）推动县政务服务平台与州一体化平台对接，年内实现证照数据互认。\n"
        "（三）持续开展行政执法案卷交叉评查。\n"
        "（四）力争2024年底街道综合执法人员持证率达到95%。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省某州丁县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("丁县2023年县直部门是不是都已经配了公职律师？", "是"),  # the 100% of its own clause, not the towns' 88%
    ("丁县2023年乡镇是不是都已经配了公职律师？", "否"),
    ("丁县2023年的省级法治政府建设示范县创建成功了吗？", "否"),  # still being judged
    ("丁县2023年戊镇司法所规范化建设完成验收了吗？", "是"),
    ("丁县2023年县政府当被告的官司有没有输掉的？", "否"),  # 均胜诉
    ("丁县2023年县市场监管局当被告的官司有没有输掉的？", "是"),  # 败诉1件
    ("丁县2023年县政务服务平台已经和州里的平台对接了吗？", "否"),  # named in the plans only
    ("丁县2023年街道综合执法人员持证比例有没有达到九成？", "否"),  # 95% only as the next year's aim
])
def test_outcomes_as_the_genre_states_them(answerer, q, short):
    assert answerer.ask(q).short_answer == short


CITY = ("辛市2023年法治政府建设情况报告\n一、主要工作\n（一）示范创建。辛市壬县在2023年被命名为全国法治政府建设示范县。"
        "市级层面正在开展全国法治政府建设示范市创建准备工作，计划2024年提出申报。\n")


def test_an_honour_dated_with_another_place_is_not_the_citys():
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("x", "x.txt", CITY, hashlib.sha256(CITY.encode()).hexdigest(), region="某省辛市", year=2023)
    answerer = Answerer(Retriever.build([doc], chunk_text("x", CITY, cfg.chunking.max_tokens), cfg), {"x": doc}, cfg)
    assert answerer.ask("辛市2023年是不是已经拿到了全国法治政府建设示范市的称号？").short_answer == "否"  # 壬县在2023年: a county's


def test_a_plan_going_on_denies_nothing(answerer):
    assert answerer.ask("丁县2023年有没有开展行政执法案卷交叉评查？").short_answer != "否"  # 持续开展: going on


def test_pending_outcome():
    assert pending_outcome("创建成功了吗", "已提交申报材料，目前尚处于专家评估阶段")
    assert pending_outcome("审批通过了吗", "项目材料已报送，正在审核")
    assert not pending_outcome("审批通过了吗", "项目材料已报送，已于6月审核通过")  # reached after all
    assert not pending_outcome("提交申报材料了吗", "已提交申报材料，目前仍在评估之中")  # no outcome claimed


@pytest.mark.parametrize("text, denied", [
    ("作为被告的行政诉讼案件6件，全部胜诉", ["败诉"]),
    ("作为被告的行政诉讼案件6件，审结4件均胜诉", ["败诉"]),
    ("作为被告的行政诉讼案件6件，胜诉5件", []),  # some won says nothing of none lost
])
def test_all_won_denies_a_lost_case(text, denied):
    ask = Ask("有没有败诉", "zh", classify("有没有败诉"), ("败诉",))
    assert denied_terms(ask, text) == denied
