"""List and summary answers on hand-written reports: every item, in order, each cited; summaries
quote key sentences, never headings."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.citations import render
from rag.answer.evidence import make_ask
from rag.answer.extractive import answer
from rag.answer.lists import comma_items, item_runs
from rag.answer.qtypes import classify
from rag.answer.sections import cued_range
from rag.answer.summaries import key_spans
from rag.answer.term_coverage import idf_weights
from rag.answer.terms import content_terms
from rag.chunk.chunker import chunk_text
from rag.records import Document, Hit
from rag.text.normalize import fold

REPORT = (
    "乙市2023年法治政府建设年度报告\n"
    "一、主要举措\n"
    "（一）深化执法改革。主要做法如下：一是推行柔性执法，发布免罚清单。二是开展案卷评查，评查案卷120卷。"
    "三是组织执法培训，培训执法人员800人次。四是建设执法监督平台。\n"
    "（二）化解矛盾纠纷。组建交通事故、医疗纠纷、婚姻家庭、劳动争议四个专业调解委员会。\n"
    "（三）推进普法。\n"
    "1.开展宪法宣传周活动。\n"
    "2.建设法治文化公园。\n"
    "3.举办以案释法讲座。\n"
    "二、存在的问题\n"
    "一是基层执法力量薄弱，人员不足。二是部分干部法治意识不强。三是信息化水平不高。\n"
    "三、下一步工作打算\n"
    "（一）加强组织领导。压实第一责任人职责。\n"
    "（二）提升执法质效。完善执法监督机制。\n"
)
DOC = Document("b", "b.txt", REPORT, hashlib.sha256(REPORT.encode()).hexdigest(), region="乙市", year=2023)
DOCS = {"b": DOC}
CHUNKS = chunk_text("b", REPORT, 40)  # small chunks: a list runs over several of them


def run(q: str, needle: str):
    terms = content_terms(q, exclude=["乙市", "乙"])
    ask = make_ask(q, "zh", classify(q), terms, idf_weights(terms, [fold(REPORT), "其他", "另一份"]))
    chunk = next(c for c in CHUNKS if needle in c.text)
    draft = answer(ask, [Hit(1, chunk, 1.0)], DOCS)
    text, cites = render(draft.segments, DOCS)
    for c in cites:
        assert REPORT[c.start:c.end] == c.quote
    return draft, text, cites


@pytest.mark.parametrize("text, items", [
    ("要求如下：一是加强领导。二是完善制度。三是强化督察。", ["加强领导", "完善制度", "强化督察"]),
    ("（一）组织领导\n内容。\n（二）制度建设\n内容。\n", ["组织领导", "内容", "制度建设"][::2]),
    ("1.开展宣传。\n2.建设公园。\n", ["开展宣传", "建设公园"]),
    ("重点有：①立法，②执法，③普法。", ["立法", "执法", "普法"]),
])
def test_item_runs_in_every_style(text, items):
    runs = item_runs(text)
    assert [t for _, _, t in runs[0]] == items


def test_a_run_must_count_from_one_without_gaps():
    assert item_runs("二是加强领导。三是完善制度。") == []
    assert [t for _, _, t in item_runs("一是甲。二是乙。四是丁。")[0]] == ["甲", "乙"]


def test_comma_items_trim_the_words_around_the_run():
    s = "组建交通事故、医疗纠纷、婚姻家庭、劳动争议四个专业调解委员会。"
    assert [s[a:b] for a, b in comma_items(s)] == ["交通事故", "医疗纠纷", "婚姻家庭", "劳动争议"]
    assert comma_items(s, want=3) == []
    assert comma_items("开展培训、宣传。") == []  # two items: not a list unless asked for two


def test_list_answer_gives_every_item_in_order_across_chunks():
    draft, text, cites = run("乙市深化执法改革采取了哪些措施?", "主要做法如下")
    assert draft.short == "推行柔性执法、开展案卷评查、组织执法培训、建设执法监督平台"
    assert [c.quote for c in cites] == ["推行柔性执法，发布免罚清单。", "开展案卷评查，评查案卷120卷。",
                                        "组织执法培训，培训执法人员800人次。", "建设执法监督平台。"]
    assert text.split("\n")[1] == "共4项："


def test_list_answer_from_names_joined_in_one_sentence():
    draft, _, cites = run("乙市组建了哪四个专业调解委员会?", "专业调解委员会")
    assert draft.short == "交通事故、医疗纠纷、婚姻家庭、劳动争议"
    assert len(cites) == 1


def test_list_answer_of_numbered_lines():
    draft, _, _ = run("乙市推进普法开展了哪些活动?", "宪法宣传周")
    assert draft.short == "开展宪法宣传周活动、建设法治文化公园、举办以案释法讲座"


def test_summary_of_problems_quotes_key_sentences_not_the_heading():
    draft, text, cites = run("乙市存在哪些不足?", "信息化")
    assert [c.quote for c in cites] == ["基层执法力量薄弱，人员不足。", "部分干部法治意识不强。", "信息化水平不高。"]
    assert draft.short == ""  # the points are the sentences themselves
    assert "存在的问题" not in text


def test_summary_of_next_steps_finds_the_section_anywhere():
    _, _, cites = run("乙市下一步有什么打算?", "深化执法改革")  # retrieved elsewhere in the report
    assert [c.quote for c in cites] == ["加强组织领导。", "提升执法质效。"]


def test_cued_paragraph_without_a_section_heading():
    text = "工作总结\n去年做了很多工作。\n下一步，我县将重点做好以下工作：一是加强培训。二是完善制度。\n"
    rng = cued_range(text, "下一步打算是什么")
    assert rng is not None and text[rng[0]:rng[0] + 3] == "下一步"
    assert [text[a:b] for a, b in key_spans(text, *rng)] == ["加强培训。", "完善制度。"]


def test_overall_question_gets_the_opening_paragraph():
    text = ("丁县2022年法治政府建设情况报告\n2022年，丁县法治政府建设稳步推进，各项任务全面完成。"
            "全县未发生重大行政争议，群众满意度持续提升。现将有关情况报告如下。\n一、主要做法\n（一）加强领导。\n")
    from rag.answer.summaries import lead_spans
    assert [text[a:b] for a, b in lead_spans(text)] == ["2022年，丁县法治政府建设稳步推进，各项任务全面完成。",
                                                       "全县未发生重大行政争议，群众满意度持续提升。"]


def test_a_list_question_naming_a_section_gets_that_sections_key_sentences():
    _, _, cites = run("乙市在深化执法改革方面有哪些举措?", "深化执法改革")
    assert [c.quote for c in cites] == ["推行柔性执法，发布免罚清单。", "开展案卷评查，评查案卷120卷。",
                                        "组织执法培训，培训执法人员800人次。", "建设执法监督平台。"]
