"""Follow-up questions rewritten offline into standalone questions (zh and en)."""
from __future__ import annotations

import pytest

from rag.answer.conversation import (
    apply_followup,
    clean_llm_rewrite,
    followup_slot,
    history_text,
    rewrite_offline,
)

REGIONS = ["长治市", "宜昌市", "曲靖市"]
ZH = [("长治市2021年行政复议纠错率是多少？", "59.46%")]
EN = [("What was the administrative reconsideration correction rate of Changzhi in 2021?", "59.46%")]


@pytest.mark.parametrize("q, expected", [
    ("那宜昌呢？", "宜昌2021年行政复议纠错率是多少？"),
    ("宜昌的呢", "宜昌2021年行政复议纠错率是多少？"),
    ("那宜昌市呢", "宜昌市2021年行政复议纠错率是多少？"),
    ("那2019年呢", "长治市2019年行政复议纠错率是多少？"),
    ("那2019年的呢？", "长治市2019年行政复议纠错率是多少？"),
    ("那曲靖市2020年呢", "曲靖市2020年行政复议纠错率是多少？"),
    ("那出庭应诉率呢？", "长治市2021年出庭应诉率是多少？"),
    ("那太原市呢", "太原市2021年行政复议纠错率是多少？"),
    ("宜昌市2022年行政复议纠错率是多少？", "宜昌市2022年行政复议纠错率是多少？"),
])
def test_zh_followups(q, expected):
    assert rewrite_offline(q, ZH, REGIONS) == expected


@pytest.mark.parametrize("q, expected", [
    ("and in 2020?", "What was the administrative reconsideration correction rate of Changzhi in 2020?"),
    ("what about Yichang?", "What was the administrative reconsideration correction rate of Yichang in 2021?"),
    ("And Qujing in 2020?", "What was the administrative reconsideration correction rate of Qujing in 2020?"),
    ("How many cases did Yichang accept in 2022?", "How many cases did Yichang accept in 2022?"),
])
def test_en_followups(q, expected):
    assert rewrite_offline(q, EN, REGIONS) == expected


def test_followups_chain_through_history():
    history = [("长治市2021年行政复议纠错率是多少？", "a"), ("那宜昌呢？", "b")]
    assert rewrite_offline("那2022年呢", history, REGIONS) == "宜昌2022年行政复议纠错率是多少？"


def test_followup_without_region_or_year_in_previous_question():
    assert apply_followup("行政复议纠错率是多少？", "那宜昌呢", REGIONS) == "宜昌行政复议纠错率是多少？"
    assert apply_followup("行政复议纠错率是多少？", "那2019年呢", REGIONS) == "2019年行政复议纠错率是多少？"
    assert apply_followup("What was the correction rate?", "and in 2019?", REGIONS) == "What was the correction rate in 2019?"


def test_not_followups():
    assert followup_slot("长治市2021年行政复议纠错率是多少？") is None
    assert followup_slot("那么长治市的行政复议工作在2021年取得了哪些成效呢？") is None
    assert rewrite_offline("那宜昌呢", [], REGIONS) == "那宜昌呢"


def test_llm_rewrite_cleaning_and_history_text():
    assert clean_llm_rewrite("改写后的独立问题：“宜昌市2021年纠错率是多少？”\n解释……", "那宜昌呢") == "宜昌市2021年纠错率是多少？"
    assert clean_llm_rewrite("", "那宜昌呢") == ""
    assert clean_llm_rewrite("x" * 500, "那宜昌呢") == ""
    assert history_text([("问1", "答" * 500)]) == "Q: 问1\nA: " + "答" * 200
