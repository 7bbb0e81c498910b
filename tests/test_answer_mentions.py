"""Clause-local figure scoring, name extraction by question word, reporting-unit refusals.

Every passage here is written for the test (not taken from a dev set)."""
from __future__ import annotations

import pytest

from rag.answer import names
from rag.answer.figure_fit import pick_span
from rag.answer.figures import number_spans
from rag.answer.units import asked_unit, unit_scope, unit_years
from rag.records import Document


def _pick(sentence: str, terms, unit: str = "", want_from: bool = False, anchors=("", "")) -> str:
    figs = number_spans(sentence)
    best = pick_span(sentence, figs, terms, {}, unit, (), anchors, False, figs, want_from)
    return sentence[best[0]:best[1]]


def test_neighbour_clause_adds_only_terms_the_own_clause_lacks():
    s = "全区各乡镇共排查出安全隐患318处,整改安全隐患296处,整改率超过九成。"
    assert _pick(s, ("排查", "安全", "隐患"), "处") == "318处"
    assert _pick(s, ("整改", "安全", "隐患"), "处") == "296处"


def test_change_sentence_gives_the_value_reached_unless_the_old_one_is_asked():
    s = "全市企业开办全流程,由原来线下办理5个工作日,压缩到线上办理1个工作日。"
    assert _pick(s, ("企业开办",), "") == "1个工作日"  # the whole unit (个工作日)
    assert _pick(s, ("企业开办",), "", want_from=True) == "5个工作日"


def test_words_right_before_the_figure_still_decide_alone():
    s = "群众满意度从上一年的82%上升到95%。"
    assert _pick(s, ("满意度",), "%") == "95%"


# --- names by question word (rag.answer.names) ------------------------------------------------------


def _texts(sentence, spans):
    return [sentence[a:b] for a, b, _ in spans]


def test_slot_of_a_you_shei_question_is_read_between_its_frame_words():
    s = "汛期来临前,组建了由分管副县长担任指挥长的防汛指挥部,统筹调度。"
    assert _texts(s, names.slot_spans(s, "防汛指挥部由谁担任指挥长?")) == ["分管副县长"]
    assert names.slot_spans(s, "防汛指挥部有多少人?") == []


def test_titled_names_take_the_name_after_a_title_not_a_function_word():
    s = "邀请省法学会副会长林晓东在全区干部大会上作专题辅导。"
    assert "林晓东" in _texts(s, names.titled_names(s))
    assert not any(t.startswith("等") for t in _texts("请来三位教授等专家授课。", names.titled_names("请来三位教授等专家授课。")))


def test_conferred_honour_drops_the_trailing_word_for_honour():
    s = "经过两年创建,该区成功获评第二批省级法治政府建设示范区称号。"
    assert _texts(s, names.conferred_spans(s)) == ["第二批省级法治政府建设示范区"]


def test_period_is_taken_from_the_title_the_question_names():
    s = "贯彻《某省法治宣传教育规划(2016—2020年)》和《某某实施纲要(2021—2025年)》。"
    assert _texts(s, names.period_spans(s, "落实的是哪一期的《某某实施纲要》?")) == ["2021—2025年"]


def test_place_of_the_asked_level_other_than_the_places_the_question_names():
    s = "按照省、吕梁市和我市方案要求,孝义市推进各项工作。"
    got = _texts(s, names.place_level_spans(s, "孝义市依据的是哪个地级市的方案?"))
    assert got == ["吕梁市"]


def test_of_two_titles_the_one_sharing_the_question_words_is_preferred():
    s = "审议通过《关于废止某某办法的决定》《某县农村饮水安全保障条例》。"
    terms = ("饮水", "安全", "条例")
    scores = {s[a:b]: names.name_preference(s, (a, b, ""), terms, {}) for a, b, _ in names.title_spans(s)}
    assert max(scores, key=scores.get) == "《某县农村饮水安全保障条例》"


def test_quoted_name_after_the_asked_noun_gets_the_intro_bonus():
    s = "上线政务服务小程序“随手办”,并参加“数字中国”展览。"
    (a1, b1, _), (a2, b2, _) = names.quoted_names(s)
    assert names.name_preference(s, (a1, b1, ""), ("小程序",), {}) > names.name_preference(s, (a2, b2, ""), ("小程序",), {})


def test_question_words_choose_the_span_finders():
    assert names.name_fns("哪一期的《某纲要》?") and names.asks_period("哪一期的《某纲要》")
    platform = names.name_fns("这个平台叫什么名字?")  # the platform kind first, then any quoted name
    s = "依托“某某通”平台办理,并参加“数字中国”展览。"
    assert [s[a:b] for a, b, _ in platform[0](s)] == ["“某某通”"]
    assert names.name_fns("市委书记叫什么名字?") == []
    assert names.name_fns("2020年的收入是多少?") == []


def test_media_are_named_by_their_ending():
    s = "这一做法被法治日报专题报道,省电视台也作了跟踪采访。"
    assert _texts(s, names.media_spans(s)) == ["法治日报", "省电视台"]


def test_fiscal_year_and_english_name_questions():
    from rag.answer.qtypes import classify
    from rag.answer.span_finders import _FISCAL_Q_RE

    assert _FISCAL_Q_RE.search("会上研讨的是哪一年度的工作")
    assert classify("The city wants to become the national centre of what?").kind == "name"
    assert classify("What was the new service platform called?").kind == "name"
    assert classify("How many cases were heard?").kind == "number"


# --- reporting units (rag.answer.units) -------------------------------------------------------------

