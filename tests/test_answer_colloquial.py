"""A question worded as people speak (打官司, 输掉, 讨工钱, 案子, 考过, 手里有) is answered from the genre's written
words (诉讼, 败诉, 讨薪, 案件, 通过, 持有), and still refused when the report does not state the measured thing; a
figure written with thousands commas (1,057件) is one figure.  Real BM25 retriever, reports written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.asked_measure import measure_anchors
from rag.answer.figures import figure_value, number_spans
from rag.answer.qtypes import classify
from rag.answer.term_coverage import coverage, stating_words
from rag.answer.terms import content_terms
from rag.config import Config

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("丽水市", 2022): ("丽水市2022年法治政府建设情况报告\n"
                     "一、主要工作\n"
                     "深化法律援助，全年办理法律援助案件803件，其中为农民工讨薪案件214件，挽回经济损失920万元。\n"
                     "组织全市行政执法人员资格考试3次，参考人员2,315人，通过1,987人。\n"
                     "基层执法力量仍显薄弱，街道综合执法队员中持有执法证的比例为83%。\n"
                     "2022年6月瓯江流域持续强降雨，依法启动防汛Ⅳ级应急响应，提前转移群众1,200人。\n"),
    ("衢州市", 2021): ("衢州市2021年法治政府建设年度报告\n"
                     "一、2021年主要工作\n"
                     "表1 衢州市行政诉讼案件情况\n"
                     "项目        2020年    2021年\n"
                     "败诉率      7.0%      6.2%\n"
                     "二、2022年工作思路\n"
                     "一是推动行政机关负责人出庭应诉率达到100%，行政诉讼败诉率控制在5%以内。\n"),
    ("温州市", 2023): ("温州市2023年法治政府建设年度报告\n"
                     "二、行政应诉\n"
                     "全年全市新收一审案件120件，审结108件，败诉4件。"
                     "全市政府部门作为被告的行政应诉案件中，行政机关负责人出庭应诉118件次，出庭应诉率98.3%。\n"),
    ("台州市", 2022): ("台州市2022年法治政府建设年度报告\n"
                     "二、行政复议和应诉\n"
                     "全年市本级受理88件，审结80件，切实发挥行政复议化解行政争议主渠道作用。\n"
                     "全年审结的行政应诉案件中，行政机关负责人出庭应诉31次。\n"
                     "全市各级人民调解组织共调解矛盾纠纷2.6万件；玉环市在海上渔业执法中推行“渔港调解”机制，调处渔事纠纷58起。\n"),
    ("吕梁市", 2021): ("吕梁市2021年法治政府建设年度报告\n"
                     "全市各级行政复议机关新收行政复议申请2,418件，其中市政府本级收案642件。\n"
                     "全年开展普法活动45场，发放宣传资料1.2万份。\n"
                     "在第9号台风影响期间，依法启动防汛Ⅲ级应急响应，转移安置群众3,600人，未发生人员伤亡。\n"
                     "开展行政执法案卷集中评查，抽查案卷215卷，评出优秀案卷40卷。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


@pytest.mark.parametrize("q, text", [
    ("农民工讨工钱的法律援助案子办了几件?", "法律援助案件中为农民工讨薪案件214件"),
    ("政府部门当被告打官司输掉的有多少件?", "政府部门行政诉讼被诉案件中败诉5件"),
    ("负责人亲自上法庭应诉了几次?", "负责人出庭应诉12次"),
    ("执法资格考试有多少人考过了?", "执法资格考试通过1,987人"),
    ("手里有执法证的人占多大比例?", "持有执法证的比例为83%"),
])
def test_spoken_words_are_stated_by_the_genres_written_words(q, text):
    terms = content_terms(q, attested=lambda w: w in text)  # a glued guess (人考) no text holds is no term
    _, missing = coverage(terms, text)
    assert missing == (), missing


def test_a_written_word_states_no_unrelated_spoken_word():
    _, missing = coverage(content_terms("政府当被告打官司输掉的有多少件?"), "政府部门诉讼案件5件")
    assert "输掉" in missing  # a lawsuit is not a lost one


def test_a_spoken_word_weighs_as_rare_as_its_written_word():
    assert stating_words("打官司")[:2] == ("打官司", "诉讼")
    assert stating_words("纠错率") == ("纠错率",)


def test_thousands_commas_make_one_figure():
    s = "新收行政复议申请2,418件，其中本级收案642件；参考人员6,240人"
    assert [s[a:b] for a, b, _ in number_spans(s)] == ["2,418件", "642件", "6,240人"]
    t = "分别为5，123件"  # a clause comma between two figures, never thousands
    assert [t[a:b] for a, b, _ in number_spans(t)] == ["5", "123件"]
    assert figure_value("1,057件") == 1057.0


def test_colloquial_case_question_is_answered(answerer):
    a = answerer.ask("丽水市2022年给农民工讨工钱的法律援助案子一共办了几件?")
    assert not a.abstained and a.short_answer == "214件", a.answer


def test_colloquial_share_question_is_answered(answerer):
    a = answerer.ask("丽水市2022年街道搞综合执法的人,手里有执法证的占多大比例?")
    assert not a.abstained and a.short_answer == "83%", a.answer


def test_a_thousands_figure_is_answered_whole(answerer):
    a = answerer.ask("吕梁市2021年行政复议这块,市政府本级一年收了多少案子?")
    assert not a.abstained and a.short_answer == "642件", a.answer


def test_a_spoken_question_about_what_the_report_lacks_is_still_refused(answerer):
    a = answerer.ask("吕梁市2021年政府当被告打官司,输掉了多少件?")  # the report says nothing of lawsuits
    assert a.abstained, a.answer
    b = answerer.ask("吕梁市2021年给农民工讨工钱的案子办了几件?")
    assert b.abstained, b.answer


def test_the_verb_after_the_count_is_what_is_counted(answerer):
    assert measure_anchors("最后一共有多少人考过了?")[0].split("|")[:2] == ["考过", "通过"]  # 最后: when, not what
    a = answerer.ask("丽水市2022年的执法资格考试,最后一共有多少人考过了?")
    assert not a.abstained and a.short_answer == "1,987人", a.answer  # not the 2,315 who sat it


def test_an_english_question_in_everyday_words(answerer):
    a = answerer.ask("In 2021, when a typhoon hit Lvliang, how many residents were moved to safety?")
    assert not a.abstained and a.short_answer == "3,600人", a.answer  # not 第9号: an ordinal is no count
    b = answerer.ask("In 2021, how many enforcement case files did Lvliang pull out for its centralized review?")
    assert not b.abstained and b.short_answer == "215卷", b.answer  # case files are counted in 卷 too


@pytest.mark.parametrize("q", [
    "When in 2022 did Lishui start a level-IV flood emergency response for the heavy rain?",
    "In which month of 2022 did Lishui launch its level 4 emergency response against flooding?",
])
def test_an_emergency_response_level_in_english(answerer, q):
    """防汛Ⅳ级应急响应: a level written in Roman numerals, started (启动), by a flood or heavy rain (防汛, 强降雨)"""
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == "2022年6月", a.answer


def test_an_ordinal_is_no_figure():
    t = "在第9号台风影响期间，转移群众3,600人"
    assert [t[a:b] for a, b, _ in number_spans(t)] == ["3,600人"]


def test_a_governments_own_level_said_plainly(answerer):
    a = answerer.ask("吕梁市2021年的行政复议申请,市里自己这一级有多少件?")  # 市本级, not the 全市各级 total
    assert not a.abstained and a.short_answer == "642件", a.answer


def test_a_noun_counted_in_its_own_measure_word(answerer):
    assert classify("行政复议收了多少案件?").unit == "件" and classify("行政复议收了多少案子?").unit == "件"
    a = answerer.ask("台州市2022年行政复议收了多少案子?")  # 88件, not 31次 beside the word 案件
    assert not a.abstained and a.short_answer == "88件", a.answer


def test_english_people_who_passed(answerer):
    assert classify("How many people passed the exam in 2022?").unit == "人"
    a = answerer.ask("In 2022, how many people passed Lishui's law enforcement qualification exam?")
    assert not a.abstained and a.short_answer == "1,987人", a.answer  # not the 3 sittings, nor the 2,315 who sat it


def test_a_plans_target_is_no_figure_of_the_year(answerer):
    a = answerer.ask("What share of lawsuits did Quzhou lose in 2021?")
    assert not a.abstained and a.short_answer == "6.2%", a.answer  # not the 5% aimed at for 2022
    b = answerer.ask("衢州市2022年打算把行政诉讼败诉率控制在多少?")  # the target itself, when asked
    assert not b.abstained and b.short_answer == "5%", b.answer


def test_what_is_counted_is_stated_by_the_figures_own_sentence_first(answerer):
    # 输了 (败诉) is in the sentence before 118件次: that sentence's own figure, 4件, is the count asked
    a = answerer.ask("温州市2023年政府部门当被告打官司输了多少件?")
    assert not a.abstained and a.short_answer == "4件", a.answer


@pytest.mark.parametrize("q", [
    "Per the table in Quzhou's 2021 report, what share of administrative lawsuits did the city lose in 2020?",
    "衢州市2021年报告的表里，2020年行政诉讼败诉率是多少？",
])
def test_a_year_named_as_the_reports_gives_way_to_the_figures_year(answerer, q):
    """the 2021 report's table has a 2020 column: asked the 2020 figure through the 2021 report, the 2020 cell"""
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer == "7.0%", a.answer


def test_a_coasts_fishing_work_in_english(answerer):
    """fishing disputes at sea: 渔事纠纷, 海上 — not the city's count of all disputes"""
    a = answerer.ask("In 2022, how many fishing disputes were mediated in Taizhou under its offshore mediation mechanism?")
    assert not a.abstained and a.short_answer == "58起", a.answer
