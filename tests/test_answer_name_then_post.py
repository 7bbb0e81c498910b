"""An official named between a title and the post they also take: ``局长某某某任组长`` (the genre's way to staff a
leading group), asked as ``由谁担任局长、牵头…`` or ``谁是…组长``.  Sentences written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.names import titled_names
from rag.answer.persons import titled_persons
from rag.config import Config
from rag.records import Document


@pytest.mark.parametrize("sentence, names", [
    ("调整局依法行政工作领导小组，局党组书记、局长周海涛任组长，分管副局长任副组长。", ["周海涛"]),
    ("成立工作专班，县长马骏兼任组长，县司法局局长为成员。", ["马骏"]),
    ("市委书记、市长张明担任总指挥，统筹推进。", ["张明"]),
    ("局长负责任务分解，逐项落实。", []),  # 负责 is no name, though 任 follows it
])
def test_a_name_ends_before_the_post_it_takes(sentence, names):
    found = [sentence[a:b] for a, b, _ in titled_names(sentence)]
    assert all(n in found for n in names) and (found or not names) and (names or not found), found


@pytest.mark.parametrize("sentence, post, name", [
    ("调整局依法行政工作领导小组，局党组书记、局长周海涛任组长，分管副局长任副组长。", "组长", "周海涛"),
    ("成立由县长马骏担任组长的工作专班。", "组长", "马骏"),
])
def test_the_holder_of_a_post_is_the_name_written_before_taking_it(sentence, post, name):
    assert [sentence[a:b] for a, b, _ in titled_persons(sentence, post)] == [name]


BUREAU = (
    "潍坊市自然资源局2022年法治政府建设情况报告\n"
    "一、主要工作\n"
    "（一）加强组织领导。调整局法治政府建设领导小组，局党组书记、局长周海涛任组长，分管副局长任副组长，各科室负责人为成员。"
    "局党组全年专题研究法治工作5次。\n"
    "（二）规范执法。全年办理自然资源行政处罚案件132件，罚没款612万元。\n"
)


@pytest.mark.parametrize("question", ["2022年潍坊市自然资源局由谁担任局长、牵头法治政府建设领导小组？",
                                      "潍坊市自然资源局2022年法治政府建设领导小组的组长是谁？"])
def test_the_head_of_a_leading_group_named_after_his_title_is_the_answer(question):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    doc = Document("wf", "wf.txt", BUREAU, hashlib.sha256(BUREAU.encode()).hexdigest(), title=BUREAU.splitlines()[0],
                   region="潍坊市", year=2022, level="department", reporting_unit="自然资源局")
    a = answerer_over({"wf": doc}, cfg).ask(question)
    assert a.short_answer == "周海涛" and a.citations, a.answer
