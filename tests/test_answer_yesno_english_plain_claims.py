"""English yes/no questions in everyday wording: the claim's words reach the report's Chinese (problems
"fixed" are 整改, "administrative review" is 行政复议, a "work list" is the year's 工作要点, rules "put in force" are
出台 / 施行, "primary and middle schools" are 中小学), and a date said as the year's end (by the end of that year)
is the asked year, not a term (当年) the passage must hold.  Passages written here
(fresh round 9 aa-017, ad-015, ad-026, y-015, y-018 are the kinds)."""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever
from rag.text.glossary import english_terms

TEXT = ("甲县2023年法治政府建设情况报告\n一、主要工作\n"
        "（一）县委依法治县办对9个乡镇和15个县直部门开展法治政府建设专项督察，共发现问题52个，截至年底已整改47个，"
        "其余5个正在整改中。\n"
        "（二）县政府印发《甲县2023年法治政府建设工作要点》，细化具体任务26项，年底对账，26项任务完成23项，"
        "3项结转至下一年度。\n"
        "（三）县政府全年受理行政复议案件64件，同比增长14%，审结58件。\n"
        "（四）《甲县行政执法责任追究办法》已完成起草，尚未出台。\n"
        "（五）为全县中小学配备法治副校长83名，实现全县中小学全覆盖。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("jia", "jia.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省甲县", year=2023)
    return Answerer(Retriever.build([doc], chunk_text("jia", TEXT, cfg.chunking.max_tokens), cfg), {"jia": doc}, cfg)


@pytest.mark.parametrize(("question", "gold"), [
    ("Were all the problems turned up by Jia County's 2023 rule-of-law inspections fixed by the end of that year?", "No"),
    ("Did Jia County get through every task on its 2023 rule-of-law work list by year end?", "No"),
    ("Did the number of administrative review cases Jia County accepted fall in 2023?", "No"),
    ("By the end of 2023, had Jia County put in force rules on holding law enforcers accountable?", "No"),
    ("Did Jia County manage to give every primary and middle school a rule-of-law vice-principal in 2023?", "Yes"),
])
def test_plain_english_claims_are_decided(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold


def test_a_year_end_date_is_no_term():
    assert not any("本年" in t for t in english_terms("Were the cases closed by the end of that year?"))
    assert english_terms("Were the cases closed by the end of that year?") == english_terms("Were the cases closed?")


def test_manage_to_adds_no_term_and_administrative_review_is_xingzheng_fuyi():
    assert english_terms("Did it manage to open a hotline?") == english_terms("Did it open a hotline?")
    assert english_terms("How many administrative review cases?") == ("行政复议", "案件")


def test_issues_found_are_problems_not_documents_issued():
    assert english_terms("Were all the issues found in the inspections fixed?")[0] == "问题"
    assert english_terms("How many documents did the city issue?")[-1] == "印发"
