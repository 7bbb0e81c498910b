"""An English question names other places beside the one it asks about (with its Beijing and Hebei
counterparts): a bare province written in pinyin beside a place that has reports is context, as 河北 is in
Chinese, not a place whose missing report refuses the question; written with its level (Hebei Province) or
named alone beside a place without reports (Shishi city in Fujian), it is still asked about."""
from __future__ import annotations

import pytest

from rag.retrieve.query import understand

DOCS = [("d0", "天津市", 2023), ("d1", "河北省石家庄市", 2023), ("d2", "福建省泉州市晋江市", 2024)]


@pytest.mark.parametrize("question, regions, unknown", [
    ("Did Tianjin sign a framework agreement with its Beijing and Hebei counterparts in 2023?", ("天津市",), ()),
    ("天津市2023年有没有和北京、河北签协议?", ("天津市",), ()),  # the same in Chinese, as before
    ("Did Hebei Province and Tianjin sign an agreement in 2023?", ("天津市",), ("河北省",)),  # named with its level
    ("How many lawsuits did Shishi city in Fujian handle in 2024?", (), ("福建省",)),  # no place with reports beside it
])
def test_a_bare_province_beside_a_covered_place_is_context(question, regions, unknown):
    info = understand(question, DOCS)
    assert info.regions == regions and info.unknown_regions == unknown


def test_counterparts_is_no_term_of_its_own():
    from rag.text.glossary import english_terms

    assert english_terms("signed with its counterparts") == english_terms("signed")
