"""The unit a spoken figure question asks in: 几个人 counts persons (the report writes 名/人/位), 多长时间 / 多久 /
how long asks a length of time in whatever unit the report gives it (小时, 个工作日), and a question asking a
length of time is refused rather than answered with a count.  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.figure_fit import unit_fit
from rag.answer.qtypes import classify
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("安顺市", 2021): ("安顺市2021年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "全市建成乡镇司法所92个，每个司法所平均配备专职工作人员3.4名，调解员队伍共1,380人。\n"
                     "企业开办时间压缩至1.5个工作日，不动产登记办理时间压缩至3个工作日，全年登记5,620件。\n"
                     "全年办理法律援助案件1,045件，挽回经济损失1,300万元。\n"),
    ("铜仁市", 2022): ("铜仁市2022年法治政府建设年度报告\n"
                     "一、优化营商环境\n"
                     "推行“提前申报”模式，货物通关时间压缩至12.5小时，全年监管货物86万吨，车辆3.1万辆次。\n"
                     "行政复议案件平均审理期限缩短至42天，全年审结行政复议案件213件。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_ji_ge_ren_counts_persons():
    assert classify("每个所配了几个人?").unit == "人" and classify("调解员有多少个人?").unit == "人"
    assert classify("全市有多少个人民调解委员会?").unit == "个"  # 个 counts the 人民调解委员会
    assert unit_fit(classify("每个所配了几个人?").unit, "名") > 0


def test_persons_asked_with_ge_are_answered_in_ming(answerer):
    a = answerer.ask("安顺市2021年司法所平均每个所配了几个人?")
    assert not a.abstained and a.short_answer == "3.4名", a.answer


@pytest.mark.parametrize("q", ["要花多长时间?", "办下来需要多久?", "How long did it take?"])
def test_a_length_of_time_is_a_figure_in_any_unit_of_time(q):
    t = classify(q)
    assert t.kind == "number", t
    assert unit_fit(t.unit, "小时") == 1.0 and unit_fit(t.unit, "个工作日") == 1.0 and unit_fit(t.unit, "件") < 0


@pytest.mark.parametrize("q, short", [
    ("铜仁市2022年货物通关要花多长时间?", "12.5小时"),
    ("安顺市2021年不动产登记办理要多久?", "3个工作日"),
    ("How long did a company take to register in Anshun in 2021?", "1.5个工作日"),
])
def test_a_length_of_time_is_answered_in_the_reports_unit(answerer, q, short):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == short, a.answer


def test_a_length_of_time_not_stated_is_not_answered_with_a_count(answerer):
    a = answerer.ask("安顺市2021年办理法律援助案件要多长时间?")  # 1,045件 counts cases, it says no time
    assert a.abstained or not a.short_answer, a.answer
