"""English questions: genre vocabulary of the glossary, Chinese words written into the question, and
the official romanization that keeps Shaanxi (陕西) apart from Shanxi (山西)."""
from __future__ import annotations

from rag.retrieve.query import understand
from rag.answer.terms import content_terms
from rag.text.glossary import english_terms


def test_chinese_words_in_an_english_question_are_terms_as_written():
    terms = content_terms("How many items did the city handle under its 'one window' (一窗通办) reform?")
    assert "一窗通办" in terms


def test_genre_vocabulary():
    assert english_terms("What share of agency heads appearing in court?") == ("负责人", "出庭")
    assert "整改任务" in english_terms("How many rectification tasks were completed?")
    assert "第三方评估" in english_terms("How did it do in the third-party evaluation?")
    assert english_terms("Was it in the top three?") == ()  # a claim word for the yes/no cues, not a term


def test_shaanxi_and_shanxi_are_different_provinces():
    docs = [("a", "山西省", 2021), ("b", "陕西省", 2021)]
    assert understand("Was Shanxi the first province to do it in 2021?", docs).regions == ("山西省",)
    assert understand("Was Shaanxi the first province to do it in 2021?", docs).regions == ("陕西省",)
