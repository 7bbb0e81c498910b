"""A rule newly amended and put into force, asked in plain words, end to end: a user's 新改 / 刚改 / 改过 is the
reports' 新修订 / 修订 / 修改 and 实行 their 施行 / 实施 (rag.text.zh_variants), so the date it took effect answers
rather than a refusal for words no report writes.  A report written for these tests."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.term_coverage import coverage
from rag.answer.terms import content_terms
from rag.config import Config
from rag.records import Document

REPORT = (
    "青石县2021年法治政府建设年度报告\n一、主要工作\n"
    "（一）推进制度建设。新修订的《青石县物业管理条例》于2021年7月20日经县人大常委会审议通过，2022年3月1日起施行。"
    "我局组织专题培训6场，参训人员420人次。\n"
    "（二）普法宣传。开展法治宣传活动58场。\n"
    "二、下一步工作打算\n全面贯彻新修订的物业管理条例，推动物业纠纷调解组织全覆盖。\n"
)


# other places' reports: the law's name is common, and the user's 新改 stands in one only as a part of 新改扩建
OTHERS = [f"{place}县2021年法治政府建设年度报告\n一、主要工作\n贯彻物业管理条例，实行物业纠纷分级调处，开展法治宣传活动{n}场。\n"
          for place, n in (("白沙", 12), ("红岩", 30), ("金竹", 7))] + [
          "银杏县2021年法治政府建设年度报告\n一、主要工作\n新改扩建公共法律服务站3个，开展法治宣传活动19场。\n"]


def _doc(i: int, text: str, region: str, unit: str) -> Document:
    return Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                    region=region, year=2021, level="county", reporting_unit=unit)


@pytest.mark.parametrize("question", [
    "按青石县2021年报告的说法，新改的物业管理条例从哪天起开始实行？",
    "青石县2021年报告里，刚改的物业管理条例什么时候开始实行？",
])
def test_a_newly_amended_rules_date_in_force_asked_in_plain_words(question):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    docs = [_doc(0, REPORT, "青石县", "人民政府"), *(_doc(i, t, t.split("2021")[0], "人民政府") for i, t in enumerate(OTHERS, 1))]
    a = answerer_over({d.doc_id: d for d in docs}, cfg).ask(question)
    assert a.short_answer == "2022年3月1日" and a.citations, a.answer


def test_plain_amended_and_in_force_words_are_stated_by_the_written_ones():
    terms = content_terms("改过的条例从哪天起实行？")
    _, missing = coverage(terms, "修订后的条例自2022年3月1日起施行。")
    assert "改过" not in missing and "实行" not in missing, missing
