"""Chunking: exact offsets, full coverage, structure-awareness, sentence-awareness."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag.chunk.chunker import chunk_text
from rag.chunk.sentences import split_sentences
from rag.chunk.structure import enumeration_starts, heading_of
from rag.chunk.tokens import FallbackCounter, TiktokenCounter, get_counter

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def assert_tiles(text: str, chunks) -> None:
    pos = 0
    for c in chunks:
        assert c.start == pos, "chunks must be consecutive with no gap"
        assert text[c.start:c.end] == c.text
        assert c.end > c.start
        pos = c.end
    assert pos == len(text)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_chunks_tile_the_document(path):
    text = path.read_text(encoding="utf-8")
    chunks = chunk_text("d", text, max_tokens=350, count=FallbackCounter().count)
    assert_tiles(text, chunks)
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_chunk_never_spans_two_top_level_sections():
    text = "总体情况。\n一、主要成效\n" + "加强领导。" * 5 + "\n二、存在问题\n" + "短板明显。" * 5 + "\n三、下一步计划\n继续推进。"
    chunks = chunk_text("d", text, max_tokens=1000)
    assert [c.section for c in chunks] == ["", "一、主要成效", "二、存在问题", "三、下一步计划"]
    assert chunks[2].text.startswith("二、存在问题\n")


def test_level_two_heading_starts_a_chunk_and_path_is_recorded():
    text = "一、成效\n（一）加强组织领导。一是高位推动。\n（二）推进依法决策。二是规范程序。"
    chunks = chunk_text("d", text, max_tokens=1000)
    assert [c.section for c in chunks] == ["一、成效 > （一）加强组织领导", "一、成效 > （二）推进依法决策"]
    assert chunks[0].text == "一、成效\n（一）加强组织领导。一是高位推动。\n"


def test_size_limit_respected_and_enumeration_preferred():
    body = "".join(f"{n}是开展第{n}项工作，取得明显成效。" for n in "一二三四五六")
    chunks = chunk_text("d", "一、成效\n" + body, max_tokens=40)
    assert all(len(c.text) <= 40 + 25 for c in chunks)
    assert all(c.text.startswith(("一、", "二是", "三是", "四是", "五是", "六是")) for c in chunks)


def test_number_is_never_split():
    text = "行政复议综合纠错率为59.46%。" * 3
    assert [text[s:e] for s, e in split_sentences(text)] == ["行政复议综合纠错率为59.46%。"] * 3


def test_ascii_and_fullwidth_terminators():
    text = "第一句;第二句!第三句？第四句。"
    assert [text[s:e] for s, e in split_sentences(text)] == ["第一句;", "第二句!", "第三句？", "第四句。"]


def test_overlong_sentence_split_at_clause_punctuation():
    text = "，".join(["加强行政执法监督工作"] * 60) + "。"
    spans = split_sentences(text, max_chars=100)
    assert all(e - s <= 100 for s, e in spans)
    assert all(text[s:e].endswith(("，", "。")) for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == text


@pytest.mark.parametrize(
    "line,level,label",
    [
        ("一、主要工作開展情況及成效", 1, "一、主要工作開展情況及成效"),
        ("(一)深入學習貫徹習近平法治思想,大力推進。2021年,全市", 2, "(一)深入學習貫徹習近平法治思想,大力推進"),
        ("（二）强化统筹推动 健全政府机构职能体系", 2, "（二）强化统筹推动 健全政府机构职能体系"),
        ("1.加强领导。", 3, "1.加强领导"),
        ("（3）规范执法", 3, "（3）规范执法"),
        ("2021年,全市把深入学习", None, None),
        ("1.5万件案件", None, None),
        ("一、", None, None),
    ],
)
def test_heading_forms(line, level, label):
    h = heading_of(line)
    assert (h.level, h.label) == (level, label) if level else h is None


def test_enumerations_found_after_sentence_ends_only():
    assert enumeration_starts("一是加强。二是完善；三是推进。统一是关键。") == [0, 5, 10]


def test_tiktoken_counter_with_an_encoding_built_by_the_test():
    import tiktoken

    ranks = {bytes([i]): i for i in range(256)}
    ranks[b"\xe6\xb3\x95"] = 256  # 法 as one token
    enc = tiktoken.Encoding(name="test-bytes", pat_str=r"\S+|\s+", mergeable_ranks=ranks, special_tokens={})
    counter = TiktokenCounter(enc)
    assert counter.exact and counter.name == "tiktoken:test-bytes"
    assert counter.count("法") == 1
    assert counter.count("治") == 3  # three UTF-8 bytes, no merge
    text = "一、成效\n加强法治建设。推进依法行政。"
    chunks = chunk_text("d", text, max_tokens=30, count=counter.count)
    assert_tiles(text, chunks)


def test_offline_counter_says_why():
    c = get_counter("no-such-encoding")
    assert not c.exact and "no-such-encoding" in c.note
    assert FallbackCounter().count("长治市2021年ABCDEFGH") == 3 + 1 + 1 + 2


_piece = st.one_of(
    st.sampled_from(["一、总体情况\n", "（二）加强领导\n", "(三)推进改革。", "1.规范执法。", "一是", "二是", "。", "；", "!", "?", "\n", "\n\n",
                     "59.46%", "長治市", "长治久安", "😀", "ＡＢＣ", " ", "\u3000", "行政复议", "abc def."]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_piece, max_size=60), st.integers(min_value=5, max_value=400))
def test_property_chunks_tile_any_text(pieces, max_tokens):
    text = "".join(pieces)
    chunks = chunk_text("d", text, max_tokens=max_tokens, count=FallbackCounter().count, max_sentence_chars=50)
    if text:
        assert_tiles(text, chunks)
    else:
        assert chunks == []


@settings(max_examples=5, deadline=None)
@given(st.sampled_from(["法", "治", "a", "😀", "長"]), st.integers(min_value=1, max_value=3))
def test_property_100kb_lines(ch, lines):
    text = "\n".join([ch * 100_000] * lines)
    count = FallbackCounter().count
    chunks = chunk_text("d", text, max_tokens=350, count=count)
    assert_tiles(text, chunks)
    assert max(count(c.text) for c in chunks) <= 350 + 300  # at most one overlong sentence piece over


def _count_piece_by_piece(text: str) -> int:
    """The fallback rule read literally: one token per non-space character, ceil(n/4) per ASCII letter or digit run."""
    import math
    import re

    return sum(math.ceil(len(p) / 4) if p[0].isascii() and p[0].isalnum() else 1
               for p in re.findall(r"[A-Za-z]+|[0-9]+|\S", text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, max_size=40))
def test_property_fallback_count_is_the_piece_rule(pieces):
    text = "".join(pieces) + "abcd12345 x\t９\u3000İ²"
    assert FallbackCounter().count(text) == _count_piece_by_piece(text)


def test_a_wrapped_body_line_does_not_end_the_sentence():
    # a report pasted from a PDF keeps its line breaks: the figure lands on the next line
    text = ("二、依法行政。全县共审查合同88份，全年组织专项检查行动，罚没金额\n"
            "215万元，整改问题12个。\n"
            "三、存在的问题\n"
            "一是执法力量不足。")
    got = [text[s:e] for s, e in split_sentences(text)]
    assert "全县共审查合同88份，全年组织专项检查行动，罚没金额\n215万元，整改问题12个。" in "".join(got)
    assert any(g.startswith("全县共审查合同88份") and "215万元" in g for g in got)
    assert any(g.startswith("三、存在的问题") for g in got)  # a heading still starts its own sentence
    assert "".join(got) == text
