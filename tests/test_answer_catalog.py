"""Questions about the reports themselves: which reports a year or place has, and a report's own
publication date or document number from its metadata rows."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.catalog import (
    asked_row,
    asks_closing,
    catalog,
    is_doc_number_question,
    is_report_date_question,
    report_date_spans,
    report_fact,
)
from rag.answer.citations import render
from rag.answer.evidence import Sent, make_ask
from rag.answer.qtypes import classify
from rag.records import Chunk, Document


def doc(i: int, region: str, year: int, text: str) -> Document:
    return Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(),
                    title=text.splitlines()[0], region=region, year=year)


DOCS = {d.doc_id: d for d in [
    doc(1, "东海省", 2016, "东海省2016年法治政府建设情况报告\n发布日期:2017-03-02 10:00\n2016年，全省……"),
    doc(2, "东海省南湖市", 2016, "南湖市2016年法治政府建设年度报告\n文号：南政呈〔2017〕5号\n2016年，我市……\n南湖市人民政府\n2017年2月28日\n"),
    doc(3, "西山省北川县", 2017, "北川县2017年法治政府建设工作报告\n[ 成文日期 ] 2018-01-22\n2017年，我县……"),
]}


@pytest.mark.parametrize("q, kind", [
    ("哪几个地区的报告是关于2016年法治政府建设的?", "catalog"),
    ("Which reports in the collection cover the year 2016?", "catalog"),
    ("东海省有哪些地方的报告?", "catalog"),
    ("哪几个地区有2018年的法治政府建设报告?", "catalog"),
    ("哪些单位发布了2023年度的报告?", "catalog"),
    ("哪些报告提到了行政调解?", "reports"),
    ("南湖市2016年有哪些报告提到调解?", "reports"),
])
def test_catalog_questions_are_told_from_mention_questions(q, kind):
    assert classify(q).kind == kind


def test_catalog_of_a_year_lists_every_report_of_that_year_with_its_title_cited():
    ask = make_ask("哪几个地区的报告是关于2016年法治政府建设的?", "zh", classify("哪几个地区的报告是关于2016年法治政府建设的?"), (), years=(2016,))
    draft = catalog(ask, DOCS)
    text, cites = render(draft.segments, DOCS)
    assert draft.short == "东海、南湖"
    assert [c.quote for c in cites] == ["东海省2016年法治政府建设情况报告", "南湖市2016年法治政府建设年度报告"]
    assert "共2份报告（共收录3份）" in text


def test_catalog_within_a_place():
    ask = make_ask("东海省有哪些地方的报告?", "zh", classify("东海省有哪些地方的报告?"), ())
    assert catalog(ask, DOCS, lambda d: "东海省" in d.region).short == "东海、南湖"


@pytest.mark.parametrize("text, dates", [
    ("来源：某网 发布日期:2019-11-07 09:45", ["2019-11-07"]),
    ("发布时间:2015年03月09日 字号:【中】", ["2015年03月09日"]),
    ("[ 成文日期 ] 2024-12-30", ["2024-12-30"]),
    ("报告正文。\n县人民政府\n2023年3月15日\n", ["2023年3月15日"]),
    ("發佈時間：2021-04-06　來源：某局", ["2021-04-06"]),  # a report in traditional characters: the same rows
])
def test_report_date_rows(text, dates):
    assert [text[a:b] for a, b in report_date_spans(text)] == dates


def test_report_fact_gives_the_date_or_number_where_it_stands():
    d = DOCS["d2"]
    sent = Sent(d, Chunk("d2:0-5", "d2", 0, 5, d.text[:5]), 0, 5, 0)
    q = "南湖市2016年度法治政府建设报告的落款日期是哪天?"
    assert is_report_date_question(q) and not is_report_date_question("南湖市哪个月公布了考评结果?")
    assert report_fact(make_ask(q, "zh", classify(q), ()), [sent]).short == "2017年2月28日"
    q = "南湖市2016年法治政府建设年度报告的发文字号是什么?"
    assert is_doc_number_question(q)
    assert report_fact(make_ask(q, "zh", classify(q), ()), [sent]).short == "南政呈〔2017〕5号"


@pytest.mark.parametrize("q", [
    "北湖县2019年那份法治政府建设报告是什么时候挂到网上的?",
    "北湖縣2019年度法治政府建設報告,是哪天掛出來的?",
    "北湖县讲2019年依法行政的那份报告，是何时对外公开的?",
    "北湖县2019年法治政府建设报告在政府网站上是哪天公开的?",
    "When was Beihu County's 2019 rule-of-law report posted on the county website?",
    "On what date was Beihu's 2019 annual report put online?",
    "When was the Beihu 2019 report made public?",
])
def test_the_genres_ways_of_saying_published_ask_the_reports_date(q):
    assert classify(q).kind == "date" and is_report_date_question(q)


@pytest.mark.parametrize("q", [
    "据北湖县2019年报告，县政府哪个月公布了考评结果?",  # a date the report mentions, after the comma
    "北湖县2019年报告里，政务公开专栏是哪天开通的?",
    "北湖县2019年报告中哪天公开征求了条例草案的意见?",
    "北湖县2019年报告里提到的便民服务平台是什么时候推出的?",  # a thing the report mentions
    "北湖县2019年报告提到的权责清单是哪天对外公开的?",
    "北湖县2019年报告中提到的《实施办法》是哪天发布的?",
    "When was the service platform mentioned in Beihu's 2019 report put online?",
])
def test_dates_the_report_mentions_are_not_its_own(q):
    assert not is_report_date_question(q)


@pytest.mark.parametrize("question, first", [
    ("北河县的报告是哪天正式对外公布的?", "2022-03-08"),
    ("When was Beihe County's report made public?", "2022-03-08"),
    ("北河县报告的成文日期是哪天?", "2022-02-25"),
    ("What date is Beihe County's report signed?", "2022-02-25"),
    ("北河县的报告是哪天的?", "2022-02-25"),  # either: the header's first row
])
def test_report_date_row_the_question_asks_for(question, first):
    text = "北河县2021年法治政府建设年度报告\n索引号 001 成文日期:2022-02-25 发布日期:2022-03-08\n一、主要工作"
    spans = report_date_spans(text, row=asked_row(question))
    assert text[slice(*spans[0])] == first


def test_a_traditional_character_header_row_beats_the_closing_line_for_a_posting_date():
    text = "北河縣應急管理局2021年法治政府建設年度報告\n發佈時間：2022-03-08　來源：縣應急管理局\n一、主要工作\n……\n北河縣應急管理局\n2022年2月25日\n"
    q = "On what date was Beihe County's 2021 report posted on the website?"
    assert text[slice(*report_date_spans(text, row=asked_row(q))[0])] == "2022-03-08"


@pytest.mark.parametrize("q", [
    "北湖县政府向市里报送2019年度依法行政情况，文末署的日期是哪天?",
    "北湖縣2019年法治政府建設報告結尾落的是哪一天?",
    "北湖县2019年度法治政府建设报告署的什么日期?",
    "On what date did Beihu County's government sign its 2019 rule-of-law report?",
    "What date is on Beihu County government's report about its 2019 work?",
    "When was Beihu's 2019 report signed?",
    "北湖县2019年度法治政府建设情况报告最后落的日期是哪天?",
    "What date does Beihu County's 2019 rule-of-law report bear?",
])
def test_the_closing_date_line_asked_by_where_it_stands_or_by_the_signing(q):
    assert classify(q).kind == "date" and is_report_date_question(q)
    text = "北湖县2019年法治政府建设年度报告\n发布日期:2020-03-09\n一、主要工作\n……\n北湖县人民政府\n2020年2月21日\n"
    spans = report_date_spans(text, closing=asks_closing(q), row=asked_row(q))
    want = "2020-03-09" if "date is on" in q else "2020年2月21日"  # the date on it: either, the header's first
    assert text[slice(*spans[0])] == want


@pytest.mark.parametrize("q", [
    "北湖县2019年报告里，县政府哪天部署了专项整治的日期?",  # 部署: a deployment, no signature
    "北湖县2019年与邻县签署的协议是哪天签署的?",
    "When did Beihu sign the cooperation agreement mentioned in its 2019 report?",
    "When does Beihu's 2019 report say the cooperation agreement was signed?",
    "北湖县2019年报告里，专项整治最后一次检查是哪天?",  # 最后 of the work, not the report's end
])
def test_deploying_or_signing_something_else_is_not_the_reports_date(q):
    assert not is_report_date_question(q)
