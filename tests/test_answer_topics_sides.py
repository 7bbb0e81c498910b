"""Summaries of an asked topic, comparisons whose sides have their own qualifiers, and "which
reports" for a quoted term (passages written here, for regions the dev sets do not use).

Each test fails on the behaviour before it: a 概括 question answered with the report's opening
paragraph, a side's own verb required of the other side's figure, the figure of another verb
(取消) taken for the asked one (保留), a quoted ``互联网+监管`` matched by its parts, and
``这个说法出现在哪些报告里`` refused.
"""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

REPORTS = {
    ("福建省三明市", 2023): (
        "三明市2023年法治政府建设年度报告\n"
        "2023年，三明市深入学习贯彻习近平法治思想，全面推进法治政府建设，各项工作取得新进展，为高质量发展提供了有力法治保障。\n"
        "一、主要工作\n"
        "(一)加强组织领导，压实法治建设责任\n"
        "市政府高度重视法治政府建设，将其摆在全局工作的重要位置。严格落实市政府常务会议学法制度，全年专题学法6次。"
        "认真执行《三明市法治政府建设实施方案》年度任务，定期研究部署。市政府主要负责人带头述职述法，推动各部门履行职责。"
        "发挥市委依法治市办的统筹协调作用，强化督促落实。\n"
        "(二)深化放管服改革\n"
        "全面推进“互联网+监管”，提升监管效能。取消行政审批中介服务事项30项，保留120项，减少证明材料210项。"
        "前三季度受理行政复议案件59件，其中12件举行听证。\n"
        "二、存在的问题\n"
        "一是基层执法力量不足。二是法治宣传针对性不强。\n"),
    ("江西省九江市", 2023): (
        "九江市2023年法治政府建设年度报告\n"
        "2023年，九江市坚持以习近平法治思想为指导，扎实推进法治政府建设，取得积极成效，法治化营商环境持续优化。\n"
        "一、党对法治政府建设的领导全面加强\n"
        "市委常委会会议专题研究法治建设工作，压实各级党政主要负责人法治建设第一责任人职责。"
        "市政府建立常务会议会前学法制度，进一步强化领导干部法治思维。"
        "建立领导干部应知应会学法清单，在全省推广。"
        "全面推行领导干部年终述法，市直部门领导干部述法320人次，带动县乡两级述法1500人。"
        "抓住领导干部这个“关键少数”，推动尊法学法守法用法。\n"
        "二、深化放管服改革\n"
        "推行“互联网+政务服务”，加强事中事后监管，全年办理行政复议案件25件。"
        "清理中介服务事项200项，其中保留事项45项。\n"),
    ("广东省韶关市", 2023): (
        "韶关市2023年法治政府建设年度报告\n"
        "一、主要成效\n"
        "开展法治宣传活动80场次，覆盖全部乡镇。\n"),
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    docs = [Document(f"t{i}", f"t{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), title=t.splitlines()[0],
                     region=r, year=y) for i, ((r, y), t) in enumerate(REPORTS.items())]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


def test_a_summary_of_a_topic_quotes_its_section_not_the_report_opening(answerer):
    got = answerer.ask("概括一下三明市2023年是怎样加强组织领导、压实法治建设责任的。")
    assert not got.abstained
    for point in ("全年专题学法6次", "年度任务", "带头述职述法", "统筹协调作用"):  # every point of the short section
        assert point in got.answer
    assert "各项工作取得新进展" not in got.answer  # the report's opening paragraph is not the topic


def test_a_summary_of_a_topic_inside_a_paragraph_quotes_its_sentences(answerer):
    got = answerer.ask("九江市2023年在领导干部学法述法方面做了哪些工作?简要概括。")
    assert not got.abstained
    for point in ("会前学法制度", "学法清单", "述法320人次"):
        assert point in got.answer
    assert "法治化营商环境持续优化" not in got.answer


def test_a_summary_of_a_topic_in_traditional_script(answerer):
    got = answerer.ask("九江市2023年在領導幹部學法述法方面做了哪些工作?簡要概括。")
    assert "述法320人次" in got.answer and "学法清单" in got.answer


def test_each_side_is_counted_with_its_own_verb_and_period(answerer):
    got = answerer.ask("行政复议案件数量上，三明市2023年前三季度受理的和九江市2023年全年办理的相比，哪个更多?")
    assert got.short_answer == "三明（59件）多于九江（25件）"


def test_an_english_comparison_takes_the_figure_of_the_asked_verb(answerer):
    got = answerer.ask("Which kept more intermediary-service items: Sanming in 2023 or Jiujiang in 2023?")
    assert "120项" in got.short_answer and "45项" in got.short_answer
    assert got.short_answer.index("120项") < got.short_answer.index("45项")  # the winner first
    assert "30项" not in got.short_answer and "200项" not in got.short_answer  # 取消 / 清理, not 保留


def test_a_quoted_term_with_a_plus_matches_whole(answerer):
    got = answerer.ask("Which reports mention “互联网+监管” (Internet Plus regulation)?")
    assert got.short_answer == "三明"  # 九江 has 互联网+政务服务 and 监管, not the term


@pytest.mark.parametrize("question", ["“关键少数”这个说法出现在哪些报告里?", "“关键少数”一词见于哪些报告?",
                                      "In which reports does “关键少数” appear?", "Which reports use the phrase “关键少数”?",
                                      "Which reports talk about “关键少数” (the key few)?",
                                      "Which reports deal with “关键少数”?"])
def test_where_a_phrase_appears_is_a_which_reports_question(answerer, question):
    got = answerer.ask(question)
    assert not got.abstained
    assert got.short_answer == "九江"


@pytest.mark.parametrize("question, short", [
    ("三明市2023年和九江市2023年，哪个保留的中介服务事项更多?", "三明（120项）多于九江（45项）"),
    ("三明市2023年保留的中介服务事项比九江市2023年多吗?", "是：三明（120项）多于九江（45项）"),
])
def test_the_verb_of_the_compared_noun_binds_its_figure(answerer, question, short):
    # 取消…事项30项，保留120项 / 清理…事项200项，其中保留事项45项: the figure of 保留, not the first one
    assert answerer.ask(question).short_answer == short
