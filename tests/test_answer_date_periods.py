"""Dates as the genre writes periods and deadlines: a span of months (3月至5月) is one period, a part of a
year (2025年底前, 上半年) answers "when" (finer than the year), "哪几个月" asks a date; and a date asked of a
named place is read deeper in that place's report when the top passages (ranked also by the place's name and
the year, which every passage shares) hold none.  Real BM25 retriever over a report written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.figures import date_spans
from rag.answer.qtypes import classify
from rag.config import Config

# passages that share the question's place, year, asking words (报告, 最) and its topic (汛情), but date nothing finer
# than the year: the top passages of a plain search
FILLER = "".join(f"（{i}）芜湖县2021年持续做好汛情防范第{i}项工作，芜湖县报告最新进展，芜湖县2021年完成年度任务。\n"
                 for i in range(1, 9))
TEXTS = {
    ("芜湖县", 2021): ("芜湖县2021年法治政府建设年度报告\n"
                     "一、主要工作\n" + FILLER +
                     "（九）防汛救灾。修订防汛应急预案，完善物资储备、人员转移、工程调度和信息发布等制度，组织乡镇开展应急演练，"
                     "加强堤防巡查和涵闸管理。入汛以来，6月至8月，全县汛情形势最为严峻，依法启动应急响应，转移安置群众，"
                     "组织抢险队伍，落实救灾资金，开展灾后重建，做好卫生防疫和生产恢复，保障群众基本生活。\n"
                     "二、下一步打算\n"
                     "力争2022年底前完成省级法治政府建设示范县创建申报。\n"),
}
CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 2}, chunking={"max_tokens": 120})


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


def test_a_span_of_months_is_one_period():
    s = "今年6月至8月,全县遭遇洪涝灾害;2020年3月到5月开展专项行动;9月份完成。"
    assert [s[a:b] for a, b, _ in date_spans(s)] == ["6月至8月", "2020年3月到5月", "9月份"]


@pytest.mark.parametrize("q", ["芜湖县2021年汛情最吃紧的是哪几个月?", "灾害集中在哪几月?",
                               "In the county's 2021 report, which months were the worst of the floods?"])
def test_which_months_asks_a_date(q):
    assert classify(q).kind == "date"


def test_a_part_of_the_year_answers_when(answerer):
    a = answerer.ask("芜湖县2021年的报告说,省级示范县创建最晚什么时候申报?")
    assert not a.abstained and "2022年底" in a.short_answer, a.answer


def test_a_date_is_read_deeper_in_the_named_report(answerer):
    a = answerer.ask("芜湖县2021年的报告提到,汛情最吃紧的是哪几个月?")
    assert not a.abstained and a.short_answer == "6月至8月", a.answer


def test_a_date_no_passage_states_is_still_refused(answerer):
    a = answerer.ask("芜湖县2021年的报告提到,地震灾害发生在哪几个月?")
    assert a.abstained or "6月至8月" not in a.short_answer, a.answer


def test_a_years_nian_is_not_glued_to_the_next_word():
    from rag.answer.terms import content_terms

    terms = content_terms("海南2022年头一回拿下示范项目称号的是哪个项目?")
    assert "年头" not in terms and "头一回" in terms


def test_which_months_in_english_asks_the_months(answerer):
    a = answerer.ask("In Wuhu County's 2021 report, which months was the flood situation the most severe?")
    assert not a.abstained and a.short_answer == "6月至8月", a.answer
