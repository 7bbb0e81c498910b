"""Yes/no claims of a stage that the text says was not reached (尚未印发, 尚未表决通过), a plan still being
written (正在编制), and a manner word of the claim (正式通过) that must not outweigh what was passed.
Passages written here, not copied from reports."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms, role_weight
from rag.answer.yesno import decide


def ask_for(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲县", "甲市", "甲"]))


@pytest.mark.parametrize("q, sentence, verdict", [
    # the title leads the sentence; the negated stage comes two clauses later
    ("甲县到2025年底是不是已经把“十五五”水利发展规划印发出来了？",
     "《甲县“十五五”水利发展规划（2026—2030年）》已完成初稿，目前处于专家论证阶段，尚未印发。", False),
    ("甲市的物业管理条例有没有出台？",
     "《甲市物业管理条例（修订）》经市政府常务会议讨论，目前尚未表决通过。", False),
    # the stage was reached; a later one was not: the claim of the earlier one holds
    ("甲市的物业管理条例审议通过了吗？",
     "《甲市物业管理条例》经市人大常委会审议通过，目前尚未施行，将于明年1月1日起施行。", True),
    # a plan being written shows no stage beyond drafting
    ("甲县的“十五五”法治政府建设规划印发了吗？", "《甲县“十五五”法治政府建设规划》正在编制。", False),
])
def test_a_stage_said_not_reached(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


def test_a_manner_word_counts_as_a_verb():
    # 正式 (jieba's adverbial adjective) says how a rule passed, not which rule: a sentence holding only
    # 正式 (正式项目) must not outrank the one naming the rule
    assert role_weight("正式") == role_weight("积极") == role_weight("出台") < role_weight("条例")


TEXTS = {("甲市", 2023): ("甲市2023年法治政府建设年度报告\n"
                        "一、立法工作\n"
                        "年初印发年度立法工作计划，安排正式项目15件，其中条例类正式项目4件，年底正式项目完成率为86.7%。\n"
                        "《甲市城市绿化条例（草案）》已完成征求意见，提请市人大常委会审议，目前尚未表决通过。\n"
                        "二、普法工作\n举办普法讲座24场。\n")}


@pytest.fixture(scope="module")
def answerer():
    from answer_corpus import answerer_over, docs_of

    from rag.config import Config

    return answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4}))


def test_the_rule_decides_not_the_manner_word(answerer):
    a = answerer.ask("到2023年底，甲市的城市绿化条例是不是已经正式通过出台了？")
    assert a.short_answer == "否" and "尚未表决通过" in a.answer, a.answer


PROMOTION = {("宜良县", 2023): ("宜良县2023年法治政府建设年度报告\n"
                            "一、立法工作\n"
                            "《宜良县旅游促进办法（草案）》已形成送审稿，报送县司法局审查，尚未提交县政府常务会议审议。\n"
                            "二、市场监管\n（四）旅游市场推广。\n全年开展旅游推广活动12场，采用线上线下结合方式。\n"
                            "三、下一年工作打算\n推动《宜良县旅游促进办法》尽早出台。\n")}


@pytest.fixture(scope="module")
def promotion():
    from answer_corpus import answerer_over, docs_of

    from rag.config import Config

    return answerer_over(docs_of(PROMOTION), Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4}))


def test_english_promotion_measures_name_the_rule(promotion):
    # "promotion measures" is a rule's title (《…促进办法》), not a campaign (推广) nor the asked-about 措施
    a = promotion.ask("Did Yiliang county get its tourism promotion measures formally adopted in 2023?")
    assert a.short_answer == "No" and "送审稿" in a.answer, a.answer
