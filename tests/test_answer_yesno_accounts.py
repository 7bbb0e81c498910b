"""Yes/no claims about time and bounds: a trend claimed year on year (一年比一年高) against a trend word or a
series of yearly figures, the year of account a report covers, a deadline (拖过期限 / 提前完成), and a figure
the report gives as a bound (超过90%).  Sentences written here."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask, polarity_cues
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.answer.yesno_figures import series_trend
from rag.answer.yesno_threshold import figure_bound, holds
from rag.answer.yesno_time import asked_timing, text_timing, timing_verdict


def ask_for(q: str, lang: str = "zh"):
    return make_ask(q, lang, classify(q), content_terms(q, exclude=["甲县", "甲市"]))


@pytest.mark.parametrize("q, direction", [
    ("甲县的行政诉讼败诉率是不是一年比一年高?", "up"),
    ("甲县受理的复议案件是不是越来越少?", "down"),
    ("甲县的调解成功率是否逐年提高?", "up"),
])
def test_year_on_year_claims_are_trends(q, direction):
    assert polarity_cues(q).trend == direction


def test_series_trend_reads_yearly_figures_not_dates():
    assert series_trend("2020年为40件,2021年为35件,2022年为31件") == "down"
    assert series_trend("2021年为12%,2022年为15%,2023年为14%") == "mixed"
    assert series_trend("2023年12月印发,2024年3月施行") == ""


@pytest.mark.parametrize("sentence, verdict", [
    ("甲县行政诉讼败诉率近年来持续下降,2021年为9.5%,2022年为6.1%,2023年为4.2%。", False),
    ("甲县行政诉讼败诉率2021年为9.5%,2022年为11.1%,2023年为10.2%。", False),  # no trend word: the series decides
    ("甲县行政诉讼败诉率2021年为4.5%,2022年为6.1%,2023年为9.2%。", True),
])
def test_year_on_year_claim_against_the_report(sentence, verdict):
    assert decide(ask_for("甲县的行政诉讼败诉率是不是一年比一年高?"), sentence) is verdict


@pytest.mark.parametrize("sentence, verdict", [
    ("2021年2月,县政府向县委和市政府书面报告2020年法治政府建设工作情况。", False),
    ("2021年12月,县政府向县委和市政府书面报告2021年度法治政府建设工作情况。", True),
])
def test_year_of_account_of_a_report_of_work(sentence, verdict):
    assert decide(ask_for("甲县2021年向市政府报告的是2021年度的法治政府建设情况吗?"), sentence) is verdict


@pytest.mark.parametrize("q, text, verdict", [
    ("甲市清理证明事项的工作是不是超过了省里规定的期限才完成?", "甲市证明事项清理工作于6月底结束,比省定时限提前2个月完成。", False),
    ("甲市清理证明事项的工作是不是超过了省里规定的期限才完成?", "因涉及部门多,证明事项清理工作逾期1个月完成。", True),
    ("甲市清理证明事项的工作是按期完成的吗?", "因涉及部门多,证明事项清理工作逾期1个月完成。", False),
    ("甲市清理证明事项的工作是按期完成的吗?", "证明事项清理工作在规定时限内全部完成。", True),
    ("Was the county's review of certification items finished past the deadline?", "证明事项清理工作提前1个月完成。", False),
])
def test_deadline_claims(q, text, verdict):
    lang = "en" if q.isascii() else "zh"
    assert decide(ask_for(q, lang), text) is verdict


def test_timing_words():
    assert asked_timing("是不是拖到年底才完成") == "late"
    assert text_timing("提前介入重大项目审查") == ""  # 提前 before no finish is no timing
    assert timing_verdict("是提前完成的吗", "如期完成年度任务") is None
    assert text_timing("行政复议案件按期办结率95%") == ""  # a rate: some were not in time


def test_figure_bounds_decide_thresholds_at_their_value():
    def bound(text: str, figure: str, unit: str) -> str:
        a = text.index(figure)
        return figure_bound(text, a, a + len(figure), unit)

    assert bound("乡镇法律顾问聘用率超过80%", "80%", "%") == ">"
    assert bound("共受理案件1200余件", "1200余件", "余件") == ">"
    assert bound("覆盖率近80%", "80%", "%") == "<"
    assert bound("覆盖率达80%以上", "80%", "%") == ">"
    assert bound("覆盖率达80%", "80%", "%") == ""
    assert holds((">", 80.0, "%"), 80.0, ">") and not holds((">", 80.0, "%"), 80.0)
    assert not holds((">=", 80.0, "%"), 80.0, "<") and holds(("<", 80.0, "%"), 80.0, "<")
    assert not holds((">", 90.0, "%"), 80.0, ">")  # above 80 says nothing of 90: read as its figure


def test_english_trend_words_in_their_ing_forms():
    assert polarity_cues("Did the county's loss rate keep rising every year?").trend == "up"
    assert polarity_cues("Has the number of cases been falling?").trend == "down"
