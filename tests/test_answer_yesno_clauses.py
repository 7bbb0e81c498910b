"""Yes/no claims decided per clause and per bound: a subject bound to another predicate, a question
whether anything is still not done, a bounded rank (排名前五 / top five).  Sentences written here."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask, polarity_cues
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide


def ask_for(q: str, lang: str = "zh"):
    return make_ask(q, lang, classify(q), content_terms(q, exclude=["甲县", "甲"]))


@pytest.mark.parametrize("q, sentence, verdict", [
    # the subject is decided with its own predicate, not the clause that holds most of the words
    ("丙村是否被评为民主法治示范村?", "丁村、戊村被评为民主法治示范村，丙村被评为法治宣传示范点。", False),
    ("丙村是否被评为民主法治示范村?", "丙村、戊村被评为民主法治示范村，丁村被评为法治宣传示范点。", True),
    ("东街社区是否获评法治示范社区?", "西街社区获评省级法治示范社区，东街社区获评市级文明社区。", False),
    # still not done?  all done says no, a shortfall says yes
    ("甲县督察发现的问题还有没整改完的吗?", "开展法治督察，发现问题32个，整改完成率达100%。", False),
    ("甲县督察发现的问题还有没整改完的吗?", "开展法治督察，发现问题32个，整改完成率为87.5%。", True),
    ("甲县督察发现的问题是否仍有未整改的?", "督察反馈问题20个，已全部整改销号。", False),
    ("甲县督察发现的问题是否仍有未整改的?", "督察反馈问题20个，尚有3个问题未完成整改。", True),
    # a bounded rank
    ("甲县在全省考评中排名前五吗?", "在全省法治政府建设考评中，我县位列第8名。", False),
    ("甲县在全省考评中排名前五吗?", "在全省法治政府建设考评中，我县位列第3名。", True),
])
def test_decide_per_clause_and_bound(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


def test_cues_of_residual_and_rank_questions():
    assert polarity_cues("问题是否仍有未整改的?").residual
    assert polarity_cues("Did any of the problems remain unresolved?").residual
    assert not polarity_cues("Were all the problems resolved?").residual
    assert polarity_cues("甲县排名进入全省前三了吗?").threshold == ("<=", 3.0, "名")
    assert polarity_cues("Did the county rank in the top ten of the province?").threshold == ("<=", 10.0, "名")


def test_english_residual_question_against_full_completion():
    q = "Did any of the problems found in the county's inspection remain unrectified?"
    ask = ask_for(q, "en")
    assert ask.qtype.kind == "yesno"
    assert decide(ask, "开展专项督察，反馈问题25个，整改完成率达100%。") is False


def test_a_ranked_claim_ending_in_ma_is_yes_no_not_a_comparison():
    assert classify("甲县在全省考评中排名前五吗?").kind == "yesno"
    assert classify("哪个县排名最靠前?").kind == "compare"


def test_a_residual_question_is_not_decided_by_an_unrelated_rate():
    ask = ask_for("甲县督察发现的问题还有没整改完的吗?")
    assert decide(ask, "开展法治督察，发现问题32个，群众满意率95%。") is None
