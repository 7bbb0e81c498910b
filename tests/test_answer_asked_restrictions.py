"""A figure question restricts what it counts, by a word the evidence must carry or by its year
(passages written here, invented figures):

- a kind written with 的 before the counted noun (专职的调解员) or a thing held (有执法证的执法人员): the report's
  figure of every mediator, of trainees counted in 人次, or of those whose certificates lapsed (证件过期人员), is
  no count of the full-time ones or the holders;
- a year: asked 2022 of a 2021 report that mentions 2022 (a case carried over), the figure written under
  ``2021年，`` is 2021's.

Each refusal test fails on the behaviour before it (the wider or other year's figure was answered); the
control questions ask for what the reports do count and keep their answer.
"""

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config

REPORTS = {
    ("浙江省丽水市松阳县", 2021): (
        "松阳县2021年法治政府建设年度报告\n一、化解矛盾纠纷\n"
        "全县建成乡镇调解委员会19个，共有人民调解员980名，全年调解纠纷3,400件。\n"
        "二、建设执法队伍\n举办行政执法人员轮训班6期，培训执法人员2,300人次。\n"
        "三、办理行政复议\n2021年，县政府共收到行政复议申请38件，受理35件，审结33件；另有2件结转至2022年办理。\n"),
    ("浙江省衢州市龙游县", 2021): (
        "龙游县2021年法治政府建设年度报告\n一、建设执法队伍\n"
        "全县现有持证行政执法人员1,150名，执法证件持证率达100%。\n"
        "二、化解矛盾纠纷\n全县共有人民调解员1,020名，其中专职人民调解员86名。\n"),
    ("浙江省衢州市江山市", 2021): (
        "江山市2021年法治政府建设年度报告\n一、加强执法监督\n"
        "全面应用行政执法监管平台，执法人员持证上岗率98.2%，对57名执法证件过期人员暂停执法资格。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of(REPORTS, titled=True), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("question", [
    "松阳县2021年的人民调解员里，专职的调解员有多少名?",
    "松阳县2021年手里有执法证的行政执法人员一共有多少人?",
    "松阳县2022年县政府收到了多少件行政复议申请?",
    "江山市2021年持有执法证的行政执法人员有多少名?",
])
def test_a_figure_of_a_wider_kind_or_another_year_is_refused(answerer, question):
    got = answerer.ask(question)
    assert got.abstained, got.answer
    assert got.short_answer == ""
    assert got.citations == ()


@pytest.mark.parametrize("question,short", [
    ("松阳县2021年共有多少名人民调解员?", "980名"),
    ("松阳县2021年培训执法人员多少人次?", "2,300人次"),
    ("松阳县2021年县政府收到了多少件行政复议申请?", "38件"),
    ("龙游县2021年有执法证的行政执法人员有多少人?", "1,150名"),
    ("龙游县2021年专职的人民调解员有多少名?", "86名"),
    ("松阳县2021年县政府办的复议案子一共受理了几件?", "35件"),  # 县政府办的: who handled them, not a kind of case
])
def test_the_figure_of_what_is_asked_is_still_answered(answerer, question, short):
    got = answerer.ask(question)
    assert got.short_answer == short, got.answer


def test_a_year_the_place_has_no_report_of_is_named_in_the_refusal(answerer):
    got = answerer.ask("松阳县2022年县政府收到了多少件行政复议申请?")
    assert got.abstained and "2022年的报告" in got.answer, got.answer
    assert not any("其他年度报告" in f for f in got.flags), got.flags
