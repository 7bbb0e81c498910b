"""English names of a field of work (policy areas, sectors, sector by sector) are the genre's 领域, with no 政策 of their
own: a list question so worded lists the 领域 items of the report's key-areas section.  Passages written here, not
eval items (motivated by fresh v-023)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.text.glossary import english_terms

TEXT = ("子县2022年法治政府建设年度报告\n"
        "一、政务服务\n"
        "全面推行证明事项告知承诺制，办理告知承诺事项3120件。\n"
        "二、重点领域依法治理\n"
        "一是交通运输领域。查处非法营运车辆214辆。二是教育培训领域。整治无证办学机构17家。"
        "三是自然资源领域。立案查处违法用地案件66宗。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    from rag.retrieve.retriever import Retriever
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("z", "z.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="某省子县", year=2022)
    return Answerer(Retriever.build([doc], chunk_text("z", TEXT, cfg.chunking.max_tokens), cfg), {"z": doc}, cfg)


@pytest.mark.parametrize("phrase", ["policy areas", "sectors", "sector-by-sector"])
def test_field_names_are_lingyu(phrase):
    terms = english_terms(f"Which {phrase} did it cover?")
    assert any("领域" in t for t in terms) and not any("政策" in t for t in terms)


def test_policy_areas_listed(answerer):
    text = answerer.ask("Which policy areas did Zixian single out for sector-by-sector law-based governance in 2022?").answer
    assert "交通运输" in text and "教育培训" in text and "自然资源" in text
