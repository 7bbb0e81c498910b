"""A comparison's named place filed under two spellings (江西省赣州市 2019, 赣州市 2015) has its asked year's report:
the place's other years are not compared; a place with no report of the asked year still is, on those it has."""

import hashlib

from rag.answer.compare import compared_reports
from rag.answer.evidence import Ask
from rag.answer.qtypes import QType
from rag.records import Document


def _doc(i: int, region: str, year: int) -> Document:
    text = f"{region}{year}年法治政府建设年度报告\n全年办理行政复议案件{10 + i}件。\n"
    return Document(f"d{i}", f"d{i}.txt", text, hashlib.sha256(text.encode()).hexdigest(), region=region, year=year)


DOCS = {d.doc_id: d for d in (_doc(0, "江西省赣州市", 2019), _doc(1, "赣州市", 2015), _doc(2, "山西省长治市", 2021),
                              _doc(3, "长治市", 2020), _doc(4, "贵州省贵阳市清镇市", 2022))}


def _compared(regions, years):
    ask = Ask("q", "zh", QType("compare", "件", "max"), ("行政复议", "案件"), {}, years=years, regions=regions)
    return sorted((d.region, d.year) for d in compared_reports(ask, DOCS, lambda d: d.year in years))


def test_one_place_two_spellings_is_compared_on_its_asked_year():
    assert _compared(("江西省赣州市", "赣州市", "山西省长治市", "长治市"), (2019, 2021)) == \
        [("山西省长治市", 2021), ("江西省赣州市", 2019)]


def test_a_place_without_the_asked_year_is_compared_on_the_reports_it_has():
    assert _compared(("江西省赣州市", "赣州市", "贵州省贵阳市清镇市"), (2019,)) == [("江西省赣州市", 2019), ("贵州省贵阳市清镇市", 2022)]
