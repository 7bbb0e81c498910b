"""Dates of the genre asked the way users ask them, end to end over reports written for these tests: a rule's
entry into force asked with 实施 where the report writes 施行; an approval asked with 哪个时候 … 批下来; a deadline
asked "by when"; a local rule asked in English as "the rules on sorting household waste … come into force"; the
report's own closing date asked as the "report on its … work signed off".  Each was refused or left without a
short answer before (the fresh round-9 failures aa-012, ad-012, aa-013, ac-012, ab-013 named the causes)."""
from __future__ import annotations

import dataclasses
import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.catalog import asks_closing, is_report_date_question
from rag.answer.qtypes import classify
from rag.config import Config
from rag.records import Document

REPORT = (
    "泰顺县2023年法治政府建设情况报告\n"
    "一、主要工作\n"
    "（一）加强制度建设。县政府起草《泰顺县农贸市场管理条例（草案）》，经县人大常委会两次审议后通过，于2023年8月1日起施行。"
    "《泰顺县湿地公园保护条例》于2023年5月经省人大常委会批准。"
    "制定《泰顺县生活垃圾分类管理办法》，组织听证会3场，该办法自2023年10月15日起施行。\n"
    "（二）强化执法监督。全县开展案卷评查2次，评查案卷310卷。\n"
    "二、存在的不足\n"
    "一是县行政执法监督平台尚未与市平台实现数据共享。二是基层执法力量仍然薄弱。\n"
    "三、2024年工作打算\n"
    "（一）完善执法监督体系，2024年9月底前实现县行政执法监督平台与市平台数据互联互通。\n"
    "（二）深化普法宣传，全年开展送法下乡活动不少于80场。\n"
    "\n泰顺县人民政府\n2024年2月6日\n"
)
# other places' reports: the same kinds of rule and work, other dates
OTHERS = [
    f"{place}县2023年法治政府建设情况报告\n一、主要工作\n制定《{place}县城市绿化管理办法》，自2023年{m}月1日起施行。"
    f"开展案卷评查{n}次，推进执法监督平台建设。\n\n{place}县人民政府\n2024年1月{n}日\n"
    for place, m, n in (("白石", 3, 12), ("红枫", 6, 20), ("金泉", 11, 25))
]


def _doc(i: int, text: str, region: str) -> Document:
    return Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), title=text.splitlines()[0],
                    region=region, year=2023, level="county", reporting_unit="人民政府")


@pytest.fixture(scope="module")
def answerer():
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"))
    docs = [_doc(0, REPORT, "泰顺县"), *(_doc(i, t, t.split("2023")[0]) for i, t in enumerate(OTHERS, 1))]
    return answerer_over({d.doc_id: d for d in docs}, cfg)


@pytest.mark.parametrize("question, want", [
    # 实施 asked, 施行 written
    ("泰顺县2023年那部管农贸市场的条例是从哪天起实施的？", "2023年8月1日"),
    # 哪个时候 asks a date (not a name); 批下来 is the reports' 批准
    ("泰顺县2023年的报告里，湿地公园保护条例是哪个时候经省人大常委会批下来的？", "2023年5月"),
    # by when: a deadline
    (("According to its 2023 report, by when did Taishun county aim to link its enforcement oversight platform with the "
      "city's?"), "2024年9月底前"),
    # rules on sorting household waste: the county's 生活垃圾分类管理办法
    ("According to Taishun county's 2023 report, from what date did its rules on sorting household waste come into force?",
     "2023年10月15日"),
    # the report's own closing date, the report named by what it covers
    ("On what date was Taishun county's report on its 2023 rule-of-law government work signed off?", "2024年2月6日"),
])
def test_dates_asked_plainly_are_answered(answerer, question, want):
    a = answerer.ask(question)
    assert a.short_answer == want and a.citations, a.answer


@pytest.mark.parametrize("question", ["某条例是哪个时候批准的？", "这个平台啥时候上线的？", "该办法几时开始施行？",
                                      "By when did the city plan to finish the platform?",
                                      "Since when has the county run its legal aid hotline?",
                                      "What was the deadline for linking the two platforms?",
                                      "From which date did the county's rules on dog keeping apply?",
                                      "这个平台是什么日子上线的？", "该条例何日起施行？"])
def test_plain_ways_of_asking_when_ask_a_date(question):
    assert classify(question).kind == "date"


@pytest.mark.parametrize("question, closing", [
    ("On what date was the county's report on its 2023 rule-of-law government work signed off?", True),
    ("When was the report on the city's 2022 work on law-based government signed?", True),
    ("In its 2023 report when was the cooperation agreement with the university signed?", False),
    ("According to its report on 2023 work, the memorandum with the court was signed when?", False),
])
def test_a_report_named_by_what_it_covers_is_the_one_signed(question, closing):
    assert is_report_date_question(question) is closing
    assert asks_closing(question) is closing
