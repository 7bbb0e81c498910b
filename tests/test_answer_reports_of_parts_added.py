"""A question's answer does not change when a report of a place INSIDE the asked one is indexed beside it:
a prefecture named inside a province's report (株洲那边) stays a content word though a county of that prefecture
has a report of its own (its qualified region 湖南省株洲市醴陵市 names 株洲 too), and a province that 组织各地 did
something is asked of its own report, not of its parts'.  A suit filed against a body is no record-filing (备案).
Passages written here, not eval items."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.regions import own_name
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.query import understand
from rag.retrieve.retriever import Retriever

PROVINCE = ("湖南省2022年法治政府建设情况报告\n一、主要工作\n"
            "全省组织各地开展行政执法案卷评查，共评查案卷3,210卷，评出优秀案卷845卷。"
            "全省行政机关负责人出庭应诉率为91.3%，比上年提高6.2个百分点。\n"
            "表1　2022年部分市州行政应诉情况\n市州　一审诉讼（件）　负责人出庭应诉率（%）\n"
            "长沙市　1540　94.2\n株洲市　618　83.5\n湘潭市　402　96.0\n"
            "二、存在的问题\n一是部分市县执法力量不足。\n")
COUNTY = ("醴陵市2022年法治政府建设情况报告\n醴陵市在株洲市委、市政府领导下推进法治建设。"
          "全市开展案卷评查2次，评查案卷280卷，其中优秀案卷96卷。行政机关负责人出庭应诉率100%。\n"
          "春节期间组织市场监管、交通运输等部门开展“平安出行”联合执法行动，出动执法人员2,300人次，"
          "查处超载运输、非法营运等违法案件85起，罚款41.2万元。\n")


def _answerer(texts: dict[str, tuple[str, str]]) -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = {i: Document(i, f"{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), region=r, year=2022)
            for i, (r, t) in texts.items()}
    chunks = [c for i, d in docs.items() for c in chunk_text(i, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(list(docs.values()), chunks, cfg), docs, cfg)


@pytest.fixture(scope="module")
def both() -> Answerer:
    return _answerer({"p": ("湖南省", PROVINCE), "c": ("湖南省株洲市醴陵市", COUNTY)})


def test_a_prefecture_inside_the_asked_province_is_content_whatever_its_counties_report(both):
    got = both.ask("湖南省2022年的报告里，株洲那边行政机关负责人出庭应诉率是多少？")
    assert got.short_answer.startswith("83.5"), got.answer


def test_a_province_directing_its_localities_is_asked_of_its_own_report(both):
    got = both.ask("湖南省2022年组织各地评查执法案卷，评出优秀案卷多少卷？")
    assert got.short_answer.startswith("845"), got.answer
    docs = [("p", "湖南省", 2022), ("c", "湖南省株洲市醴陵市", 2022)]
    assert understand("湖南省2022年组织各地评查了多少卷案卷", docs).regions == ("湖南省",)
    assert "湖南省株洲市醴陵市" in understand("湖南省各地2022年评查了多少卷案卷", docs).regions  # its parts asked


def test_own_name_drops_only_the_places_around_it():
    assert own_name("湖南省株洲市醴陵市") == "醴陵市" and own_name("湖南省") == "湖南省"


@pytest.mark.parametrize("q", ["How many lawsuits were filed against county agencies in 2022?",
                               "How many complaints were lodged against the district government?",
                               "How many suits were brought against the city's departments?"])
def test_a_suit_filed_against_a_body_is_no_record_filing(q):
    assert not any("备案" in t for t in content_terms(q)), content_terms(q)


def test_filing_a_document_for_the_record_is_still_a_record_filing():
    assert any("备案" in t for t in content_terms("How many normative documents were filed with the people's congress?"))


def test_violations_a_campaign_uncovered_are_its_illegal_cases_not_its_staff(both):
    got = both.ask("How many violations did Liling's joint enforcement campaign uncover in 2022?")
    assert got.short_answer.startswith("85"), got.answer
