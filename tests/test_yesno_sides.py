"""Yes/no comparing two parts of a breakdown: the parts' own figures decide."""
from rag.answer.yesno_sides import sides_verdict
from rag.text.glossary import english_terms

TEXT = "全年共受理投诉举报3260件,其中各乡镇1420件、各单位1840件,办结率98%。"


def test_chinese_side_larger_and_smaller():
    assert sides_verdict("各乡镇受理的投诉比各单位多吗", "zh", TEXT) is False
    assert sides_verdict("单位受理的投诉比乡镇多吗", "zh", TEXT) is True
    assert sides_verdict("乡镇受理的投诉少于单位吗", "zh", TEXT) is True


def test_english_sides_read_through_the_glossary():
    text = "全年共受理投诉举报3260件,其中各地区1420件、各部门1840件。"
    assert sides_verdict("Did the regions handle more complaints than the departments?", "en", text) is False
    assert sides_verdict("Did the departments handle more complaints than the townships?", "en", text) is None
    text = "全年共受理投诉举报3260件,其中各乡镇1840件、各部门1420件。"
    assert sides_verdict("Did the townships handle more complaints than the departments?", "en", text) is True


def test_no_breakdown_or_unnamed_part_decides_nothing():
    assert sides_verdict("各乡镇受理的投诉比各单位多吗", "zh", "全年共受理投诉举报3260件,办结率98%。") is None
    assert sides_verdict("街道受理的投诉比社区多吗", "zh", TEXT) is None
    assert sides_verdict("受理投诉多吗", "zh", TEXT) is None


def test_regions_and_localities_are_genre_words():
    assert english_terms("did the regions report") == ("地区|各地",)
    assert english_terms("which regions reported") == ()  # the asking phrase names no part
