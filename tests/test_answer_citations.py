"""Citation markers: parsing, sentence-level resolution, renumbering, quote == text[start:end]."""
from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from rag.answer.citations import (
    Segment,
    SpanRef,
    best_span,
    claim_of,
    make_citation,
    parse_markers,
    render,
    resolve,
    split_segments,
)
from rag.records import Chunk, Document

TEXT = "一、行政复议\n全年受理行政复议案件59件，审结37件。综合纠错率达59.46%。出庭率95.83%。\n"
DOC = Document("d1", "d1.txt", TEXT, "h", title="长治市2021年报告", region="长治市", year=2021)
CHUNK = Chunk("d1:7-51", "d1", 7, len(TEXT), TEXT[7:], section="一、行政复议")
PASSAGES = {1: (CHUNK, DOC)}


@pytest.mark.parametrize("text, numbers", [
    ("纠错率59.46%[1]。", [(1,)]),
    ("见[1,2]和[3, 4]", [(1, 2), (3, 4)]),
    ("见[1][2]", [(1,), (2,)]),
    ("见【1】【2】", [(1,), (2,)]),
    ("见［3］", [(3,)]),
    ("see [ID:1] and [id: 2]", [(1,), (2,)]),
    ("见[1-3]", [(1, 2, 3)]),
    ("见[1–3]", [(1, 2, 3)]),
    ("见[^2]", [(2,)]),
    ("见[片段2]与[来源：3]", [(2,), (3,)]),
    ("see [passage 4]", [(4,)]),
    ("见[1、2]", [(1, 2)]),
    ("2021[2021]年[a]", []),
    ("没有标记", []),
])
def test_parse_markers_forms(text, numbers):
    assert [m.numbers for m in parse_markers(text)] == numbers


def test_marker_offsets_cover_the_bracket():
    text = "率为59.46%【12】。"
    (m,) = parse_markers(text)
    assert text[m.start:m.end] == "【12】" and m.numbers == (12,)


def test_split_segments_merges_adjacent_markers_and_keeps_text():
    segs = split_segments("甲[1] [2]。乙[3]。丙")
    assert [(s.text, s.numbers) for s in segs] == [("甲", (1, 2)), ("。乙", (3,)), ("。丙", ())]


@pytest.mark.parametrize("before, claim", [
    ("第一句。第二句", "第二句"),
    ("第一句。第二句。", "第二句"),
    ("The rate was 59.46%", "The rate was 59.46%"),
])
def test_claim_of(before, claim):
    assert claim_of(before) == claim


def test_best_span_is_the_sentence_with_the_claims_number_not_the_chunk():
    ref = best_span("综合纠错率为59.46%", CHUNK, DOC)
    assert TEXT[ref.start:ref.end] == "综合纠错率达59.46%。"
    assert ref.section == "一、行政复议"


def test_best_span_widens_to_a_neighbour_holding_another_number():
    ref = best_span("受理59件，纠错率59.46%", CHUNK, DOC)
    assert TEXT[ref.start:ref.end] == "全年受理行政复议案件59件，审结37件。综合纠错率达59.46%。"


def test_best_span_none_for_a_chunk_that_no_longer_matches_its_document():
    stale = Chunk("d1:7-51", "d1", 7, len(TEXT), "别的文字" * 5)
    assert best_span("59.46%", stale, DOC) is None


def test_resolve_drops_markers_naming_no_passage():
    segs, dropped = resolve("纠错率59.46%[1][7]。出庭率95.83%[9]。", PASSAGES)
    assert dropped == [7, 9]
    assert [len(s.refs) for s in segs] == [1, 0, 0]


def test_render_numbers_by_first_appearance_and_reuses_numbers():
    a = SpanRef("d1", 7 + TEXT[7:].index("综合"), TEXT.index("出庭"))
    b = SpanRef("d1", TEXT.index("出庭"), TEXT.index("\n", 10))
    text, cites = render([Segment("甲", (b,)), Segment("乙", (a, b)), Segment("丙", (a,))], {"d1": DOC})
    assert text == "甲[1]乙[2][1]丙[2]"
    assert [(c.n, c.quote) for c in cites] == [(1, "出庭率95.83%。"), (2, "综合纠错率达59.46%。")]
    assert cites[0].region == "长治市" and cites[0].year == 2021 and cites[0].source == "d1.txt"


def test_resolve_then_render_renumbers_model_markers():
    segs, _ = resolve("出庭率95.83%[1]。纠错率59.46%[1]。再说出庭率95.83%[1]。", PASSAGES)
    text, cites = render(segs, {"d1": DOC})
    assert text == "出庭率95.83%[1]。纠错率59.46%[2]。再说出庭率95.83%[1]。"
    assert [c.quote for c in cites] == ["出庭率95.83%。", "综合纠错率达59.46%。"]


def test_make_citation_rejects_spans_outside_the_document():
    assert make_citation(1, SpanRef("d1", 10, 10_000), DOC) is None
    assert make_citation(1, SpanRef("d1", 5, 3), DOC) is None
    assert make_citation(1, SpanRef("other", 0, 3), DOC) is None


_SENT = st.text(alphabet="行政复议纠错率达件次长治市年。，！？；\n 0123456789.%", min_size=0, max_size=40)


@settings(max_examples=150, deadline=None)
@given(prefix=_SENT, body=st.lists(_SENT, min_size=1, max_size=6), claim=_SENT,
       cited=st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=4))
def test_property_every_citation_quote_is_the_document_slice(prefix, body, claim, cited):
    text = prefix + "".join(body)
    doc = Document("p", "p.txt", text, "h")
    start = len(prefix)
    if start >= len(text):
        return
    chunk = Chunk(f"p:{start}-{len(text)}", "p", start, len(text), text[start:])
    answer = claim + "".join(f"[{n}]" for n in cited)
    segs, dropped = resolve(answer, {1: (chunk, doc), 2: (chunk, doc)})
    out, cites = render(segs, {"p": doc})
    assert set(dropped) <= {0, 3, 4}
    for c in cites:
        assert c.quote == text[c.start:c.end]
        assert chunk.start <= c.start < c.end <= chunk.end
        assert c.quote.strip() == c.quote and c.quote
    assert [c.n for c in cites] == list(range(1, len(cites) + 1))
    assert sorted({m.numbers[0] for m in parse_markers(out)}) == [c.n for c in cites]
