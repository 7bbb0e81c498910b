"""Counterfactual yes/no claims the report contradicts: a report date, a run bounded with 超过, a month
written without its year, a plan's span of years, a revision claimed for a rule passed anew, and a
person claimed for a title the report gives someone else (passages written here, invented facts).

Each test fails on the behaviour before it: the report-date claim refused (落款 found in no passage), the
bounded run (连续…超过6年) and the other plan period answered 是, the bare month (3月,…) read as no date,
the revision claim answered 是 from the sentence passing the rule, the claimed person refused
because the name the claim gets wrong is in no passage (or the title, 省长, read as part of 吉林省长春市),
the wrong office (副省长 for 省长某某) and a five-year period (“十三五”) against the plan's years answered 是.
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

REPORTS = {
    ("浙江省湖州市", 2020): (
        "湖州市2020年法治政府建设年度报告\n一、加强党的领导\n"
        "市长王建国带头履行推进法治建设第一责任人职责，多次主持召开专题会议研究法治政府建设。"
        "3月，市司法局对2019年度法治政府建设工作开展专题研讨，部署全年重点任务。\n"
        "二、完善制度体系\n立足市情，审议通过《湖州市物业服务管理条例》；修订《湖州市城市绿化管理条例》。"
        "结合实际出台《法治湖州建设规划(2021—2025年)》，明确今后五年的目标任务。\n"
        "三、考核评价\n连续4年在全省法治政府建设考核中获得优秀等次。\n"
        "湖州市人民政府\n2021年1月15日\n"),
    ("浙江省嘉兴市", 2020): (
        "嘉兴市2020年法治政府建设年度报告\n一、推进依法行政\n"
        "市长张海峰主持召开市政府常务会议12次，研究涉法议题30项。"
        "制定《嘉兴市行政规范性文件管理办法》。\n"),
    ("浙江省", 2020): (
        "浙江省2020年法治政府建设年度报告\n一、加强组织领导\n"
        "省长郑建华带头履行推进法治建设第一责任人职责，主持召开省政府常务会议研究法治政府建设。\n"),
    ("吉林省长春市", 2020): (  # a place whose name holds 省长: the title is no part of it
        "长春市2020年法治政府建设年度报告\n一、推进依法行政\n制定《长春市重大行政决策程序规定》。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question,short,quoted", [
    ("湖州2020年度法治政府建设报告是2021年2月才落款的吗?", "否", "2021年1月15日"),
    ("湖州2020年度法治政府建设报告是2021年1月落款的吗?", "是", "2021年1月15日"),
    ("湖州在全省法治政府建设考核中连续获得优秀等次已经超过5年了吗?", "否", "连续4年"),
    ("湖州在全省法治政府建设考核中连续获得优秀等次已经超过3年了吗?", "是", "连续4年"),
    ("湖州市司法局是在2020年5月才研讨上一年度法治政府建设工作的吗?", "否", "3月"),
    ("湖州市司法局2020年是在5月份研讨上一年度法治政府建设工作的吗?", "否", "3月"),
    ("湖州市司法局2020年是在3月份研讨上一年度法治政府建设工作的吗?", "是", "3月"),
    ("湖州2020年出台的法治湖州建设规划，规划期是2016到2020年吗?", "否", "2021—2025年"),
    ("湖州2020年修订的是那部物业服务管理条例吗?", "否", "物业服务管理条例"),
    ("湖州2020年修订了物业服务管理条例吗?", "否", "物业服务管理条例"),
    ("湖州2020年带头履行法治建设第一责任人职责的市长是李明华吗?", "否", "王建国"),
    ("湖州2020年带头履行职责的市长是李明华吗?", "否", "王建国"),
    ("浙江2020年的省长是李明华吗?", "否", "郑建华"),
    ("浙江2020年带头履行法治建设第一责任人职责的郑建华是副省长吗?", "否", "郑建华"),
    ("浙江2020年带头履行法治建设第一责任人职责的郑建华是省长吗?", "是", "郑建华"),
    ("湖州2020年出台的法治湖州建设规划是“十三五”规划吗?", "否", "2021—2025年"),
])
def test_a_claim_the_report_contradicts_is_answered_from_the_contradicting_sentence(answerer, question, short, quoted):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert not got.abstained
    assert quoted in got.citations[0].quote


def test_a_revision_claim_the_report_makes_is_not_contradicted(answerer):
    got = answerer.ask("湖州2020年修订的是那部城市绿化管理条例吗?")
    assert got.short_answer == "是"
    assert "修订" in got.citations[0].quote


def test_a_claim_about_what_the_report_quotes_is_not_read_as_the_report_date(answerer):
    got = answerer.ask("湖州2020年审议通过物业服务管理条例了吗?")
    assert got.short_answer == "是"
    assert "物业服务管理条例" in got.citations[0].quote
