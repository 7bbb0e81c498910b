"""Which places (哪几个县): a one-character level word is the asked head, a place written under its parent
(铜仁市松桃县) is one item, and the genre's cross-X words (跨区域) are one term.  Real BM25 retriever over a report
written for these tests (real place names, invented facts)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.list_asks import asked_heads
from rag.answer.list_items import place_items
from rag.answer.terms import content_terms
from rag.config import Config

TEXTS = {
    ("秀山土家族苗族自治县", 2023): (
        "秀山县2023年法治政府建设年度报告\n"
        "一、严格规范公正文明执法\n"
        "全县查办行政处罚案件1,032件。会同铜仁市松桃县、湖南省花垣县开展跨区域联合执法6次，查处边界违法案件19件。\n"
        "二、推进依法决策\n"
        "县政府常务会议审议重大行政决策事项7件。\n"),
}
CFG = Config().replace(embedding={"backend": "none"})


@pytest.mark.parametrize("q, head", [
    ("秀山县跟哪几个县一起执法?", "县"),
    ("秀山县跟哪几个外省县一起执法?", "省县"),
    ("哪些县区开展了试点?", "县区"),
])
def test_a_one_character_level_word_is_the_asked_head(q, head):
    assert asked_heads(q)[0] == head


def test_a_place_under_its_parent_is_one_item():
    s = "会同铜仁市松桃县、湖南省花垣县开展跨区域联合执法6次。"  # 会同: a verb here, though a county's name too
    assert [s[a:b] for a, b in place_items(s)] == ["铜仁市松桃县", "湖南省花垣县"]


def test_cross_region_is_one_term():
    assert "跨区域" in content_terms("秀山县跟哪几个县一起搞过跨区域联合执法?")


def test_which_counties_joined_the_enforcement():
    a = answerer_over(docs_of(TEXTS), CFG).ask("秀山县2023年跟哪几个外省县一起搞过跨区域联合执法?")
    assert not a.abstained and "松桃县" in a.short_answer and "花垣县" in a.short_answer, a.answer


def test_how_the_asked_places_stand_to_the_askers_is_no_term():
    terms = content_terms("秀山县跟哪几个外省县一起搞过跨区域联合执法?")
    assert "外省" not in terms and "联合" in terms
