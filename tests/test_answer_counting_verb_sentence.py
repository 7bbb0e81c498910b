"""The verb a count is asked by (输了/lose -> 败诉, 撤销, 调解成功) decides which SENTENCE answers, not only which clause
of the chosen one: a report writes a topic's total first and goes on after ``；`` with what was done with it, the
clauses after ``；`` naming no topic of their own (…应诉案件86件…；法院判决行政机关败诉6件).  A better-ranked total
(86件) or another verb's figure (出庭应诉71件) does not answer "how many were lost".  Motivated by a first-contact
risk over a court-figures sentence (no eval item yet); real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("青田县", 2022): (
        "青田县2022年法治政府建设年度报告\n"
        "一、行政争议化解\n"
        "全县以行政机关为被告的一审行政应诉案件86件，行政机关负责人出庭应诉71件，出庭率为82.6%；"
        "经法院审理，行政机关败诉6件，败诉率为7.0%。\n"
        "县政府共收到行政复议申请64件，依法受理58件，审结55件；"
        "审结的案件中，撤销原行政行为7件，确认违法3件。\n"
        "二、下一步打算\n继续加强执法队伍建设。\n"
    ),
}
DOCS = docs_of(TEXTS)


@pytest.mark.parametrize("question,want", [
    ("青田县2022年行政机关输了几件官司？", "6件"),
    ("How many lawsuits did Qingtian County lose in 2022?", "6"),
    ("How many administrative lawsuits did Qingtian County's agencies lose in 2022?", "6"),
    ("青田县2022年行政复议撤销了多少件？", "7件"),
])
def test_the_asked_verb_picks_the_sentence(question, want):
    a = answerer_over(DOCS, CFG).ask(question)
    assert not a.abstained and a.short_answer.startswith(want), a.answer


@pytest.mark.parametrize("question,want", [
    ("青田县2022年一审行政应诉案件有多少件？", "86件"),
    ("青田县2022年行政复议受理了多少件？", "58件"),
])
def test_a_total_asked_keeps_its_own_clause(question, want):
    a = answerer_over(DOCS, CFG).ask(question)
    assert not a.abstained and a.short_answer.startswith(want), a.answer
