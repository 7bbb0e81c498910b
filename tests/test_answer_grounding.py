"""Groundedness flags: numbers must appear in the quotes their claim cites."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rag.answer.grounding import (
    check_numbers,
    contains_number,
    numbers_in,
    whole_numbers,
)
from rag.records import Citation


def cite(n: int, quote: str) -> Citation:
    return Citation(n, "d", "d.txt", 0, len(quote), quote)


C1 = cite(1, "全年縣本級受理72件，綜合糾錯率達２１.８８％。")
C2 = cite(2, "热线平台共接到群众诉求电话23,586次，办结率96%。")


def test_numbers_in_skips_markers_and_folds_width():
    assert numbers_in("纠错率２１.８８％[1]，受理72件[2][3]，共23,586次") == ["21.88%", "72", "23,586"]


@pytest.mark.parametrize("hay, num, found", [
    ("受理2012件", "12", False),
    ("率为12.5%", "12", False),
    ("率为12.5%", "12.5%", True),
    ("共12件", "12", True),
    ("共23586次", "23,586", True),
    ("达1.8万余件", "1.8", True),
])
def test_contains_number_respects_digit_boundaries(hay, num, found):
    assert contains_number(hay, num) is found


def test_grounded_answer_has_no_flags():
    flags, ungrounded = check_numbers("纠错率为21.88%[1]，接到电话23586次[2]。", [C1, C2])
    assert (flags, ungrounded) == ([], [])


def test_number_missing_from_the_cited_quote_is_flagged_in_chinese():
    flags, ungrounded = check_numbers("纠错率为12.5%[1]。", [C1])
    assert flags == ["数字 12.5% 未在引用原文中找到"]
    assert ungrounded == ["12.5%"]


def test_number_cited_to_the_wrong_quote_is_flagged():
    flags, _ = check_numbers("办结率96%[1]。", [C1, C2])
    assert flags == ["数字 96% 未在引用原文中找到"]


def test_uncited_text_is_checked_against_all_quotes():
    assert check_numbers("21.88%\n全年……[1]", [C1])[1] == []
    assert check_numbers("60%\n全年……[1]", [C1])[1] == ["60%"]


def test_allowed_numbers_need_no_citation_and_english_flags():
    flags, ungrounded = check_numbers("In 2021 the rate was 21.88% [1]; 3 more.", [C1], allowed=["2021年的纠错率？"], lang="en")
    assert ungrounded == ["3"]
    assert flags == ["Number 3 not found in the cited text"]


def test_repeated_ungrounded_number_is_reported_once():
    assert check_numbers("12次[1]，又12次[1]", [C1])[1] == ["12"]


_PIECE = st.text(alphabet="0123456789.年%a ", max_size=12)
_NUM = st.from_regex(r"\d{1,4}(\.\d{1,2})?", fullmatch=True)


@given(_PIECE, _NUM, _PIECE, _NUM)
def test_whole_numbers_agrees_with_contains_number(before, num, after, other):
    """The one-pass number set of a long answer says what the per-number search says (issue 12)."""
    hay = before + num + after  # the number is written somewhere, with any neighbours
    for n in (num, other):
        assert (n in whole_numbers(hay)) == contains_number(hay, n)
