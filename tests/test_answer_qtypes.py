"""Question types, language detection, question terms, figures/dates/names in sentences, regions."""
from __future__ import annotations

import pytest

from rag.answer.figure_fit import pick_span
from rag.answer.figures import (
    date_spans,
    figure_value,
    number_spans,
    org_spans,
    person_spans,
)
from rag.answer.qtypes import QType, classify, detect_lang
from rag.answer.regions import find_region, same_region, short_name
from rag.answer.term_coverage import coverage, idf_weights
from rag.answer.terms import content_terms
from rag.text.glossary import english_terms


@pytest.mark.parametrize("q, expected", [
    ("长治市2021年行政复议综合纠错率是多少？", QType("number", "%")),
    ("長治市2021年綜合糾錯率是多少？", QType("number", "%")),
    ("市长主持召开了多少次会议", QType("number", "次")),
    ("宜昌市审核了几件规范性文件", QType("number", "件")),
    ("受理了多少件行政复议案件", QType("number", "件")),
    ("出庭应诉率为？", QType("number", "%")),
    ("谁主持召开了常委会会议", QType("name")),
    ("哪个单位印发了重大行政决策程序规定", QType("name")),
    ("何时印发重大行政决策程序规定", QType("date")),
    ("哪年开始推行一网通办", QType("date")),
    ("宜昌市优化营商环境采取了哪些措施", QType("list")),
    ("某县2023年联合哪些部门开展了执法检查?", QType("list")),  # which departments: several, a list
    ("某市出台了哪几个实施方案?", QType("list")),  # 哪几个: which ones, not how many
    ("某市有几个实施方案?", QType("number", "个")),
    ("牵头的是哪个部门?", QType("name")),
    ("是否建立了免罚清单", QType("yesno")),
    ("有没有开展双随机抽查", QType("yesno")),
    ("概括宜昌市2022年报告的主要内容", QType("summary")),
    ("宜昌市存在哪些问题", QType("summary")),
    ("哪个地区纠错率最高", QType("compare", "%", "max")),
    ("哪个城市受理的复议案件最少", QType("compare", "", "min")),
    ("What percentage of reconsideration cases were corrected?", QType("number", "%")),
    ("How many cases did Yichang accept?", QType("number", "件")),  # counted in 件, as 受理了多少件案件
    ("Who chaired the meetings?", QType("name")),
    ("When was the regulation issued?", QType("date")),
    ("What measures did Yichang take?", QType("list")),
    ("Did Yichang publish a penalty exemption list?", QType("yesno")),
    ("Did the county rank in the top three of the province?", QType("yesno")),
    ("Did any of the problems found remain unresolved?", QType("yesno")),
    ("Summarize the Yichang report", QType("summary")),
    ("Which region had the highest correction rate?", QType("compare", "%", "max")),
    ("法治宣传", QType("other")),
])
def test_classify(q, expected):
    assert classify(q) == expected


@pytest.mark.parametrize("text, lang", [
    ("纠错率是多少？", "zh"), ("糾錯率是多少？", "zh"), ("长治市GDP是多少", "zh"),
    ("What is the correction rate?", "en"), ("ｗｈａｔ　ｉｓ　ｔｈｅ　ｒａｔｅ？", "en"), ("What was the 纠错率 in Changzhi?", "en"),
    ("2021?", "zh"), ("Какой процент исправлений?", ""), ("ما هي النسبة؟", ""),
    ("訂正率はいくらですか", ""), ("시정률은 얼마입니까", ""),
])
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_content_terms_drop_question_words_regions_years():
    assert content_terms("長治市2021年行政復議綜合糾錯率是多少？", exclude=["长治市"]) == ("行政复议", "综合", "纠错率")
    assert content_terms("市长主持召开了多少次会议") == ("市长", "主持", "召开", "会议")
    assert content_terms("宜昌市采取了哪些措施推进营商环境", exclude=["宜昌市", "宜昌"]) == ("推进", "营商环境")


def test_english_terms_through_the_glossary():
    assert english_terms("What was the administrative reconsideration correction rate?") == ("行政复议", "纠错率")
    assert english_terms("What was the GDP?") == ("生产总值",)
    assert english_terms("Is the APP popular?") == ("app",)
    assert english_terms("ｃｏｒｒｅｃｔｉｏｎ　ｒａｔｅ") == ("纠错率",)


