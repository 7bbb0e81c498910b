"""A page mark a pasted PDF leaves (``— 3 —`` on a line of its own, blank lines around it) between a page's
last line, cut mid-sentence, and the next page's first does not end the sentence: the sentence runs across
the mark, whose line sits inside its span (a span is one [start, end) of the stored text).  Texts written here."""
from __future__ import annotations

import hashlib

from rag.answer.citations import sentence_spans
from rag.answer.evidence import Sent, make_ask
from rag.answer.figures import number_spans
from rag.answer.qtypes import classify
from rag.answer.spans import span_answer
from rag.answer.terms import content_terms
from rag.chunk.sentences import page_marks, split_sentences
from rag.records import Chunk, Document

CUT = ("四、数字政府建设\n　　2.推进政务服务一网通办。全面梳理依申请政务服务事项，全程网办事项占比由上年的41.5%提升到\n"
       "\n— 3 —\n\n"
       "76.2%，群众办事平均跑动次数明显减少。\n")


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_sentence_cut_by_a_page_break_runs_across_the_mark():
    sents = _sentences(CUT)
    whole = next(s for s in sents if "41.5%" in s)
    assert "76.2%" in whole and "— 3 —" in whole  # both halves, the mark between them
    assert "".join(sents) == CUT  # the spans still tile the text exactly


def test_each_dash_form_and_no_blank_lines():
    for mark in ("-3-", "- 3 -", "—12—", "－7－"):
        text = f"本年度共办理行政复议案件，依法受理行政复议申请\n{mark}\n215件，同比增长12%。\n"
        assert any("受理行政复议申请" in s and "215件" in s for s in _sentences(text)), mark


def test_a_page_mark_after_a_whole_sentence_or_before_a_heading_still_ends_it():
    ended = "全年办理行政复议案件215件，办结率100%。\n\n— 2 —\n\n本年度还开展了专项评查活动。\n"
    assert _sentences(ended)[0] == "全年办理行政复议案件215件，办结率100%。\n\n"
    for nxt in ("三、存在的不足\n", "（二）强化执法监督\n", "　　4.加强数据安全。\n", "1.加强数据安全。\n"):
        text = "全年办理行政复议案件215件，办结率达到了百分之百\n\n— 4 —\n\n" + nxt
        assert not any("办结率" in s and nxt.strip() in s for s in _sentences(text)), nxt
    signed = "某某县人民政府\n2023年1月18日\n\n— 5 —\n\n附件：重点工作清单\n"  # a signature's date, then an appendix
    assert not any("1月18日" in s and "附件" in s for s in _sentences(signed))


def test_a_page_number_is_no_figure():
    text = "全程网办事项占比由上年的41.5%提升到\n— 3 —\n76.2%。"
    assert [text[a:b] for a, b, _ in number_spans(text)] == ["41.5%", "76.2%"]
    assert [text[a:b] for a, b in page_marks(text)] == ["— 3 —"]
    assert page_marks("共收到建议-3-件\n") == []  # not on a line of its own


def test_the_figure_after_the_page_break_answers_and_its_citation_is_exact():
    text = "甲市2022年法治政府建设情况报告\n" + CUT
    d = Document("d1", "d1.txt", text, hashlib.sha256(text.encode()).hexdigest(), title="甲市2022年法治政府建设情况报告",
                 region="东海省甲市", year=2022)
    chunk = Chunk("d1:0", "d1", 0, len(text), text)
    sents = [Sent(d, chunk, s, e, 0) for s, e in sentence_spans(chunk, d)]
    q = "甲市2022年全程网办事项占比提升到多少?"
    draft = span_answer(make_ask(q, "zh", classify(q), content_terms(q, exclude=["甲市"])), sents)
    assert draft.short == "76.2%"
    ref = next(r for seg in draft.segments for r in seg.refs)
    cited = text[ref.start:ref.end]
    assert "41.5%提升到" in cited and cited.endswith("76.2%，群众办事平均跑动次数明显减少。")
