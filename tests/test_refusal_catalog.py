"""A refusal names the indexed reports: all of them in a small collection, a count and the ones
closest to the question in a large one (not thousands of names)."""
from __future__ import annotations

from rag.answer.qtypes import classify
from rag.answer.refusal import (
    CATALOG_CLOSE,
    CATALOG_MAX,
    low_support_refusal,
    scope_refusal,
)
from rag.records import Document

PLACES = ("长治市", "赣州市", "霍州市", "海西州", "宜昌市", "曲靖市", "遂宁市", "淮安市", "桂林市", "佛山市")


def docs(n: int) -> dict[str, Document]:
    out = {}
    for i in range(n):
        region = PLACES[i % len(PLACES)] if i < len(PLACES) else f"第{i}县"
        out[f"d{i}"] = Document(f"d{i}", f"d{i}.txt", "…", f"h{i}", region=region, year=2015 + i % 10)
    return out


def test_a_small_collection_is_listed_whole():
    d = docs(CATALOG_MAX)
    msg = low_support_refusal((), d, "zh").message
    assert all(f"{x.region} {x.year}" in msg for x in d.values())


def test_a_large_collection_gives_its_size_and_the_asked_places_reports():
    d = docs(3000)
    r = scope_refusal(("长治市",), (2030,), (), (), d, "zh")
    assert r.reason == "year_not_covered"
    assert "已收录3000份报告" in r.message and "长治市 2015" in r.message
    assert "第2999县" not in r.message and len(r.message) < 400
    en = low_support_refusal((), d, "en").message
    assert "3000 reports are indexed (2015–2024)" in en and len(en) < 300


def test_a_large_collection_names_at_most_a_few_reports_of_the_asked_year():
    d = docs(3000)
    msg = scope_refusal((), (), ("火星市",), (), d, "zh").message
    assert "已收录3000份报告" in msg and msg.count("县 ") == 0
    msg = scope_refusal((), (2019,), ("火星市",), (), d, "zh").message
    assert msg.count(" 2019") == CATALOG_CLOSE and f"等{3000 // 10}份" in msg


def test_the_suggested_question_lists_a_year():
    assert classify("2021年有哪些地方的报告？").kind == "catalog"
