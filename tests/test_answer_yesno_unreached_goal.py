"""A goal a report says is not yet reached, its owner named between (尚未达到省里提出的95%目标), bounds the
figure from below: 否 to whether it was hit; an English "hit" is reaching a target, never 打击 (passages written
here, not eval items)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.yesno_threshold import figure_bound
from rag.config import Config

REPORTS = {
    ("江西省赣州市会昌县", 2023): (
        "会昌县2023年法治政府建设年度报告\n一、主要成效\n"
        "（一）行政应诉。全县行政机关负责人出庭应诉45件，出庭应诉率88.2%，较上年提高6个百分点，尚未达到省里提出的95%目标。\n"
        "（二）执法监督。全年评查行政执法案卷410卷，优秀率达到92%，实现了年初定下的90%目标。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected", [
    ("Did Huichang hit the 95% target for agency heads appearing in court in 2023?", "No"),
    ("会昌县2023年负责人出庭应诉率达到95%了吗？", "否"),
])
def test_unreached_goal(answerer, q, expected):
    assert answerer.ask(q).short_answer == expected


def test_the_bound_of_an_unreached_goal():
    s = "出庭应诉率尚未达到市里提出的90%目标"
    assert figure_bound(s, s.index("90"), s.index("%") + 1, "%") == "<"
