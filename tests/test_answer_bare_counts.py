"""A count written straight onto the counted noun, the measure word left out (四部门, 12县区): the
genre's shorthand answers 几个部门 / 多少个县区 as well as 四个部门 would; and a quoted compound whose
figure the question asks (“几证合一”): the report's “七证合一”, though figures of quoted names count
nowhere else.  Real BM25 retriever, a
report written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.counts_in_text import bare_counts
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXT = ("丰宁市2021年法治政府建设年度报告\n"
        "一、主要工作\n"
        "我市“一窗受理”改革经验获得省发展改革委等四部门联合通报表扬,并在全省推广。\n"
        "全市12县区全部建成公共法律服务中心,实现全覆盖。\n"
        "全年开展法治培训第三部门专场2次。\n"
        "深化商事制度改革,全面推行“七证合一”登记,企业开办时间压缩至3个工作日。\n")
DOCS = docs_of({("丰宁市", 2021): TEXT})


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_spans_cover_numeral_and_noun_but_not_ordinals():
    assert [TEXT[a:b] for a, b, _ in bare_counts(TEXT, "部门")] == ["四部门"]  # 第三部门 is a rank
    assert [TEXT[a:b] for a, b, _ in bare_counts(TEXT, "县区")] == ["12县区"]


def test_a_count_fused_with_its_noun_answers_how_many(answerer):
    a = answerer.ask("丰宁市2021年“一窗受理”改革经验获得了省发展改革委等几个部门的通报表扬?")
    assert not a.abstained and a.short_answer == "四部门", a.answer


def test_a_quoted_compound_with_its_figure_asked_is_a_figure_question(answerer):
    from rag.answer.qtypes import classify

    assert classify("全面推行的是“几证合一”?").kind == "number"
    assert classify("哪个市推行了“最多跑一次”改革?").kind != "number"  # a quoted name's words still do not ask
    a = answerer.ask("丰宁市2021年全面推行的是“多少证合一”登记?")
    assert not a.abstained and a.short_answer == "七证合一", a.answer
