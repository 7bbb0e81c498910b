"""Who led / headed / chaired a leading or working group (领导小组, 工作组) is its 组长, whom the genre names before the
title (由局长某某任组长), not a name of the group's body or a phrase near the group's name.  A report written for these
tests (the fresh round-9 failure ac-009 showed the gap)."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.persons import asked_title
from rag.config import Config
from rag.records import Document

REPORT = (
    "黄山市市场监督管理局2022年法治政府建设情况报告\n"
    "一、加强组织领导\n"
    "2022年，局党组坚持以习近平生态文明思想和习近平法治思想为指导，推进依法行政。"
    "调整局法治政府建设领导小组，由局党组书记、局长程立峰任组长，分管副局长汪敏任副组长，各科室负责人为成员，"
    "全年召开领导小组会议4次。\n"
    "二、主要工作\n开展执法案卷评查2次。\n"
)
OTHER = ("池州市市场监督管理局2022年法治政府建设情况报告\n一、加强组织领导\n成立局法治政府建设领导小组，"
         "局长方海涛任组长。全年召开领导小组会议2次。\n")


def _doc(i: int, text: str, region: str) -> Document:
    return Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                    region=region, year=2022, level="prefecture", reporting_unit="市场监督管理局")


@pytest.mark.parametrize("question", [
    "Who led the rule-of-law leading group of Huangshan's market regulation bureau in 2022?",
    "Who headed the leading group for law-based government at Huangshan's market regulation bureau in 2022?",
])
def test_who_led_a_leading_group_is_its_group_leader(question):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    docs = {d.doc_id: d for d in (_doc(0, REPORT, "黄山市"), _doc(1, OTHER, "池州市"))}
    a = answerer_over(docs, cfg).ask(question)
    assert a.short_answer == "程立峰" and a.citations, a.answer


@pytest.mark.parametrize("question, title", [
    ("Who chaired the county's working group on dispute mediation?", "组长"),
    ("Who was the head of the leading group?", "组长"),
    ("Who led the justice bureau in 2021?", "局长"),
])
def test_the_head_of_a_group_is_its_group_leader(question, title):
    assert asked_title(question) == title
