"""A claim that a rule was passed against a text showing only a draft (修订稿, 征求意见) or a plan to submit
it, and a claim that an honour was obtained (拿到…称号) against a text only striving for it (力争创建).
Sentences written here."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide


def ask_for(q: str):
    return make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲县", "甲市", "甲"]))


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲市那个重大行政决策程序规定的修订稿，市政府常务会议审议通过了吗?",
     "《甲市重大行政决策程序规定（修订稿）》已完成公开征求意见，正在修改完善。", False),
    ("甲市那个重大行政决策程序规定的修订稿，市政府常务会议审议通过了吗?",
     "《甲市重大行政决策程序规定（修订稿）》经市政府常务会议审议通过，于6月1日起施行。", True),
    ("甲县的行政执法公示办法2021年经县政府常务会议审议通过了吗?",
     "甲县行政执法公示办法已形成初稿，计划于2022年一季度提请县政府常务会议审议。", False),
])
def test_a_passed_claim_against_a_draft_or_a_plan(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict


@pytest.mark.parametrize("q, sentence, verdict", [
    ("甲县是不是已经拿到了省级法治政府建设示范县的称号?", "力争创建“省级法治政府建设示范县”，年底前完成申报。", False),
    ("甲县有没有取得全国民主法治示范村的荣誉?", "积极创建全国民主法治示范村，已推荐2个村参评。", False),
    ("甲县是不是已经拿到了省级法治政府建设示范县的称号?", "甲县被命名为“省级法治政府建设示范县”。", True),
])
def test_an_honour_claimed_against_striving_for_it(q, sentence, verdict):
    assert decide(ask_for(q), sentence) is verdict
