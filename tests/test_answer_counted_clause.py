"""Figure questions worded as users word them, read the way the genre writes the figure: the act of a
relative clause (``负责人出庭应诉的案件有多少件``: the report's ``出庭应诉71件``, not ``案件96件``); the compound
closing the question after the measure word, though tagged as verbs (``多少件复议申请``), is what is counted; a
size asked mid-sentence (``拆掉了多大面积的违章建筑``) is a figure, in the area units the reports write (平方米); a
part of the asked place (a district) is answered by its own item of the report's per-part run, not the total, and a
body's staff said as its 队伍 is the 力量/人员 the reports count; a spoken placeholder (``…的事情有多少起``) names
nothing the report must hold.
Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.asked_measure import measure_anchors, measured_words
from rag.answer.figures import number_spans
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("汉中市", 2022): ("汉中市2022年法治政府建设年度报告\n"
                     "一、行政应诉\n"
                     "全市行政机关作为被告的一审行政诉讼案件96件，败诉案件8件；行政机关负责人出庭应诉71件，出庭应诉率74%。\n"
                     "二、行政复议\n"
                     "全年办结行政复议案件54件，其中撤销原行政行为的案件6件。\n"),
    ("安康市", 2021): ("安康市2021年法治政府建设年度报告\n"
                     "市行政复议局全年收到行政复议申请132件，受理120件，审结111件。\n"),
    ("忻州市", 2023): ("忻州市2023年法治政府建设年度报告\n"
                     "开展城市违法建设专项整治，查处违法建设行为63起，拆除违法建筑1.8万平方米。\n"),
    ("榆林市", 2022): ("榆林市2022年法治政府建设年度报告\n"
                     "全市新聘人民调解员860名，各县区分别为：榆阳区310名、神木市280名、府谷县270名。\n"
                     "深化综合行政执法改革，各县区执法力量如下：榆阳区执法人员420名、神木市185名、府谷县130名。\n"),
    ("铜仁市", 2023): ("铜仁市2023年法治政府建设年度报告\n"
                     "建立消费纠纷先行赔付制度，全年为消费者先行赔付58起，赔付金额31.2万元。\n"
                     "在各乡镇便民服务中心推行“代跑代办”服务，全年代办事项1,320件。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q, verb", [
    ("行政机关负责人亲自出庭应诉的案件有多少件?", "出庭应诉"),
    ("依法撤销的案子有几件?", "撤销"),
    ("去年办结的事项一共有多少项?", "办结"),
    ("全市的案件有多少件?", "案件"),  # a place closes the clause: no act
    ("行政诉讼案件有多少件?", "案件"),  # no clause at all
])
def test_a_relative_clause_before_the_bare_counted_noun_gives_the_act(q, verb):
    assert measure_anchors(q)[0].split("|")[0] == verb


@pytest.mark.parametrize("q, figure", [
    ("汉中市2022年行政机关负责人亲自出庭应诉的案件一共有多少件？", "71件"),
    ("汉中市2022年行政机关一把手出庭应诉的案子有几件？", "71件"),
    ("汉中市2022年行政机关作为被告的一审行政诉讼案件有多少件？", "96件"),
])
def test_the_count_of_the_clause_act_answers_not_the_bare_noun(answerer, q, figure):
    a = answerer.ask(q)
    assert a.short_answer == figure, a.answer


@pytest.mark.parametrize("q, counted, other", [
    ("复议机构一共收到了多少件复议申请?", "复议", "机构"),
    ("事项里有多少件做到了按时办结?", "事项", "办结"),  # a clause follows 多少件: the noun before it is counted
])
def test_the_compound_closing_the_question_is_counted(q, counted, other):
    got = measured_words(q, content_terms(q))
    assert counted in got and other not in got


def test_a_body_asked_by_another_name_does_not_refuse_its_count(answerer):
    a = answerer.ask("安康市2021年市里的复议机构一共收到了多少件复议申请？")
    assert a.short_answer == "132件", a.answer


@pytest.mark.parametrize("q", ["一共拆掉了多大面积的违章建筑?", "新增了多大规模的绿地?", "拆除违法建筑的面积有多大?"])
def test_a_size_asked_mid_sentence_is_a_figure_question(q):
    assert classify(q).kind == "number"


def test_area_units_are_part_of_the_figure():
    s = "拆除违法建筑3420平方米，造林1.2万公顷。"
    assert [s[a:b] for a, b, _ in number_spans(s)] == ["3420平方米", "1.2万公顷"]


def test_an_area_asked_in_spoken_words_is_answered_with_its_unit(answerer):
    a = answerer.ask("忻州市2023年一共拆掉了多大面积的违章建筑？")
    assert a.short_answer == "1.8万平方米", a.answer


@pytest.mark.parametrize("q, figure", [
    ("榆林市2022年府谷县新聘了多少名人民调解员？", "270名"),
    ("榆林市2022年新聘了多少名人民调解员？", "860名"),  # no part asked: the total
    ("榆林市2022年神木市的综合执法队伍有多少人？", "185名"),
])
def test_a_part_of_the_place_is_answered_by_its_own_item(answerer, q, figure):
    a = answerer.ask(q)
    assert a.short_answer == figure, a.answer


@pytest.mark.parametrize("q, figure", [
    ("铜仁市2023年出了问题先给消费者赔付的事情一共有多少起？", "58起"),
    ("铜仁市2023年在乡镇帮群众代跑腿办了多少件事情？", "1,320件"),
])
def test_a_placeholder_noun_is_not_what_the_report_must_name(answerer, q, figure):
    a = answerer.ask(q)
    assert a.short_answer == figure, a.answer
