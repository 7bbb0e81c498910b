"""A rate with a 其中 part rate of a narrower scope (出庭应诉率84.6%，其中市政府本级案件负责人出庭应诉率为100%):
asked the rate without that scope, the total answers, as figure and as a threshold claim; asked the scope, the
part (passages written here, not eval items)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.config import Config

REPORTS = {
    ("福建省宁德市", 2022): (
        "宁德市2022年法治政府建设年度报告\n一、主要成效\n"
        "（一）行政应诉。全市行政机关负责人出庭应诉66件次，出庭应诉率84.6%，其中市政府本级案件负责人出庭应诉率为100%。\n"
        "（二）行政复议。全市共收到行政复议申请310件，其中通过调解方式结案的41件。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected", [
    ("宁德市2022年行政机关负责人出庭应诉率是多少？", "84.6%"),
    ("宁德市2022年行政机关负责人出庭应诉率达到95%了吗？", "否"),
    ("宁德市2022年市政府本级案件负责人出庭应诉率是多少？", "100%"),
    ("宁德市2022年行政复议通过调解结案的有几件？", "41件"),
])
def test_a_part_rate_of_a_narrower_scope(answerer, q, expected):
    assert answerer.ask(q).short_answer == expected
