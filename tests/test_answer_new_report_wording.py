"""How people word figure and name questions about reports nobody has read: English "administrative review" for
行政复议, wages owed and recovered, a table whose cells carry their measure word (71件), a level asked where only a
change is given (较上年缩短4天), places given as examples (厦门等地), a spoken auxiliary glued to a verb (来办), and
filing for a review on the web.  Real BM25 retriever over reports written for these tests (invented figures)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.english_figures import measured_terms
from rag.answer.figure_fit import change_only
from rag.answer.table_rows import year_cell
from rag.answer.term_tokens import mood_glued
from rag.answer.terms import content_terms
from rag.config import Config
from rag.text.glossary import english_terms

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("河南省信阳市固始县", 2023): (
        "固始县2023年法治政府建设年度报告\n"
        "一、做好法律援助\n"
        "全年办理法律援助案件860件，其中农民工讨薪案件150件，为农民工追回欠薪930万元。"
        "全县法律援助案件平均办理时长较上年缩短4天。\n"
        "二、规范行政执法\n"
        "全年对重大执法决定进行法制审核230件，审查备案规范性文件41件。\n"
        "三、加强行政复议\n"
        "全县行政复议机关全年收到行政复议申请96件，受理88件，审结80件，通过调解、和解方式结案17件。\n"
        "四、强化保障\n"
        "县财政安排法治建设专项经费210万元，其中法律援助经费75万元、普法经费40万元。\n"
        "五、数字法治\n"
        "推进“固始县执法监督平台”与省平台数据共享。建成“固e复议”网上申请系统，全年网上申请复议案件61件。\n"),
    ("湖北省恩施土家族苗族自治州恩施市", 2022): (
        "恩施市2022年法治政府建设情况报告\n"
        "一、行政复议和行政诉讼\n"
        "全市行政复议、行政诉讼主要指标如下表。\n"
        "\n"
        "表1 恩施市2021—2022年行政复议和行政诉讼主要情况\n"
        "项目            2021年      2022年      增减\n"
        "收到复议申请    55件        72件        +30.9%\n"
        "一审行政诉讼    38件        47件        +23.7%\n"
        "败诉案件        5件         3件         -40.0%\n"
        "\n"
        "二、普法\n"
        "全年开展普法活动310场。\n"),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(DOCS, CFG)


def test_administrative_review_is_the_reports_xingzheng_fuyi():
    assert english_terms("How many administrative review cases were closed?")[0] == "行政复议"
    assert "复议机关" in english_terms("How many requests did the county's review bodies receive?")


def test_english_administrative_review_figures(answerer):
    a = answerer.ask("In Gushi County in 2023, how many administrative review cases were closed through mediation or settlement?")
    assert not a.abstained and a.short_answer == "17件", a.answer  # not the 法制审核230件 of a "review"
    b = answerer.ask("How many requests for administrative review did Gushi County's review bodies receive in 2023?")
    assert not b.abstained and b.short_answer == "96件", b.answer


def test_pay_as_a_noun_is_no_outlay():
    q = "How much unpaid pay did the county help migrant workers get back in 2023?"
    assert "预算" not in "".join(measured_terms(q, content_terms(q)))  # the pay owed, not money the county paid out
    assert "预算" in "".join(measured_terms("How much did the county pay in fees?", ("费用",)))


def test_wages_recovered_for_migrant_workers(answerer):
    a = answerer.ask("How much unpaid pay did Gushi County help migrant workers get back through legal aid in 2023?")
    assert not a.abstained and a.short_answer == "930万元", a.answer  # a sum, not the 150件 of wage cases


def test_a_table_cell_may_carry_its_measure_word(answerer):
    text = TEXTS[("湖北省恩施土家族苗族自治州恩施市", 2022)]
    row = text.index("一审行政诉讼")
    a, b, unit = year_cell(text, row, text.index("\n", row), (2022,))
    assert (text[row + a:row + b], unit) == ("47件", "件")
    q = "According to the table in its report, how many first-instance administrative lawsuits did Enshi face in 2022?"
    ans = answerer.ask(q)
    assert not ans.abstained and ans.short_answer == "47件", ans.answer  # the 2022 column, not 2021's 38件


def test_a_change_answers_no_question_about_the_level(answerer):
    s = "全县法律援助案件平均办理时长较上年缩短4天。"
    assert change_only(s, s.index("4天"), "平均要办多少天")
    assert not change_only(s, s.index("4天"), "平均办理时长比上年缩短了多少天")
    assert not change_only("审结案件平均用时12天。", 8, "平均要多少天")
    a = answerer.ask("固始县2023年一件法律援助案件平均要办多少天？")
    assert a.abstained, a.answer  # only the change is written, never the average itself


def test_places_given_as_examples_are_content_of_the_asked_places_report():
    from rag.retrieve.query import understand

    docs = [("f", "福建省", 2021), ("x", "福建省厦门市", 2024)]
    for q in ("福建2021年厦门等地那一轮疫情是哪个月份出现的?", "福建2021年泉州、厦门等地发生的疫情是哪个月出现的?"):
        info = understand(q, docs)
        assert info.regions == ("福建省",) and not info.unknown_regions, (q, info)
    assert understand("福建2021年厦门市受理了多少件行政复议案件?", docs).regions == ("福建省厦门市",)  # the city itself


def test_a_spoken_auxiliary_glued_to_a_verb_is_no_term():
    assert mood_glued("来办") and mood_glued("要审") and not mood_glued("要求") and not mood_glued("来源")
    terms = content_terms("从哪一天起，把行政复议的活统一交由市、县两级政府来办？")
    assert "来办" not in terms and "行政复议" in terms


def test_filing_for_a_review_on_the_web(answerer):
    assert english_terms("so people could file for reconsideration on the web")[:1] == ("申请|提起|提出",)
    q = "What is the name of the online system Gushi County set up in 2023 so people could file for administrative reconsideration on the web?"
    a = answerer.ask(q)
    assert not a.abstained and "固e复议" in a.short_answer, a.answer


def test_a_base_form_verb_after_did_says_what_is_counted(answerer):
    from rag.answer.asked_measure import english_verb

    assert english_verb("How many administrative review cases did the county accept in 2023?") == "受理"
    a = answerer.ask("How many administrative review cases did Gushi County accept in 2023?")
    assert not a.abstained and a.short_answer == "88件", a.answer  # accepted, not the 96件 received


def test_a_review_concluded_is_heard_to_its_end(answerer):
    assert "审结" in english_terms("How many review cases were concluded?")[-1]
    a = answerer.ask("How many administrative review cases did Gushi County conclude in 2023?")
    assert not a.abstained and a.short_answer == "80件", a.answer  # 审结80件, not the 88 accepted or the 17 mediated
