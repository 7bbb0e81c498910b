"""Names of four more shapes, on a report written here: a town (在某某镇开展试点: the gazetteer stops at
counties), a cited document's number (《某某要点》(某政办发〔2022〕15号), not the report's own), a place
modifying what is asked (which city's platform), and a quoted system (“某某”制度) asked in English.
Motivated by heldout5 h5-031, h5-032, h5-035, h5-036; the passages are not theirs."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.kinds import asked_entity, entity_spans
from rag.answer.names import (
    asked_levels,
    name_preference,
    place_level_spans,
    town_spans,
)
from rag.answer.qtypes import classify
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

ANJI = (
    "安吉县2022年法治政府建设情况报告\n"
    "安政呈〔2023〕3号\n"
    "一、主要工作\n"
    "(一)加强统筹部署。县政府先后印发《安吉县法治政府建设实施方案》(安发〔2022〕8号)和《安吉县2022年度依法行政工作要点》"
    "(安政办发〔2022〕15号),对重点工作作出安排。\n"
    "(二)深化基层改革。推动各乡镇开展法治宣传。积极推行“互联网+政务服务”,全县网上办件率达95%。"
    "积极推进白沙镇综合行政执法改革试点,赋予白沙镇的120项县级管理权限得到有效履行。\n"
    "(三)优化政务服务。建成县级政务公开平台,主动公开信息3000条。全省率先启动“跨省通办”,与18个地市签署协议,加入杭州“一网通办”与全国200个市县跨省通办。\n"
    "(四)加强学法用法。坚持“会前学法”制度,县政府常务会议会前学法12次,健全学法考核机制。\n"
)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    d = Document("aj", "aj.txt", ANJI, hashlib.sha256(ANJI.encode()).hexdigest(), region="浙江省湖州市安吉县", year=2022)
    return Answerer(Retriever.build([d], chunk_text(d.doc_id, ANJI, cfg.chunking.max_tokens), cfg), {d.doc_id: d}, cfg)


# --- towns ----------------------------------------------------------------------------------------
def test_town_spans_by_shape():
    def towns(s: str) -> list[str]:
        return [s[a:b] for a, b, _ in town_spans(s)]

    assert towns("选取城关镇、河口乡、东城街道作为试点") == ["城关镇", "河口乡", "东城街道"]
    assert towns("在黄花岭镇率先推行") == ["黄花岭镇"]
    assert towns("某某县栗子乡人民政府") == ["栗子乡"]  # after the county
    # generic nouns are no town: 各乡镇, 乡村, 城镇化, a count of towns, 镇 inside a city's name
    for s in ("推动各乡镇开展法治宣传", "深化法治乡村建设", "推进新型城镇化", "对9个镇开展督查", "实现州县乡三级联动", "清镇市坚持依法行政"):
        assert towns(s) == [], s


def test_town_questions_ask_the_township_level():
    assert asked_levels("某县在哪个镇开展试点?") == ("township",)
    assert asked_levels("which township piloted the reform?") == ("township",)
    assert asked_levels("哪个县开展了试点?") != ("township",)


@pytest.mark.parametrize("question", ["安吉县2022年在哪个镇开展综合行政执法改革试点?",
                                      "Which town did Anji choose in 2022 for the comprehensive administrative law enforcement reform pilot?"])
def test_which_town(answerer, question):
    assert classify(question).kind == "name"
    assert answerer.ask(question).meta["short_answer"] == "白沙镇"


# --- document numbers -----------------------------------------------------------------------------
def test_document_number_kind():
    e = asked_entity("What is the document number of the work points?")
    assert e is not None and e.kind == "docno"
    s = "印发《某县实施方案》(某发〔2022〕8号)和《某县工作要点》(某政办发[2022]15号)。"
    assert [s[a:b] for a, b, _ in entity_spans(e, s)] == ["某发〔2022〕8号", "某政办发[2022]15号"]
    # a number scores with the title it numbers
    second = entity_spans(e, s)[1]
    first = entity_spans(e, s)[0]
    terms = ("工作", "要点")
    assert name_preference(s, second, terms, {}) > name_preference(s, first, terms, {})


@pytest.mark.parametrize("question", ["安吉县2022年度依法行政工作要点的文号是什么?",
                                      "What is the document number of Anji's 2022 work points on administration according to law?"])
def test_a_cited_documents_number(answerer, question):
    assert classify(question).kind == "name"
    assert answerer.ask(question).meta["short_answer"] == "安政办发〔2022〕15号"


def test_the_reports_own_number(answerer):
    assert answerer.ask("安吉县2022年法治政府建设情况报告的发文字号是什么?").meta["short_answer"] == "安政呈〔2023〕3号"


# --- a place modifying what is asked; a quoted system -------------------------------------------
def test_which_citys_platform(answerer):
    q = "According to Anji's 2022 report, which city's cross-province service platform did Anji join?"
    assert classify(q).kind == "name"
    assert answerer.ask(q).meta["short_answer"] == "杭州"


def test_which_system_in_english(answerer):
    q = "Under which system did Anji study law before executive meetings of the county government in 2022?"
    assert asked_entity(q).kind == "scheme"
    assert answerer.ask(q).meta["short_answer"] == "“会前学法”"


def test_a_mechanism_asked_is_the_phrase_ending_in_it_before_a_quoted_system(answerer):
    q = "What mechanism did Anji improve in 2022 for the study of law before executive meetings?"
    assert answerer.ask(q).meta["short_answer"] == "学法考核机制"  # not the quoted “会前学法” 制度, nor the verb 健全


def test_a_bare_place_name_is_a_word_of_its_own():
    s = "建成政务公开平台,加入杭州“一网通办”。"  # 开平 (a county-level city) across 公开|平台 is no place
    assert [s[a:b] for a, b, _ in place_level_spans(s, "Which city's platform did the county join?")] == ["杭州"]


def test_which_citys_platform_is_answered_by_the_city(answerer):
    a = answerer.ask("Which city's platform did Anji join in 2022?")
    assert a.meta["short_answer"] == "杭州"  # not the platform's own name
