"""A question about one topic of a report's plans (下一步怎么加强X) is answered by the plan that names
the topic, not by the headings of every plan; a question about the plans as a whole still gets them
all.  Real BM25 retriever, a report written for this test."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
DALI = ("大理州2021年法治政府建设年度报告\n"
        "一、主要工作\n"
        "（一）规范行政执法。全州评查执法案卷210卷，开展执法培训9期。\n"
        "（二）化解行政争议。全年办理行政复议案件74件。\n"
        "二、存在的问题\n"
        "一是乡村执法人员力量不足。二是部分部门依法决策意识不强。\n"
        "三、下一步工作打算\n"
        "（一）深化法治政府示范创建。对照创建指标逐项补齐短板，力争创建成功。\n"
        "（二）推动严格规范公正文明执法。组织乡村执法人员分批培训，提升办案能力；推动执法力量向乡镇倾斜，"
        "压减执法层级。全面落实行政执法“三项制度”，规范执法行为。\n"
        "（三）提升依法决策水平。严格落实重大行政决策程序，扩大公众参与。\n")
OTHERS = {("赣州市", 2019): "赣州市2019年法治政府建设工作报告\n全年组织集中学法6次，推进各项工作。\n",
          ("霍州市", 2023): "霍州市2023年法治政府建设工作报告\n全年开展执法检查40次，扎实推进各项工作。\n"}
DOCS = docs_of({("大理州", 2021): DALI, **OTHERS})


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q", ["概括一下大理州2021年下一步打算怎么加强乡村执法人员培训。",
                               "Briefly, how does Dali plan to train rural law-enforcement staff next year, per its 2021 report?"])
def test_one_topic_of_the_plans_is_answered_by_its_plan(answerer, q):
    a = answerer.ask(q)
    assert not a.abstained and "组织乡村执法人员分批培训" in a.answer, a.answer
    assert "力争创建成功" not in a.answer and "扩大公众参与" not in a.answer, a.answer
    assert "乡村执法人员力量不足" not in a.answer, a.answer  # a shortcoming, not a plan
    assert all(DOCS[c.doc_id].text[c.start:c.end] == c.quote for c in a.citations)
    assert all(c.quote.strip("。；，") for c in a.citations)  # no title's lone 。 quoted


JIANGLING = ("江陵县2022年法治政府建设年度报告\n"
             "一、主要工作\n全年办理行政复议案件52件。\n"
             "二、2023年工作安排\n"
             "（一）提升依法决策水平。健全重大行政决策程序，推动乡镇重大事项合法性审核全覆盖。\n"
             "（二）夯实乡镇执法基础。为各乡镇配备执法记录仪120台，开展乡镇执法案卷交叉评查。\n"
             "（三）推进执法监督数字化。依托省平台，实现执法案件网上办理。\n")


def test_a_topic_noun_in_several_plans_is_told_apart_by_the_asked_deed():
    # 乡镇 (the topic noun) is in plans (一) and (二); only (二) is also about 执法, as the question asks
    ans = answerer_over(docs_of({("江陵县", 2022): JIANGLING, **OTHERS}), CFG)
    for q in ("Briefly, what did Jiangling County say it would do in 2023 to strengthen law enforcement in its townships?",
              "江陵县2022年报告里，下一步打算怎么加强乡镇执法?"):
        a = ans.ask(q)
        assert not a.abstained and "配备执法记录仪120台" in a.answer, a.answer
        assert "合法性审核全覆盖" not in a.answer and "网上办理" not in a.answer, a.answer


def test_the_plans_as_a_whole_still_give_every_plan(answerer):
    a = answerer.ask("大理州2021年下一步有什么打算?")
    assert not a.abstained, a.answer
    assert "深化法治政府示范创建" in a.answer and "提升依法决策水平" in a.answer, a.answer


@pytest.mark.parametrize("q, plans", [
    ("What did Jiangling County say it would focus on in 2023, according to its 2022 report?", True),
    ("Briefly, what did the county say it would do in 2023 to train its staff?", True),
    ("What did the city plan for 2024?", True),
    ("What did the county say about its administrative reconsideration cases?", False),
])
def test_what_a_report_says_it_would_do_asks_its_plans(q, plans):
    from rag.answer.qtypes import classify
    from rag.answer.sections import asks_plans

    assert asks_plans(q) is plans
    assert (classify(q).kind == "summary") is plans


def test_the_next_years_plans_come_from_the_report_before_it(answerer):
    # no 2022 report of 大理州: its 2021 report states its plans for 2022
    a = answerer.ask("What did Dali say it would do in 2022 to strengthen law enforcement?")
    assert not a.abstained and "推动严格规范公正文明执法" in a.answer, a.answer
    assert "乡村执法人员力量不足" not in a.answer and "评查执法案卷210卷" not in a.answer, a.answer
