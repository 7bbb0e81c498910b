"""English wording of a trend claim: first-instance lawsuits are 一审 cases (no first-time claim), "the year
before" is 上年 (a comparison, not an earlier time), "go down" is any fall (减少, 下降), "authorities" are the
行政机关 (passages written here, not eval items)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.evidence import polarity_cues
from rag.config import Config

REPORTS = {
    ("江西省赣州市会昌县", 2023): (
        "会昌县2023年法治政府建设年度报告\n一、主要成效\n"
        "（一）行政应诉。全县行政机关作为被告的一审行政诉讼案件共41件，较上年减少6件；行政复议申请88件，较上年增加12件。\n"
        "（二）执法监督。全年评查行政执法案卷410卷。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected", [
    ("Did the number of first-instance administrative lawsuits against Huichang authorities go down in 2023 compared with the year before?", "Yes"),
    ("Did the number of first-instance administrative lawsuits against Huichang authorities go up in 2023 compared with the year before?", "No"),
])
def test_trend_in_english(answerer, q, expected):
    assert answerer.ask(q).short_answer == expected


def test_the_cues():
    cues = polarity_cues("Did first-instance lawsuits go down compared with the year before?")
    assert (cues.first, cues.before, cues.trend) == (False, False, "down")
    assert polarity_cues("Was it the first time the county did this?").first
