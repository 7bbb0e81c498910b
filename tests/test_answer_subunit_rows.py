"""A figure of one part of the reporting place, read from a text table: the row's label names the part, the column
header names what is counted (and the verb it is counted by), a caption may declare the unit of every cell
(``（单位：件）``).  Asked of that part, its row's cell answers, not the whole place's figure in the prose before the
table.  Real BM25 retriever over a report written for these tests (its tables spaced as the ingest pipeline stores them)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.table_rows import caption_unit, year_cell
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("宜昌市", 2022): (
        "宜昌市2022年法治政府建设年度报告\n"
        "一、依法化解行政争议\n"
        "（一）发挥行政复议作用。全市复议机关收到行政复议申请1320件，受理1187件，审结1102件，纠错143件。\n"
        "各县（市、区）行政复议与应诉情况如下（单位：件）：\n"
        "县（市、区）    受理复议    审结复议    出庭应诉率\n"
        "夷陵区              64            60            100%\n"
        "宜都市              91            85            97.2%\n"
        "当阳市              58            55            100%\n"
        "远安县              37            35            95.0%\n"
        "\n"
        "（二）完善多元化解。全市建成乡镇（街道）矛盾纠纷调处中心86个，全年调处矛盾纠纷2.3万件。\n"
        "表2  部分乡镇（街道）调解工作指标\n"
        "乡镇名称      人民调解员（名）   矛盾纠纷调处（件）   调处成功率\n"
        "小溪塔街道          42                   903              98.1%\n"
        "龙泉镇              27                   466              97.4%\n"
        "鸦鹊岭镇            31                   518              96.6%\n"
        "\n"
        "二、下一步工作\n"
        "继续推进复议体制改革。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_caption_declares_the_unit_of_every_cell():
    text = DOCS["d0"].text
    header = text.index("县（市、区）    受理")
    assert caption_unit(text, header) == "件"
    row = text.index("宜都市   ")
    a, b, unit = year_cell(text, row, text.index("\n", row), (2022,), lambda name: 1.0 if "受理" in name else 0.0)
    assert (text[row + a:row + b], unit) == ("91", "件")
    town = text.index("龙泉镇")  # a column's own unit (（件）) is read before any caption's
    assert year_cell(text, town, text.index("\n", town), (2022,), lambda name: 1.0 if "纠纷" in name else 0.0)[2] == "件"


def test_the_named_county_s_row_answers_not_the_whole_city(answerer):
    a = answerer.ask("宜昌市2022年，宜都市受理了多少件行政复议案件？")
    assert not a.abstained and a.short_answer == "91", a.answer


def test_an_english_question_names_the_county_in_pinyin(answerer):
    a = answerer.ask("In Yichang's 2022 report, how many administrative reconsideration cases did Dangyang accept?")
    assert not a.abstained and a.short_answer == "58", a.answer


def test_the_column_states_the_asked_verb(answerer):
    a = answerer.ask("宜昌市2022年的乡镇调解指标表里，龙泉镇调处的矛盾纠纷有多少件？")
    assert not a.abstained and a.short_answer == "466", a.answer
