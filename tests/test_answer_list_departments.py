"""Departments asked by their level (which district departments …) are a list, not a place; the level the genre writes
once before a run of departments (区住建、城管、文旅等部门) is every name's, and a name is never cut to one character
(住 of 住建 read as a verb).  Sentences and a report written for these tests (invented facts, real place names)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.list_items import comma_items
from rag.answer.qtypes import classify
from rag.config import Config


@pytest.mark.parametrize("q, kind", [
    ("Which district departments formed the joint inspection team in 2021?", "list"),
    ("Which county-level departments took part in the campaign?", "list"),
    ("Which district won the provincial award in 2021?", "name"),
])
def test_departments_of_a_level_are_a_list(q, kind):
    assert classify(q).kind == kind


@pytest.mark.parametrize("sentence, names", [
    ("区住建、城管、文旅等部门组建联合执法组", ["住建", "城管", "文旅"]),
    ("市场监管、税务、公安等部门开展联合检查", ["市场监管", "税务", "公安"]),
    ("区人大、区政协、区法院等单位参加", ["区人大", "区政协", "区法院"]),
])
def test_a_level_written_once_before_the_run_is_no_part_of_the_first_name(sentence, names):
    assert [sentence[a:b] for a, b in comma_items(sentence, minimum=2)] == names


TEXTS = {("洛阳市老城区", 2021): ("洛阳市老城区2021年法治政府建设年度报告\n"
                              "一、严格规范公正文明执法\n"
                              "为保护隋唐洛阳城遗址，区住建、城管、文旅等部门组建遗址保护联合执法组，全年巡查遗址区域820次，制止违法建设行为41起。\n"
                              "二、法治宣传\n开展法治宣传活动37场。\n")}


def test_the_departments_that_formed_the_team_answer():
    q = "Which district departments formed the joint enforcement team protecting the Sui-Tang city ruins in Laocheng District in 2021?"
    a = answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"})).ask(q)
    assert a.short_answer == "住建, 城管, 文旅" and a.citations, a.answer
