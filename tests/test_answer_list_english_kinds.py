"""English list questions whose items a sentence enumerates (A、B、C等领域 / 等方式): the asked kind
(areas, methods) is the items' head noun, and the genre's routine words (clean up, minor violations,
fining) find the sentence.  Passages written for these tests."""
from __future__ import annotations

import hashlib

from rag.answer.citations import render
from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.list_asks import asked_heads
from rag.answer.qtypes import classify
from rag.answer.term_coverage import idf_weights
from rag.chunk.chunker import chunk_text
from rag.records import Document, Hit
from rag.text.glossary import alternatives, english_terms
from rag.text.normalize import fold

REPORT = (
    "辛区2021年法治政府建设情况报告\n"
    "一、主要工作\n"
    "（一）规范文件管理。区政府严格执行规范性文件备案审查制度，全年备案规范性文件15件。"
    "开展规范性文件专项清理，废止失效文件9件，清理的文件涉及住房保障、农村土地、城市管理等领域。"
    "建立文件目录并向社会公布。\n"
    "（二）创新执法方式。区市场监管局采取教育引导、约谈指导、跟踪回访等方式，对轻微违法的个体工商户予以纠正，不予罚款32户。"
    "全区推行“综合查一次”，减少重复检查。区政府综合运用督查、通报、考核等方式推动工作落实。\n"
)
DOC = Document("x", "x.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), region="辛区", year=2021)
DOCS = {"x": DOC}


def _short(q: str) -> str:
    folded = fold(REPORT)
    terms = english_terms(q, known=lambda w: w in folded)
    ask = make_ask(q, "en", classify(q), terms, idf_weights(terms, [folded, "其他报告", "另一份报告"]))
    draft = answer(ask, [Hit(i + 1, c, 1.0) for i, c in enumerate(chunk_text("x", REPORT, 300))], DOCS)
    _text, cites = render(draft.segments, DOCS)
    assert all(REPORT[c.start:c.end] == c.quote for c in cites)
    return draft.short


def test_which_areas_the_cleaned_up_documents_covered():
    assert _short("Which areas did the normative documents Xinqu cleaned up in 2021 cover?") == "住房保障, 农村土地, 城市管理"


def test_which_methods_corrected_minor_violations_without_fining():
    q = "Which gentler methods did Xinqu use to correct minor violations instead of fining them in 2021?"
    assert classify(q).kind == "list" and asked_heads(q) == ("", "方式")
    assert _short(q) == "教育引导, 约谈指导, 跟踪回访"


def test_routine_words_of_the_genre_have_their_chinese_terms():
    assert "清理" in english_terms("Which rules were cleaned up?") and "清理" in english_terms("the clean-up of documents")
    assert any("领域" in alternatives(t) for t in english_terms("Which areas were covered?"))  # 领域, or places (地区)
    assert {"轻微违法", "罚款"} <= set(english_terms("minor violations were fined"))
    assert "免罚|免予处罚|不予处罚" in english_terms("minor violations were not fined")  # let off: 免罚, not 罚款


PLACES = (
    "南通市2021年法治政府建设情况报告\n"
    "一、主要工作\n"
    "（一）推进区域协作。市司法局与扬州、泰州、盐城三市司法行政部门签订《区域行政复议协作备忘录》，互相移送案件线索21条。"
    "选定海门区、如东县为首批行政执法协调监督试点单位，全年开展联合检查6次。\n"
)


def _short_of(report: str, q: str) -> str:
    doc = Document("p", "p.txt", report, hashlib.sha256(report.encode()).hexdigest(), region="江苏省南通市", year=2021)
    folded = fold(report)
    terms = english_terms(q, known=lambda w: w in folded)
    ask = make_ask(q, "en", classify(q), terms, idf_weights(terms, [folded, "其他报告", "另一份报告"]))
    draft = answer(ask, [Hit(i + 1, c, 1.0) for i, c in enumerate(chunk_text("p", report, 300))], {"p": doc})
    return draft.short


def test_which_places_a_body_acted_with_are_a_list_of_places():
    # which cities did X sign … with: the places X acted on (a list), not reports that mention something
    q = "Which cities did the justice bureau sign an administrative reconsideration cooperation memo with in 2021?"
    assert classify(q).kind == "list"
    assert _short_of(PLACES, q) == "扬州, 泰州, 盐城"
    q2 = "Which two places did the city pick as the first batch of law enforcement supervision pilots in 2021?"
    assert _short_of(PLACES, q2) == "海门区, 如东县"
    assert classify("Which cities mention legal aid in their reports?").kind == "reports"
