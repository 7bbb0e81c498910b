"""Which figure of a sentence answers: the clause a figure belongs to (a digit group's comma is no
clause break), a figure the sentence states for another year, and the clause written with the
question's verb (a user's 输了 is the report's 败诉).  Sentences written for these tests."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.figures import clause_bounds
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
