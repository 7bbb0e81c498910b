"""The extractive answerer on hand-written reports: short answer first, quoted sentences only."""
from __future__ import annotations

import re

import pytest
from answer_corpus import corpus, hits_for

from rag.answer.citations import MARKER_RE, render
from rag.answer.evidence import Ask
from rag.answer.evidence import make_ask as build_ask
from rag.answer.extractive import answer
from rag.answer.qtypes import classify, detect_lang
from rag.answer.regions import find_region
from rag.answer.term_coverage import idf_weights
from rag.answer.terms import content_terms
from rag.text.normalize import fold

DOCS = corpus()
LABELS = {"是", "否", "报告未明确说明", "Yes", "No", "Not stated in the report"}
NOTE_RE = re.compile(r"^(只有这份报告给出该数字|Only this report|共\d+项：|要点\d+条：|共检查\d+份报告|比较了\d+份报告|最相关的原文如下：|\d+ (items|points|reports)|The closest)")
REGIONS = ["长治市", "长治", "宜昌市", "宜昌", "曲靖市", "曲靖"]


def make_ask(q: str, years=()) -> Ask:
    terms = content_terms(q, exclude=REGIONS)
    named = sorted((hit[0], r) for r in ("长治市", "宜昌市", "曲靖市") if (hit := find_region(q, [r])))
    weights = idf_weights(terms, [fold(d.text) for d in DOCS.values()])
    return build_ask(q, detect_lang(q) or "zh", classify(q), terms, weights, tuple(years), tuple(r for _, r in named))


def run(q: str, *needles: str, years=(), more=None):
    draft = answer(make_ask(q, years), hits_for(DOCS, *needles), DOCS, more or ())
    text, cites = render(draft.segments, DOCS)
    assert_only_report_words(text, cites, draft.short)
    return draft, text, cites


def assert_only_report_words(text: str, cites, short: str) -> None:
    """Every line is the short answer (inside a cited quote) or [label] + a cited quote + its marker."""
    quotes = {c.n: c.quote for c in cites}
    if not text:
        return
    for c in cites:
        assert DOCS[c.doc_id].text[c.start:c.end] == c.quote
    lines = text.split("\n")
    if short:
        assert lines[0] == short
        lines = lines[1:]
        figures = re.findall(r"[（(]([^（()）]*)[)）]", short)  # place（figure）, one per side of a comparison
        core = short if not figures else ""
        parts = figures or ([p for p in re.split(r"、|；|; |, ", core) if p] if core not in LABELS else [])
        assert all(any(fold(p) in fold(q) for q in quotes.values()) for p in parts), short
    if lines and NOTE_RE.match(lines[0]):
        lines = lines[1:]
    for line in lines:
        nums = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
        body = MARKER_RE.sub("", line)
        assert len(nums) == 1 and body.endswith(quotes[nums[0]]), line
        label = body[: -len(quotes[nums[0]])]
        assert label == "" or re.fullmatch(r"\S+ \d{4}[：:] ?", label), label


def test_number_question_traditional_report():
    _, text, cites = run("2021年长治市行政复议的综合纠错率为多少？", "59.46%", "出庭率")
    assert text == "59.46%\n全年市本級受理行政復議案件74件，辦結61件，行政復議綜合糾錯率為59.46%。[1]"
    assert (cites[0].doc_id, cites[0].region, cites[0].year) == ("cz", "长治市", 2021)


@pytest.mark.parametrize("q, short", [
    ("长治市市长主持政府常务会议多少次？", "13次"),
    ("长治市共审议了多少项依法行政议题", "30余項"),
    ("宜昌市依法纠错多少件行政复议案件", "31件"),
    ("宜昌市行政复议纠错率是多少", "15.66%"),
    ("宜昌市提出修改意见多少条", "312条"),
    ("曲靖市行政机关负责人出庭应诉率是多少", "100%"),
    ("How many reconsideration cases did Yichang accept?", "198件"),
    ("What was the correction rate of administrative reconsideration in Qujing?", "9.3%"),
])
def test_number_short_answers(q, short):
    draft, text, _ = run(q, "纠错率15.66", "13次", "312条", "9.3%", "45%", "560场次")
    assert draft.short == short
    assert text.startswith(short + "\n")


