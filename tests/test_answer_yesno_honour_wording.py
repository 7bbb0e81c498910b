"""How users word an honour claim: ``拿到了…的命名`` (the naming, not 称号) and ``有没有村子被评上…`` (a colloquial
village, asked of any village of the region); a level word with 的 (国家级的…示范村) is still the level (passages
written here, not eval items)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.yesno_honours import claimed_honour
from rag.config import Config

REPORTS = {
    ("江西省赣州市会昌县", 2023): (
        "会昌县2023年法治政府建设年度报告\n一、主要成效\n"
        "（一）示范创建。会昌县获评全省法治政府建设示范县，全国法治政府建设示范县创建工作仍在推进中，尚未获得命名。"
        "筠门岭镇芙蓉村入选全国民主法治示范村。\n"
        "（二）复议应诉。全年办理行政复议案件133件。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected", [
    ("会昌县2023年是不是已经拿到了全国法治政府建设示范县的命名？", "否"),
    ("会昌县2023年有没有村子被评上国家级的民主法治示范村？", "是"),
])
def test_worded_claims(answerer, q, expected):
    assert answerer.ask(q).short_answer == expected


def test_the_worded_claim():
    assert claimed_honour("某县是不是拿到了全国法治政府建设示范县的命名？").core == "法治政府建设示范地"
    got = claimed_honour("某县有没有村子被评上国家级的民主法治示范村？")
    assert (got.subject, got.level, got.core) == ("村", "国", "民主法治示范村")
