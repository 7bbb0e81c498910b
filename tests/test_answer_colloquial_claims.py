"""Yes/no questions asked colloquially (passages written here, invented figures).

Each test fails on the behaviour before it: ``到没到95%`` (a verb asked as "V not V") read as a figure
question and answered with the bare figure instead of 是/否; a tier of government asked by its noun (乡镇一级)
not found in a run of tiers naming it by one character (市县乡三级); an English claim of "only a single round" /
"just a one-day session" (只开展了一轮, 仅有3家) read as no claim (or, after a lead-in, its "give" read as a request: no yes/no question).
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.evidence import polarity_cues
from rag.answer.levels import tier_named
from rag.answer.qtypes import classify
from rag.answer.yesno_threshold import figure_question
from rag.config import Config

REPORTS = {
    ("湖北省黄石市", 2022): (
        "黄石市2022年法治政府建设年度报告\n一、规范行政应诉\n"
        "全年行政诉讼案件开庭审理62件，行政机关负责人出庭应诉58件，出庭应诉率93.5%。\n"
        "二、化解行政争议\n全年办理行政复议案件140件，按期办结率100%。\n"
        "三、优化政务服务\n推进政务服务标准化建设，实现市县乡三级政务服务中心全覆盖。\n"
        "四、服务市场主体\n组建律师服务团深入园区企业，开展3轮法治体检，帮助企业防范法律风险。\n"
        "五、提升执法能力\n举办为期两天的行政执法人员专题培训班，320名执法人员参训。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question", ["出庭应诉率到没到95%?", "出庭应诉率达没达到90%", "复议案件超没超过100件?",
                                      "按期办结率够不够100%?"])
def test_a_verb_asked_as_v_not_v_is_a_yes_no_question(question):
    assert classify(question).kind == "yesno"


@pytest.mark.parametrize("question", ["不得不说的做法有哪些?", "出庭应诉率是多少?"])
def test_other_questions_holding_不_or_没_keep_their_kind(question):
    assert classify(question).kind != "yesno"


def test_the_figure_question_of_a_v_not_v_threshold_drops_the_asking_words():
    assert figure_question("黄石市2022年出庭应诉率达没达到95%?", ">=", "%") == "黄石市2022年出庭应诉率多少%?"


@pytest.mark.parametrize("question,short", [
    ("黄石市2022年行政机关负责人出庭应诉率到没到95%?", "否"),
    ("黄石市2022年行政机关负责人出庭应诉率达没达到90%?", "是"),
])
def test_a_v_not_v_threshold_is_answered_yes_or_no_from_the_figure(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short
    assert "93.5%" in got.citations[0].quote


@pytest.mark.parametrize("term,text,named", [
    ("乡镇", "实现市县乡三级政务服务中心全覆盖", True), ("村", "建成省市县乡村五级公共法律服务平台", True),
    ("村", "实现市县乡三级政务服务中心全覆盖", False), ("乡镇", "乡镇政府", False), ("中心", "市县乡三级中心", False),
])
def test_a_tier_is_named_by_its_character_in_a_run_of_tiers(term, text, named):
    assert tier_named(term, text) is named


def test_a_tier_asked_by_its_noun_is_answered_from_a_run_of_tiers(answerer):
    got = answerer.ask("黄石市2022年,乡镇一级是否也都建起了政务服务中心?")
    assert got.short_answer == "是"
    assert "市县乡三级" in got.citations[0].quote


@pytest.mark.parametrize("question,threshold", [
    ("Did the lawyers give firms only a single round of legal check-ups?", ("<=", 1.0, "")),
    ("Was the course just a one-day session?", ("<=", 1.0, "天")),
    ("Did the county hold only one meeting on it?", ("<=", 1.0, "次")),
])
def test_an_english_claim_of_only_one_is_a_bound_of_one(question, threshold):
    assert polarity_cues(question).threshold == threshold


@pytest.mark.parametrize("question", [
    "During 2022, did the lawyer teams Huangshi sent into industrial parks give firms only a single round of legal check-ups?",
    "Was the 2022 training course Huangshi held for its law enforcement staff just a one-day session?",
])
def test_an_english_claim_of_only_one_is_answered_from_the_reports_count(answerer, question):
    assert classify(question).kind == "yesno"
    assert answerer.ask(question).short_answer == "No"


@pytest.mark.parametrize("question,threshold", [
    ("律师服务团是不是只开展了一轮法治体检?", ("<=", 1.0, "")), ("培训班是否只办了1天?", ("<=", 1.0, "天")),
    ("是否仅有3家单位?", ("<=", 3.0, "家")), ("是否仅是试点?", None),
])
def test_a_chinese_claim_of_only_n_is_a_bound_of_n(question, threshold):
    assert polarity_cues(question).threshold == threshold


@pytest.mark.parametrize("question,short", [
    ("黄石市2022年律师服务团是不是只开展了一轮法治体检?", "否"), ("黄石市2022年律师服务团开展的法治体检是不是只有3轮?", "是"),
])
def test_a_chinese_claim_of_only_n_is_answered_from_the_reports_count(answerer, question, short):
    assert answerer.ask(question).short_answer == short
