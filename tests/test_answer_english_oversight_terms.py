"""English words for the genre's enforcement and oversight figures: intellectual-property cases (商标侵权,
假冒专利) and cracking down on them (查处), a review's direct corrections (直接纠错率), the letters an oversight
body sends (监督建议书, 制发), and a bureau's own figures (本局/我局) beside its area's (全市).  Real BM25
retriever over a report written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config
from rag.text.glossary import english_terms

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("泸州市", 2022): (
        "泸州市市场监督管理局2022年法治政府建设工作报告\n"
        "一、严格规范执法\n"
        "全年查处商标侵权、假冒专利等案件87件，罚没款120.5万元；查处虚假广告案件15件，罚没款36.2万元。\n"
        "从人大代表、律师和企业代表中聘请特邀行政执法监督员16名，收集意见建议43条。\n"
        "开展执法案卷评查，抽查案卷260卷，对发现的问题向相关执法单位制发行政执法监督建议书9份，均已整改。\n"
        "二、行政复议与应诉\n"
        "（一）全市层面。全市市场监管系统作为被告的一审行政诉讼案件41件，负责人出庭应诉39件次，出庭应诉率95.1%。\n"
        "（二）本局层面。我局全年作为被告的行政诉讼案件3件，局负责人均出庭应诉，未发生败诉。\n"
        "全市市场监管系统行政复议主要数据如下：\n"
        "项目　　　　　　　　2021年　　2022年\n"
        "审结（件）　　　　　　　62　　　　70\n"
        "调解结案率　　　　　　18.0%　　 22.9%\n"
        "直接纠错率　　　　　　11.3%　　　7.1%\n"
    ),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("phrase, term", [
    ("trademark infringement", "商标侵权"), ("fake patents", "假冒专利"), ("counterfeit patents", "假冒专利"),
    ("direct correction rate", "直接纠错率"), ("recommendation letters", "建议书"), ("cracked down on", "查处|打击|查办"),
    ("outside watchdogs", "监督员"), ("external supervisors", "监督员"), ("social supervisors", "监督员"),
])
def test_the_genres_oversight_words_in_english(phrase, term):
    assert term in english_terms(f"How many {phrase} were there?")


@pytest.mark.parametrize("q, want", [
    ("In 2022, how many trademark infringement and counterfeit patent cases did Luzhou's market regulation bureau crack down on?", "87件"),
    ("What share of administrative reconsideration cases did Luzhou's market regulators directly correct in 2022?", "7.1%"),
    ("How many supervision recommendation letters did Luzhou's market regulation bureau send out in 2022?", "9份"),
    ("How many administrative lawsuits was Luzhou's market regulation bureau itself a defendant in during 2022?", "3件"),
    ("How many people did Luzhou's market regulators bring in as outside watchdogs of their law enforcement in 2022?", "16名"),
])
def test_english_oversight_figures_are_answered(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer
