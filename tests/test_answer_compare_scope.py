"""A comparison bound to the level the question asks (市一级 = 市本级 = 市级, not 全市), each named place's
report read deep enough to find that level's figure.  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.term_coverage import coverage, whole_forms
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

_FILLER = "加强行政执法人员培训，落实行政执法人员持证上岗制度，严格行政执法人员资格管理。"
REPORTS = {
    "福建省南平市": ("南平市2021年法治政府建设年度报告\n"
                 "一、行政执法\n" + _FILLER + "全市共有持证行政执法人员5200余名。\n"
                 "二、执法监督\n" + _FILLER + "开展行政执法案卷评查。\n"
                 "三、队伍建设\n" + _FILLER + "组织执法人员参加法律知识考试。\n"
                 "四、政务公开\n推进政务公开，公开市级1390名持有统一执法证件人员的信息，接受社会监督。\n"),
    "浙江省丽水市": ("丽水市2021年法治政府建设年度报告\n"
                 "一、行政执法\n" + _FILLER + "全市持证行政执法人员达到4100名。\n"
                 "二、执法监督\n" + _FILLER + "开展执法检查。\n"
                 "三、队伍建设\n截至年底，市本级持证上岗的执法人员共有1620名。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = [Document(f"d{i}", f"d{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), region=r, year=2021)
            for i, (r, t) in enumerate(REPORTS.items())]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_a_level_scope_is_one_term_stated_by_its_forms_not_by_the_whole_area():
    assert "县本级" in content_terms("哪个地方县一级的执法人员更多?")
    assert "市本级" not in content_terms("南平市本级有多少名执法人员?", exclude=["南平市", "南平"])  # part of the name
    assert {"市一级", "市级"} <= set(whole_forms("市本级"))
    assert coverage(("市本级",), "全市共有执法人员5200名")[0] == 0.0


def test_each_side_is_read_at_the_asked_level(answerer):
    a = answerer.ask("南平2021年与丽水2021年相比,哪边市一级持证的行政执法人员更多?")
    assert a.short_answer == "丽水（1620名）多于南平（1390名）", a.answer


def test_an_english_question_asks_the_level_through_the_glossary(answerer):
    from rag.text.glossary import english_terms

    assert "市本级" in english_terms("How many city-level officers?") and "县本级" in english_terms("at the county level")
    assert "市本级" not in english_terms("among the 262 prefecture-level cities")  # 地级市: a kind of city, no scope
    a = answerer.ask("Which had more certified law enforcement officers at the city level: Nanping in 2021 or Lishui in 2021?")
    assert a.short_answer.startswith("丽水 (1620名)") and "1390名" in a.short_answer, a.answer


def test_a_count_at_shi_ji_is_the_city_governments_own(answerer):
    """市级 in a figure question is the level's own count (市级1390名), not the whole area's (全市5200余名)."""
    a = answerer.ask("南平2021年与丽水2021年相比,哪边市级持证的行政执法人员更多?")
    assert a.short_answer == "丽水（1620名）多于南平（1390名）", a.answer
