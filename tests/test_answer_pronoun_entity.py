"""A question that names its entity in a statement and asks for it by a pronoun ("X issued one new government
regulation in 2023. What was it called?") asks for that entity, as "what was the regulation called" does: the
regulation's title, not a quoted slogan of the report.  A report written for these tests (the fresh round-9 failure
ad-004 showed the gap)."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.kinds import asked_entity
from rag.config import Config
from rag.records import Document

REPORT = (
    "盐城市2023年法治政府建设情况报告\n"
    "一、主要工作\n"
    "（一）围绕“法治盐城”建设目标，全面推进依法行政。\n"
    "（二）加强制度建设。全年出台政府规章1部，即《盐城市城市照明管理办法》；修订规范性文件8件。\n"
    "（三）深化“放管服”改革，推行“一件事一次办”。\n"
)
OTHER = "淮安市2023年法治政府建设情况报告\n一、主要工作\n出台《淮安市河道管理办法》，修订规范性文件5件。\n"


def _doc(i: int, text: str, region: str) -> Document:
    return Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                    region=region, year=2023, level="prefecture", reporting_unit="人民政府")


def test_a_pronoun_question_after_a_statement_asks_the_statements_entity():
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    docs = {d.doc_id: d for d in (_doc(0, REPORT, "盐城市"), _doc(1, OTHER, "淮安市"))}
    a = answerer_over(docs, cfg).ask("Yancheng issued only one new government regulation in 2023. What was it called?")
    assert a.short_answer == "《盐城市城市照明管理办法》" and a.citations, a.answer


@pytest.mark.parametrize("question, head", [
    ("The county launched a new online platform in 2022. What is its name?", "platform"),
    ("In 2021 the city revised one regulation; what was it called?", "regulation"),
])
def test_the_statements_head_noun_is_the_entity(question, head):
    got = asked_entity(question)
    assert got is not None and got.head == head


def test_a_pronoun_question_alone_names_no_entity():
    assert asked_entity("What was it called?") is None
