"""Summaries of a topic whose items open with a title (（一）加强保障。…  / 一是…。…): asked how, the
topic is stated by the items' bodies, not by their titles; a topic only an item's title names (no
heading does) is found under that item.  Passages written for these tests."""
from __future__ import annotations

import hashlib

from rag.answer.citations import render
from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.qtypes import classify
from rag.answer.term_coverage import idf_weights
from rag.answer.terms import content_terms
from rag.answer.titled_items import item_key_spans, title_end
from rag.chunk.chunker import chunk_text
from rag.records import Document, Hit
from rag.text.glossary import english_terms
from rag.text.normalize import fold

REPORT = (
    "庚县2022年法治政府建设情况报告\n"
    "一、2022年推进法治政府建设的主要举措\n"
    "（一）推进政务公开。县政府开设网上公开专栏，全年主动公开信息860条。"
    "县政府组织开展政府开放日活动，邀请群众代表走进机关。\n"
    "（二）深化综合执法。一是整合执法队伍。全县组建乡镇综合执法队12支，统一着装和装备。"
    "二是开展执法评议。县政府委托第三方评议执法部门20个，结果纳入年度考核。"
    "三是强化执法培训。组织执法人员轮训3期，参训480人次。"
    "四是优化涉企执法服务。推行首违不罚清单，对轻微违法的市场主体以教育提醒为主，减免处罚56次。"
    "县政府设立涉企执法服务热线，受理企业诉求210件。\n"
    "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "（一）压实领导责任。县委书记主持召开依法治县委员会会议，审议年度工作要点。"
    "县长带头学法用法，全年讲法治课2次。\n"
    "（二）健全推进机制。将法治建设纳入全县发展总体规划，与经济工作同部署同考核。\n"
    "（三）严格述法考核。各部门主要负责人在年终述职时专题述法，述法情况计入考核成绩。\n"
    "三、下一步工作打算\n"
    "继续深化执法改革，提升政务服务水平。\n"
)
DOC = Document("g", "g.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), region="庚县", year=2022)
DOCS = {"g": DOC}


def _quotes(q: str, lang: str = "zh", terms: tuple[str, ...] | None = None) -> list[str]:
    terms = terms if terms is not None else content_terms(q, exclude=["庚县", "庚"])
    ask = make_ask(q, lang, classify(q), terms, idf_weights(terms, [fold(REPORT), "其他报告", "另一份报告"]))
    chunks = chunk_text("g", REPORT, 300)
    draft = answer(ask, [Hit(i + 1, c, 1.0) for i, c in enumerate(chunks)], DOCS)
    _text, cites = render(draft.segments, DOCS)
    assert all(REPORT[c.start:c.end] == c.quote for c in cites)
    return [c.quote for c in cites]


def test_a_titled_item_is_stated_by_its_body_and_its_own_sub_items():
    a = REPORT.index("（一）推进政务公开") + 3
    b = REPORT.index("\n", a)
    assert [REPORT[s:e] for s, e in item_key_spans(REPORT, a, b)] == ["县政府开设网上公开专栏，全年主动公开信息860条。"]
    a = REPORT.index("（二）深化综合执法") + 3
    got = [REPORT[s:e] for s, e in item_key_spans(REPORT, a, REPORT.index("\n", a))]
    assert got == ["全县组建乡镇综合执法队12支，统一着装和装备。", "县政府委托第三方评议执法部门20个，结果纳入年度考核。",
                   "组织执法人员轮训3期，参训480人次。", "推行首违不罚清单，对轻微违法的市场主体以教育提醒为主，减免处罚56次。"]


def test_a_first_sentence_stating_a_figure_or_standing_alone_is_no_title():
    text = "一是组织培训3期。参训100人。二是完成清理工作。"
    assert title_end(text, 2, 11) is None  # a figure: what was done, not a title
    assert title_end(text, 19, len(text)) is None  # nothing after it: the item is that sentence
    text = "一是完成清理工作。共清理文件30件。"
    assert text[:title_end(text, 2, len(text))] == "一是完成清理工作。"


def test_asked_how_a_section_of_titled_items_answers_with_their_bodies():
    quotes = _quotes("庚县2022年党政主要负责人是怎么履行法治建设第一责任人职责的？请概括。")
    assert quotes[:2] == ["县委书记主持召开依法治县委员会会议，审议年度工作要点。", "将法治建设纳入全县发展总体规划，与经济工作同部署同考核。"]
    assert "各部门主要负责人在年终述职时专题述法，述法情况计入考核成绩。" in quotes
    assert not any(q in ("压实领导责任。", "健全推进机制。", "严格述法考核。") for q in quotes)


def test_asked_which_aspects_the_titles_name_them():
    quotes = _quotes("庚县2022年党政主要负责人履行法治建设第一责任人职责有哪几方面？请概括。")
    assert quotes == ["压实领导责任。", "健全推进机制。", "严格述法考核。"]


def test_a_topic_only_an_item_title_names_is_summarised_by_that_items_body():
    quotes = _quotes("庚县2022年为了优化涉企执法服务具体做了些什么？简单说说。")
    assert quotes == ["推行首违不罚清单，对轻微违法的市场主体以教育提醒为主，减免处罚56次。", "县政府设立涉企执法服务热线，受理企业诉求210件。"]


def test_adjacent_item_titles_that_together_name_the_topic_are_summarised_together():
    q = "Briefly, how did Gengxian make its 2022 enforcement team integration and enforcement review work?"
    quotes = _quotes(q, "en", ("整合", "执法", "队伍", "评议"))
    assert quotes == ["全县组建乡镇综合执法队12支，统一着装和装备。", "县政府委托第三方评议执法部门20个，结果纳入年度考核。"]


def test_brief_wordings_ask_for_a_summary():
    assert classify("某区去年为了优化营商环境具体做了些什么？简单说说。").kind == "summary"
    assert classify("某县在普法方面做了哪些工作？请简要介绍一下。").kind == "summary"
    assert classify("Briefly, how did the county make its decisions law-based?").kind == "summary"
    assert classify("In short, what did the city do about legal aid in 2021?").kind == "summary"
    assert classify("Briefly, how many cases were mediated in 2021?").kind == "number"


def test_genre_phrases_of_oversight_and_lawmaking_have_their_chinese_terms():
    terms = english_terms("How was the use of administrative power kept under oversight?")
    assert "监督" in terms and {"行政权力", "行政职权"} in [set(t.split("|")) for t in terms]
    assert {"立法", "民主", "科学"} <= set(english_terms("How was local lawmaking made democratic and evidence-based?"))
    assert "立法" in english_terms("What law-making work was done?")
