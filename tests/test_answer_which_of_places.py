""""Which of X's districts / which one of the counties" asks a place of that level, as "which district" does: the
answer is the place (秀洲区), not the quoted name of what was piloted there.  A report written for these tests (the fresh
round-9 failure ab-010 showed the gap: the question was read as asking nothing in particular)."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.names import asked_levels
from rag.answer.qtypes import classify, which_of_places
from rag.config import Config
from rag.records import Document

REPORT = (
    "嘉兴市2023年法治政府建设情况报告\n"
    "一、主要工作\n"
    "（一）优化营商环境。在秀洲区试点“综合查一次”，全年减少入企检查频次180次。推行“首违不罚”清单，涉及事项56项。\n"
    "（二）基层治理。南湖区新建村级法律服务点12个。\n"
)
OTHER = "湖州市2023年法治政府建设情况报告\n一、主要工作\n推行“首违不罚”清单，涉及事项40项。开展法治宣传活动60场。\n"


def _doc(i: int, text: str, region: str) -> Document:
    return Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                    region=region, year=2023, level="prefecture", reporting_unit="人民政府")


def test_which_of_a_citys_districts_is_answered_by_the_district():
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    docs = {d.doc_id: d for d in (_doc(0, REPORT, "嘉兴市"), _doc(1, OTHER, "湖州市"))}
    a = answerer_over(docs, cfg).ask("In 2023, in which of Jiaxing's districts was the pilot of joint inspections of "
                                     "companies run?")
    assert a.short_answer == "秀洲区" and a.citations, a.answer


@pytest.mark.parametrize("question, level, kind", [
    ("Which of the county's townships was named a model township?", "township", "name"),
    ("Which one of Xining's urban districts has the most cases?", "district", "compare"),
    ("In which of the province's cities did the pilot run?", "prefecture", "name"),
])
def test_which_of_places_asks_the_level(question, level, kind):
    assert level in asked_levels(question) and classify(question).kind == kind


def test_which_of_other_things_is_left_alone():
    q = "Which of its measures in the districts worked?"
    assert which_of_places(q) == q
