"""Yes/no claims a long sentence decides clause by clause (passages written here, invented figures):
the asked subject's own figure (一般事项3天、复杂事项7天), what of the found was done stated clauses
after the topic (排查隐患 N 条, 完成整改 M 条), a measure focused on a few fields against a claim of
every field, and a rule's entry into force asked in English.

Each test fails on the behaviour before it: the other subject's figure confirmed the claim; the
completion figures lay beyond the clauses read after the topic; 重点在…领域 was not read as a part;
taken effect / drinking water / water sources had no Chinese terms."""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

REPORTS = {
    ("湖北省宜昌市", 2020): (
        "宜昌市2020年法治政府建设年度报告\n一、优化营商环境\n"
        "深化工程建设项目审批改革，一般事项的竣工验收不超过3个工作日，复杂事项的竣工验收不超过7个工作日。\n"
        "二、安全生产\n"
        "深入推进燃气安全专项整治，组织开展餐饮场所和老旧小区专项检查，督促企业落实主体责任，"
        "排查燃气隐患860处，完成整改812处，立案查处21起，罚款38万元。\n"
        "三、创新执法方式\n"
        "积极探索“进一次门、查多项事”，重点在校外培训和农贸市场监管领域探索开展联合检查，减少对企业的干扰。\n"
        "四、推进立法\n"
        "截至2020年底，《宜昌市城区饮用水水源保护条例》已正式施行，《宜昌市养犬管理条例》已完成一审。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question,short", [
    ("宜昌2020年复杂事项的竣工验收时限也是3个工作日以内吗?", "否"),  # 3 is the 一般事项's figure
    ("宜昌2020年复杂事项的竣工验收要在7个工作日内完成吗?", "是"),
])
def test_the_asked_subjects_own_clause_decides_its_figure(answerer, question, short):
    assert answerer.ask(question).short_answer == short


def test_what_was_found_against_what_was_done_clauses_after_the_topic(answerer):
    got = answerer.ask("宜昌2020年燃气安全专项整治中排查出的隐患，是不是全都整改完了?")
    assert got.short_answer == "否"  # 860 found, 812 rectified
    assert "完成整改812处" in got.citations[0].quote


def test_a_measure_focused_on_a_few_fields_is_not_every_field(answerer):
    got = answerer.ask("Did Yichang carry out its joint inspections across every field of law enforcement in 2020?")
    assert got.short_answer == "No"


def test_a_rule_asked_in_english_to_have_taken_effect(answerer):
    got = answerer.ask("By the end of 2020, had Yichang's regulation protecting its drinking-water sources taken effect?")
    assert got.short_answer == "Yes"
    assert "饮用水水源保护条例" in got.citations[0].quote


def test_entry_into_force_and_water_sources_have_their_chinese_terms():
    from rag.text.glossary import english_terms

    terms = english_terms("Had the regulation protecting drinking-water sources taken effect?")
    assert "施行|实施|生效" in terms and {"饮用水", "水源"} <= set(terms)
    assert "施行|实施|生效" in english_terms("When did the rules come into force?")
