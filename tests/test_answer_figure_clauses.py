"""Which figure of a sentence answers: the clause a figure belongs to (a digit group's comma is no
clause break), a figure the sentence states for another year, and the clause written with the
question's verb (a user's 输了 is the report's 败诉).  Sentences written for these tests."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.figure_fit import clause_bounds
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.records import Chunk, Document, Hit


def one_passage_answer(q: str, passage: str, year: int = 2022, years: tuple[int, ...] = ()) -> str:
    doc = Document("d", "d.txt", passage, hashlib.sha256(passage.encode()).hexdigest(), region="丙县", year=year)
    hit = Hit(1, Chunk(f"d:0-{len(passage)}", "d", 0, len(passage), passage), 1.0)
    ask = make_ask(q, "zh", classify(q), content_terms(q, exclude=["丙县", "丙"]), years=years)
    return answer(ask, [hit], {"d": doc}).short


@pytest.mark.parametrize("s, at, clause", [
    ("全年指导1,208家单位完成整改,其中督办单位56家", 5, "全年指导1,208家单位完成整改"),
    ("共受理案件12,345件,办结11,002件", 15, "办结11,002件"),
    ("审结38件,其中维持24件", 8, "其中维持24件"),  # a comma before a non-digit still breaks
    ("分别为3,15,27件", 6, "15"),  # three figures in a row: not a digit group (two digits follow)
])
def test_a_digit_groups_comma_is_no_clause_break(s, at, clause):
    assert s[slice(*clause_bounds(s, at))] == clause


@pytest.mark.parametrize("q, s, want", [
    ("丙县一共为多少名农民工把工资追讨回来了?", "全年为2,315名农民工追讨回欠薪工资,协助农民工申请法律援助1,106人。", "2,315名"),
    ("丙县一共指导多少所学校把安全隐患整改完了?", "全年指导1,208所学校完成安全隐患整改,督促学校补建台账2,604所。", "1,208所"),
])
def test_a_grouped_thousands_figure_keeps_its_clauses_words(q, s, want):
    assert one_passage_answer(q, s) == want


@pytest.mark.parametrize("q, passage, want", [
    # the sentence stating an earlier year's figure is no answer for the asked year
    ("丙县2022年县法院受理的民事案件有多少件?",
     "2022年,县法院共收到民事起诉1,530件,依法受理1,488件。2021年县法院受理民事案件为1,206件。", "1,488件"),
    # a figure counted from the year named (从上一年的) is the asked earlier year's
    ("丙县2021年政务服务事项网办率是多少?", "2022年,全县政务服务事项网办率从上一年的61%提高到93%。", "61%"),
])
def test_a_figure_stated_for_another_year_does_not_answer(q, passage, want):
    assert one_passage_answer(q, passage, years=(int(q[2:6]),)) == want


@pytest.mark.parametrize("q, passage, want", [
    # the user's verb, in the genre's written word (打输 -> 败诉), picks its clause over the subject's
    ("丙县2022年各部门当被告的行政官司一共打输了几件?", "全县行政机关作为被告的行政诉讼案件共214件,审结198件,败诉17件,败诉率8.6%。", "17件"),
    # the question's own verb (受理) over the clause holding the subject's words (收到…申请)
    ("丙县2022年县政府受理的信息公开申请有多少件?", "县政府共收到政府信息公开申请96件,受理90件,不予受理6件。", "90件"),
])
def test_the_clause_of_the_questions_verb_answers(q, passage, want):
    assert one_passage_answer(q, passage, years=(2022,)) == want


@pytest.mark.parametrize("q, passage, want", [
    # a list's later items share the first one's verb: the measured noun keeps its own figure
    ("丙县2022年已接入多少个乡镇便民服务中心?", "已接入县直部门服务窗口45个,乡镇便民服务中心17个,村级服务站203个。", "17个"),
    # a 其中 part goes with its total's verb
    ("丙县2022年累计建成的省级示范村有几个?", "累计建成法治示范村86个,其中省级12个、市级30个。", "12个"),
])
def test_a_list_item_or_part_keeps_the_verb_of_its_lead(q, passage, want):
    assert one_passage_answer(q, passage, years=(2022,)) == want
