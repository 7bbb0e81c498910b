"""An honour yes/no question is decided by the sentence about THAT honour: any conferral verb confers it,
an aim or an application says not yet, a sub-unit's honour is not the region's, another year's conferral
says 否 for this year (passages written here, not eval items)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.yesno_honours import claimed_honour
from rag.config import Config

REPORTS = {
    ("广东省佛山市南海区", 2023): (
        "佛山市南海区2023年法治政府建设年度报告\n一、主要成效\n"
        "（一）示范创建。2023年8月，南海区被中央依法治国办授予第三批全国法治政府建设示范地区称号。"
        "区内丹灶镇仙岗村获评全国民主法治示范村。\n"
        "（二）复议应诉。全年办理行政复议案件402件。\n"
        "三、2024年工作计划\n巩固全国法治政府建设示范地区创建成果，推动九江镇争创省级法治政府建设示范镇。\n"),
    ("湖南省长沙市浏阳市", 2022): (
        "浏阳市2022年法治政府建设情况报告\n一、工作成效\n"
        "（一）创建工作。2021年，我市入选湖南省法治政府建设示范市。2022年，全市积极争创全国法治政府建设示范地区，"
        "已被列为省级推荐对象。市行政审批服务局荣获全省政务服务先进集体称号。\n"
        "（二）执法监督。全年开展行政执法案卷评查，抽查案卷300卷。\n"),
    ("河南省洛阳市栾川县", 2024): (
        "栾川县2024年法治政府建设情况报告\n一、主要工作\n"
        "（一）法治创建。全县以争创省级法治政府建设示范县为目标，完成创建材料申报。"
        "陶湾镇协心村被确定为省级民主法治示范村。\n"
        "（二）化解争议。调处矛盾纠纷1200件。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, expected", [
    # conferred by another verb than the asked one (授予…称号 for 评为 / 拿到)
    ("南海区2023年有没有被评为全国法治政府建设示范地区？", "是"),
    ("南海區是不是拿到了全國法治政府建設示範區的牌子？", "是"),
    # a village's honour, asked of the village
    ("南海区仙岗村是不是被评为了全国民主法治示范村？", "是"),
    # another year's conferral, an application for the national one
    ("浏阳市2022年是不是入选了湖南省法治政府建设示范市？", "否"),
    ("浏阳市有没有被评为省级法治政府建设示范市？", "是"),
    ("浏阳市2022年算不算已经获评全国法治政府建设示范地区？", "否"),
    # a bureau's honour, asked of the bureau
    ("浏阳市行政审批服务局有没有获得全省政务服务先进集体称号？", "是"),
    # an aim and a village's provincial honour
    ("栾川县2024年有没有被命名为省级法治政府建设示范县？", "否"),
    # asked in English
    ("Was Luanchuan County named a provincial model county for rule-of-law government in 2024?", "No"),
    ("Did Liuyang become a provincial model city for rule-of-law government?", "Yes"),
    ("Was Liuyang named a national model area for rule-of-law government in 2022?", "No"),
])
def test_honour_claims(answerer, q, expected):
    assert answerer.ask(q).short_answer == expected


def test_the_claimed_honour():
    h = claimed_honour("浏阳市2022年算不算已经获评全国法治政府建设示范地区？")
    assert (h.subject, h.level, h.core) == ("浏阳市", "国", "法治政府建设示范地")
    assert claimed_honour("浏阳市2022年抽查了多少卷案卷？") is None
