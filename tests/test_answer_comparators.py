"""One vocabulary of comparison words, read the same way by every module that reads one."""
from __future__ import annotations

import re

import pytest

from rag.answer.comparators import COMPARATORS, alternation, words
from rag.answer.evidence import threshold_phrase
from rag.answer.stages import in_criterion
from rag.answer.yesno_figures import standard_op


def test_every_word_has_a_direction_and_a_known_kind():
    kinds = {"cap", "above", "below", "floor", "to", "short", "rated", "meets", "after"}
    assert {c.kind for c in COMPARATORS.values()} == kinds
    assert {c.op for c in COMPARATORS.values()} == {">", ">=", "<", "<="}


@pytest.mark.parametrize("text, found", [("未达到90%", "未达到"), ("达到90%", "达到"), ("不超过5天", "不超过"),
                                         ("达95%", "达")])
def test_alternation_never_cuts_a_word_short(text, found):
    assert re.match(alternation(words()), text).group() == found


@pytest.mark.parametrize("word", words("above", "below", "short"))
def test_every_strict_or_short_word_makes_a_criterion(word):
    text = f"对出庭应诉率{word}90%的单位实行一票扣分"
    assert in_criterion(text, text.index("90"))
    assert not in_criterion(f"出庭应诉率{word}", 3)


@pytest.mark.parametrize("word", words("above") + words("below"))
def test_a_question_reads_each_strict_word_the_same_way(word):
    q = f"纠错率{word}省定标准了吗"
    assert standard_op(q) == COMPARATORS[word].op
    q = f"今年办理的复议案件{word}30件吗"
    start, end = threshold_phrase(q)
    assert q[start:end].startswith(word)
