"""A figure in a plain-text table (项目 | 2018年 | 2019年 | 增减): the row's label says what is counted and in
which unit, the header says which column is which year, the caption what the table is about.  Real BM25
retriever over reports written for these tests (tables aligned with spaces, full-width spaces and pipes)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.asked_measure import measured_words
from rag.answer.table_rows import table_lead, year_cell
from rag.answer.terms import content_terms
from rag.config import Config
from rag.retrieve.expansion import expand_english

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("绍兴市", 2021): ("绍兴市2021年法治政府建设年度报告\n"
                     "一、主要工作\n"
                     "全年开展普法活动120场，培育“法律明白人”3600名。\n"
                     "二、行政复议和行政应诉\n"
                     "全市行政复议、行政诉讼案件情况见下表：\n"
                     "\n"
                     "表2 绍兴市2020—2021年行政复议、行政诉讼案件情况\n"
                     "项目                2020年    2021年    增减\n"
                     "行政复议申请（件）   604       655       +8.4%\n"
                     "纠错（件）           52        47        -9.6%\n"
                     "一审行政诉讼（件）   233       219       -6.0%\n"
                     "行政机关败诉（件）   21        14        -33.3%\n"
                     "败诉率              9.0%      6.4%      -2.6个百分点\n"
                     "负责人出庭应诉率     88.2%     97.5%     +9.3个百分点\n"),
    ("淮安市", 2019): ("淮安市2019年法治政府建设情况报告\n"
                     "一、行政应诉\n"
                     "表1　2019年淮安市行政应诉情况统计表\n"
                     "项目 | 2018年 | 2019年 | 增减\n"
                     "行政诉讼一审案件（件） | 140 | 162 | +22\n"
                     "负责人出庭应诉（次） | 31 | 58 | +27\n"
                     "二、普法\n"
                     "全年发放宣传资料2.4万份。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_rows_cell_is_read_under_its_years_column():
    text = TEXTS[("淮安市", 2019)]
    row = text.index("负责人出庭应诉（次）")
    end = text.index("\n", row)
    a, b, unit = year_cell(text, row, end, (2019,))
    assert (text[row + a:row + b], unit) == ("58", "次")
    a, b, unit = year_cell(text, row, end, (2018,))
    assert text[row + a:row + b] == "31"
    assert year_cell(text, row, end, (2017,)) is None  # no column of that year: no cell
    prose = text.index("全年发放")
    assert year_cell(text, prose, text.index("\n", prose), (2019,)) is None  # prose is no table row


def test_a_rows_meaning_includes_its_tables_caption():
    text = TEXTS[("绍兴市", 2021)]
    lead = table_lead(text, text.index("败诉率"))
    assert "行政复议、行政诉讼案件情况" in lead and "2021年" in lead


def test_the_asked_years_cell_answers(answerer):
    a = answerer.ask("绍兴市2021年一审行政诉讼案件有多少件?")
    assert not a.abstained and a.short_answer == "219", a.answer
    b = answerer.ask("淮安市2019年行政机关负责人出庭应诉一共有几次?")
    assert not b.abstained and b.short_answer == "58", b.answer


def test_a_spoken_question_about_a_tables_rate(answerer):
    a = answerer.ask("绍兴市2021年政府部门当被告打官司,输掉的比例是多少?")
    assert not a.abstained and a.short_answer == "6.4%", a.answer  # not the 出庭应诉率 row


def test_a_share_of_a_verb_is_what_is_measured():
    q = "政府当被告打官司,输掉的比例是多少?"
    assert measured_words(q, content_terms(q)) == ("输掉",)


def test_a_spoken_question_is_searched_with_the_written_words():
    assert expand_english("政府打官司输掉的比例").split()[1:] == ["诉讼", "应诉", "被诉", "败诉"]
    assert expand_english("行政复议纠错率是多少") == "行政复议纠错率是多少"


def test_a_rows_label_is_read_like_prose(answerer):
    # 纠错（件） 52 47 reads as 纠错47件: the asked verb labels the row, the caption names 行政复议
    a = answerer.ask("绍兴市2021年行政复议纠错了多少件?")
    assert not a.abstained and a.short_answer == "47", a.answer
    b = answerer.ask("绍兴市2021年政府打官司输掉了几件?")
    assert not b.abstained and b.short_answer == "14", b.answer


def test_a_spoken_outcome_the_report_does_not_count_is_refused(answerer):
    a = answerer.ask("绍兴市2021年政府打官司打赢了多少件?")  # the table counts lawsuits and lost ones, never won ones
    assert a.abstained, a.answer
    q = "政府打官司打赢了多少件?"
    assert "打赢" in measured_words(q, content_terms(q))


def test_a_markdown_table_is_read_too():
    text = "| 项目 | 2018年 | 2019年 | 增减 |\n|---|---|---|---|\n| 一审案件（件） | 95 | 112 | +17 |\n"
    row = text.index("一审")
    a, b, unit = year_cell(text, row, text.index(" |\n", row) + 2, (2019,))
    assert (text[row + a:row + b], unit) == ("112", "件")


def test_a_spoken_word_jieba_lacks_is_one_term():
    assert "输了" in content_terms("政府当被告打官司输了几件?")  # not 输 + 了, lost as single characters


def test_english_everyday_wording_of_a_tables_rows(answerer):
    a = answerer.ask("How many administrative lawsuits did Shaoxing lose in 2021?")
    assert not a.abstained and a.short_answer == "14", a.answer  # lose: 败诉, not 损失
    b = answerer.ask("In 2019, how many times did Huai'an agency heads go to court in person?")
    assert not b.abstained and b.short_answer == "58", b.answer  # go to court: 出庭, not 法院
