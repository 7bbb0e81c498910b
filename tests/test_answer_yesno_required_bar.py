"""A threshold the question says a higher body set (达到省里要求的九成, 达到市里提出的90%) is the threshold, its owner
between the comparison word and the figure (a place name such as 十堰 is no 十); and a report's figure that is a
requirement's content (未达到上级提出的不低于90%的要求) is the bar, not the year's figure (passages written here,
not eval items)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.evidence import polarity_cues, threshold_phrase
from rag.answer.stages import in_aim
from rag.config import Config

REPORTS = {
    ("江西省抚州市南丰县", 2022): (
        "南丰县2022年法治政府建设年度报告\n一、主要成效\n"
        "（一）行政应诉。县直部门负责人出庭应诉12次，出庭应诉率为70.6%，未达到市政府提出的出庭应诉率不低于90%的要求。\n"
        "（二）执法监督。全年评查行政执法案卷260卷，优秀率达到93%，高于省里确定的85%的标准。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected", [
    ("南丰县2022年负责人出庭应诉率有没有达到市政府要求的九成？", "否"),
    ("南丰县2022年负责人出庭应诉率达到九成了吗？", "否"),
    ("南丰县2022年案卷优秀率有没有超过省里规定的九成？", "是"),
])
def test_a_bar_set_by_a_higher_body(answerer, q, expected):
    assert answerer.ask(q).short_answer == expected


@pytest.mark.parametrize("q, threshold", [
    ("十堰某县出庭应诉率有没有达到十堰市里要求的90%？", (">=", 90.0, "%")),
    ("出庭应诉率达到省局要求的九成了吗？", (">=", 90.0, "%")),
    ("纠错率超过上级下达的10%了吗？", (">", 10.0, "%")),
])
def test_the_owner_of_a_threshold_is_skipped(q, threshold):
    assert polarity_cues(q).threshold == threshold
    assert threshold_phrase(q) is not None


def test_a_required_figure_is_a_bar():
    s = "出庭应诉率为70.6%,未达到市政府提出的出庭应诉率不低于90%的要求"
    assert in_aim(s, s.index("90")) and not in_aim(s, s.index("70.6"))
