"""A counted list question (哪三件事, 哪两样) whose best sentence states the count (纳入目录管理的事项3项) and whose
next sentence names the items (三项决策分别为《甲》《乙》和《丙》): the items answer, not the count sentence.
Real BM25 retriever over a report written for these tests (no eval item's text)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.qtypes import classify
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 3})
TEXTS = {
    ("宣城市", 2022): ("宣城市2022年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "（一）规范重大行政决策。修订重大行政决策程序规定，全年纳入重大行政决策目录管理的事项3项。"
                     "三项决策分别为《宣城市城区公共停车收费办法》《宣城市生活垃圾分类实施方案》和《宣城市养老服务设施布局规划》，"
                     "均履行了公众参与、专家论证等程序。\n"
                     "（二）加强执法监督。市政府确定年度执法监督重点领域2个，分别是生态环境和食品安全，开展专项检查18次。\n"
                     "（三）推进普法。开展宪法宣传周活动42场。\n"
                     "（四）决策后评估。对上年纳入重大行政决策目录管理的事项开展后评估，重大行政决策目录管理经验在全省交流。\n"),
}


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


@pytest.mark.parametrize("q", ["纳入目录管理的是哪三件事?", "执法监督的重点是哪两样?"])
def test_counted_things_ask_a_list(q):
    assert classify(q).kind == "list"


def test_the_items_after_the_count_answer(answerer):
    a = answerer.ask("宣城市2022年纳入重大行政决策目录管理的是哪三件事?")
    assert not a.abstained, a.answer
    for title in ("城区公共停车收费办法", "生活垃圾分类实施方案", "养老服务设施布局规划"):
        assert title in a.short_answer, a.short_answer


def test_a_count_of_another_number_is_not_followed(answerer):
    a = answerer.ask("宣城市2022年纳入重大行政决策目录管理的是哪两件事?")
    assert "养老服务设施布局规划" not in a.short_answer, a.short_answer
