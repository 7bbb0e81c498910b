"""A place's bid for a model title (申报 / 创建 a 示范市) asked in English and Chinese (fresh r-018): a bid is 申报 or
创建 (not 投标, a tender), put in / set up / made is the bid itself (set up alone is 成立), handed in or submitted is
提交 / 报送 / 上报; and work the report says is still being prepared (仍处于筹备阶段) is a claimed deed not done.  The
reports and questions are written here."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.config import Config
from rag.text.glossary import english_terms
from rag.text.zh_variants import formal_forms

TEXTS = {
    ("浙江省湖州市", 2023): (
        "湖州市2023年法治政府建设年度报告\n一、主要工作\n"
        "（一）加强组织领导。市长带头学法，主持市政府常务会议专题学法6次，亲自部署法治政府建设示范创建。\n"
        "（二）规范行政执法。全市开展行政执法案卷评查2次，评查案卷420卷。\n"
        "二、存在的不足\n一是基层执法力量薄弱。二是受机构调整影响，创建省级法治政府建设示范市工作仍处于筹备阶段，"
        "相关材料尚未报送省司法厅。\n"),
    ("浙江省嘉兴市", 2023): (
        "嘉兴市2023年法治政府建设年度报告\n一、主要工作\n"
        "（一）推进示范创建。对照省级法治政府建设示范市指标逐项自查，9月正式向省司法厅报送申报材料。\n"
        "（二）规范行政执法。全市开展行政执法案卷评查3次，评查案卷515卷。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"}))


def test_a_bid_is_an_application_not_a_tender():
    assert "申报|创建" in english_terms("Did the city hand in its bid to become a model city?")
    assert any("提交" in t for t in english_terms("Did the city hand in its bid to become a model city?"))
    assert any("报送" in t for t in english_terms("Did the county submit its application materials?"))
    set_up = english_terms("Did the city set up its bid for a provincial model city?")
    assert "申报|创建" in set_up and not any("成立" in t for t in set_up)  # the bid itself, nothing founded
    applied = english_terms("Did the county apply to become a provincial model county?")
    assert "申报|创建" in applied and not any("使用" in t for t in applied)  # apply alone is the lexicon's 使用
    assert any("申报" in t for t in english_terms("Had the city submitted its application for the model city title?"))
    assert "上报" in formal_forms("报上去") and "提交" in formal_forms("交上去")  # sent up by the place itself


@pytest.mark.parametrize("q, short", [
    ("Did Huzhou hand in its bid to become a provincial model city for rule-of-law government in 2023?", "No"),
    ("Did Huzhou set up its bid for a provincial model city in 2023?", "No"),
    ("湖州市2023年有没有申报省级法治政府建设示范市？", "否"),
    ("湖州市2023年创建省级法治政府建设示范市的工作是不是还处于筹备阶段？", "是"),  # what the question itself says
    ("Had Huzhou submitted its application for the provincial model city by the end of 2023?", "No"),
    ("湖州市2023年创建省级示范市的材料报上去了没有？", "否"),
    ("Did Jiaxing hand in its bid to become a provincial model city for rule-of-law government in 2023?", "Yes"),
    ("嘉兴市2023年有没有申报省级法治政府建设示范市？", "是"),
    ("Had Jiaxing submitted its application for the provincial model city by the end of 2023?", "Yes"),
])
def test_a_bid_handed_in_or_still_being_prepared(answerer, q, short):
    a = answerer.ask(q)
    assert a.short_answer == short, a.answer
