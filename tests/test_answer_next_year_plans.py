"""The year after the report's said by a user (第二年, 次年, 来年, 新的一年) asks the report's plans, as 明年 / 下一年 do.
A report written for these tests (invented facts, a real place name for the place model)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.qtypes import classify
from rag.answer.sections import asks_plans
from rag.config import Config


@pytest.mark.parametrize("q", [
    "某市在2022年的报告里，对第二年法治政府建设打算怎么干？",
    "某市2022年的报告中，次年有哪些打算？",
    "某县2022年报告里说来年准备怎么推进依法行政？",
])
def test_the_next_year_said_plainly_asks_the_plans(q):
    assert classify(q).kind == "summary" and asks_plans(q)


TEXTS = {("汉中市", 2022): ("汉中市2022年法治政府建设年度报告\n"
                         "一、主要工作\n全年办理行政复议案件312件，直接纠错率10.2%。开展法治宣传活动64场。\n"
                         "二、存在的问题\n基层执法力量仍然薄弱。\n"
                         "三、2023年工作打算\n"
                         "一是深化行政执法体制改革，年内完成乡镇综合执法队伍整合；二是推进《汉中市汉江流域保护条例》立法；"
                         "三是建成市级行政复议网上办理平台。\n")}


def test_the_plans_section_answers_the_second_year():
    a = answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"})).ask(
        "汉中市在2022年的报告里，对第二年法治政府建设打算怎么干？")
    assert not a.abstained and "汉江流域保护条例" in a.answer and "312件" not in a.answer, a.answer
