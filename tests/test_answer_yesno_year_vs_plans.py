"""Yes/no claims about how a year's figure stands to an earlier year's, asked in English or Chinese
(more lawsuits lost in 2021 than in 2020, 申请比上年少了吗), are decided by the year's own account, not
by the report's plans for the next year (passages written here, not dev items)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.answer.evidence import polarity_cues
from rag.config import Config
from rag.records import Document
from rag.text.glossary import english_terms

TEXT = ("丁区人民政府2021年法治政府建设工作报告\n一、2021年工作开展情况\n"
        "（一）行政复议和应诉。全年区政府收到行政复议申请210件，同比增长12.3%，受理196件。"
        "全区行政诉讼案件增长8.1%，行政机关败诉案件则有所减少。\n"
        "表2 行政复议收结案情况\n项目 | 2020年 | 2021年\n行政复议收案（件） | 187 | 210\n"
        "据上表，全区行政复议收案210件，同比增长12.3%。\n"
        "二、存在的不足\n专业人才不足，复议人员力量薄弱。\n"
        "三、2022年工作打算\n（一）提高应诉水平。健全败诉案件分析通报制度，从源头上减少行政争议。"
        "（二）畅通复议渠道。引导群众通过行政复议申请化解争议，力争复议申请稳步增长。\n")


# other reports of the genre: lawsuits (行政诉讼, 应诉) are common words of it, losing one (败诉) is rarer
OTHERS = (("某省某市戊县", "戊县2021年法治政府建设情况报告\n一、主要工作\n全县行政诉讼案件45件，负责人出庭应诉率100%。\n"),
          ("某省某市己区", "己区2021年法治政府建设情况报告\n一、主要工作\n规范行政应诉工作，行政诉讼案件同比下降5%。\n"))


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    texts = {(r, 2021): t for r, t in (("某省某市丁区", TEXT), *OTHERS)}
    return answerer_over(docs_of(texts), Config().replace(embedding={"backend": "none"}))


@pytest.mark.parametrize("q, trend", [
    ("Did the district lose more lawsuits in 2021 than in 2020?", "up"),
    ("Were fewer applications filed than the previous year?", "down"),
    ("Were there more than 40 applications?", ""),  # a threshold, no comparison with a year
    ("2021年败诉案件比2020年多吗?", "up"),
    ("复议申请比上年少了吗?", "down"),
])
def test_a_comparison_with_an_earlier_year_is_a_trend(q, trend):
    assert polarity_cues(q).trend == trend


def test_the_genres_words_for_losing_and_applying():
    assert english_terms("did it lose lawsuits")[:1] == ("败诉",)
    assert english_terms("the losing rate") == ("败诉率",)
    assert english_terms("reconsideration applications") == ("复议", "申请|申报|案件")  # 申报: an application for a title


@pytest.mark.parametrize("q, short", [
    ("Did Ding district lose more administrative lawsuits in 2021 than in 2020?", "No"),  # 败诉案件则有所减少
    ("Did the number of administrative reconsideration applications in Ding district go down in 2021?", "No"),  # 同比增长
    ("丁区2021年行政复议申请比上年少了吗?", "否"),
    ("丁区2021年行政复议收案比2020年多吗?", "是"),
    ("丁区2021年行政复议收案比2020年少吗?", "否"),  # the sentence saying which way it went, not the table row
])
def test_the_years_account_decides_not_its_plans(answerer, q, short):
    got = answerer.ask(q)
    assert got.short_answer == short
    assert "工作打算" not in got.citations[0].section  # the year's account is quoted, not the plans


def test_a_comparison_with_a_year_is_no_part_of_the_terms():
    from rag.answer.terms import content_terms

    assert content_terms("甲区2021年行政复议收案比2020年多吗?", exclude=["甲区"]) == ("行政复议", "收案")
    assert "年少" not in content_terms("败诉案件比2020年少吗?")


def test_a_sued_agency_and_a_survey():
    assert english_terms("the head of a sued agency") == ("被诉", "负责人")
    assert english_terms("a satisfaction survey") == ("满意度测评|满意度调查",)
    assert english_terms("they surveyed residents")[:1] == ("调查|测评|问卷",)


def test_the_plans_answer_a_question_about_plans_or_a_later_year():
    from rag.answer.evidence import Sent
    from rag.answer.sections import facts_first
    from rag.records import Chunk

    doc = Document("d", "d.txt", TEXT, "x", region="某省某市丁区", year=2021)
    plan_at, fact_at = TEXT.index("健全败诉案件"), TEXT.index("全区行政诉讼案件")

    def sent(at: int, section: str) -> Sent:
        end = TEXT.index("。", at) + 1
        return Sent(doc, Chunk(f"d:{at}", "d", at, end, TEXT[at:end], section), at, end, 0)

    order = [(1.0, sent(plan_at, "三、2022年工作打算 > （一）提高应诉水平")), (0.9, sent(fact_at, "一、2021年工作开展情况"))]
    assert facts_first(order, "败诉案件比上年少吗?", 0.75)[0] == order[1]  # the year's account first
    assert facts_first(order, "下一步是否健全败诉案件通报制度?", 0.75) == order  # asked for the plans
    assert facts_first(order, "是否健全败诉案件通报制度?", 0.75, (2022,)) == order  # asked about the next year
    assert facts_first(order, "败诉案件比上年少吗?", 0.95) == order  # the account scores too far below
    trad = [(1.0, sent(plan_at, "三、2022年今後工作計劃")), order[1]]
    assert facts_first(trad, "败诉案件比上年少吗?", 0.75)[0] == order[1]  # a Traditional heading is read folded
    heading = sent(TEXT.index("（一）行政复议和应诉"), "一、2021年工作开展情况")
    assert heading.text == "（一）行政复议和应诉。"
    assert facts_first([(1.0, heading), order[1]], "行政复议和应诉有进展吗?", 0.75)[0] == order[1]  # a heading claims nothing
