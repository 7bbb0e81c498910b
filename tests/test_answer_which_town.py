"""Which town: a practice's place of origin (推广某镇“某某”经验, asked 做法是从哪个镇来的) and the town whose site won
an honour (asked 有个镇…拿到了…称号，是哪个镇): the town answers, not a list of practices nor the honour.  Real
BM25 retriever over a report written for these tests (invented places)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.qtypes import classify
from rag.config import Config

TEXTS = {
    ("石泉县", 2023): ("石泉县2023年法治政府建设年度报告\n"
                     "一、推进多元解纷\n"
                     "全县人民调解组织调解纠纷1,206件。总结推广喜河镇“板凳调解”工作法，在全县86个村设立调解室。\n"
                     "二、加强法治宣传\n"
                     "新建法治文化阵地9处，其中池河镇法治广场被评为“陕西省法治文化建设示范点”。\n"),
}
CFG = Config().replace(embedding={"backend": "none"})


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


@pytest.mark.parametrize("q, kind", [
    ("石泉县推广的“板凳调解”做法是从哪个镇来的?", "name"),
    ("这个做法是哪个乡首创的?", "name"),
    ("石泉县化解纠纷的做法有哪些?", "list"),
    ("石泉县调解工作的做法是什么?", "list"),
])
def test_a_practice_asked_which_place_is_one_name(q, kind):
    assert classify(q).kind == kind


def test_the_town_a_practice_comes_from(answerer):
    a = answerer.ask("石泉县2023年推广的“板凳调解”做法是从哪个镇来的?")
    assert not a.abstained and a.short_answer == "喜河镇", a.answer


def test_the_town_whose_site_won_the_honour(answerer):
    a = answerer.ask("石泉县2023年有个镇的法治广场拿到了省级示范点的称号，是哪个镇?")
    assert not a.abstained and a.short_answer == "池河镇", a.answer
