"""A standard the question names, against the sentence's own word for it said clauses after the figure
(…，较上年提高，但仍低于省定90%的目标要求), and the genre's 行政机关 as users say it in English.
Sentences written here."""
from __future__ import annotations

import pytest

from rag.answer.evidence import make_ask
from rag.answer.qtypes import classify
from rag.answer.terms import content_terms
from rag.answer.yesno import decide
from rag.text.glossary import english_terms

_SENT = ("全市行政机关负责人出庭应诉2,046件次，出庭应诉率83.5%，较上年的70.2%明显提高，"
         "但仍低于省里提出的95%的目标要求。")
_MET = "全市行政机关负责人出庭应诉2,046件次，出庭应诉率97.5%，较上年提高4.1个百分点，超过省里提出的95%的目标要求。"


def ask_for(q: str, lang: str):
    return make_ask(q, lang, classify(q), content_terms(q, exclude=["甲市", "Jiashi"]))


@pytest.mark.parametrize("q, lang, sentence, verdict", [
    ("Did Jiashi meet the province's 95% target for heads of government agencies appearing in court in 2021?", "en", _SENT, False),
    ("Did Jiashi meet the province's 95% target for heads of government agencies appearing in court in 2021?", "en", _MET, True),
    ("甲市2021年行政机关负责人出庭应诉率达到省里的目标要求了吗?", "zh", _SENT, False),
])
def test_the_standard_said_at_the_sentence_end(q, lang, sentence, verdict):
    assert decide(ask_for(q, lang), sentence) is verdict


def test_government_agencies_are_the_genres_administrative_organs():
    assert "行政机关" in english_terms("government agencies")
    assert "行政机关负责人" in english_terms("heads of government agencies")
