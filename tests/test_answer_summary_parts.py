"""Parts a report may lack -- its shortcomings, its plans: asked of a report that has them (as a section
or as a paragraph), they are summarised; asked of one that does not, the answer is a refusal, never
another section of it nor another report's part.  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.qtypes import classify
from rag.answer.sections import cued_range, optional_part
from rag.chunk.chunker import chunk_text
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
# no shortcomings, no plans: 统筹安排 and 突出问题 are part of the year's work
YICHANG = ("宜昌市2022年法治政府建设情况报告\n"
           "一、主要工作\n"
           "（一）统筹安排法治政府建设任务。市政府常务会议4次研究法治政府建设，聚力破解依法行政中的突出问题。\n"
           "（二）规范行政执法。全市评查行政执法案卷320卷，组织执法人员培训12期。\n")
# a section of each
QUJING = ("曲靖市2020年法治政府建设年度报告\n"
          "一、工作成效\n"
          "全年办理行政复议案件86件，开展法治宣传活动560场次。\n"
          "二、存在的问题\n"
          "一是乡镇执法队伍专业化水平不高。二是普法宣传针对性不强。\n"
          "三、下一步工作计划\n"
          "一是加快乡镇综合执法队伍建设。二是推行“普法清单”制度。\n")
# paragraphs, no headings
CHANGZHI = ("长治市2021年法治政府建设情况报告\n"
            "全年完成行政规范性文件合法性审核65件，各项工作稳步推进。\n"
            "2021年，我市法治政府建设虽然取得了一定成效，但与上级要求相比还有差距，比如，个别县区行政复议应诉能力偏弱，"
            "部分乡镇合法性审核力量不足。\n"
            "下一步，我市将持续推进县乡两级合法性审核全覆盖，并组建行政复议专家库。\n")
# two more reports, so that a word of every report (工作) is as common as in a real collection
OTHERS = {("赣州市", 2019): "赣州市2019年法治政府建设工作报告\n全年组织集中学法6次，推进各项工作。\n",
          ("霍州市", 2023): "霍州市2023年法治政府建设工作报告\n全年开展执法检查40次，扎实推进各项工作。\n"}
TEXTS = {("宜昌市", 2022): YICHANG, ("曲靖市", 2020): QUJING, ("长治市", 2021): CHANGZHI, **OTHERS}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_part_is_found_only_where_it_is_stated():
    assert cued_range(YICHANG, "还存在哪些不足?") is None  # 突出问题 is work done, not a shortcoming
    assert cued_range(YICHANG, "下一步有什么打算?") is None  # 统筹安排 is work done, not a plan
    a, _ = cued_range(CHANGZHI, "还存在哪些不足?")
    assert CHANGZHI[a:].startswith("2021年，我市法治政府建设虽然")
    a, _ = cued_range(CHANGZHI, "下一步有什么打算?")
    assert CHANGZHI[a:].startswith("下一步，我市将")
    assert optional_part("存在哪些不足?") and optional_part("下一步有什么打算?") and not optional_part("主要举措有哪些?")


@pytest.mark.parametrize("q", ["宜昌市2022年法治政府建设还存在哪些不足?", "宜昌市2022年下一步有什么打算?",
                               "What shortcomings did Yichang identify in its 2022 report?"])
def test_a_report_without_the_part_is_refused(answerer, q):
    a = answerer.ask(q)
    assert a.abstained and not a.citations, a.answer


@pytest.mark.parametrize("q, quote", [
    ("曲靖市2020年法治政府建设还存在哪些问题?", "乡镇执法队伍专业化水平不高。"),
    ("曲靖市2020年下一步有什么打算?", "加快乡镇综合执法队伍建设。"),
    ("长治市2021年还存在哪些差距?", "个别县区行政复议应诉能力偏弱"),
    ("长治市2021年下一步有什么打算?", "组建行政复议专家库"),
])
def test_a_report_with_the_part_is_summarised_from_it(answerer, q, quote):
    a = answerer.ask(q)
    assert not a.abstained and quote in a.answer, a.answer
    assert all(DOCS[c.doc_id].text[c.start:c.end] == c.quote for c in a.citations)
    assert {c.doc_id for c in a.citations} == {next(k for k, d in DOCS.items() if d.region == q[:3])}


def test_a_year_without_a_place_is_answered_from_that_years_report(answerer):
    a = answerer.ask("2021年存在哪些问题?")
    assert not a.abstained and {DOCS[c.doc_id].year for c in a.citations} == {2021}, a.answer
    assert "个别县区行政复议应诉能力偏弱" in a.answer
    b = answerer.ask("2022年还存在哪些问题?")  # the 2022 report states none: not 2020's
    assert b.abstained and not b.citations, b.answer


def test_another_places_passages_are_no_evidence_for_the_asked_place():
    from rag.answer.evidence import candidates, make_ask
    from rag.records import Hit

    qj = next(d for d in DOCS.values() if d.region == "曲靖市")
    hits = [Hit(1, c, 1.0) for c in chunk_text(qj.doc_id, qj.text, CFG.chunking.max_tokens)]
    q = "宜昌市2022年办理了多少件行政复议案件?"
    ask = make_ask(q, "zh", classify(q), ("行政复议", "案件"),
                   regions=("宜昌市",), years=(2022,))
    assert candidates(hits, DOCS, ask) == []  # only 曲靖's passages were found: 曲靖's 86件 is not 宜昌's
    assert candidates(hits, DOCS, make_ask(q, "zh", ask.qtype, ask.terms, regions=("曲靖市",)))


@pytest.mark.parametrize("q, kind", [
    ("What does Qujing plan to do next year, according to its 2020 report?", "summary"),
    ("What weaknesses did Qujing's 2020 report admit?", "summary"),
    ("What are the next steps for Qujing?", "summary"),
    ("How many gaps were found in 2020?", "number"),
    ("Which three plans for 2021-2025 did the county carry out?", "list"),
])
def test_english_shortcomings_and_plans_are_summaries(q, kind):
    assert classify(q).kind == kind


def test_english_shortcomings_and_plans_are_summarised_from_their_part(answerer):
    a = answerer.ask("What weaknesses did Qujing's 2020 report admit?")
    assert not a.abstained and "乡镇执法队伍专业化水平不高。" in a.answer, a.answer
    b = answerer.ask("What does Qujing plan to do next year, according to its 2020 report?")
    assert not b.abstained and "加快乡镇综合执法队伍建设。" in b.answer, b.answer
    c = answerer.ask("What weaknesses did Yichang's 2022 report admit?")
    assert c.abstained, c.answer


@pytest.mark.parametrize("q", ["请概括曲靖市2020年在行政复议方面的主要做法。",
                               "Summarise Qujing's administrative reconsideration work in 2020."])
def test_a_summary_of_a_topic_quotes_that_topic_not_the_generic_section(answerer, q):
    a = answerer.ask(q)
    assert not a.abstained and "行政复议案件86件" in a.answer, a.answer
    assert "乡镇执法队伍" not in a.answer


@pytest.mark.parametrize("q", ["请概括宜昌市2022年在行政复议方面的主要做法。",
                               "Summarise Yichang's administrative reconsideration work in 2022."])
def test_a_summary_of_a_topic_the_report_never_names_is_refused(answerer, q):
    a = answerer.ask(q)
    assert a.abstained, a.answer


def test_a_summary_of_the_whole_report_is_not_a_topic(answerer):
    a = answerer.ask("曲靖市2020年法治政府建设总体情况怎么样?")
    assert not a.abstained, a.answer


def test_the_opening_paragraph_is_prose_not_a_web_pages_metadata():
    from rag.answer.summaries import lead_spans

    text = ("乙县2024年法治政府建设工作报告\n"
            "发布时间: 2025-03-25 09:21 信息来源: 县司法局 浏览次数: 1024 字号: [大 中 小] 打印本页 关闭窗口\n"
            "2024年，乙县坚持依法行政，法治政府建设各项工作取得新成效。现将有关情况报告如下。\n"
            "一、主要工作\n全年办理行政复议案件20件。\n")
    assert [text[a:b] for a, b in lead_spans(text)] == ["2024年，乙县坚持依法行政，法治政府建设各项工作取得新成效。"]
