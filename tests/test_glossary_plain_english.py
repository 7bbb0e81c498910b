"""Ordinary English for the genre's measures: a glossary phrase in its other number and its verb inflected
(agency head = agency heads, shows up = show up), and the words a user says for 出庭, 连续, 绩效考核, 公职律师,
跨省, 签署协议 and 证照分离.  Reports written here (paraphrase pp-003, pp-008, pp-018, pp-022 showed the failures)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.figures import number_spans
from rag.answer.terms import content_terms
from rag.config import Config
from rag.text.glossary import english_terms

REPORTS = {
    "甲山县": "甲山县2022年法治政府建设情况报告\n一、主要工作\n"
              "（一）行政应诉。全年行政机关负责人出庭应诉14次，出庭率87.5%。行政诉讼案件败诉率为3.1%。\n"
              "（二）考核。连续4年在全市依法行政绩效考核中获得第一。法治宣传覆盖率达到96%。\n"
              "（三）队伍建设。县市场监督管理局取得公职律师证书人员9人，新招录执法人员23人。\n",
    "乙河市": "乙河市2022年法治政府建设情况报告\n一、主要工作\n"
              "（一）政务服务。与18个地市签订合作协议，实现210个事项跨省通办，受理业务3600件。\n"
              "（二）审批改革。全年办理“证照分离”审批2310件，办理“一业一证”许可证640个。\n"
              "（三）制度建设。市政府印发《乙河市法治建设实施方案》(乙政发〔2019〕12号)，制定5个方面41项具体措施。\n"
              "（四）地方立法。《乙河市养犬管理条例》于2022年5月1日起施行。截至2022年底，《乙河市湿地保护条例(草案)》已通过市人大常委会一审。\n",
    "丙湖区": "丙湖区2022年法治政府建设情况报告\n一、主要工作\n"
              "（一）营商环境。深化“证照分离”改革，惠及企业2650户，涉及审批事项86项。\n"
              "（二）包容执法。区城管局公布轻微违法免罚清单24项。公安交警对行人轻微交通违法推行首违免罚。\n"
              "（三）诉求办理。12345热线全年接到群众来电8820次，办结率98%。\n"
              "（四）行政应诉。全年行政应诉案件57件，败诉3件。\n"
              "（五）矛盾调解。在辖区派出所设立驻所调解室9个，调解纠纷310件。\n"
              "（六）安全生产。实现全年“零事故”目标。\n",
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of({(region, 2022): text for region, text in REPORTS.items()}),
                         Config().replace(embedding={"backend": "none"}))


def test_a_phrase_in_its_other_number_and_its_verb_inflected():
    assert english_terms("a leading cadre") == ("领导干部",)  # the key is written in the plural
    assert english_terms("each mediation committee") == ("调解委员会",)
    assert english_terms("the head shows up in court") == ("出庭",)
    assert "投入运行|投入使用|运行" in english_terms("the platform was putting into operation")
    assert english_terms("the official website") == ()  # a one-word key keeps its number: officials, not official


def test_ordinary_words_for_the_genres_measures():
    assert english_terms("agency heads attended court") == ("负责人", "出庭")
    assert english_terms("five years in a row") == ("连续",) == english_terms("five straight years")
    assert english_terms("the performance review") == ("绩效考核",)
    assert english_terms("public lawyers") == ("公职律师",) == english_terms("a government lawyer")
    assert english_terms("signed agreements to handle matters across provinces")[:3] == ("签署|签订|签约", "协议", "受理")
    assert "跨省" in english_terms("handled across provinces")
    assert english_terms("the separation of permits and business licenses") == ("证照分离",)
    assert english_terms("did the county meet its target") == ("实现|达到|满足",)  # a target met (见面 is another sense)
    assert english_terms("petition agency windows")[:1] == ("信访代办|代办",)


@pytest.mark.parametrize(("question", "gold"), [
    ("In what share of lawsuits did the agency head show up in court in 甲山县 in 2022?", "87.5%"),
    ("For how many years running had 甲山县 come top in the performance review by 2022?", "4年"),
    ("How many staff of 甲山县's market regulation bureau got public lawyer certificates in 2022?", "9人"),
    ("With how many cities did 乙河市 sign cooperation agreements on cross-province services in 2022?", "18个"),
    ("How many specific measures were in the implementation plan 乙河市 issued in 2022?", "41项"),
    ("How many approvals did 乙河市 handle under the 'separating permits from business licences' reform in 2022?", "2310件"),
])
def test_figures_asked_in_plain_english(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold


def test_a_document_numbers_year_and_serial_are_no_figures():
    s = "印发《某某方案》(某政发〔2019〕12号)，明确30项任务。"
    assert [s[a:b] for a, b, _ in number_spans(s)] == ["30项"]


def test_what_how_many_counts_is_a_term_even_when_it_is_a_question_word():
    assert "措施" in content_terms("How many specific measures did the plan contain?")  # counted: 措施 must be stated
    assert "措施" not in content_terms("What measures did the city take to cut red tape?")  # asking for measures


def test_an_english_question_counting_places_anchors_the_figure_on_the_place_noun():
    from rag.answer.english_figures import counted_term

    assert "地市" in counted_term("With how many cities did the county sign agreements?").split("|")
    assert "县" in counted_term("How many counties did the platform cover?").split("|")
    assert counted_term("How many cases did the city handle?") == "案件"


@pytest.mark.parametrize("question", ["Had the regulation come into force?", "Has it taken effect yet?", "Did the rules enter into force?",
                                      "Were the regulations in effect by 2022?"])
def test_in_force_in_any_tense_claims_the_issued_stage(question):
    from rag.answer.stages import ISSUED, asked_stage

    assert asked_stage(question) == ISSUED


@pytest.mark.parametrize(("question", "gold"), [
    ("By the end of 2022, had 乙河市's wetland protection regulations actually come into force?", "No"),  # a draft, first reading
])
def test_a_regulation_in_force_asked_in_plain_english(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold


@pytest.mark.parametrize(("question", "gold"), [
    ("How many households of businesses benefited from 丙湖区's permit-licence separation reform in 2022?", "2650户"),
    ("How many items were on 丙湖区's urban management list of minor violations exempt from fines in 2022?", "24项"),
    ("How many calls from the public had 丙湖区's 12345 hotline received by the end of 2022?", "8820次"),
    ("How many lawsuits did 丙湖区's government respond to in 2022?", "57件"),
    ("How many mediation rooms did 丙湖区 set up in police stations in 2022?", "9个"),
    ("In 2022 did 丙湖区's traffic police let pedestrians with minor violations off without a fine?", "Yes"),
    ("Did 丙湖区 meet its goal of zero accidents in 2022?", "Yes"),  # meet a goal: 实现目标, not 见面
])
def test_more_measures_asked_in_plain_english(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold


def test_a_question_opening_with_a_year_and_no_comma_is_yes_no():
    from rag.answer.qtypes import classify

    assert classify("In 2022 did the city hold a hearing on water prices?").kind == "yesno"
    assert classify("By the end of 2021 had the county set up a legal aid station?").kind == "yesno"
    assert classify("In 2022 how many cases did the city handle?").kind == "number"


@pytest.mark.parametrize(("question", "gold"), [
    ("Did 乙河市 sign agreements with more than 20 cities on cross-province services in 2022?", "No"),  # 18个地市, not 210个事项
    ("Did 乙河市 sign agreements with more than 15 cities on cross-province services in 2022?", "Yes"),
    ("Did 乙河市 handle more than 2500 approvals under the permit-licence separation reform in 2022?", "No"),  # 2310件
    ("Did 乙河市 handle more than 2000 approvals under the permit-licence separation reform in 2022?", "Yes"),
])
def test_an_english_threshold_reads_its_counted_noun(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold


def test_a_year_like_threshold_on_a_plural_noun_is_a_count():
    from rag.answer.english_figures import english_threshold

    assert english_threshold("Were more than 2000 permits issued?") == (">", 2000.0, "")
    assert english_threshold("Had the figure reached 2023?") is None  # a year
    from rag.retrieve.query import find_years

    assert find_years("Did the city handle more than 2000 approvals in 2022?") == [2022]
    assert find_years("Was it above 2020 levels in the 2021 reports?") == [2020, 2021]


def test_the_counted_noun_may_head_the_compound_after_the_figure():
    from rag.answer.figure_fit import pick_span

    s = "州督察组对5个地区及州应急管理局、州交通运输局、州科学技术局等12家政府组成部门开展检查。"
    figs = number_spans(s)
    best = pick_span(s, figs, ("督察",), {}, "", (), ("", "政府部门|部门"), False, figs, False)
    assert s[best[0]:best[1]] == "12家"
    best = pick_span(s, figs, ("督察",), {}, "", (), ("", "地区"), False, figs, False)
    assert s[best[0]:best[1]] == "5个"
