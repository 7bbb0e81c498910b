"""Work outputs a report counts, asked in English or Chinese (passages written here, invented figures).

Each test fails on the behaviour before it: "suggestions" of a legal review read as the report's own
suggestions part (a report without one answered nothing); "ID cards" and "credentials" untranslated
and the acronym ID required of the reports; a Chinese comparison whose sides each name their own noun
(its question naming no counted noun) read the figure of the side's rarest words, not the one its noun counts.
"""
import hashlib

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.sections import section_cue
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.text.glossary import english_terms

REPORTS = {
    ("安徽省芜湖市", 2021): (
        "芜湖市2021年法治政府建设年度报告\n一、严格合法性审核\n"
        "坚持应审尽审，全年对市政府规范性文件开展合法性审核63件。司法局提出书面审核意见41件，提出修改意见、建议212条。\n"
        "二、规范行政执法\n为全市2300余名执法人员换发行政执法证件。\n"
        "三、加强文件审查\n全年经合法性审核的各类文件182件，其中行政规范性文件27件、重大行政决策9件。\n"),
    ("安徽省蚌埠市", 2021): (
        "蚌埠市2021年法治政府建设年度报告\n一、规范行政执法\n全年新申领行政执法证件320个。\n"
        "二、意见建议\n建议上级加大对基层法治队伍的培训力度。\n"
        "三、加强文件审查\n全年经合法性审核的县政府涉企重要文件140件、行政协议18件，县政府部门涉企事项36件。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question", ["Summarise the written review opinions and suggestions Wuhu's justice bureau made in 2021.",
                                      "概括芜湖市2021年司法局提出的书面审核意见和建议"])
def test_suggestions_a_review_produced_are_no_report_part(question):
    assert section_cue(question) is None


@pytest.mark.parametrize("question", ["What suggestions does the Bengbu report make?", "蚌埠市报告提出了哪些意见建议?",
                                      "蚌埠市报告在完善法律顾问制度方面提出了哪些建议?"])
def test_the_reports_own_suggestions_are_still_its_part(question):
    assert section_cue(question) is not None


def test_a_summary_of_review_suggestions_quotes_the_sentence_counting_them(answerer):
    got = answerer.ask("Summarise the written review opinions and suggestions Wuhu's justice bureau made in 2021.")
    assert got.citations and "212条" in got.citations[0].quote


@pytest.mark.parametrize("question", ["How many law-enforcement ID cards did Wuhu issue in 2021?",
                                      "How many enforcement credentials did Wuhu issue in 2021?"])
def test_id_cards_and_credentials_are_the_reports_certificates(question):
    terms = english_terms(question)
    assert any("证件" in t.split("|") for t in terms)
    assert "id" not in terms


def test_a_comparison_of_id_cards_reads_each_reports_certificates(answerer):
    got = answerer.ask("Which handed out more law-enforcement ID cards in 2021: Wuhu or Bengbu?")
    assert "2300" in got.short_answer and "320" in got.short_answer
    assert len(got.citations) == 2



def test_a_compared_sides_own_noun_picks_its_figure_when_the_question_names_none():
    # 哪个数量更多 names no counted noun: the side's own (its measured word, compare.figures_by_report) picks the figure
    from rag.answer.evidence import Ask, Sent
    from rag.answer.qtypes import QType
    from rag.answer.spans import best_span

    text = "全年经合法性审核的县政府涉企重要文件文稿140件、行政协议18件，县政府部门涉企事项36件。"
    doc = Document("d9", "d9.txt", text, hashlib.sha256(text.encode()).hexdigest(), region="安徽省蚌埠市", year=2021)
    chunk = chunk_text("d9", text, Config().chunking.max_tokens)[0]
    ask = Ask("芜湖市2021年合法性审核过的行政规范性文件,和蚌埠市2021年经合法性审核的县政府部门涉企事项,哪个数量更多?", "zh",
              QType("compare", "", "max"), ("合法性审核", "县政府", "部门", "涉企", "事项"),
              {"合法性审核": 2.0, "县政府": 1.0, "部门": 0.3, "涉企": 2.0, "事项": 0.3}, measured=("事项",))  # rare words weigh more
    found = best_span([Sent(doc, chunk, 0, len(text), 0)], ask)
    assert found is not None and found[1].startswith("36")
