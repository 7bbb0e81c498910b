"""A place named after the covered place's own report (甲县2022年报告里提到，邻近的乙县…) is what that report tells of,
content, not a place asked about with no report; a place named with it before the report (乙县和甲县的报告) is asked."""
from __future__ import annotations

import pytest

from rag.retrieve.query import understand

DOCS = [("d1", "甘肃省甘南藏族自治州碌曲县", 2022), ("d2", "天津市静海区", 2022)]


@pytest.mark.parametrize("q", [
    "碌曲县2022年报告里提到，邻近的玛曲县开展了哪些联合执法?",
    "按碌曲县的法治政府建设年度报告，玛曲县发生了什么?",
])
def test_a_place_the_named_report_tells_of_is_content(q):
    info = understand(q, DOCS)
    assert info.regions == ("甘肃省甘南藏族自治州碌曲县",) and info.unknown_regions == (), info


@pytest.mark.parametrize("q", [
    "玛曲县和碌曲县2022年的报告里都提到联合执法了吗?",
    "玛曲县2022年开展了哪些联合执法?",
    "碌曲县和玛曲县2022年分别办理了多少行政复议案件?",
])
def test_a_place_asked_beside_or_without_the_report_is_still_unknown(q):
    assert understand(q, DOCS).unknown_regions == ("玛曲县",)
