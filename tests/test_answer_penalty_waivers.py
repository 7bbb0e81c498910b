"""A penalty waived, asked in plain words (免罚, 不罚, 不用罚款, 情节轻微) the genre writes 不予处罚 / 免予处罚 /
轻微违法.  Real BM25 retriever over reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config
from rag.text.zh_variants import formal_words_in

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("临河县", 2022): (
        "临河县2022年法治政府建设情况报告\n"
        "一、推进包容审慎监管\n"
        "在城市管理、文化旅游领域公布轻微违法行为免予处罚事项清单，全年对轻微违法行为免予处罚案件86件，"
        "对首次违法且危害后果轻微的当事人开展说服教育1,240人次。\n"
        "二、规范行政执法\n"
        "全年办理行政处罚案件1,532件，罚款金额356.7万元。\n"
    ),
    ("柳江县", 2022): (
        "柳江县2022年法治政府建设情况报告\n"
        "一、深化执法改革\n"
        "全年办理行政处罚案件2,014件，听证案件12件。\n"
    ),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_plain_words_for_a_waived_penalty_bring_the_written_ones():
    assert {"不予处罚", "免予处罚"} <= set(formal_words_in("免罚")) and "轻微" in formal_words_in("情节轻微")


@pytest.mark.parametrize("q", ["临河县2022年有多少件情节轻微的违法行为没罚款、直接免罚了?",
                               "临河县2022年情节轻微、不用罚的违法行为共有多少件?",
                               "临河县2022年因为情节轻微而不罚的案子有几件?",
                               "临河县2022年对情节轻微的违法行为免罚了多少件?"])
def test_a_waived_penalty_asked_plainly_is_answered(answerer, q):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == "86件", a.answer


def test_a_region_without_waivers_is_still_refused(answerer):
    a = answerer.ask("柳江县2022年对情节轻微的违法行为免罚了多少件?")
    assert a.abstained or not a.short_answer.startswith(("12", "2,014")), a.answer
