"""A list answer opens with how many items it found (共3项： / 3 items:). That count is a line the system
wrote, not a claim from the report, so it must not be flagged as a number missing from the cited text.
Real BM25 retriever over a report written for this test."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXT = ("柳湾县2022年法治政府建设年度报告\n"
        "一、主要工作\n"
        "全年清理行政规范性文件,清理的文件涉及安全生产、城乡规划、农业农村等领域。\n"
        "二、存在的不足\n"
        "基层执法力量仍然薄弱。\n")
DOCS = docs_of({("柳湾县", 2022): TEXT})


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("question, count_line", [
    ("柳湾县2022年清理的规范性文件涉及哪些领域？", "共3项"),
    ("Which areas did the normative documents Liuwan County cleaned up in 2022 deal with?", "3 items"),
])
def test_the_count_of_a_list_is_not_an_ungrounded_number(answerer, question, count_line):
    ans = answerer.ask(question)
    assert not ans.abstained
    assert "安全生产" in ans.short_answer and "农业农村" in ans.short_answer
    assert count_line in ans.answer
    assert ans.meta["ungrounded"] == []
    assert not [f for f in ans.flags if "3" in f]
