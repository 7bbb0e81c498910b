"""A yes/no question answered from a sentence that states the opposite in a clause of its own: a negation
(无败诉案件, 尚未作出决策, 未能…提请表决), a stage short of the asked one (仅进行了第一次审议, 启动…编制), or the
claimed figure stated only as an aim (力争2025年达到90%).  Passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("庚市2024年法治政府建设年度报告\n"
        "一、行政应诉\n"
        "市交通运输局作为被告的一审行政诉讼案件11件，局负责人出庭应诉11件次，无败诉案件。"
        "市城市管理局作为被告的行政诉讼案件7件，败诉2件。\n"
        "二、重大行政决策\n"
        "“庚市出租汽车运价调整”事项经专家论证和风险评估后暂缓推进，尚未作出决策。"
        "“庚市老旧小区加装电梯补助办法”经市政府常务会议集体讨论决定。\n"
        "三、地方立法\n"
        "《庚市养犬管理条例（草案）》仅进行了第一次审议，尚未通过。"
        "《庚市物业管理条例（草案）》完成一审，仍在修改完善中，未能在年内提请表决。"
        "《庚市公园管理条例》经市人大常委会审议通过，于10月1日起施行。\n"
        "四、普法\n"
        "启动“九五”普法规划编制工作。全面落实“八五”普法规划，开展普法活动320场。\n"
        "五、下一步工作\n"
        "提高行政调解成功率，力争2025年达到90%以上。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("g", "g.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省庚市", year=2024)
    return Answerer(Retriever.build([doc], chunk_text("g", TEXT, cfg.chunking.max_tokens), cfg), {"g": doc}, cfg)


@pytest.mark.parametrize("q, short", [
    ("庚市交通运输局2024年有没有败诉的行政诉讼案件？", "否"),  # 无败诉案件
    ("Did the city's transport bureau lose any administrative lawsuit in 2024?", "No"),
    ("庚市城市管理局2024年有没有败诉的行政诉讼案件？", "是"),  # control: 败诉2件
    ("Did the city's urban management bureau lose any administrative lawsuit in 2024?", "Yes"),
])
def test_a_denied_outcome_answers_no(answerer, q, short):
    assert answerer.ask(q).short_answer == short


@pytest.mark.parametrize("q, short", [
    ("庚市2024年的养犬管理条例，人大已经表决通过了吗？", "否"),  # 仅进行了第一次审议，尚未通过
    ("Did the city get its dog management regulation voted through in 2024?", "No"),
    ("Did the city get its property management regulation voted through in 2024?", "No"),  # 完成一审…未能提请表决
    ("Was the city's park management regulation passed in 2024?", "Yes"),  # control
])
def test_a_first_reading_is_no_passing(answerer, q, short):
    assert answerer.ask(q).short_answer == short


def test_starting_to_draft_a_plan_is_not_implementing_it(answerer):
    assert answerer.ask("庚市2024年是不是已经在落实“九五”普法规划了？").short_answer == "否"  # 启动…编制
    assert answerer.ask("庚市2024年是不是已经在落实“八五”普法规划了？").short_answer == "是"  # control


def test_a_figure_stated_only_as_a_later_aim_was_not_reached(answerer):
    assert answerer.ask("By the end of 2024, had the city raised its administrative mediation success rate to 90%?"
                        ).short_answer == "No"  # 力争2025年达到90%以上


def test_a_threshold_met_only_in_a_later_aim_is_not_met(answerer):
    assert answerer.ask("庚市2024年行政调解成功率达到90%了吗？").short_answer == "否"  # 力争2025年达到90%以上


@pytest.mark.parametrize("q, short", [
    ("庚市出租汽车运价调整2024年实施了吗？", "否"),  # 暂缓推进，尚未作出决策: no stage reached
    ("Was the taxi fare adjustment put into effect in 2024?", "No"),
    ("Has the city's taxi fare adjustment been decided?", "No"),
    ("庚市出租汽车运价调整的事，最后拍板了吗？", "否"),
])
def test_a_matter_held_back_was_neither_decided_nor_implemented(answerer, q, short):
    assert answerer.ask(q).short_answer == short


@pytest.mark.parametrize("q, stage", [
    ("Did the city pass its dog management regulation?", "passed"),
    ("Did the city get its dog management regulation voted through?", "passed"),
    ("Did the city implement its legal education plan?", "issued"),
    ("Did the city pass measures to protect parks?", None),  # 采取措施: no stage
])
def test_english_base_verbs_claim_a_stage(q, stage):
    from rag.answer.stages import ISSUED, PASSED, asked_stage

    assert asked_stage(q) == {"passed": PASSED, "issued": ISSUED, None: None}[stage]
