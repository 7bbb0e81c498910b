"""Which of a question's words the evidence must hold, so that a paraphrased question is answered and
an unanswerable one refused: a segmentation guess no report holds and a "within the jurisdiction"
word are never required; an English plural or phrasal verb is translated as the genre says it; the
report's shortcomings are found however the question names them.  Real BM25 retriever, reports
written for these tests."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.qtypes import classify
from rag.answer.term_tokens import is_glued
from rag.answer.terms import content_terms
from rag.config import Config
from rag.records import Document
from rag.text.en_lexicon import lexicon_terms
from rag.text.glossary import english_terms

CFG = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 4})
TEXTS = {
    ("宜昌市", 2022): (
        "宜昌市2022年法治政府建设情况报告\n"
        "一、主要工作\n"
        "（一）夯实基层法治。在全市各司法所设立27个“法律明白人”工作站，全年接待群众咨询3100余人次。\n"
        "（二）强化规划引领。认真贯彻落实《宜昌市法治政府建设规划(2021—2025年)》《宜昌市法治社会建设实施方案(2021—2025年)》"
        "《宜昌市普法工作规划(2021—2025年)》等文件，逐项分解年度任务。\n"
        "（四）化解行政争议。全年办理行政复议案件120件，推进“高效办成一件事”改革，新增集成办理事项16项。\n"
        "（三）规范行政权力。编制了市级部门涉及的1260个行政权力事项的服务指南和办事流程图。\n"
        "2022年，我市法治政府建设虽然取得了一些成绩，但与上级要求相比仍有差距，比如，个别部门执法程序不够规范，"
        "部分基层单位法治力量薄弱等。对此，我们将认真加以改进。\n"
    ),
    ("曲靖市", 2020): (
        "曲靖市2020年法治政府建设年度报告\n"
        "一、工作成效\n"
        "全年办理行政复议案件86件，市政府作为被告的行政诉讼案件41件，行政机关负责人出庭应诉率100%。"
        "开展交通运输领域执法检查52次。全市法律援助机构办理法律援助案件930件。\n"
        "二、存在的问题\n"
        "一是执法队伍专业化水平不高。二是普法针对性不强。\n"
    ),
}
DOCS = docs_of(TEXTS)


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(DOCS, CFG)


def test_a_glued_guess_no_report_holds_is_not_a_term():
    assert is_glued("设驻") and not is_glued("司法所") and not is_glued("法律明白人")
    q = "宜昌市在各司法所设驻了多少个工作站?"  # (里设 no longer forms: 里 is a locative, glue like 中/上)
    assert "设驻" in content_terms(q)  # without knowing the reports: kept
    assert "设驻" not in content_terms(q, attested=lambda w: False)
    assert "设驻" in content_terms(q, attested=lambda w: True)  # a report holds it: a word after all
    assert {"司法", "工作站"} <= set(content_terms(q, attested=lambda w: False))  # dictionary words are never dropped


@pytest.mark.parametrize("q, filler", [
    ("宜昌市在辖区司法所设了多少个工作站?", "辖区"),
    ("宜昌市在境内设立了多少个工作站?", "境内"),
    ("宜昌市当地的司法所设立了多少个工作站?", "当地"),
])
def test_within_the_jurisdiction_words_are_scope_not_content(q, filler):
    terms = content_terms(q)
    assert filler not in terms and "工作站" in terms


def test_a_paraphrase_with_filler_words_is_answered(answerer):
    a = answerer.ask("宜昌市2022年在辖区司法所里设了多少个工作站?")
    assert not a.abstained and a.answer.startswith("27个"), a.answer
    assert DOCS[a.citations[0].doc_id].text[a.citations[0].start:a.citations[0].end] == a.citations[0].quote


def test_a_thing_no_report_mentions_is_still_refused(answerer):
    a = answerer.ask("宜昌市2022年在辖区司法所里设了多少个无人机机库?")
    assert a.abstained and a.meta["reason"] == "low_support", a.answer


def test_english_plurals_and_phrasal_verbs_translate_as_the_genre_says():
    assert any("诉讼" in t.split("|") for t in english_terms("How many lawsuits did the city face?"))  # 诉讼|应诉
    assert "纠错率" in english_terms("What were the correction rates?")
    got = [zh for _, zh in lexicon_terms("did the county carry out the plans", known=lambda w: True)]
    assert not any("运输" in z for z in got) and any("执行" in z for z in got), got
    assert [zh for _, zh in lexicon_terms("the district set up", known=lambda w: True)] == \
        [zh for _, zh in lexicon_terms("set up", known=lambda w: True)]


def test_english_count_needs_its_measured_noun_in_the_evidence(answerer):
    # 1260个 行政权力事项 are not a count of lawsuits: refused; Qujing's 41 lawsuits are answered
    a = answerer.ask("How many administrative lawsuits were Yichang's departments involved in during 2022?")
    assert a.abstained, a.answer
    b = answerer.ask("How many administrative lawsuits was Qujing's government a defendant in during 2020?")
    assert not b.abstained and b.answer.startswith("41"), b.answer


def test_an_english_list_of_plans_the_report_carried_out(answerer):
    a = answerer.ask("Which three plans for 2021-2025 did Yichang carry out in its 2022 rule-of-law government work?")
    assert not a.abstained, a.answer
    assert not any("运输" in t for t in a.meta["terms"]) and a.meta["support"] == 1.0  # carry out, not carry (运输)
    assert "《宜昌市法治社会建设实施方案(2021—2025年)》" in a.short_answer and "《宜昌市普法工作规划(2021—2025年)》" in a.short_answer


@pytest.mark.parametrize("q", ["宜昌市2022年报告自己承认的不足主要有哪些?", "宜昌市2022年的差距在哪里?",
                               "宜昌市2022年法治政府建设的短板还有哪些?",
                               # spoken: what it did not do well, in whose view (觉得): the same part of the report
                               "宜昌市觉得自己2022年还有哪些没做好的地方?", "宜昌市2022年依法行政还有哪些做得不够的方面?",
                               # the object first (哪些方面…做得不够), in both scripts
                               "宜昌市2022年的报告承认了哪些方面还做得不够?", "宜昌市2022年的報告裡，自己承認還有哪些方面做得不夠？"])
def test_shortcomings_however_named_are_a_summary_of_that_part(answerer, q):
    assert classify(q).kind == "summary"
    a = answerer.ask(q)
    assert not a.abstained and "个别部门执法程序不够规范" in a.answer, a.answer


def test_a_counted_noun_keeps_the_modifier_that_says_what_is_counted(answerer):
    # 法律援助案件: the 120 行政复议 cases are 案件 too, but not legal-aid ones
    a = answerer.ask("宜昌市2022年办理法律援助案件多少件?")
    assert a.abstained, a.answer
    b = answerer.ask("曲靖市2020年办理法律援助案件多少件?")
    assert not b.abstained and b.answer.startswith("930件"), b.answer


def test_a_numeral_inside_a_quoted_name_is_no_figure():
    from rag.answer.figures import number_spans

    s = "推进“高效办成一件事”改革，落实《三年行动计划》，新增集成办理事项十六项。"
    assert [s[a:b] for a, b, _ in number_spans(s)] == ["十六项"]


@pytest.mark.parametrize("q, unit", [
    ("How many people's mediators did the county have in 2021?", "人"),
    ("How many county-level legal aid cases were handled in 2022?", "件"),
])
def test_english_counted_nouns_with_possessives_and_modifiers_get_their_unit(q, unit):
    assert classify(q).unit == unit


@pytest.mark.parametrize("q, core", [
    ("请问，宜昌市2022年设立了多少个工作站？请简要回答。", "宜昌市2022年设立了多少个工作站？"),
    ("您好！曲靖市2020年有没有开展法治宣传？谢谢！", "曲靖市2020年有没有开展法治宣传？"),
    ("How many stations were set up? Please answer briefly.", "How many stations were set up?"),
    ("History of the plan?", "History of the plan?"),  # hi of History is no greeting
])
def test_greetings_and_closings_are_not_the_question(q, core):
    from rag.answer.qtypes import core_question

    assert core_question(q) == core


def test_a_question_with_greeting_and_closing_is_answered_like_the_bare_one(answerer):
    bare = answerer.ask("宜昌市2022年在各司法所设立了多少个工作站?")
    polite = answerer.ask("请问，宜昌市2022年在各司法所设立了多少个工作站？请简要回答。")
    assert not polite.abstained and polite.short_answer == bare.short_answer == "27个", polite.answer
    assert polite.rewritten_question == ""  # not shown as a rewrite
    yn = answerer.ask("曲靖市2020年开展过交通运输领域执法检查吗？请简要回答。")
    assert yn.short_answer == "是", yn.answer


def test_a_place_with_its_parts_is_covered_by_its_own_years():
    from rag.answer.refusal import scope_refusal

    docs = {"p": Document("p", "p.txt", "…", "h", region="山东省", year=2017),
            "c": Document("c", "c.txt", "…", "h", region="山东省临沂市", year=2020)}
    assert scope_refusal(("山东省", "山东省临沂市"), (2017,), (), (), docs, "zh") is None
    refused = scope_refusal(("山东省临沂市",), (2017,), (), (), docs, "zh")
    assert refused is not None and refused.reason == "year_not_covered"


def test_a_bare_county_name_whose_only_report_is_a_townships_is_not_searched_elsewhere():
    from rag.retrieve.query import understand

    docs = [("t", "重庆市丰都县栗子乡", 2025, "500230"), ("g", "江西省赣州市", 2019, "360700")]
    info = understand("丰都2025年法治政府建设还存在哪些不足?", docs)  # 丰都: the county, which has no report of its own
    assert info.unknown_regions == ("丰都",) and any("栗子乡" in n for n in info.notes)
    assert understand("江西2019年政务服务事项对接试点情况", docs).unknown_regions == ()  # a bare province stays context


@pytest.mark.parametrize("q, framing", [
    ("宜昌市2022年的报告里举例提到了哪几个文件?", "举例"),
    ("曲靖市2020年办了哪些案件，简单归纳一下。", "归纳"),
    ("曲靖市2020年办了哪些案件？概括一下", "概括一下"),
])
def test_words_that_say_how_to_answer_are_no_content(q, framing):
    """举例 / 归纳一下 ask for the answer's form; a report never writes them, so they are never required"""
    terms = content_terms(q)
    assert not any(framing in t or t in framing for t in terms), terms
    assert "文件" in terms or "案件" in terms


def test_a_question_asking_for_examples_is_answered(answerer):
    a = answerer.ask("宜昌市2022年的报告里举例提到了哪几个规划?")
    assert not a.abstained and "《宜昌市普法工作规划(2021—2025年)》" in a.answer, a.answer


@pytest.mark.parametrize("q", ["曲靖市2020年存在的问题，帮我归纳一下。", "请归纳曲靖市2020年存在的问题"])
def test_a_question_asking_to_sum_up_is_a_summary(answerer, q):
    """归纳一下 asks a summary, as 概括一下 does"""
    assert classify("曲靖市2020年的工作成效，简单归纳一下。").kind == "summary"
    a = answerer.ask(q)
    assert not a.abstained and "执法队伍专业化水平不高" in a.answer and "普法针对性不强" in a.answer, a.answer
