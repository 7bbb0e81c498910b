"""An English question carrying a Chinese term reads the same whichever script the term is written in:
(雙隨機、一公開) and (双随机、一公开) are one term, as every term is folded (rag.text.normalize.fold).
Reports written here, one in Traditional script (dev_corpus dc-093 asked with its insert in Traditional
abstained while the Simplified insert answered)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.text.normalize import fold

REPORTS = {
    "甲山县": ("hans", "甲山县2022年法治政府建设情况报告\n一、主要工作\n全面推行“首违不罚、轻微免罚”清单，全年免罚案件56件。\n"),
    "乙河市": ("hant", "乙河市2022年法治政府建設情況報告\n一、主要工作\n落實“首違不罰、輕微免罰”制度，規範行政裁量權。\n"),
    "丙湖区": ("hans", "丙湖区2022年法治政府建设情况报告\n一、主要工作\n开展行政执法案卷评查，评查案卷120卷。\n"),
}
SIMPLIFIED = "Which reports mention the first-offence exemption list (首违不罚、轻微免罚)?"
TRADITIONAL = "Which reports mention the first-offence exemption list (首違不罰、輕微免罰)?"
FIGURE_HANS = "How many cases were exempted from penalties under the (首违不罚) list in 甲山县 in 2022?"
FIGURE_HANT = "How many cases were exempted from penalties under the (首違不罰) list in 甲山縣 in 2022?"


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs, chunks = [], []
    for i, (region, (script, text)) in enumerate(REPORTS.items()):
        d = Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), region=region, year=2022,
                     script=script)
        docs.append(d)
        chunks += chunk_text(d.doc_id, text, cfg.chunking.max_tokens)
    from rag.retrieve.retriever import Retriever

    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_a_chinese_insert_is_one_folded_term_in_either_script():
    assert content_terms(TRADITIONAL) == content_terms(SIMPLIFIED)
    assert all(t == fold(t) for t in content_terms(TRADITIONAL))


def test_which_reports_reads_the_same_in_either_script(answerer):
    hans, hant = answerer.ask(SIMPLIFIED), answerer.ask(TRADITIONAL)
    assert [r["doc_id"] for r in hant.meta["reports"]] == [r["doc_id"] for r in hans.meta["reports"]] == ["d0", "d1"]
    assert hant.answer == hans.answer


def test_a_figure_reads_the_same_in_either_script(answerer):
    hans, hant = answerer.ask(FIGURE_HANS), answerer.ask(FIGURE_HANT)
    assert hans.short_answer == hant.short_answer == "56件"


@pytest.mark.parametrize("question", ["Which reports mention the 'no penalty for a first minor offence' (首违不罚、轻微免罚) list?",
                                      "Which reports mention the 'no penalty for a first minor offence' (首違不罰、輕微免罰) list?"])
def test_an_english_name_quoted_before_its_chinese_is_a_gloss_not_more_terms(answerer, question):
    assert "处罚" not in content_terms(question)  # the dictionary's guess at "penalty": the Chinese already says it
    assert [r["doc_id"] for r in answerer.ask(question).meta["reports"]] == ["d0", "d1"]
