"""List answers whose items are of the asked type: 《titles》 of the asked kind, places for 哪些县区,
a run closed by its own count, and N parallel sentences for 哪N项.  Passages written for these tests."""
from __future__ import annotations

import hashlib

from rag.answer.citations import render
from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.lists import (
    asked_doc_nouns,
    counted_items,
    place_items,
    typed_title_items,
)
from rag.answer.qtypes import classify
from rag.answer.term_coverage import idf_weights
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.records import Document, Hit
from rag.text.normalize import fold

REPORT = (
    "丙市2022年法治政府建设情况报告\n"
    "一、主要举措\n"
    "（一）压实责任。市政府印发《丙市法治政府建设工作要点》，对全年工作作出安排。"
    "制定《丙市行政执法责任清单》《丙市涉企检查事项清单》等，明确执法边界。\n"
    "（二）示范创建。阳城县和沁水县、陵川县获评全省法治政府建设示范地区。全市各县区、各部门扎实推进示范创建工作。\n"
    "（三）多元解纷。全市已建成物业纠纷、消费维权、校园安全3个行业性调解组织，丙市各县区人民调解组织实现多层次、宽领域覆盖。\n"
    "（四）改革创新。\n"
    "——“信用承诺 容缺受理”审批模式获评全省优化营商环境十佳案例。\n"
    "——“一件事集成办理”服务机制获评全省优化营商环境十佳案例。\n"
    "——推进政务服务标准化建设，办件量同比增长。\n"
)
DOC = Document("c", "c.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), region="丙市", year=2022)
DOCS = {"c": DOC}
CHUNKS = chunk_text("c", REPORT, 400)


def ask_of(q: str):
    terms = content_terms(q, exclude=["丙市", "丙"])
    return make_ask(q, "zh", classify(q), terms, idf_weights(terms, [fold(REPORT), "其他", "另一份"]))


def run(q: str):
    draft = answer(ask_of(q), [Hit(i + 1, c, 1.0 / (i + 1)) for i, c in enumerate(CHUNKS)], DOCS)
    text, cites = render(draft.segments, DOCS)
    for c in cites:
        assert REPORT[c.start:c.end] == c.quote
    return draft, text, cites


def test_asked_doc_nouns_come_from_the_words_after_which():
    assert asked_doc_nouns("某市贯彻执行了哪几个规划和方案?") == ("规划", "方案")
    assert asked_doc_nouns("按照《实施方案》要求，某县做了哪些工作?") == ()


def test_typed_titles_keep_only_the_asked_kind():
    s = "印发《甲县工作要点》，制定《甲县权责清单》《甲县免罚清单》等。"
    assert [s[a:b] for a, b in typed_title_items(s, ("清单",))] == ["《甲县权责清单》", "《甲县免罚清单》"]
    assert typed_title_items(s, ("条例",)) == []


def test_counted_items_need_their_own_count():
    s = "建成交通事故、医疗纠纷、劳动争议3个专业调解组织。"
    assert [s[a:b] for a, b in counted_items(s)] == ["交通事故", "医疗纠纷", "劳动争议"]
    assert counted_items("建成交通事故、医疗纠纷、劳动争议5个专业调解组织。") == []
    assert counted_items("开展多层次、宽领域、规范化建设。") == []


def test_place_items_are_joined_place_names():
    s = "阳城县和沁水县、高平市获评示范县。"
    assert [s[a:b] for a, b in place_items(s)] == ["阳城县", "沁水县", "高平市"]
    assert place_items("全市各县区、各部门推进工作。") == []


def test_list_of_titles_of_the_asked_kind():
    draft, _text, _ = run("丙市2022年制定了哪些清单?")
    assert draft.short == "《丙市行政执法责任清单》、《丙市涉企检查事项清单》"


def test_list_of_places_for_which_counties():
    draft, _, cites = run("丙市有哪些县区获评全省法治政府建设示范地区?")
    assert draft.short == "阳城县、沁水县、陵川县"
    assert "阳城县和沁水县" in cites[0].quote


def test_list_closed_by_its_count_beats_a_clause_holding_the_head_word():
    draft, _, _ = run("丙市行业性调解组织覆盖了哪些领域?")
    assert draft.short == "物业纠纷、消费维权、校园安全"


def test_counted_question_over_parallel_sentences():
    draft, text, cites = run("丙市有哪两项做法获评全省优化营商环境十佳案例?")
    assert "“信用承诺 容缺受理”审批模式" in draft.short and "“一件事集成办理”服务机制" in draft.short
    assert len(cites) == 2 and "共2项" in text
