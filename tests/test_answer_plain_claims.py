"""Yes/no questions worded as people speak (老百姓, 方便, 设点, 被告, 上法庭, an outside third party brought
in to rate work, recognised as a model county) are answered 是 by the report's formal words (群众, 便民, 设立…点,
被诉, 出庭, 引入第三方…测评, 被评为…示范县);
a plain word's rarity is that of the formal words stating it, so that a word the reports never write does
not outweigh the rest of the question (passages written here, invented facts)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.term_coverage import idf_weights
from rag.config import Config
from rag.text.glossary import english_terms

REPORTS = {
    ("湖南省岳阳市平江县", 2022): (
        "平江县2022年法治政府建设年度报告\n一、化解行政争议\n"
        "在县公共法律服务中心和9个乡镇设立法律援助工作站，就近受理群众的援助申请。"
        "县长以被诉行政机关负责人身份出庭应诉2次。\n"
        "二、强化考核评价\n县委依法治县办引入第三方机构对各部门执法情况开展满意度测评，平均得分90.1分。\n"
        "三、法治创建\n平江县被评为“湖南省法治政府建设示范县”，2个村被命名为省级民主法治示范村。\n"),
    ("湖南省岳阳市华容县", 2022): (
        "华容县2022年法治政府建设年度报告\n一、化解行政争议\n全县人民群众满意度持续提升，行政诉讼案件12件。\n"
        "二、法治创建\n推荐华容县参评湖南省法治政府建设示范县，组织开展示范创建自评。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question,short", [
    ("平江县2022年有没有在乡镇设点方便老百姓申请法律援助?", "是"),
    ("平江县2022年县长有没有作为被告机关负责人上法庭应诉?", "是"),
    ("Did Pingjiang county bring in an outside third party to rate its departments' enforcement in 2022?", "Yes"),
    ("Was Pingjiang recognised as a provincial model county for law-based government in 2022?", "Yes"),
    ("Was Huarong recognised as a provincial model county for law-based government in 2022?", "No"),  # only nominated
])
def test_a_plainly_worded_claim_is_stated_by_the_formal_words(answerer, question, short):
    assert answerer.ask(question).short_answer == short


def test_a_plain_words_rarity_is_its_formal_forms():
    docs = ["全县群众满意度提升。", "方便群众办事。", "设立工作站。"]
    weights = idf_weights(["老百姓", "工作站"], docs)
    assert weights["老百姓"] < weights["工作站"]  # 群众 is in two of the three reports, 工作站 in one


def test_an_outside_body_brought_in_to_rate():
    assert english_terms("they brought in an outside third party to rate it") == ("引入|引进|聘请|邀请", "第三方", "测评|评价|评议|打分")


def test_an_appraisals_weight():
    from rag.answer.term_coverage import coverage

    assert english_terms("the weight of rule-of-law work")[:1] == ("权重|分值|占比|比重",)
    assert coverage(["绩效考核", "权重|分值|占比|比重"], "纳入部门绩效考评，权重由3分提高到5分")[0] == 1.0
