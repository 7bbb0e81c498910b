"""An English question naming, in pinyin with its level word, a county-level place no indexed report covers is
refused; the indexed county-level places, under any of their spellings, are not (reports written here)."""
import pytest
from answer_corpus import answerer_over, docs_of

from rag.config import Config

_DOCS = [("a", "山西省长治市", 2021, "140400"), ("b", "湖北省黄石市下陆区", 2024, "420204"),
         ("c", "山西省阳泉市盂县", 2020, "140322")]


@pytest.mark.parametrize("q, unknown", [
    ("How many cases did Shouning County accept in 2021?", ("寿宁县",)),
    ("How many cases did Shou Ning County accept in 2021?", ("寿宁县",)),  # the longest name before the level word
    ("What did Yiwu City publish in 2019?", ("义乌市",)),
    ("How many hearings did Xialu District hold in 2024?", ()),  # indexed
    ("How many hearings did Xia Lu District hold in 2024?", ()),  # indexed, spelt apart
    ("How many meetings did Yu County hold in 2020?", ()),  # indexed 盂县: a one-character name read with its level
    ("How many meetings did Yuxian County hold in 2020?", ()),  # the same county, its level spelt twice
    ("How many cases did the county accept in 2021?", ()),  # English words before the level word
    ("Which District held the most hearings in 2024?", ()),
])
def test_unindexed_county_in_pinyin_is_unknown(q, unknown):
    from rag.retrieve.query import understand

    assert understand(q, _DOCS).unknown_regions == unknown


def test_an_indexed_place_the_division_table_does_not_know_is_not_refused():
    from rag.retrieve.query import understand

    docs = [("h", "山西省甲县", 2023)]  # 甲县 is no division: the report is coded as its province; 郏县 reads "jia" too
    assert understand("What did Jia County publish in 2023?", docs).unknown_regions == ()


TEXT = "长治市2021年法治政府建设情况报告\n一、行政复议\n全年市本级受理行政复议案件59件，审结37件。\n"


def test_an_unreported_county_is_refused_not_answered_from_another_report():
    cfg = Config().replace(embedding={"backend": "none"})
    ans = answerer_over(docs_of({("山西省长治市", 2021): TEXT}), cfg)
    assert ans.ask("How many administrative reconsideration cases did Changzhi accept in 2021?").short_answer == "59件"
    got = ans.ask("How many administrative reconsideration cases did Shouning County accept in 2021?")
    assert got.abstained and got.short_answer == "" and "寿宁县" in got.answer
