"""A comparison reads each report's figure for the year done, not an aim (力争/确保…达到95%以上) or the plans
section's; the asking words (比一比, Comparing…higher) are no topic; 输的比例 is the genre's 败诉率.
Passages written here."""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.fact_figures import aimed
from rag.answer.terms import content_terms
from rag.config import Config
from rag.text.zh_variants import formal_forms

REPORTS = {
    ("甘肃省天水市", 2022): ("天水市2022年法治政府建设年度报告\n一、行政应诉工作\n"
                         "全市行政机关作为被告的一审行政诉讼案件210件，行政机关负责人出庭应诉"
                         "188件次，出庭应诉率89.5%；败诉案件15件，败诉率7.1%。\n"
                         "二、2023年工作安排\n"
                         "（一）确保行政机关负责人出庭应诉率达到98%以上，行政诉讼败诉率控制在3%以内。\n"),
    ("云南省曲靖市", 2022): ("曲靖市2022年法治政府建设年度报告\n一、行政应诉工作\n"
                         "全市一审行政诉讼案件305件，行政机关负责人出庭应诉率93.1%，较上年提高2.2个百分点；"
                         "行政机关败诉18件，败诉率5.9%。\n"
                         "二、2023年工作安排\n"
                         "（一）力争行政机关负责人出庭应诉率达到99%，败诉率降至2%以内。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


def test_an_aims_figure_is_no_fact():
    assert aimed("确保行政机关负责人出庭应诉率达到98%以上", "98%")
    assert not aimed("出庭应诉率89.5%，力争明年达到95%", "89.5%")


def test_asking_words_are_no_topic():
    assert not {"比一比", "比较", "比较|相比"} & set(content_terms("拿天水市和曲靖市比一比，哪边出庭应诉率更高?"))
    en = content_terms("Comparing Tianshui and Qujing, which had a higher court appearance rate?", known=lambda w: True)
    assert not any("比较" in t or "高等" in t for t in en)


def test_a_lost_share_said_plainly_is_the_loss_rate():
    assert formal_forms("输的比例") == ("败诉率",)


@pytest.mark.parametrize("q, first, second", [
    ("拿天水市2022年和曲靖市2022年比一比，行政机关负责人出庭应诉的比例哪边更高？", "93.1%", "89.5%"),
    ("天水市2022年和曲靖市2022年比,哪边行政官司输的比例更低?", "5.9%", "7.1%"),
])
def test_each_side_is_read_on_the_years_account(answerer, q, first, second):
    short = answerer.ask(q).short_answer
    assert first in short and second in short and short.index(first) < short.index(second)
