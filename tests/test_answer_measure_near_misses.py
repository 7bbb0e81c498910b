"""Near-miss figure questions: the report holds the words but counts something else than asked
(passages written here, invented figures).

- a combined figure: asked for one kind of meeting, the report counts two kinds together;
- a part of a group: asked how many of the named places are counties, the report gives the group's total
  (in a clause that names no such place, though the sentence before it may);
- a narrower or other kind: asked for 行政审批事项, the report counts 行政审批中介服务事项 or 权力事项.

Each refusal test fails on the behaviour before it (the combined, total or other figure was answered);
the control questions ask for what the report does count and must keep their answer.
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

REPORTS = {
    ("江苏省常州市", 2019): (
        "常州市2019年法治政府建设年度报告\n一、加强组织领导\n"
        "市长12次主持召开党组会议和政府常务会议，研究法治议题25项。全市6个县(市、区)均建成公共法律服务中心。\n"
        "二、开展示范创建\n各县区同步推进示范创建。组织开展法治政府建设示范创建活动，命名首批市级示范单位(项目)18个。\n"
        "三、深化放管服改革\n清理规范中介服务事项，其中确定不属于行政审批中介服务事项40项，保留中介服务事项25项。\n"),
    ("江苏省镇江市", 2019): (
        "镇江市2019年法治政府建设年度报告\n一、深化放管服改革\n"
        "市级部门共梳理出权力事项3000项，保留权力事项1200项，精简比例达60%。\n"
        "二、规范执法\n全年办理行政处罚案件860件。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question", [
    "常州2019年市长单独主持召开的政府常务会议有多少次?",
    "常州2019年首批市级示范单位中，县(市、区)有多少个?",
    "常州2019年首批市级示范单位中，市(区)有多少个?",
    "常州2019年首批市级示范单位中，县(区)有多少个?",
    "常州2019年保留的行政审批事项一共有多少项?",
    "镇江2019年保留的行政审批事项一共有多少项?",
])
def test_a_figure_of_something_else_is_refused(answerer, question):
    got = answerer.ask(question)
    assert got.abstained, got.answer
    assert got.short_answer == ""
    assert got.citations == ()


@pytest.mark.parametrize("question,short", [
    ("常州2019年市长主持召开党组会议和政府常务会议共多少次?", "12次"),
    ("常州2019年命名了多少个首批市级示范单位?", "18个"),
    ("常州2019年有多少个县(市、区)建成了公共法律服务中心?", "6个"),
    ("常州2019年保留的中介服务事项有多少项?", "25项"),
    ("镇江2019年保留的权力事项有多少项?", "1200项"),
])
def test_the_figure_of_what_is_asked_is_still_answered(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
