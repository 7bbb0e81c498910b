"""A question about one topic of a report's plans, worded as users word it: the plans numbered （1）（2）… under
the section heading (a level below （一）), a word the plans never use (游客 for the genre's 涉旅), a spoken "how"
(怎么弄), an abbreviation (自贸港 for 自由贸易港), and a plan written as one sentence whose first clauses are no
title.  The plan that names the topic answers, whole, not every plan's title.  Real BM25 retriever over a report
written for these tests (no eval item's text)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.summaries import key_spans
from rag.answer.term_coverage import abbreviated_in, coverage
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
REPORT = ("丽江市2023年法治政府建设年度报告\n"
          "一、主要工作\n"
          "（一）化解矛盾纠纷。在古城景区设立涉旅纠纷调解室6个，为游客挽回损失80余万元。\n"
          "（二）推进对外开放法治保障。配合制定自由贸易港相关规定2件。\n"
          "二、存在的问题\n"
          "一是基层法治力量薄弱。二是部分干部法治意识不强。\n"
          "三、下一步打算\n"
          "明年，市政府将重点做好以下工作：\n"
          "（1）全面完成法治政府建设实施纲要确定的任务，开展实施情况总结评估。\n"
          "（2）加强行政复议工作力量，推动市本级增加行政复议专职人员，提升办案质效；健全涉旅纠纷“一站式”化解机制。\n"
          "（3）加快完善自由贸易港配套措施。围绕片区扩区准备，统筹推进投资、贸易等重点领域立法，年内提请审议草案不少于5件。\n"
          "（4）持续开展民族地区特色普法，打造一批双语法治宣传阵地。\n"
          "今后，市政府将坚定不移推进法治政府建设，为全市高质量发展提供法治保障。\n"
          "丽江市人民政府\n"
          "2024年2月1日\n")
CIRCLED = ("玉溪市2023年法治政府建设年度报告\n"
           "一、主要工作\n"
           "全年办理行政复议案件210件。\n"
           "二、存在的问题\n"
           "一是法治政府建设推进不平衡。二是部分执法问题整改不到位。三是法治宣传方式较为单一。\n"
           "三、2024年工作安排\n"
           "2024年，我市将聚焦以下重点：\n"
           "①深化示范创建。对标指标体系查漏补缺，力争年底前完成省级示范市创建申报。\n"
           "②提升执法质量。推进涉企行政检查扫码入企全覆盖，执法案卷优秀率达到80%。\n"
           "③做优行政复议。新增专职复议人员4名，推动复议调解和解率保持在30%左右。\n"
           "我们将以更大力度推动法治政府建设迈上新台阶。\n")
DOCS = docs_of({("丽江市", 2023): REPORT, ("曲靖市", 2023): "曲靖市2023年法治政府建设年度报告\n全年开展执法检查40次。\n",
                ("玉溪市", 2023): CIRCLED})


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(DOCS, CFG)


def test_one_plan_among_numbered_plans_answers_whole(answerer):
    a = answerer.ask("丽江市2023年的报告里，往后在复议力量和游客纠纷这块准备怎么弄？简单说说。")
    assert not a.abstained, a.answer
    assert "推动市本级增加行政复议专职人员" in a.answer and "健全涉旅纠纷" in a.answer, a.answer
    assert "总结评估" not in a.answer and "民族地区特色普法" not in a.answer, a.answer


def test_an_abbreviated_topic_finds_its_plan(answerer):
    a = answerer.ask("概括一下丽江市2023年报告里,明年打算怎么加快完善自贸港的配套措施。")
    assert not a.abstained and "年内提请审议草案不少于5件" in a.answer, a.answer
    assert "民族地区特色普法" not in a.answer and "涉旅纠纷" not in a.answer, a.answer


def test_a_spoken_how_is_no_content_term():
    assert "怎么弄" not in content_terms("往后在复议力量这块准备怎么弄?")


def test_an_abbreviation_is_stated_by_the_word_it_shortens():
    assert abbreviated_in("自贸区", "自由贸易试验区") is False  # 试验 is more than the gap: not this shortening
    assert abbreviated_in("自贸港", "建设自由贸易港") and abbreviated_in("执法证", "申领执法资格证")
    assert not abbreviated_in("自贸港", "自由贸易试验区和港口")
    assert coverage(("自贸港", "法规"), "完善自由贸易港法规体系")[0] == 1.0


def test_a_plan_written_as_one_sentence_is_quoted_whole():
    text = "三、下一步打算\n（2）加强复议力量，推动增加专职人员，提升质效；健全调解机制。\n"
    a = text.index("（2）")
    assert [text[s:e] for s, e in key_spans(text, a, len(text), bodies=True)] == \
        ["加强复议力量，推动增加专职人员，提升质效；", "健全调解机制。"]


def test_the_last_plan_ends_before_the_reports_closing(answerer):
    a = answerer.ask("丽江市2023年报告里，明年在特色普法这块准备怎么搞？")
    assert not a.abstained and "双语法治宣传阵地" in a.answer, a.answer
    assert "坚定不移" not in a.answer and "丽江市人民政府" not in a.answer, a.answer


def test_plans_enumerated_without_headings_give_the_one_asked(answerer):
    a = answerer.ask("玉溪市2023年的报告里，明年复议这块准备怎么做优？简单说说。")
    assert not a.abstained and "新增专职复议人员4名" in a.answer, a.answer
    assert "扫码入企" not in a.answer and "示范市创建申报" not in a.answer and "更大力度" not in a.answer, a.answer


def test_the_asked_sections_own_word_narrows_to_no_item(answerer):
    a = answerer.ask("请概括一下玉溪市2023年报告自己承认的问题。")  # 问题 names the section, not a topic of one item
    assert "推进不平衡" in a.answer and "整改不到位" in a.answer and "较为单一" in a.answer, a.answer
