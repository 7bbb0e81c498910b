"""The honours vocabulary: subsets are taken from it by name, and a word outside it is refused."""
import pytest

from rag.answer.conferral import (
    ACHIEVING,
    AIMING,
    CAMPAIGNING,
    CONFERRING,
    GETTING,
    pick,
    without,
)


def test_pick_refuses_a_word_outside_the_vocabulary():
    with pytest.raises(ValueError, match="conferral.py"):
        pick(CONFERRING, "获评", "力争")


def test_without_keeps_the_vocabulary_order():
    assert without(CONFERRING, *CONFERRING[1:]) == CONFERRING[:1]
    with pytest.raises(ValueError):
        without(GETTING, "评为")


def test_no_word_both_confers_and_only_aims():
    conferring = set(CONFERRING) | set(GETTING) | set(ACHIEVING)
    assert not conferring & (set(AIMING) | set(CAMPAIGNING))
    assert all(len(set(v)) == len(v) for v in (CONFERRING, GETTING, ACHIEVING, AIMING, CAMPAIGNING))
