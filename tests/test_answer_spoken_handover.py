"""Spoken ways of asking a figure (交给…去行使 = 下放…实施, 了结 = 结案, 去法院出庭 = 出庭应诉, 把关 = 审核, 那张表里 = where,
not what) are answered from the genre's written words; a figure a pasted PDF wrapped onto the next line is still the
figure of its sentence.  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.other_measure import other_measure
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("盐城市", 2022): ("盐城市2022年法治政府建设年度报告\n"
                     "一、深化行政执法体制改革\n"
                     "全市9个镇（街道）均组建综合行政执法队，将城乡建设、市场监管等86项行政执法事项下放到镇（街道）实施，"
                     "配备执法人员152名。\n"
                     "二、化解行政争议\n"
                     "全年新收行政复议申请640件，审结598件，通过调解、和解方式结案57件；全市一审行政诉讼案件903件，同比下降4.1%。\n"
                     "全市行政机关作为被告的一审行政诉讼案件77件，较上年下降8.3%；行政机关负责人出庭应诉\n"
                     "69件次，出庭应诉率89.6%；败诉案件5件。\n"
                     "三、依法应对突发事件\n"
                     "市司法局组建应急法律服务专班，对市应急指挥部发布的通告、公告等41件文件开展合法性审核，提出修改意见95条。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q, want", [
    ("盐城市2022年一共把多少项执法权限交给镇和街道去行使?", "86项"),
    ("盐城市2022年的行政复议案子,靠调解或者和解了结的有多少件?", "57件"),  # not the 903 lawsuits beside it
    ("2022年盐城市各行政机关的负责人去法院出庭应诉，一共出了多少件次？", "69件次"),  # the figure wraps onto the next line
    ("盐城市2022年法律服务专班对指挥部的多少份通告公告做了合法性把关?", "41件"),
])
def test_spoken_question_is_answered_from_the_written_words(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_a_table_pointed_at_is_where_not_what():
    terms = content_terms("某县执法情况那张表里，县交通运输局立了多少案件？")
    assert "案件" in terms and not {"表里", "那张", "那张表"} & set(terms), terms


def test_a_modifier_the_sentence_states_in_its_written_form_is_no_other_measure():
    q = "各行政机关的负责人去法院出庭应诉，一共出了多少件次？"
    terms = content_terms(q)
    clause = "行政机关负责人出庭应诉69件次"
    assert not other_measure(q, terms, ("出庭应诉",), clause, clause)