def test_coverage_is_weighted_and_names_the_missing_terms():
    w = idf_weights(["纠错率", "工作"], ["纠错率 工作", "工作", "工作"])
    assert w["纠错率"] > w["工作"] >= 0.1
    score, missing = coverage(["纠错率", "工作"], "工作很好", w)
    assert missing == ("纠错率",)
    assert score == pytest.approx(w["工作"] / (w["纠错率"] + w["工作"]))
    assert coverage([], "任何文字") == (1.0, ())


S1 = "縣委書記6次主持召開常委會會議，縣長11次主持召開政府常務會議，共審議30余項依法行政議題。"


def spans_text(s, spans):
    return [s[a:b] for a, b, _ in spans]


def test_number_spans_units_and_years_excluded():
    assert spans_text(S1, number_spans(S1)) == ["6次", "11次", "30余項"]
    s = "印发《纲要(2021-2025年)》，2022年调解纠纷2.3万余件，成功率98.7%，分三批公布。"
    assert spans_text(s, number_spans(s)) == ["2.3万余件", "98.7%", "三批"]


@pytest.mark.parametrize("sentence, terms, unit, years, expected", [
    (S1, ("县长", "主持", "会议"), "次", (), "11次"),
    (S1, ("依法行政", "议题"), "项", (), "30余項"),
    ("全年受理72件，审结64件，综合纠错率达21.88%。", ("纠错率",), "", (), "21.88%"),
    ("全年受理72件，审结64件，综合纠错率达21.88%。", ("审结",), "件", (), "64件"),
    ("负责人出庭应诉率从上一年的45%提高到100%。", ("出庭应诉率",), "%", (), "100%"),
    ("败诉率呈下降趋势，2021年为16.4%，2022年为9.25%。", ("败诉率",), "%", (2021,), "16.4%"),
    ("败诉率呈下降趋势，2021年为16.4%，2022年为9.25%。", ("败诉率",), "%", (2022,), "9.25%"),
])
def test_pick_span_takes_the_figure_next_to_the_asked_metric(sentence, terms, unit, years, expected):
    a, b, _ = pick_span(sentence, number_spans(sentence), terms, {}, unit, years)
    assert sentence[a:b] == expected


def test_dates_orgs_persons():
    s = "2022年3月，宜昌市人民政府办公室印发《规定》，2019年底前完成。"
    assert spans_text(s, date_spans(s)) == ["2022年3月", "2019年底前"]  # a deadline keeps its 前
    assert "宜昌市人民政府办公室" in spans_text(s, org_spans(s))
    p = "县委书记赵建平主持召开会议。"
    assert spans_text(p, person_spans(p)) == ["赵建平"]


@pytest.mark.parametrize("fig, value", [("21.88%", 21.88), ("2.3万余件", 23000.0), ("三项", 3.0), ("三十余项", 30.0), ("x", None)])
def test_figure_value(fig, value):
    assert figure_value(fig) == value


def test_regions_full_short_pinyin_traditional():
    assert short_name("宜昌市") == "宜昌"
    assert find_region("那宜昌呢", ["宜昌市", "曲靖市"]) == (1, 3, "宜昌市")
    assert find_region("and what about Qujing?", ["宜昌市", "曲靖市"])[2] == "曲靖市"
    assert find_region("长治久安", ["宜昌市"]) is None
    assert same_region("長治市", "长治") and not same_region("长治市", "宜昌市")


def test_which_of_two_named_places_is_a_comparison():
    assert classify("Which had more mediation cases: the county in 2021 or the city in 2022?").kind == "compare"


def test_a_request_phrased_as_a_question_keeps_its_kind():
    assert classify("能概括一下存在的问题吗?").kind == "summary"
    assert classify("Can you summarize the problems found?").kind == "summary"
    assert classify("能告诉我纠错率是多少吗?").kind == "number"


@pytest.mark.parametrize("q, unit", [
    ("What was the total fee the county paid for its legal counsel in 2022?", "元"),
    ("What is the annual budget of the city's legal aid centre?", "元"),
    ("What were the combined costs of the mediation programme?", "元"),
    ("What was the amount of fines collected by the bureau?", "元"),
])
def test_what_was_the_fee_asks_for_a_sum_of_money(q, unit):
    assert classify(q) == QType("number", unit, "")


def test_what_was_the_theme_is_not_a_figure():
    assert classify("What was the main theme of the county's legal training?").kind != "number"
