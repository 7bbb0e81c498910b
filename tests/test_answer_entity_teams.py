"""An enforcement team asked for (哪支执法队伍, which enforcement team / brigade) is a body whose name ends in 队
(某某执法支队, 大队, 中队), and a unit named within its parent body (某某执法支队第二大队, 某某局法规处) is one name, the
parent's and the unit's together.  Real BM25 retriever over a report written for these tests (invented facts, real
place names for the place model)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.figures import org_spans
from rag.answer.kinds import asked_entity
from rag.config import Config

TEXTS = {
    ("株洲市", 2021): ("株洲市交通运输局2021年法治政府建设年度报告\n"
                     "一、推进严格规范公正文明执法\n"
                     "全年开展路政执法检查1260次，查处超限超载车辆318台次。\n"
                     "市交通运输综合行政执法支队第三大队被交通运输部通报表扬为全国交通运输系统执法工作先进集体。\n"
                     "二、深化法治宣传\n"
                     "开展“法治进站场”活动24场，发放宣传资料1.2万份。\n"),
}
CFG = Config().replace(embedding={"backend": "none"})


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


@pytest.mark.parametrize("sentence, names", [
    ("市交通运输综合行政执法支队第三大队被通报表扬。", ["市交通运输综合行政执法支队第三大队"]),
    ("县城市管理综合执法大队第一中队获评先进集体。", ["县城市管理综合执法大队第一中队"]),
])
def test_a_unit_named_within_its_parent_body_is_one_name(sentence, names):
    assert [sentence[a:b] for a, b, _ in org_spans(sentence)] == names


@pytest.mark.parametrize("q", ["某市2021年哪支执法队伍受到了通报表扬？", "某市哪个大队获评先进集体？",
                               "Which enforcement team of the city was commended in 2021?"])
def test_an_enforcement_team_is_asked_as_a_body_ending_in_dui(q):
    e = asked_entity(q)
    assert e is not None and e.kind == "org" and all(x.endswith("队") for x in e.ends[:1]), e


@pytest.mark.parametrize("q", [
    "株洲市交通运输局2021年哪支执法队伍受到了交通运输部的通报表扬？",
    "Which enforcement team of Zhuzhou's transport bureau was commended by the Ministry of Transport in 2021?",
])
def test_the_team_commended_is_answered_with_its_full_name(answerer, q):
    a = answerer.ask(q)
    assert a.short_answer == "市交通运输综合行政执法支队第三大队" and a.citations, a.answer