_UNIT_DOCS = {
    "m": Document("m", "m.txt", "…", "h", region="中华人民共和国", year=2020, level="department", reporting_unit="民政部"),
    "j": Document("j", "j.txt", "…", "h", region="某省某市", year=2021, level="department", reporting_unit="民政局"),
    "g": Document("g", "g.txt", "…", "h", region="某省某市", year=2021, level="prefecture", reporting_unit="人民政府"),
    "x": Document("x", "x.txt", "…", "h", region="某省", year=2021, level="department", reporting_unit="部门"),
}


def test_units_come_from_department_reports_only():
    assert unit_years(_UNIT_DOCS) == {"民政部": (2020,), "民政局": (2021,)}


def test_a_ministry_year_is_not_answered_from_a_local_bureau():
    units = unit_years(_UNIT_DOCS)
    r = unit_scope("民政部2021年办理了多少件建议?", (2021,), (), _UNIT_DOCS, "zh", units)
    assert r is not None and r.reason == "year_not_covered" and r.message.startswith("无法回答：没有民政部2021年的报告（民政部已收录：2020年）")
    assert unit_scope("民政部2020年办理了多少件建议?", (2020,), (), _UNIT_DOCS, "zh", units) is None
    assert unit_scope("某市民政部门2021年?", (2021,), ("某省某市",), _UNIT_DOCS, "zh", units) is None  # a place decides
    assert asked_unit("各部门2021年?", units) == ""  # a generic word is no unit


def test_level_adjective_is_found_as_its_quan_form():
    from rag.answer.term_coverage import coverage

    assert coverage(("国家级", "示范"), "该县获评全国法治示范县。")[0] == 1.0
    assert coverage(("省级",), "该县获评全市先进。")[0] == 0.0


def test_the_head_of_a_shenme_question_weighs_less_in_a_name_asks_support():
    from rag.answer.evidence import make_ask
    from rag.answer.honours import CONFERRAL_TERM
    from rag.answer.qtypes import classify

    assert names.answer_head("该县拿到了什么国家级称号?") == "称号"
    assert names.answer_head("该县有多少人?") == ""
    q = "该县拿到了什么国家级称号?"
    ask = make_ask(q, "zh", classify(q), ("国家级", "称号"), {"国家级": 2.0, "称号": 2.0})
    # the head weighs half, as the genre's conferral verbs that state it (获评X: rag.answer.honours.honour_terms)
    assert ask.terms == ("国家级", CONFERRAL_TERM) and ask.weights == {"国家级": 2.0, CONFERRAL_TERM: 2.0 * names.HEAD_WEIGHT}


def test_english_change_verb_anchors_the_figure_it_governs():
    from rag.answer.asked_measure import measure_anchors

    verb, _ = measure_anchors("By what percentage did the county cut its approval time?")
    assert "压缩" in verb.split("|") and measure_anchors("How many cases were there?")[0] == ""
    s = "办件网办率达到97%,审批时间压缩45%。"
    figs = number_spans(s)
    best = pick_span(s, figs, ("审批",), {}, "%", (), (verb, ""), False, figs)
    assert s[best[0]:best[1]] == "45%"


def test_chinese_words_written_in_an_english_question_are_terms_as_written():
    from rag.answer.terms import content_terms

    assert "一网通办" in content_terms("How many services were offered under the 一网通办 model?")


# --- end to end through the extractive answerer, one written sentence each ---------------------------


@pytest.mark.parametrize("q, sentence, short", [
    ("丙县的应急指挥部由谁担任指挥长?", "组建由县委、县政府分管负责同志担任指挥长的应急指挥部,统一调度。", "县委、县政府分管负责同志"),
    ("丙县上线的便民APP叫什么名字?", "县级便民APP“丙事通”正式上线,并接入“数字政府”平台。", "“丙事通”"),
    ("丙县审议通过的保护饮用水的条例叫什么?", "审议通过《关于废止某办法的决定》《丙县饮用水水源保护条例》。", "《丙县饮用水水源保护条例》"),
    ("丙县2022年获得了什么国家级称号?", "2022年,丙县成功获评第二批全国法治政府建设示范县。", "第二批全国法治政府建设示范县"),
    ("丙县落实的是哪一期的《某某规划》?", "认真落实《某某规划(2021—2025年)》,推进各项工作。", "2021—2025年"),
    ("丙县的做法被哪家媒体报道?", "这一做法被法治日报专题报道。", "法治日报"),
    ("丙县2022年1月研究的是哪一年度的工作?", "1月,研究部署2021年度法治政府建设工作。", "2021年度"),
])
def test_name_and_date_shapes_end_to_end(q, sentence, short):
    from test_answer_figures import one_sentence_answer

    assert one_sentence_answer(q, sentence) == short


def test_english_counted_noun_stops_at_its_modifier_and_session_numbers_are_not_counts():
    from rag.answer.asked_measure import measured_words

    assert measured_words("How many legislative hearings under the new plan did the county hold?", ("立法", "听证", "新增")) == ("立法", "听证")
    s = "贯彻市委六届二次全会精神,全年开展听证三次。"
    assert [s[a:b] for a, b, _ in number_spans(s)] == ["三次"]


def test_a_quoted_word_is_no_person():
    s = "充分发挥督察“利剑”作用,开展专项督察。"
    assert names.titled_names(s) == []


def test_a_period_named_without_its_years_is_found_as_an_explicit_period():
    from rag.answer.term_coverage import coverage

    assert coverage(("新一期", "规划"), "完成《某某规划(2026—2030年)》起草工作。")[0] == 1.0
    assert coverage(("新一期", "规划"), "完成某某规划起草工作。")[0] < 1.0
