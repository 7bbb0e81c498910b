"""A figure question bound to what it asks: the part of a breakdown its qualifier names (办结24件(…维持19件)
asked 维持的有几件; 255个,其中国家级7个 asked 国家级的有几个), and a count of places (多少个市、县(区)纳入…,
answered by the figure the places follow).  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.asked_measure import counted_places, measure_anchors
from rag.answer.breakdowns import breakdowns, part_total
from rag.answer.figures import number_spans
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("南平市", 2021): ("南平市2021年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "2021年收到行政复议申请40件,审结36件(驳回5件、确认违法4件、撤销3件、维持24件),纠错率19.4%。\n"
                     "深化法治示范创建,累计建成法治示范乡镇18个,其中全国示范2个、省级示范6个、市级示范10个。\n"
                     "开展法治督察,对9个县(市、区)和21个市直部门开展实地督察。\n"),
    ("丽水市", 2020): ("丽水市2020年法治政府建设年度报告\n"
                     "全年审结行政复议案件52件,其中维持31件、撤销8件。\n"
                     "市政府将法治建设列入年度考核,对全市173个乡镇和28个部门进行考核。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_breakdown_in_brackets_and_after_qizhong_is_read():
    s = "累计建成示范乡镇18个,其中全国示范2个、省级示范6个,另建成示范村30个。"
    found = [(s[a:b], [s[x:y] for (x, y, _), _ in parts]) for (a, b, _), parts in breakdowns(s, number_spans(s))]
    assert found == [("18个", ["2个", "6个"])]  # the 其中 run ends at its clause: 30个 is no part


def test_only_a_qualifier_of_one_part_binds_it():
    s = "审结36件(驳回5件、撤销3件、维持24件)。"
    spans = number_spans(s)
    assert part_total(s, spans[-1], spans, ("审结", "维持")) is not None
    assert part_total(s, spans[-1], spans, ("审结", "案件")) is None  # no part named: the total answers
    t = "审结维持类案件36件(维持24件、部分维持3件)。"
    assert part_total(t, number_spans(t)[1], number_spans(t), ("维持",)) is None  # the total's own words say 维持
    u = "办理建议提案120件(人大建议70件、政协提案50件)。"
    assert part_total(u, number_spans(u)[1], number_spans(u), ("人大建议", "政协提案")) is None  # both parts: the total
    assert part_total(u, number_spans(u)[1], number_spans(u), ("人大建议",)) is not None


@pytest.mark.parametrize("q, want", [
    ("南平市2021年审结的行政复议案件中,维持原行政行为的有几件?", "24件"),
    ("南平市2021年审结了多少件行政复议案件?", "36件"),
    ("南平市2021年建成的法治示范乡镇里,省级示范有几个?", "6个"),
    ("南平市2021年累计建成多少个法治示范乡镇?", "18个"),
    ("丽水市2020年审结的行政复议案件中有多少件被撤销?", "8件"),
])
def test_the_asked_part_of_a_breakdown_answers(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_places_counted_are_what_the_figure_must_name(answerer):
    assert counted_places("县(市、区)纳入督察"), counted_places("市直部门")
    assert counted_places("市直部门") == ()  # a place word inside a noun: the noun is counted
    assert measure_anchors("对多少个乡镇进行了考核?")[1] == "乡镇"
    a = answerer.ask("南平市2021年把多少个县(市、区)纳入了法治督察?")
    assert not a.abstained and a.short_answer == "9个", a.answer
    b = answerer.ask("丽水市2020年有多少个乡镇被列入考核?")
    assert not b.abstained and b.short_answer == "173个", b.answer


@pytest.mark.parametrize("q, want", [
    ("In 2021, how many of Nanping's concluded administrative reconsideration cases were upheld?", "24件"),
    ("In 2021, how many of Nanping's concluded administrative reconsideration cases were revoked?", "3件"),
])
def test_an_english_question_names_the_part_through_the_glossary(answerer, q, want):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == want, a.answer


def test_one_part_that_qizhong_introduces_is_a_breakdown():
    """``新增X 900户(其中本年开业700户)``: one part, said with 其中, answers for its own label
    (heldout8 h8-009 kind); a bracket without 其中 is no breakdown."""
    s = "全年新增个体工商户900户(其中本年开业700户),同比增长12%。"
    spans = number_spans(s)
    total = part_total(s, spans[1], spans, ("新增", "开业"))
    assert total is not None and s[total[0]:total[1]] == "900户"
    assert part_total(s, spans[1], spans, ("新增",)) is None  # asked the total's own words: the total answers
    s2 = "全年新增个体工商户900户(比上年多700户),同比增长12%。"
    assert breakdowns(s2, number_spans(s2)) == []


def test_english_words_for_the_entities_a_registry_counts():
    from rag.text.glossary import english_terms

    assert "涉税主体" in "|".join(english_terms("taxpaying entities"))
    assert "开业" in "|".join(english_terms("opened"))
    assert "本年" in "|".join(english_terms("same year"))
    assert "主体" in "|".join(english_terms("entities"))


def test_of_the_new_entities_how_many_opened_that_year():
    import hashlib

    from rag.answer.evidence import make_ask
    from rag.answer.extractive import answer
    from rag.answer.qtypes import classify
    from rag.answer.terms import content_terms
    from rag.records import Chunk, Document, Hit

    s = "全县新增涉税主体1200户(其中本年开业本年新增950户),新增涉税主体占比60%。"
    q = "Of the new taxpaying entities the county added in 2022, how many opened within that same year?"
    doc = Document("d", "d.txt", s, hashlib.sha256(s.encode()).hexdigest(), region="丙县", year=2022)
    hit = Hit(1, Chunk(f"d:0-{len(s)}", "d", 0, len(s), s), 1.0)
    assert answer(make_ask(q, "en", classify(q), content_terms(q)), [hit], {"d": doc}).short == "950户"
