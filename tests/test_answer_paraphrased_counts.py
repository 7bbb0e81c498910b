"""A count asked in the user's words rather than the report's: a copula with a negation (不属于行政许可的事项)
for the genre's 非 prefix (非行政许可事项), and a full noun (黑恶势力, 企业) for the genre's 涉X abbreviation
(涉黑涉恶, 涉企).  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.term_coverage import coverage
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("岳阳市", 2021): (
        "岳阳市2021年法治政府建设情况报告\n"
        "一、深化放管服改革\n"
        "全面清理证明事项，共取消214项非行政许可审批事项，保留的事项全部纳入清单管理。\n"
        "二、维护社会稳定\n"
        "常态化开展扫黑除恶斗争，全年开展涉黑涉恶涉乱线索核查1270余次，依法打掉犯罪团伙9个。\n"
        "三、优化营商环境\n"
        "开展涉企执法检查专项清理，纠正不规范执法行为58起。\n"
    ),
    ("玉溪市", 2019): (
        "玉溪市2019年法治政府建设年度报告\n"
        "全年受理行政复议案件64件，办结61件。开展法治宣传活动320场次。\n"
    ),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_copula_is_no_content_term():
    terms = content_terms("岳阳市把多少项不属于行政许可的审批事项取消了?", exclude={"岳阳市"})
    assert "属于" not in terms and {"行政许可", "审批", "事项"} <= set(terms), terms


@pytest.mark.parametrize("term, text", [("黑恶势力", "开展涉黑涉恶线索核查"), ("企业", "开展涉企执法检查"),
                                        ("乱象", "涉黑涉恶涉乱线索")])
def test_a_noun_is_stated_by_the_genres_involving_abbreviation(term, text):
    assert coverage((term,), text)[0] == 1.0


@pytest.mark.parametrize("term, text", [("黑恶势力", "开展涉黑案件审理"), ("排查", "涉黑涉恶"), ("企业", "开展执法检查")])
def test_the_abbreviation_needs_every_head_and_a_noun(term, text):
    assert coverage((term,), text)[0] < 1.0


def test_a_count_asked_with_a_negated_copula_is_answered(answerer):
    a = answerer.ask("岳阳市2021年把多少项不属于行政许可的审批事项取消了?")
    assert not a.abstained and a.short_answer.startswith("214"), a.answer


def test_a_count_asked_with_the_full_nouns_is_answered(answerer):
    a = answerer.ask("岳阳市2021年核查黑惡勢力和亂象線索一共多少次?")
    assert not a.abstained and a.short_answer.startswith("1270"), a.answer
    b = answerer.ask("岳阳市2021年针对企业的执法检查纠正了多少起不规范行为?")
    assert not b.abstained and b.short_answer.startswith("58"), b.answer


def test_a_thing_the_reports_do_not_state_is_still_refused(answerer):
    a = answerer.ask("岳阳市2021年核查了多少次网络谣言线索?")
    assert a.abstained, a.answer
