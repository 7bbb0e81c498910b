"""What an English or spoken figure question pays or staffs, which the evidence must state (passages written
here, invented figures):

- a sum asked as spent or paid (how much did it spend, pay … in fees, 花了多少钱) is an outlay: a sum recovered
  for others (追回欠薪) or a contract's amount (涉及金额) does not answer;
- a subject question (how many lawyers staffed the hotline): the verb's object says which of the counted are
  asked, so the lawyers of the whole district, or the hotline's calls in 人次, do not answer.

Each refusal test fails on the behaviour before it; the controls ask what the other report does state.
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

REPORTS = {
    ("四川省成都市武侯区", 2022): (
        "武侯区2022年法治政府建设年度报告\n一、完善公共法律服务\n"
        "全区共有执业律师420名。区法律援助中心全年办理法律援助案件512件，为农民工追回欠薪186.4万元。"
        "12348公共法律服务热线全年接听咨询电话3.1万人次。\n"
        "二、规范重大行政决策\n区政府全年审查政府合同62份，涉及金额9.6亿元，均经法律顾问审查。\n"),
    ("四川省成都市锦江区", 2022): (
        "锦江区2022年法治政府建设年度报告\n一、完善公共法律服务\n"
        "区财政全年投入法律援助经费230万元。区司法局安排18名律师在12348热线轮流值守。\n"
        "二、规范重大行政决策\n全年支付政府法律顾问费用48万元。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question", [
    "How much money did Wuhou District's legal aid center spend in 2022?",
    "How much did Wuhou District pay its government legal advisers in fees in 2022?",
    "How many lawyers staffed Wuhou District's 12348 hotline in 2022?",
    "武侯区法律援助中心2022年花了多少钱?",
    # spoken outlay verbs: money put into or set aside for a body is no sum recovered for others
    "How much money did Wuhou District put into its legal aid center in 2022?",
    "How much did Wuhou District set aside for its legal aid center in 2022?",
])
def test_a_sum_or_count_of_something_else_is_refused(answerer, question):
    got = answerer.ask(question)
    assert got.abstained, got.answer
    assert got.citations == ()


@pytest.mark.parametrize("question,short", [
    ("How much money did Jinjiang District spend on legal aid in 2022?", "230万元"),
    ("How much did Jinjiang District pay its government legal advisers in fees in 2022?", "48万元"),
    ("How many lawyers staffed Jinjiang District's 12348 hotline in 2022?", "18名"),
    ("锦江区2022年法律援助花了多少钱?", "230万元"),
    ("How much money did Jinjiang District put into legal aid in 2022?", "230万元"),
    ("How many practising lawyers did Wuhou District have in 2022?", "420名"),
    ("How much did Wuhou District recover in unpaid wages for migrant workers in 2022?", "186.4万元"),
])
def test_what_the_report_states_is_still_answered(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short, got.answer
