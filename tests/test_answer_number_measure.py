"""What a figure question counts, read as the genre writes it: the head noun of the counted compound
(普法短信: not any 普法 figure), a rate asked with 达到, and never a number that is part of a date, of
a quoted name or bare when a count is asked.  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import hashlib

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.asked_measure import measured_words
from rag.answer.figures import number_spans
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("宜昌市", 2022): ("宜昌市2022年法治政府建设情况报告\n"
                     "一、主要工作\n"
                     "全年发布普法信息120条，开展普法活动30场。\n"
                     "落实行政机关负责人出庭应诉制度，出庭应诉率连续3年保持100%。\n"
                     "市政府聘请法律顾问，名单见附件4。\n"),
    ("曲靖市", 2020): ("曲靖市2020年法治政府建设年度报告\n"
                     "全年通过短信平台发送普法短信5.6万条。\n"
                     "市政府聘请法律顾问12名。\n"),
    ("南平市", 2021): ("南平市2021年法治政府建设年度报告\n"
                     "开展水源地保护执法专项检查，累计检查企业86家次，下达整改通知书15份，立案9件，处罚金额26.5万元。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q, measured", [
    ("发布了多少条普法短信?", ("普法", "短信")),
    ("机构改革后设了多少个政府机构?", ("政府", "机构")),
    ("组织多少名干部参加了培训?", ("干部",)),  # 参加培训 is what they did, not what is counted
    ("有多少名人民调解员?", ("人民调解员",)),
    ("全市200家企业里,有多少家实现了全程网办?", ("企业",)),  # a verb follows 多少件: the counted noun came before
    ("有多少件被维持?", ("维持",)),  # passive: the verb is what is asked
])
def test_the_counted_compound_keeps_its_head_noun(q, measured):
    assert measured_words(q, content_terms(q)) == measured


def test_a_figure_of_the_modifier_alone_is_no_answer(answerer):
    a = answerer.ask("宜昌市2022年发布了多少条普法短信?")
    assert a.abstained, a.answer  # 120条 普法信息 are not 短信
    b = answerer.ask("曲靖市2020年发布了多少条普法短信?")
    assert not b.abstained and b.short_answer == "5.6万条", b.answer


def test_a_rate_asked_with_da_dao_is_a_rate(answerer):
    assert classify("出庭应诉率达到多少?").unit == "%"
    a = answerer.ask("宜昌市2022年行政机关负责人出庭应诉率达到多少?")
    assert a.short_answer == "100%", a.answer


def test_numbers_of_dates_and_quoted_names_are_not_figures():
    s = "发布时间:2022-08-16，开展“12.4”国家宪法宣传日活动，发放资料3.2万份。"
    assert [s[a:b] for a, b, _ in number_spans(s)] == ["3.2万份"]


def test_a_bare_number_is_no_count(answerer):
    a = answerer.ask("宜昌市2022年聘请了多少名法律顾问?")
    assert a.abstained, a.answer  # 附件4 is no count of advisers
    b = answerer.ask("曲靖市2020年聘请了多少名法律顾问?")
    assert b.short_answer == "12名", b.answer


def test_a_date_from_a_sentence_about_something_else_is_no_answer():
    text = ("戊市2022年法治政府建设情况报告\n"
            "2022年3月，市政府印发全市安全生产工作要点。\n"
            "全年开展法治督察4次，督促整改问题40个。\n")
    doc = Document("w", "w.txt", text, hashlib.sha256(text.encode()).hexdigest(), region="戊市", year=2022)
    docs = {"w": doc}
    chunks = chunk_text("w", text, CFG.chunking.max_tokens)
    a = Answerer(Retriever.build([doc], chunks, CFG), docs, CFG).ask("戊市2022年法治督察发现问题的整改方案是什么时候印发的?")
    assert a.abstained, a.answer  # 2022年3月 dates the 安全生产 plan, not the 整改方案


def test_no_closest_sentence_is_shown_when_none_is_about_the_question():
    texts = {"v": ("宜昌市", ("宜昌市人民政府\n发布机构: 宜昌市人民政府 浏览次数: 88 字号: 大 中 小\n"
                             "宜昌市2022年法治政府建设情况报告\n全年开展法治宣传活动40场，发放资料3000份。\n")),
             "u": ("曲靖市", "曲靖市2022年法治政府建设情况报告\n曲靖市“一站式”矛盾调解项目获评全国法治政府建设示范项目。\n"),
             # more reports of the genre, so that 法治政府建设 is as common as in a real collection
             **{f"f{i}": (r, f"{r}2022年法治政府建设情况报告\n全年办理行政复议案件{20 + i}件。\n")
                for i, r in enumerate(("长治市", "赣州市", "霍州市"))}}
    docs = {k: Document(k, f"{k}.txt", t, hashlib.sha256(t.encode()).hexdigest(), region=r, year=2022)
            for k, (r, t) in texts.items()}
    chunks = [c for d in docs.values() for c in chunk_text(d.doc_id, d.text, CFG.chunking.max_tokens)]
    a = Answerer(Retriever.build(list(docs.values()), chunks, CFG), docs, CFG).ask("宜昌市2022年哪个项目获评全国法治政府建设示范项目?")
    assert a.abstained and "浏览次数" not in a.answer and "法治宣传" not in a.answer, a.answer  # 曲靖's project is not 宜昌's


@pytest.mark.parametrize("q", ["南平市2021年水源地保护执法专项检查一共罚了多少钱?", "南平市2021年水源地保护专项检查共罚了多少?"])
def test_a_money_question_without_a_unit_word_asks_for_money(answerer, q):
    assert classify(q).unit == "元"
    assert answerer.ask(q).short_answer == "26.5万元"  # not the first figure of the sentence (86家次)


def test_a_count_of_the_fined_is_no_money_question():
    assert classify("共处罚了多少家企业?").unit == "家" and classify("共处罚多少企业?").unit == ""
