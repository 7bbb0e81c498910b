"""An English yes/no question claiming an honour (was X awarded the title of …) is checked against the sentence that
names the honour, not refused for lacking the glossary's words for the claim's frame (授予, 称号): the genre writes
获评 / 被命名为 / 未获命名 and rarely 授予…称号.  Reports written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.config import Config
from rag.records import Document

PENDING = (
    "松阳县2023年法治政府建设年度报告\n一、主要工作\n"
    "（一）示范创建。我县申报的省级法治政府建设示范县已通过实地评估，尚待命名。\n"
    "（二）行政复议。全年办理行政复议案件37件，纠错率10.8%。\n"
)
WON = (
    "开化县2022年法治政府建设年度报告\n一、主要工作\n"
    "（一）示范创建。开化县被命名为第二批省级法治政府建设示范县。\n"
    "（二）普法宣传。开展法治宣传活动120场。\n"
)

# another place's report that does write 授予…称号 (so the collection knows those words)
OTHER = (
    "遂昌县2021年法治政府建设情况报告\n一、工作成效\n"
    "（一）表彰情况。县司法局被授予“全省公共法律服务先进集体”称号，两名调解员被授予“金牌调解员”称号。\n"
)


def _doc(doc_id, text, region, year):
    return Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                    region=region, year=year, level="county", reporting_unit="人民政府")


@pytest.mark.parametrize("question, doc_id", [
    ("Was Songyang County awarded the title of provincial model county for rule-of-law government in 2023?", "sy"),
    ("Was Kaihua County awarded the title of provincial model county for rule-of-law government in 2022?", "kh"),
])
def test_an_english_honour_claim_is_checked_against_the_sentence_naming_the_honour(question, doc_id):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    docs = {"sy": _doc("sy", PENDING, "松阳县", 2023), "kh": _doc("kh", WON, "开化县", 2022),
            "sc": _doc("sc", OTHER, "遂昌县", 2021)}
    a = answerer_over(docs, cfg).ask(question)
    assert not a.abstained and a.citations and a.citations[0].doc_id == doc_id, a.answer
    assert "示范县" in a.answer


@pytest.mark.parametrize("text, needle", [(PENDING, "尚待命名"), (WON, "被命名为")])
def test_the_glossarys_words_for_conferring_a_title_are_the_claims_frame_not_words_to_hold(text, needle):
    """The lexicon renders awarded / title as 授予|颁发 / 称号 when the collection holds those words; the sentence
    naming the honour (命名, no 授予, no 称号) still supports the question fully."""
    from answer_corpus import hits_for

    from rag.answer.evidence import make_ask
    from rag.answer.qtypes import classify
    from rag.answer.support import measure_support

    question = "Was the county awarded the title of provincial model county for rule-of-law government?"
    terms = ("授予|颁发", "称号", "示范县|示范", "法治政府")
    weights = {"授予|颁发": 3.0, "称号": 2.5, "示范县|示范": 0.4, "法治政府": 0.1}  # the frame's words rare, as they are
    docs = {"d": _doc("d", text, "某县", 2023)}
    ask = make_ask(question, "en", classify(question), terms, weights, (), ())
    assert measure_support(ask, hits_for(docs, needle), docs).score >= 0.9


def test_the_frame_words_are_not_words_the_claimed_honour_must_hold():
    from rag.answer.yesno_honours import claimed_honour_en

    question = "Was the county awarded the title of provincial model county for rule-of-law government?"
    honour = claimed_honour_en(question, ("授予|颁发", "称号", "示范县|示范", "法治政府"))
    assert honour is not None and "授予|颁发" not in honour.words and "称号" not in honour.words
    assert "法治政府" in honour.words
