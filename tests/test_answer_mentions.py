"""Clause-local figure scoring, name extraction by question word, reporting-unit refusals.

Every passage here is written for the test (not taken from a dev set)."""
from __future__ import annotations

from rag.answer.figures import number_spans, pick_span


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
    assert _pick(s, ("企业开办",), "") == "1个"
    assert _pick(s, ("企业开办",), "", want_from=True) == "5个"


def test_words_right_before_the_figure_still_decide_alone():
    s = "群众满意度从上一年的82%上升到95%。"
    assert _pick(s, ("满意度",), "%") == "95%"
