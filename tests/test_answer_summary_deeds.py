"""Asked how something was done (怎么做的), a summary quotes the year's deeds: the topic's own section however
deep the report numbers it (2．坚持双语普法…), never the next year's plans that share its words (三、2024年工作计划 >
（二）深化双语普法); and a rare word glued to the preposition before it (用傣汉) is read as the word reports hold.
Motivated by a fresh item; real BM25 retriever, a report written for these tests."""
from __future__ import annotations

from answer_corpus import answerer_over, docs_of

from rag.answer.sections import plans_parts
from rag.answer.term_tokens import unglued
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 6})
REPORT = (
    "勐腊县2023年法治政府建设情况报告\n"
    "一、主要工作开展情况\n"
    "1．强化组织领导，落实第一责任人职责\n"
    "县委常委会会议专题研究法治建设工作4次，县政府常务会议学法12次。\n"
    "2．坚持傣汉双语，推动法治宣传进村入户\n"
    "县司法局组建傣汉双语普法小分队，全年开展进村宣讲412场，受众5.1万人次。"
    "翻译印制傣汉双语《宪法》读本等普法资料6种、2.4万册。"
    "在县广播电台开设傣语法治栏目《说法》，全年播出52期。\n"
    "3．规范行政执法，提升执法质效\n"
    "全县开展执法案卷评查2次，评查案卷318卷。\n"
    "二、存在的问题\n"
    "基层执法力量不足，普法形式还不够丰富。\n"
    "三、2024年工作计划\n"
    "（一）提升执法质效。持续开展案卷评查。\n"
    "（二）深化傣汉双语普法。计划新编译傣汉双语普法读物3种，培育“法律明白人”800名。\n"
)
# other reports of the genre: 普法, 宣传 and 工作 are words of every report, 傣汉 of one
OTHERS = {
    ("景洪市", 2023): "景洪市2023年法治政府建设情况报告\n一、主要工作\n深入开展普法宣传工作，举办法治讲座36场。\n"
                    "二、下一步工作打算\n继续抓好普法宣传工作。\n",
    ("思茅区", 2023): "思茅区2023年法治政府建设情况报告\n一、主要工作\n落实“谁执法谁普法”责任制，开展宣传活动80余场。\n"
                    "二、存在的问题\n普法宣传针对性不强，部分工作流于形式。\n",
    ("宁洱县", 2022): "宁洱县2022年法治政府建设情况报告\n一、主要工作\n以宪法宣传周为契机开展普法工作，发放资料1.2万份。\n",
}
DOCS = docs_of({("勐腊县", 2023): REPORT, **OTHERS})


def test_a_how_question_quotes_the_deeds_section_not_the_plans():
    a = answerer_over(DOCS, CFG).ask("勐腊县2023年普法工作里是怎么用傣汉双语来做宣传的？")
    assert "412场" in a.answer and "52期" in a.answer, a.answer
    assert "计划新编译" not in a.answer, a.answer


def test_a_plans_question_still_reads_the_plans():
    a = answerer_over(DOCS, CFG).ask("勐腊县2024年在傣汉双语普法方面有什么工作计划？")
    assert "计划新编译" in a.answer, a.answer


def test_the_plans_part_runs_from_its_heading_to_the_next():
    (a, b), = plans_parts(REPORT)
    assert REPORT[a:].startswith("三、2024年工作计划") and b == len(REPORT)


def test_a_glued_rare_word_is_read_as_the_part_reports_hold():
    held = lambda w: w in REPORT
    assert unglued("用傣汉", held) == "傣汉"
    assert unglued("普法", held) == "普法" and unglued("用某某", held) == "用某某"  # a word; nothing held
    assert "傣汉" in content_terms("怎么用傣汉双语做宣传?", attested=held)
