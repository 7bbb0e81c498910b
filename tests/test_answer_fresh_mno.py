"""Round m/n/o mechanisms (numbers, entities, lists, comparisons, unanswerables) on reports written for these
tests: real BM25 retriever, the project's chunker.  Each test names the mechanism, not an eval item."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("绍兴市", 2021): ("绍兴市2021年法治政府建设年度报告\n"
                     "二、化解行政争议\n"
                     "全市行政复议机关共收到行政复议申请862件，比上年增长8.1%；"
                     "受理790件，审结744件，其中直接纠错97件，纠错率13.0%。"
                     "全市新收一审行政诉讼案件655件，行政机关负责人出庭应诉402件，出庭应诉率61.4%。\n"
                     "区本级行政复议审结61件，其中撤销4件、确认违法2件，纠错率9.8%。\n"
                     "表2  2021年各区、县（市）行政应诉情况\n"
                     "单位  一审诉讼（件）  败诉（件）  出庭应诉率（%）\n"
                     "越城区  121  6  72.3\n"
                     "诸暨市  98  5  66.0\n"
                     "嵊州市  87  4  41.4\n"
                     "新昌县  64  3  45.3\n"
                     "三、存在的不足\n"
                     "行政机关负责人出庭应诉率仍然偏低，嵊州市、新昌县不足50%。\n"
                     "四、生态环境执法\n"
                     "全市查处环境违法案件312件，罚款金额2,406.5万元；其中诸暨市立案47件，罚款金额388.2万元。\n"),
    ("嘉兴市", 2022): ("嘉兴市2022年法治政府建设年度报告\n"
                     "一、公共法律服务\n"
                     "全市办理法律援助案件2,310件，为农民工追回欠薪1,865万元。\n"
                     "二、依法征收\n"
                     "全年收到行政复议申请705件，审结668件。\n"
                     "严格执行《国有土地上房屋征收与补偿条例》，对全市9个征收项目开展社会稳定风险评估，未发生强制拆除。\n"
                     "三、生态环境执法\n"
                     "督察期间受理转办信访件902件，立案处罚58件；生态环境部门作为被告的行政诉讼案件14件。\n"),
    ("湖州市", 2022): ("湖州市2022年法治政府建设年度报告\n"
                     "一、公共法律服务\n"
                     "全市财政安排法律援助经费预算620万元，办理法律援助案件1,904件。\n"
                     "二、行政复议\n"
                     "全年收到行政复议申请512件，其中涉及征地拆迁的行政复议案件37件。\n"
                     "三、生态环境执法\n"
                     "检察机关就生态环境局移送的线索提起环境公益诉讼6件。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_decision_set_right_is_the_genres_correction_count(answerer):
    """被纠正的 (set right by the review body): reports count it as 直接纠错 / 纠错, not the applications received"""
    a = answerer.ask("绍兴市2021年全市的行政复议案件里，被直接纠正的有多少件？")
    assert not a.abstained and a.short_answer == "97件", a.answer


def test_the_share_of_an_act_is_the_acts_rate(answerer):
    """纠正原行政行为的比例: the rate of the act (纠正, written 纠错率), not of its object (行为)"""
    a = answerer.ask("绍兴市2021年区本级的行政复议案子里，最后纠正原行政行为的比例是多少？")
    assert not a.abstained and a.short_answer == "9.8%", a.answer


@pytest.mark.parametrize("q, want", [
    ("According to Shaoxing's 2021 report, how much were the environmental fines imposed in Zhuji?", "388.2万元"),
    ("In Shaoxing's 2021 report, what share of lawsuits in Xinchang County saw agency heads turn up in court?", "45.3"),
])
def test_a_part_named_in_pinyin_is_what_the_parents_report_is_asked_about(answerer, q, want):
    """an English question naming a county inside the asked city (Zhuji, Xinchang County): that county's figure, as
    诸暨市 in a Chinese question; its row of the city's table, not the city's total or a bound shared with others"""
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_a_bound_is_no_value_when_an_exact_figure_is_given():
    from rag.answer.figure_fit import bound

    s = "嵊州市、新昌县不足50%，越城区72.3%，目标95%以上"
    assert bound(s, s.index("50%"), s.index("50%") + 3)
    assert not bound(s, s.index("72.3%"), s.index("72.3%") + 5)
    assert bound(s, s.index("95%"), s.index("95%") + 3)


@pytest.mark.parametrize("q", [
    "How much money did Jiaxing budget for legal aid in 2022?",  # a sum recovered for workers is no budget
    "In 2022, how many of Jiaxing's administrative reconsideration cases involved land expropriation or house demolition?",
    "How many environmental public-interest lawsuits did prosecutors file in Jiaxing in 2022?",  # cases punished are not
])
def test_a_figure_of_another_measure_does_not_answer(answerer, q):
    """the asked measure (a budget, reconsideration cases of one kind, public-interest suits) is absent from the
    report: the figure of another measure beside its words is no answer"""
    a = answerer.ask(q)
    assert a.abstained, a.answer


@pytest.mark.parametrize("q, want", [
    ("How much money did Huzhou budget for legal aid in 2022?", "620万元"),
    ("In 2022, how many of Huzhou's administrative reconsideration cases involved land expropriation or house demolition?", "37件"),
    ("How many environmental public-interest lawsuits did prosecutors file in Huzhou in 2022?", "6件"),
])
def test_the_asked_measure_is_answered_where_it_is_stated(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer
