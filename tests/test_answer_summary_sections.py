"""Summaries of the section the question points to: when the best sentence is a heading, its section's
key sentences (those naming a figure, a document or a named measure), never the heading itself.
Passages written for these tests."""
from __future__ import annotations

import hashlib

from rag.answer.citations import render
from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.qtypes import classify
from rag.answer.sections import heading_range
from rag.answer.summaries import key_spans
from rag.answer.term_coverage import idf_weights
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.records import Document, Hit
from rag.text.normalize import fold

REPORT = (
    "丁县2021年法治政府建设情况报告\n"
    "一、加强组织领导，统筹推进法治政府建设\n"
    "县委高度重视法治政府建设，坚持统筹谋划、整体推进。"
    "县政府印发《丁县法治政府建设实施方案》，明确6个方面30项任务。"
    "各级领导干部自觉扛起第一责任人职责，带头推动工作。"
    "建立“周学法”制度，全年组织集中学法12次。"
    "成立法治政府建设专项小组3个，压实部门责任。\n"
    "二、深化行政执法改革\n"
    "全面推行行政执法三项制度，评查案卷200卷。\n"
)
DOC = Document("d", "d.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), region="丁县", year=2021)
DOCS = {"d": DOC}


def test_key_spans_prefer_sentences_that_state_what_was_done():
    a, b = heading_range(REPORT, REPORT.index("一、"))
    quotes = [REPORT[s:e] for s, e in key_spans(REPORT, a, b)]
    assert quotes == ["县政府印发《丁县法治政府建设实施方案》，明确6个方面30项任务。",
                      "建立“周学法”制度，全年组织集中学法12次。", "成立法治政府建设专项小组3个，压实部门责任。"]


def test_a_section_without_enough_concrete_sentences_gives_its_first_sentences():
    # a short section is quoted whole (each of its sentences is a point); a long one by its first sentences
    text = "一、总体情况\n工作稳步推进。成效明显提升。干部意识增强。群众满意。\n"
    assert [text[s:e] for s, e in key_spans(text, 0, len(text))] == ["工作稳步推进。", "成效明显提升。", "干部意识增强。", "群众满意。"]
    long = "一、总体情况\n" + "".join(f"第{'甲乙丙丁戊己庚辛壬癸'[i]}方面工作稳步推进，" + "成效明显提升，" * 12 + "群众满意。" for i in range(10)) + "\n"
    got = [long[s:e] for s, e in key_spans(long, 0, len(long))]
    assert len(got) == 3 and got[0].startswith("第甲方面") and got[2].startswith("第丙方面")


def test_a_heading_as_best_sentence_points_to_its_section():
    q = "丁县2021年在统筹推进法治政府建设上做了哪些事?"
    terms = content_terms(q, exclude=["丁县", "丁"])
    ask = make_ask(q, "zh", classify(q), terms, idf_weights(terms, [fold(REPORT), "其他", "另一份"]))
    chunks = chunk_text("d", REPORT, 400)
    draft = answer(ask, [Hit(i + 1, c, 1.0) for i, c in enumerate(chunks)], DOCS)
    _text, cites = render(draft.segments, DOCS)
    quotes = [c.quote for c in cites]
    assert "统筹推进法治政府建设" not in "".join(q for q in quotes if q.startswith("一、"))
    assert not any(q.startswith("一、") for q in quotes)
    assert "县政府印发《丁县法治政府建设实施方案》，明确6个方面30项任务。" in quotes
    assert all(REPORT[c.start:c.end] == c.quote for c in cites)


def test_a_numbered_sub_heading_answers_with_its_section_not_its_sibling_headings():
    report = ("戊州2023年法治政府建设情况报告\n一、主要成效\n（一）依法决策更加规范。\n"
              "制定重大行政决策目录，纳入事项12项。\n（二）政务服务更加便捷。\n"
              "公布州级权责清单5000项。建成四级政务服务体系，设便民服务站300个。推行“一窗通办”，办件提速50%。\n"
              "（三）执法更加规范。\n评查案卷100卷。\n")
    doc = Document("e", "e.txt", report, hashlib.sha256(report.encode()).hexdigest(), region="戊州", year=2023)
    q = "戊州2023年在政务服务更加便捷方面有哪些举措?"
    terms = content_terms(q, exclude=["戊州", "戊"])
    ask = make_ask(q, "zh", classify(q), terms, idf_weights(terms, [fold(report), "其他", "另一份"]))
    draft = answer(ask, [Hit(i + 1, c, 1.0) for i, c in enumerate(chunk_text("e", report, 400))], {"e": doc})
    _, cites = render(draft.segments, {"e": doc})
    assert [c.quote for c in cites] == ["公布州级权责清单5000项。", "建成四级政务服务体系，设便民服务站300个。",
                                        "推行“一窗通办”，办件提速50%。"]


def test_a_heading_sharing_its_line_with_its_items_is_summarised_by_them():
    text = ("戊市2020年法治政府建设报告\n"
            "一、深化改革\n"
            "（一）推进不动产登记改革。一是推行“一窗受理”。整合窗口,统一收件。二是推行“线上预约”。"
            "三是推行“交房即发证”。全年办结登记1.2万件。\n"
            "（二）推进信用建设。建立红黑名单制度。\n")
    a, b = heading_range(text, text.index("（一）"))
    assert [text[s:e] for s, e in key_spans(text, a, b)] == ["推行“一窗受理”。", "推行“线上预约”。", "推行“交房即发证”。"]
