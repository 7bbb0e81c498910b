"""Of several titles one verb introduces (印发《甲》和《乙》), the one the question describes: the verb introduces
every title of the run, not only the first; an English "notice" is any of the genre's notices (通知, 告知书, 通告,
公告).  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.kinds import asked_entity
from rag.answer.names import name_preference
from rag.answer.persons import asks_person
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("黄冈市", 2022): (
        "黄冈市2022年法治政府建设年度报告\n"
        "一、加强法治宣传\n"
        "汛期来临后，市司法局及时印发《关于做好全市防汛救灾法治宣传工作的通知》和《关于防汛救灾期间群众依法避险的权利义务告知书》，"
        "组织普法志愿者深入受灾村组开展宣讲。\n"
        "二、规范行政执法\n"
        "全年开展行政执法案卷评查2次，评查案卷160卷。\n"
        "三、强化监督\n"
        "严格执行《黄冈市行政执法过错责任追究办法》《黄冈市关于激励干部担当作为建立容错纠错机制的实施意见》，为干部干事创业提供制度保障。\n"
    ),
}
DOCS = docs_of(TEXTS)
SENT = TEXTS[("黄冈市", 2022)].split("\n")[2]


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def _title_span(title: str) -> tuple[int, int, float]:
    a = SENT.index(title)
    return a, a + len(title), 0.0


def test_the_verb_introduces_every_coordinated_title():
    first, second = _title_span("《关于做好全市防汛救灾法治宣传工作的通知》"), _title_span("《关于防汛救灾期间群众依法避险的权利义务告知书》")
    terms = ("印发", "群众", "义务")
    # the second title holds the question's words and is 印发's object as much as the first
    assert name_preference(SENT, second, terms, None) > name_preference(SENT, first, terms, None)
    assert name_preference(SENT, second, ("印发",), None) == name_preference(SENT, first, ("印发",), None)


def test_an_english_notice_is_any_of_the_genres_notices():
    ends = asked_entity("What notice did the city issue?").ends
    assert {"通知", "告知书", "通告", "公告"} <= set(ends)


def test_the_described_title_of_a_run_is_answered(answerer):
    a = answerer.ask("During the 2022 floods, what notice did Huanggang issue telling people about their rights and duties?")
    assert not a.abstained and a.short_answer == "《关于防汛救灾期间群众依法避险的权利义务告知书》", a.answer
    b = answerer.ask("黄冈市2022年汛期印发了哪个关于防汛救灾法治宣传的通知?")
    assert not b.abstained and b.short_answer == "《关于做好全市防汛救灾法治宣传工作的通知》", b.answer


@pytest.mark.parametrize("q, head", [("市里出台了哪个关于优化营商环境的意见?", "意见"),
                                     ("县政府印发了哪个有关安全生产专项整治的方案?", "方案")])
def test_an_about_phrase_modifies_the_head_at_its_end(q, head):
    e = asked_entity(q)
    assert e is not None and e.kind == "title" and e.head == head, e


@pytest.mark.parametrize("q, person", [("Which document protects officials who take initiative?", False),
                                       ("What did the officials who led the group do?", False),
                                       ("In 2022, who led the inspection group?", True)])
def test_an_english_who_after_another_question_word_opens_a_relative_clause(q, person):
    assert asks_person(q.lower()) is person


def test_a_document_described_by_whom_it_protects_is_answered(answerer):
    a = answerer.ask("Which Huanggang document in 2022 protects officials who take initiative, by tolerating and correcting mistakes?")
    assert not a.abstained and a.short_answer == "《黄冈市关于激励干部担当作为建立容错纠错机制的实施意见》", a.answer
