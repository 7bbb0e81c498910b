"""A figure of one named report does not vanish when unrelated reports are added, and a refusal always says why.

Which of one report's passages make the top-k moves with the collection's rarity weights: reports about other
places that use the question's noun everywhere make it common, the report's passages holding the user's other
words outrank the one stating the figure, and the top-k cut it.  The named place's report is then read deeper,
and its figure answers when its own sentence states most of the question (each term counted alike, not by a
weight that moves again).  When no sentence answers, the refusal names the words found, where, and what was
asked for.  Every report here is written for these tests.
"""
from __future__ import annotations

import dataclasses
import hashlib

from answer_corpus import answerer_over

from rag.config import Config
from rag.records import Document


def _doc(doc_id: str, text: str, region: str, year: int) -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                    title=text.splitlines()[0], region=region, year=year, level="county", reporting_unit="人民政府")


# the people (群众) and applications (申请) everywhere; the review cases' figure in one passage
FENGNING = _doc("fn", (
    "丰宁县2023年法治政府建设年度报告\n"
    "一、主要工作\n"
    "（一）便民服务。县政务服务中心为群众办理申请事项1.2万件，群众满意率99.1%。\n\n"
    "（二）政务公开。全年主动公开政府信息4,120条，办理群众依申请公开58件。\n\n"
    "（三）法律援助。为困难群众提供法律援助，受理群众申请312件。\n\n"
    "（四）人民调解。全县调解组织为群众调解纠纷1,906件，群众申请司法确认44件。\n\n"
    "（五）行政争议。全年收到行政复议申请73件，受理68件，纠错率11.8%。\n\n"
    "（六）执法监督。开展执法案卷评查，评查案卷210卷，群众投诉申请核查9件。\n\n"
    "二、存在问题\n一是基层力量不足。二是群众申请渠道仍需拓宽。\n"), "丰宁县", 2023)


def _other(name: str, year: int, body: str) -> Document:
    more = "\n\n（二）复议监督。行政复议机关发出行政复议意见书。\n\n（三）复议能力。开展行政复议人员培训。" \
           "\n\n（四）复议规范。行政复议案件全部按期办结。"
    return _doc(name, f"{name}{year}年法治政府建设年度报告\n一、主要工作\n{body}{more}\n", name, year)


# other places' reports, each about administrative review (行政复议 grows common), none about 丰宁县
OTHERS = [_other(n, y, b) for n, y, b in (
    ("滦平县", 2022, "（一）行政复议。全年办理行政复议案件19件，行政复议纠错率10.5%。"),
    ("隆化县", 2023, "（一）行政复议。推进行政复议体制改革，行政复议案件审结率100%。"),
    ("围场县", 2021, "（一）行政复议。县政府行政复议机构办理行政复议案件33件。"),
    ("兴隆县", 2024, "（一）行政复议。行政复议调解率提高到40%。"),
    ("平泉市", 2022, "（一）行政复议。规范行政复议听证程序，组织行政复议听证6次。"),
    ("宽城县", 2023, "（一）行政复议。行政复议决定书全部网上公开。"),
)]


def _answerer(docs: list[Document]):
    cfg = Config()
    cfg = dataclasses.replace(cfg, llm=dataclasses.replace(cfg.llm, backend="extractive"),
                              chunking=dataclasses.replace(cfg.chunking, max_tokens=40))  # one passage a paragraph
    return answerer_over({d.doc_id: d for d in docs}, cfg)


def _ask(docs: list[Document], question: str):
    a = _answerer(docs).ask(question)
    return a.short_answer, a.abstained, [(c.doc_id, c.start, c.end) for c in a.citations]


def test_a_named_reports_figure_is_found_however_many_unrelated_reports_are_added():
    question = "丰宁县2023年老百姓申请行政复议的一共有多少件？"
    before = _ask([FENGNING], question)
    assert before[0] == "73件" and not before[1]
    for k in (2, 4, len(OTHERS)):
        assert _ask([FENGNING, *OTHERS[:k]], question) == before
    # the case the deeper read is for: the answering passage is out of the top-k with every other report added
    hits = _answerer([FENGNING, *OTHERS]).retriever.search(question).hits
    assert not any("行政复议申请73件" in h.chunk.text for h in hits)


# legal aid in many passages, none with its spending; a figure of money deep in the report, about something else
LEGAL_AID = _doc("la", (
    "兴隆县2024年法治政府建设年度报告\n"
    "一、主要工作\n"
    "（一）法律援助站点。全县建成法律援助工作站18个，法律援助联络点210个。\n\n"
    "（二）法律援助质量。全县法律援助案件质量评查合格率98%。\n\n"
    "（三）法律援助宣传。全县开展法律援助进社区活动36场。\n\n"
    "（四）法律援助值班。全县法律援助律师在法院值班240天。\n\n"
    "（五）法律援助便民。全县推行法律援助“马上办”，当日受理率95%。\n\n"
    "（六）人民调解。全县调解组织调解纠纷1,906件。\n\n"
    "（七）征地补偿。全县全年兑付征地补偿资金2,300万元。\n\n"
    "二、存在问题\n一是基层力量不足。\n"), "兴隆县", 2024)


def test_a_figure_near_few_of_the_questions_words_deeper_in_the_report_does_not_answer():
    """Asked what legal aid cost: the report states no such figure; the land compensation it paid, deeper in it,
    shares only 全县 and money with the question and is no answer, however many reports are indexed."""
    question = "兴隆县2024年全县法律援助一共花了多少钱？"
    for docs in ([LEGAL_AID], [LEGAL_AID, *OTHERS[:3], *OTHERS[4:]]):
        a = _answerer(docs).ask(question)
        assert a.abstained and not a.citations, a.answer


def test_a_refusal_that_found_the_words_says_which_where_and_what_no_sentence_states():
    a = _answerer([FENGNING, *OTHERS[:2]]).ask("丰宁县2023年群众申请行政复议的听证会开了几场？")
    assert a.abstained and a.meta["reason"] == "no_statement", a.answer
    reason = a.answer.split("。")[0]  # (the list of indexed reports follows)
    assert "丰宁" in reason and "2023" in reason and "提到了群众、申请" in reason and "所问的数字" in reason, a.answer
    en = _answerer([FENGNING, *OTHERS[:2]]).ask("When did Fengning County hold its administrative reconsideration hearing in 2023?")
    assert en.abstained and en.meta["reason"] == "no_statement", en.answer
    assert "the date asked for" in en.answer and "mention 行政复议" in en.answer, en.answer


def test_a_question_with_no_word_to_look_up_is_refused_saying_so():
    a = _answerer([FENGNING]).ask("丰宁县2023年怎么样？")
    assert a.abstained
    assert "未找到" in a.answer or "没有可在报告中查找的词语" in a.answer or "没有一句" in a.answer, a.answer
