"""The genre's lenient enforcement (包容审慎: 不予处罚, 减轻处罚, 首违不罚, 免罚清单) asked in plain words: an idiom
(网开一面, 高抬贵手, 放一马), 少罚, a business called 经营者 / 商家 (reports write 市场主体), a decision withheld
said as 没有给予处罚 / 没给立案 (reports write 不予处罚 / 不予立案).  Reports written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.config import Config
from rag.records import Document
from rag.text.zh_variants import formal_words_in, written_phrasing


@pytest.mark.parametrize("text, written", [
    ("对多少起违法行为没有给予处罚", "对多少起违法行为不予处罚"),
    ("有几件申请没给立案", "有几件申请不予立案"),
    ("未给予许可的事项", "不予许可的事项"),
    ("没有给群众添麻烦", "没有给群众添麻烦"),  # no decision withheld: unchanged
])
def test_a_withheld_decision_is_written_as_the_reports_write_it(text, written):
    assert written_phrasing(text) == written


def test_plain_words_for_lenient_measures_search_the_reports_words():
    assert {"不予处罚", "减轻处罚", "不罚"} <= set(formal_words_in("对经营者网开一面"))
    assert "市场主体" in formal_words_in("有多少商家被高抬贵手")
    assert "从轻处罚" in formal_words_in("少罚了多少家")


def _doc(doc_id: str, text: str, region: str, year: int) -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                    title=text.splitlines()[0], region=region, year=year, level="county", reporting_unit="人民政府")


REPORTS = [
    _doc("hy", "海盐县2022年法治政府建设年度报告\n一、主要工作\n"
               "（一）优化营商环境。出台《海盐县市场主体轻微违法行为免罚清单》，全年对486家市场主体依法不予处罚或从轻处罚。\n"
               "（二）规范执法。全年办理行政处罚案件2,214件，罚没款3,106万元。\n", "海盐县", 2022),
    _doc("ta", "泰安市2023年法治政府建設年度報告\n一、主要工作\n"
               "（一）柔性執法。推行“首違不罰”清單，全年對917起輕微違法行為不予處罰，對58起違法行為減輕處罰。\n"
               "（二）行政複議。全年收到行政複議申請140件，不予受理12件。\n", "泰安市", 2023),
]


@pytest.mark.parametrize("question, figure", [
    ("海盐县2022年对情节轻微的违法经营者网开一面的有多少家？", "486家"),
    ("海盐县2022年对多少家商家高抬贵手，不罚或者少罚？", "486家"),
    ("泰安市2023年有多少起轻微违法行为被放一马、没有给予处罚？", "917起"),
    ("泰安市2023年行政复议申请有几件没给受理？", "12件"),
])
def test_lenient_measures_asked_in_plain_words_are_answered(question, figure):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    a = answerer_over({d.doc_id: d for d in REPORTS}, cfg).ask(question)
    assert a.short_answer == figure and a.citations, a.answer
