"""Query understanding: regions (Simplified, Traditional, short forms, pinyin) and years."""
from __future__ import annotations

import pytest

from rag.places import short_forms
from rag.retrieve.pinyin_names import pinyin_forms
from rag.retrieve.query import (
    find_years,
    resolve_region,
    understand,
)

DOCS = [
    ("d0", "长治市", 2021),
    ("d1", "赣州市", 2019),
    ("d2", "霍州市", 2023),
    ("d3", "赤峰市元宝山区", 2024),
    ("d4", "海西蒙古族藏族自治州", 2020),
]


@pytest.mark.parametrize("question, regions", [
    ("长治市2021年行政复议工作如何?", ("长治市",)),
    ("長治市法治政府建設", ("长治市",)),  # Traditional
    ("长治的行政复议", ("长治市",)),  # short form
    ("What did Changzhi do about administrative reconsideration?", ("长治市",)),
    ("CHANGZHI city", ("长治市",)),
    ("chang zhi", ("长治市",)),
    ("Ganzhou 2019", ("赣州市",)),
    ("Huozhou City report", ("霍州市",)),
    ("元宝山的放管服改革", ("赤峰市元宝山区",)),
    ("元宝山区2024年", ("赤峰市元宝山区",)),
    ("赤峰市元宝山区", ("赤峰市元宝山区",)),
    ("Yuanbaoshan District", ("赤峰市元宝山区",)),
    ("海西州的经费", ("海西蒙古族藏族自治州",)),
    ("海西蒙古族藏族自治州", ("海西蒙古族藏族自治州",)),
    ("Haixi Prefecture", ("海西蒙古族藏族自治州",)),
    ("霍州市和赣州市相比", ("霍州市", "赣州市")),  # order of mention
    ("如何确保社会长治久安?", ()),  # idiom, not the city
    ("確保社會長治久安", ()),  # the same in Traditional
    ("延长治理期限", ()),  # 延长|治理: 长治 straddles two words
    ("关于长治久安与长治市的关系", ("长治市",)),
    ("", ()),
    ("😀 行政复议", ()),
])
def test_regions(question, regions):
    assert understand(question, DOCS).regions == regions


@pytest.mark.parametrize("question, unknown", [
    ("北京市2021年的法治政府建设", ("北京市",)),
    ("杭州市萧山区怎么样", ("杭州市萧山区",)),  # one place: the district, written with its city
    ("长治市的行政复议", ()),
    ("全市各县区的执法", ()),  # generic words, not places
    ("开发区和示范区", ()),
    ("赤峰市的报告", ("赤峰市",)),  # a prefecture without its own report (its district's is not asked for)
    ("江西全省第一个政务APP", ()),  # a bare province name is context
    ("霍州法律援助惠民工程", ()),  # 惠民 (a county's short form) in a word is not a place
])
def test_unknown_regions(question, unknown):
    info = understand(question, DOCS)
    assert info.unknown_regions == unknown


def test_parent_region_is_not_a_match_and_says_which_parts_have_reports():
    info = understand("赤峰市的报告", DOCS)
    assert info.regions == () and any("赤峰市元宝山区" in n for n in info.notes)
    assert understand("赤峰市所辖区县的报告", DOCS).regions == ("赤峰市元宝山区",)


@pytest.mark.parametrize("question, years, unknown", [
    ("2021年长治", (2021,), ()),
    ("in 2019 and 2020", (2019, 2020), ()),
    ("二〇二一年", (2021,), ()),
    ("二零二零年海西", (2020,), ()),
    ("2023年度", (2023,), ()),
    ("2022年太原", (), (2022,)),
    ("《法治政府建设实施纲要（2021-2025年）》", (), ()),  # a plan period, not a report year
    ("2021—2025年", (), ()),
    ("12345热线", (), ()),
    ("去年的报告", (), ()),  # relative years are not resolved
    ("20211", (), ()),
])
def test_years(question, years, unknown):
    info = understand(question, DOCS)
    assert (info.years, info.unknown_years) == (years, unknown)


def test_terms_are_folded_words_without_bigrams():
    info = understand("長治市的行政復議", DOCS)
    assert "长治市" in info.terms and "行政复议" in info.terms
    assert not any(t.startswith("2:") for t in info.terms)
    assert "的" not in info.terms


def test_works_for_unseen_regions():
    docs = [("a", "汾西县", 2022), ("b", "黔东南苗族侗族自治州", 2021), ("c", "山西省长治市", 2021)]
    assert understand("汾西2022年", docs).regions == ("汾西县",)
    assert understand("黔东南州行政复议", docs).regions == ("黔东南苗族侗族自治州",)
    assert understand("Qiandongnan", docs).regions == ("黔东南苗族侗族自治州",)
    assert understand("黔東南", docs).regions == ("黔东南苗族侗族自治州",)
    assert understand("山西省长治市", docs).regions == ("山西省长治市",)
    assert understand("山西省的报告", docs).unknown_regions == ("山西省",)  # no province report; its city's is not asked
    assert set(understand("山西省及所辖市县的报告", docs).regions) == {"山西省长治市", "汾西县"}


def test_ambiguous_short_form_maps_to_every_region():
    docs = [("a", "北京市通州区", 2021), ("b", "江苏省南通市通州区", 2021)]
    assert understand("通州区的行政复议", docs).regions == ("北京市通州区", "江苏省南通市通州区")


def test_short_forms_come_from_the_division_table():
    assert short_forms("632800") == ("海西蒙古族藏族自治州", "海西州", "海西")
    assert short_forms("150403") == ("元宝山区", "元宝山")
    assert short_forms("340523") == ("和县",)  # one-character name: no short form


def test_pinyin_covers_heteronyms():
    forms = pinyin_forms("长治")
    assert "chang zhi" in forms and "zhang zhi" in forms


def test_pinyin_needs_word_boundaries():
    assert understand("changzhii", DOCS).regions == ()
    assert understand("xchangzhi", DOCS).regions == ()


def test_resolve_region_accepts_aliases_and_rejects_unknown():
    assert resolve_region("長治", DOCS) == ("长治市",)
    assert resolve_region("Changzhi", DOCS) == ("长治市",)
    assert resolve_region("海西州", DOCS) == ("海西蒙古族藏族自治州",)
    assert resolve_region("元宝山区", DOCS) == ("赤峰市元宝山区",)
    assert resolve_region("北京", DOCS) == ()


def test_documents_without_region_or_year_are_ignored():
    info = understand("长治2021", [("x", "", None)])
    assert info.regions == () and info.years == () and info.unknown_years == (2021,)


def test_find_years_order():
    assert find_years("2020年和二〇一九年") == [2020, 2019]


def test_parent_region_in_pinyin_is_understood_as_the_parent_not_missed():
    info = understand("What share of cases were corrected in Chifeng city?", DOCS)
    assert info.regions == () and info.unknown_regions == ("赤峰市",)
    assert any("赤峰市元宝山区" in n for n in info.notes)
    assert understand("Yuanbaoshan District of Chifeng", DOCS).regions == ("赤峰市元宝山区",)
    assert understand("Which districts of Chifeng have reports?", DOCS).regions == ("赤峰市元宝山区",)
