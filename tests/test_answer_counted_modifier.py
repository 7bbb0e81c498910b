"""A relative clause between the measure word and the counted noun (多少个[跟群众生活相关的]事项) says
which items, not what is counted: the head noun after it is the measured word, and a report that
states the figure without the user's gloss answers.  Real BM25 retriever, a report written here."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.asked_measure import measure_anchors, measured_words
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
DOCS = docs_of({
    ("青岚市", 2021): ("青岚市2021年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "推进政务服务集成改革，156项政务服务事项进驻市政务服务中心，实现一窗受理。\n"
                     "全年办结行政复议案件87件，调解信访积案23件。\n"),
    # the genre's common words (群众, 生活, 密切相关) stand in other reports too, as in any real corpus
    ("白沙县", 2021): ("白沙县2021年法治政府建设年度报告\n"
                     "聚焦与群众生活密切相关的食品药品安全，开展专项执法检查。\n"
                     "群众满意度持续提升，群众办事更加便利。\n"),
    ("石门区", 2022): ("石门区2022年法治政府建设年度报告\n"
                     "围绕群众生活中的急难愁盼问题，推行柔性执法。\n"
                     "与群众切身利益密切相关的行政执法事项全部公示。\n"),
})


@pytest.mark.parametrize("q, measured", [
    ("有多少项跟群众生活密切相关的政务服务事项进驻了服务中心?", ("政务服务", "事项")),
    ("办结了多少件涉及企业切身利益的行政复议案件?", ("行政复议", "案件")),
    ("多少名与基层治理有关的人民调解员参加了培训?", ("人民调解员",)),
])
def test_the_counted_noun_is_the_head_after_the_relative_clause(q, measured):
    assert measured_words(q, content_terms(q)) == measured
    assert measure_anchors(q, tuple(content_terms(q)))[1].startswith("".join(measured))


def test_a_figure_stated_without_the_users_gloss_answers():
    a = answerer_over(DOCS, CFG).ask("青岚市2021年有多少项跟群众生活密切相关的政务服务事项进驻了政务服务中心?")
    assert not a.abstained and a.short_answer == "156项", a.answer


# a clause of spoken short forms closed by 的 (违停、占道的线索): which of the noun after it, not the verb counted
SHORT_FORMS = docs_of({
    ("青岚市", 2022): ("青岚市2022年法治政府建设年度报告\n"
                     "一、严格规范执法\n"
                     "推进非现场执法，借助无人机巡查发现违法停车、占道经营等问题线索1260条，整改率98%。\n"
                     "全年办理行政处罚案件430件。\n"),
})


def test_a_short_form_clause_before_de_leaves_the_noun_after_it_counted():
    from rag.text.zh_variants import formal_forms

    q = "青岚市2022年城管靠无人机巡查这种办法，查到了多少条违停、占道的线索？"
    assert measured_words(q, content_terms(q)) == ("线索",)
    assert "违法停车" in formal_forms("违停") and "违法建设" in formal_forms("违建")
    a = answerer_over(SHORT_FORMS, CFG).ask(q)
    assert a.short_answer == "1260条", a.answer
