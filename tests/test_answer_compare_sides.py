"""Comparisons that state each side, and "which reports" over the whole collection (passages written here).

Four invented reports of regions the dev sets do not use; each test would fail on the old
behaviour (a winner-only short answer, a measure word weighed as a topic term, the collection's
own words taken as content, a compound matched by one of its parts).
"""
import hashlib

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

REPORTS = {
    ("浙江省湖州市", 2023): (
        "湖州市2023年法治政府建设年度报告\n一、强化学法用法\n"
        "市政府常务会议举办3次专题讲座、12次专题学法，全年开展法治宣传培训46场次。\n"
        "二、化解行政争议\n全年受理行政复议案件140件，调解成功率达到96.5%。"
        "严格落实领导干部述职述法制度，推动述职述法全覆盖。\n"),
    ("福建省泉州市", 2023): (
        "泉州市2023年法治政府建设年度报告\n一、强化学法用法\n"
        "市政府常务会议专题学法7次，开展“法治大讲堂”法治宣传培训310次。\n"
        "二、化解行政争议\n全年受理行政复议案件140件，人民调解成功率为98.2%。"
        "年终述法与年终述职一并考核。\n"),
    ("四川省绵阳市", 2023): (
        "绵阳市2023年法治政府建设年度报告\n一、化解行政争议\n"
        "全年受理行政复议案件88件，调解成功率为97.1%。\n"
        "二、述职述法\n开展党政主要负责人述职述法，覆盖全部乡镇。\n"),
    ("安徽省芜湖市", 2023): (
        "芜湖市2023年法治政府建设年度报告\n一、优化营商环境\n"
        "全面推行证明事项告知承诺制，减少证明材料120项。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


def test_a_two_sided_comparison_states_both_figures_winner_first(answerer):
    got = answerer.ask("湖州和泉州，哪个市的调解成功率更高?")
    assert got.short_answer == "泉州（98.2%）高于湖州（96.5%）"
    assert "共检查2份报告" in got.answer and len(got.citations) == 2


def test_the_lower_side_wins_when_the_question_asks_for_less(answerer):
    got = answerer.ask("湖州和绵阳，哪个市的调解成功率更低?")
    assert got.short_answer == "湖州（96.5%）低于绵阳（97.1%）"


def test_kindred_measure_words_are_compared_not_dropped(answerer):
    # 场次 (asked) vs 次 (泉州 writes): the bigger count wins, whichever word each report uses
    got = answerer.ask("湖州和泉州的法治宣传培训，哪边开展的场次更多?")
    assert got.short_answer == "泉州（310次）多于湖州（46场次）"


def test_the_figure_next_to_the_counted_noun_is_taken(answerer):
    # 3次专题讲座 and 12次专题学法 in one sentence: 专题学法次数 asks for the second
    got = answerer.ask("湖州和泉州，哪个市政府的专题学法次数更多?")
    assert got.short_answer == "湖州（12次）多于泉州（7次）"


def test_a_side_without_the_figure_is_named(answerer):
    got = answerer.ask("泉州和芜湖，哪个市的调解成功率更高?")
    assert got.short_answer.startswith("泉州（98.2%）") and "芜湖未给出该数字" in got.short_answer


def test_more_than_two_sides_answer_with_the_winner_and_name_the_silent(answerer):
    got = answerer.ask("湖州、泉州、绵阳、芜湖四地，哪个地区的调解成功率最高?")
    assert got.short_answer == "泉州（98.2%）"
    assert "共检查4份报告，3份给出该数字" in got.answer and "未给出该数字：芜湖" in got.answer


def test_same_figure_question_is_answered_yes_or_no_from_both_figures(answerer):
    same = answerer.ask("湖州和泉州2023年受理的行政复议案件数一样吗?")
    assert same.short_answer == "是，一样：都是140件"
    differ = answerer.ask("湖州和绵阳2023年受理的行政复议案件数一样吗?")
    assert differ.short_answer.startswith("否，不一样：") and "140件" in differ.short_answer and "88件" in differ.short_answer


def test_english_comparison_answers_in_english_with_the_chinese_quote(answerer):
    got = answerer.ask("Which had the higher mediation success rate, Huzhou or Quanzhou?")
    assert got.short_answer == "泉州 (98.2%), higher than 湖州 (96.5%)"
    assert "2 reports checked" in got.answer
    assert any("98.2%" in c.quote for c in got.citations)


@pytest.mark.parametrize("quoted", ["“述职述法”", "‘述职述法’", "『述职述法』", "「述职述法」"])
def test_which_reports_ignores_the_collections_own_words_and_keeps_a_quoted_compound(answerer, quoted):
    got = answerer.ask(f"在所有已收录的报告里，哪几份写到了{quoted}?")
    assert not got.abstained
    assert got.short_answer == "湖州、绵阳"  # 泉州 writes 述法 and 述职 apart, not the quoted name
    assert "共检查4份报告，2份提到" in got.answer


def test_an_unquoted_compound_needs_all_its_parts_in_one_sentence(answerer):
    got = answerer.ask("所有报告中，哪些写到了述职述法?")
    assert set(got.short_answer.split("、")) == {"湖州", "泉州", "绵阳"}  # 泉州: 述法 与 述职 in one sentence


@pytest.mark.parametrize("question,short", [
    ("泉州的调解成功率比湖州高吗?", "是：泉州（98.2%）高于湖州（96.5%）"),
    ("湖州的调解成功率比泉州高吗?", "否：湖州（96.5%）低于泉州（98.2%）"),
    ("绵阳受理的行政复议案件数少于湖州吗?", "是：绵阳（88件）少于湖州（140件）"),
])
def test_a_yes_no_claim_between_two_places_is_decided_by_both_figures(answerer, question, short):
    assert answerer.ask(question).short_answer == short


def test_a_threshold_is_not_taken_for_a_second_place(answerer):
    from rag.answer.compare import claim_between
    from rag.answer.evidence import make_ask
    from rag.answer.qtypes import classify

    q = "湖州和泉州的专题学法都超过5次了吗?"
    assert claim_between(make_ask(q, "zh", classify(q), ("专题", "学法"), regions=("浙江省湖州市", "福建省泉州市")))[0] == ""


@pytest.mark.parametrize("question,direction", [
    ("湖州和泉州，谁的专题学法次数多?", "max"),
    ("湖州和泉州哪边受理的案件少一些?", "min"),
    ("Between Huzhou and Quanzhou, which held more law-study sessions?", "max"),
    ("Which of the two, Huzhou or Quanzhou, had fewer cases?", "min"),
    ("Of Huzhou and Quanzhou, which had the higher mediation success rate?", "max"),
])
def test_comparison_questions_without_更_or_or_are_comparisons(question, direction):
    from rag.answer.qtypes import classify

    assert (classify(question).kind, classify(question).direction) == ("compare", direction)


@pytest.mark.parametrize("question", ["哪个部门受理了多少件?", "湖州市有多少名律师?", "哪个地区的报告提到了述法?"])
def test_asking_a_figure_or_a_mention_is_not_a_comparison(question):
    from rag.answer.qtypes import classify

    assert classify(question).kind != "compare"


def test_two_years_of_one_place_are_told_apart_by_their_year():
    cfg = Config().replace(embedding={"backend": "none"})
    texts = {2022: "湖州市2022年法治政府建设年度报告\n一、化解行政争议\n全年受理行政复议案件95件。\n",
             2023: "湖州市2023年法治政府建设年度报告\n一、化解行政争议\n全年受理行政复议案件140件。\n"}
    docs = [Document(f"h{y}", f"h{y}.txt", t, hashlib.sha256(t.encode()).hexdigest(), title=t.splitlines()[0],
                     region="浙江省湖州市", year=y) for y, t in texts.items()]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    ans = Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)
    got = ans.ask("湖州2022年和2023年，哪一年受理的行政复议案件更多?")
    assert got.short_answer == "湖州2023年（140件）多于湖州2022年（95件）"


@pytest.mark.parametrize("question,kind", [
    ("所有报告中，哪些写到了述职述法?", "reports"),
    ("在已收录的报告里,哪几份提到了“三项制度”?", "reports"),
    ("Among all the reports in the collection, which ones mention 述职述法?", "reports"),
    ("Which of the indexed reports mention 述职述法?", "reports"),
    ("Which measures did the Huzhou report mention?", "list"),
])
def test_which_reports_questions_addressed_to_the_collection(question, kind):
    from rag.answer.qtypes import classify

    assert classify(question).kind == kind


def test_english_which_reports_over_the_collection(answerer):
    got = answerer.ask("Among all the reports in the collection, which ones mention “述职述法”?")
    assert got.short_answer == "湖州, 绵阳" and "4 reports checked; 2 mention it" in got.answer


def test_which_places_pass_a_threshold_names_each_with_its_figure(answerer):
    got = answerer.ask("哪些地区的调解成功率超过97%?")
    assert got.short_answer == "泉州（98.2%）、绵阳（97.1%）"
    assert "共检查4份报告，3份给出该数字，2份符合" in got.answer and "未给出该数字：芜湖" in got.answer


def test_at_least_includes_the_threshold_and_a_figure_in_another_unit_does_not_count(answerer):
    assert answerer.ask("哪些地区的调解成功率在97.1%以上?").short_answer == "泉州（98.2%）、绵阳（97.1%）"
    got = answerer.ask("哪些地区受理的行政复议案件超过100件?")
    assert set(got.short_answer.split("、")) == {"湖州（140件）", "泉州（140件）"}


def test_english_threshold_question(answerer):
    got = answerer.ask("Which regions had a mediation success rate above 97%?")
    assert got.short_answer == "泉州 (98.2%), 绵阳 (97.1%)"
    assert "4 reports checked; 3 give the figure; 2 meet it" in got.answer


def test_no_report_meeting_the_threshold_is_said(answerer):
    got = answerer.ask("哪些地区的调解成功率超过99%?")
    assert got.short_answer.startswith("没有") and "0份符合" in got.answer


def test_a_threshold_inside_what_is_mentioned_stays_a_which_reports_question():
    from rag.answer.evidence import make_ask
    from rag.answer.qtypes import classify
    from rag.answer.thresholds import threshold_asked

    q = "哪些报告提到了超过100件的案件?"
    assert classify(q).kind == "reports" and threshold_asked(make_ask(q, "zh", classify(q), ("案件",))) is None


def test_a_claim_between_places_with_one_figure_missing_says_the_report_does_not_tell(answerer):
    got = answerer.ask("芜湖和湖州减少的证明材料一样多吗?")
    assert got.short_answer.startswith("报告未明确说明") and "120项" in got.short_answer


def test_which_reports_among_named_places_names_the_ones_that_do_not_mention_it(answerer):
    got = answerer.ask("湖州、泉州、芜湖三地的报告，哪些提到了“述职述法”?")
    assert got.short_answer == "湖州"
    assert "共检查3份报告，1份提到（未提到：泉州、芜湖）" in got.answer


def test_a_comparison_word_does_not_turn_which_reports_into_a_figure_comparison():
    from rag.answer.qtypes import classify

    assert classify("比较所有报告，哪些提到了“述职述法”?").kind == "reports"


def test_a_place_without_a_report_of_the_asked_year_is_compared_on_the_report_it_has():
    cfg = Config().replace(embedding={"backend": "none"})
    texts = {("浙江省湖州市", 2023): "湖州市2023年法治政府建设年度报告\n一、化解行政争议\n全年受理行政复议案件140件。\n",
             ("福建省泉州市", 2022): "泉州市2022年法治政府建设年度报告\n一、化解行政争议\n全年受理行政复议案件95件。\n"}
    docs = [Document(f"x{y}", f"x{y}.txt", t, hashlib.sha256(t.encode()).hexdigest(), title=t.splitlines()[0],
                     region=r, year=y) for (r, y), t in texts.items()]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    ans = Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)
    got = ans.ask("湖州2023年和泉州相比，哪个市受理的行政复议案件更多?")
    assert got.short_answer == "湖州（140件）多于泉州（95件）"
    assert "泉州市 2022" in got.answer  # the label says which year's report was compared
