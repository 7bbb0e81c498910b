"""A comparison of time limits "before they were cut" reads each report's old figure (由原来的45个工作日压缩至…),
and "which was longer / shorter" is a comparison (passages written here)."""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.figure_fit import names_change
from rag.answer.qtypes import classify
from rag.config import Config

REPORTS = {
    ("浙江省湖州市", 2023): ("湖州市2023年法治政府建设年度报告\n一、优化营商环境\n"
                         "深化审批制度改革，企业投资项目审批时限由原来的45个工作日压缩至10个工作日。\n"),
    ("四川省绵阳市", 2023): ("绵阳市2023年法治政府建设年度报告\n一、优化营商环境\n"
                         "推行“一窗受理”，不动产登记办理时限由20个工作日压减至5个工作日。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, direction", [
    ("Before they were cut, which approval time limit was longer: Huzhou's or Mianyang's?", "max"),
    ("After the reform, which approval time limit was shorter: Huzhou's or Mianyang's?", "min"),
])
def test_longer_or_shorter_after_a_leading_clause_is_a_comparison(q, direction):
    assert (classify(q).kind, classify(q).direction) == ("compare", direction)


def test_a_change_verb():
    assert names_change("减少|压缩") and not names_change("办理") and not names_change("")


def test_the_old_figures_are_compared_when_asked_before_the_cut(answerer):
    got = answerer.ask("Before they were cut, which approval time limit was longer in 2023: Huzhou's investment project "
                       "limit or Mianyang's real estate registration limit?")
    assert "45个工作日" in got.short_answer and "20个工作日" in got.short_answer
