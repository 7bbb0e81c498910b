"""Whose figure is asked: a department's own (它自己 / 本身 / itself) among the government's it reports on, or one
part of the reporting place among the whole place's.  Real BM25 retriever over reports written for these tests."""
from __future__ import annotations

import hashlib

import pytest
from answer_corpus import answerer_over

from rag.answer.answerer import Answerer
from rag.answer.asked_subject import asked_parts, asks_itself, names_itself, restrict
from rag.config import Config
from rag.records import Document

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
BUREAU = ("宜昌市司法局2022年法治政府建设年度报告\n"
          "一、行政应诉\n"
          "全市一审行政诉讼案件1860件，行政机关负责人出庭应诉率达到98.7%；市政府作为被告的一审行政诉讼案件214件，败诉案件5件。"
          "我局作为被告的行政诉讼案件4件，均未败诉。\n"
          "二、下一步工作\n"
          "继续规范行政应诉工作。\n")
CITY = ("襄阳市2022年法治政府建设年度报告\n"
        "一、化解行政争议\n"
        "全市各级复议机关全年收到行政复议申请1320件，受理1187件，办结1102件。枣阳市推行复议窗口前移，全年行政复议申请91件。"
        "谷城县深化行政争议调解，全年行政复议申请64件，调解结案23件。\n"
        "二、下一步工作\n"
        "继续推进复议体制改革。\n")

COUNTY = ("谷城县2022年法治政府建设年度报告\n"
          "一、多元化解矛盾纠纷\n"
          "全县各乡镇调处矛盾纠纷3120件，调解成功率98.2%。石花镇建立“老娘舅”调解室，全年调处矛盾纠纷286件。"
          "盛康镇推行“网格+调解”，全年调处矛盾纠纷174件。\n"
          "二、下一步工作\n"
          "继续推进多元化解。\n")


def _doc(i: str, text: str, region: str, unit: str, level: str) -> Document:
    return Document(i, f"{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), region=region, year=2022,
                    level=level, reporting_unit=unit)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    docs = {"b": _doc("b", BUREAU, "湖北省宜昌市", "司法局", "department"),
            "c": _doc("c", CITY, "湖北省襄阳市", "人民政府", "prefecture")}
    return answerer_over(docs, CFG)


@pytest.mark.parametrize("question, itself", [
    ("宜昌市司法局2022年它自己作为被告的行政诉讼有几件？", True),
    ("宜昌市司法局本身被告了几次？", True),
    ("How many lawsuits was Yichang's justice bureau itself a defendant in?", True),
    ("省政府自己这一级收了多少件复议申请？", False),  # a level: rag.answer.levels
    ("企业自己整改了多少项？", False),
])
def test_asks_itself(question, itself):
    assert asks_itself(question) is itself


def test_names_itself():
    assert names_itself("本机关作为被告的案件6件", "司法局") and names_itself("市司法局作为被告3件", "司法局")
    assert not names_itself("市政府本级作为被告的案件421件", "司法局")  # the government's level, not the bureau
    assert names_itself("市政府本级作为被告的案件421件", "人民政府(推断)")
    assert restrict(["甲", "乙"], lambda x: False) == ["甲", "乙"]  # nothing names it: nothing is left out


def test_the_bureau_s_own_lawsuits(answerer):
    a = answerer.ask("宜昌市司法局2022年它自己作为被告的行政诉讼搞了几件？")
    assert not a.abstained and a.short_answer == "4件", a.answer


def test_parts_of_the_asked_place():
    assert asked_parts("襄阳市2022年枣阳市受理了多少件复议申请？", ("枣阳市", "受理", "复议", "申请"), ("湖北省襄阳市",)) == ("枣阳市",)
    assert asked_parts("襄阳市2022年受理了多少件复议申请？", ("受理", "复议", "申请"), ("湖北省襄阳市",)) == ()
    assert asked_parts("襄阳市龙泉镇调处了多少件纠纷？", ("龙泉", "调处", "纠纷"), ("湖北省襄阳市",)) == ("龙泉镇",)
    assert asked_parts("全市乡镇街道建了多少支执法队？", ("乡镇", "街道", "执法队"), ("湖北省襄阳市",)) == ()  # levels, no town


@pytest.mark.parametrize("question", ["襄阳市2022年谷城县收到了多少件行政复议申请？",
                                      "In Xiangyang's 2022 report, how many administrative reconsideration applications did Gucheng receive?"])
def test_the_named_county_s_figure_not_the_city_s(answerer, question):
    a = answerer.ask(question)
    assert not a.abstained and a.short_answer == "64件", a.answer


@pytest.mark.parametrize("question, figure", [
    ("In Gucheng County's 2022 report, how many disputes did Shihua Town mediate?", "286件"),
    ("In Gucheng County's 2022 report, how many disputes did Shengkang mediate?", "174件"),
])
def test_a_township_named_in_pinyin(question, figure):
    a = answerer_over({"g": _doc("g", COUNTY, "湖北省襄阳市谷城县", "人民政府", "county")}, CFG).ask(question)
    assert not a.abstained and a.short_answer == figure, a.answer