def test_name_date_yesno():
    assert run("哪个单位印发了重大行政决策程序规定", "印发")[0].short == "宜昌市人民政府办公室"
    assert run("宜昌市何时印发重大行政决策程序规定", "印发", "312条")[0].short == "2022年3月"
    _, text, _ = run("宜昌市是否建立了涉企轻微违法免罚清单", "免罚", "一网通办")
    assert text == "是\n三是建立涉企轻微违法免罚清单。[1]"
    assert run("Did Yichang build a penalty exemption list?", "免罚")[0].short == "Yes"  # penalty exemption: 免罚 (glossary)
    assert run("Did Yichang build a penalty list?", "免罚")[0].short == "Not stated in the report"  # 处罚: not said


def test_list_question_gives_every_enumerated_item_in_order():
    draft, text, cites = run("宜昌市优化营商环境采取了哪些措施", "一网通办", "免罚")
    assert draft.short == "推行“一网通办”、开展“双随机、一公开”抽查1200余次、建立涉企轻微违法免罚清单"
    assert [c.quote for c in cites] == ["推行“一网通办”，可网办率达到98.5%。", "开展“双随机、一公开”抽查1200余次。", "建立涉企轻微违法免罚清单。"]
    assert text.split("\n")[1] == "共3项："


def test_summary_of_problems_quotes_the_problems_section_not_its_heading():
    draft, _, cites = run("宜昌市存在哪些问题", "可网办率", "部分单位")
    assert [c.quote for c in cites] == ["部分单位领导干部法治意识不强。", "行政执法人员素质参差不齐。"]
    assert draft.short == ""


def test_comparison_across_reports_cites_each_figure():
    draft, text, cites = run("哪个地区行政复议纠错率最高", "纠错率15.66", "59.46%", "9.3%")
    assert draft.short == "长治（59.46%）"
    assert [(c.region, c.year) for c in cites] == [("长治市", 2021), ("宜昌市", 2022), ("曲靖市", 2020)]
    assert text.split("\n")[1:3] == ["共检查3份报告，3份给出该数字", "长治市 2021：全年市本級受理行政復議案件74件，辦結61件，行政復議綜合糾錯率為59.46%。[1]"]
    assert run("哪个地区纠错率最低", "纠错率15.66", "59.46%", "9.3%")[0].short == "曲靖（9.3%）"


def test_figure_question_naming_two_regions_cites_one_figure_each_in_order():
    draft, text, cites = run("宜昌市和长治市的行政复议纠错率分别是多少", "59.46%", "纠错率15.66", "9.3%")
    assert draft.short == "" and [c.region for c in cites] == ["宜昌市", "长治市"]
    assert text.split("\n")[0] == "宜昌市 2022：2022年，市政府共收到行政复议申请210件，受理198件，依法纠错31件，纠错率15.66%。[1]"


def test_comparison_reaches_reports_missing_from_the_hits_through_the_pool():
    pool = hits_for(DOCS, "59.46%", "纠错率15.66", "9.3%")
    draft, _, cites = run("Which region had the highest reconsideration correction rate?", "9.3%", more=pool)
    assert draft.short == "长治 (59.46%)" and len(cites) == 3


def test_number_question_without_a_figure_next_to_its_terms_gives_nothing():
    draft, text, cites = run("宜昌市的人口是多少", "纠错率15.66", "312条")
    assert (draft.segments, text, cites) == ((), "", ())


def test_prompt_injection_in_a_report_is_only_data():
    draft, text, _ = run("曲靖市开展法治宣传活动多少场次", "忽略以上指令", "560场次")
    assert draft.short == "560场次" and "我是猫" not in text
    plain = {**DOCS}
    clean = run("曲靖市开展法治宣传活动多少场次", "560场次")[1]
    assert clean == text and plain == DOCS


def test_comparison_with_one_report_giving_the_figure_names_it_and_the_silent_ones():
    draft, text, _ = run("长治市和宜昌市，哪个地区的出庭率更高?", "出庭率")
    assert draft.short == "长治（88.24%）；宜昌未给出该数字"  # two sides asked: both named, the one with the figure first
    assert "未给出该数字：宜昌" in text and draft.flags
