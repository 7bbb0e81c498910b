"""English words for a rule's amendment (修订 / 修正 / 修改) and a draft's readings before the standing committee
(一审 / 二审 / 三审): the question's words reach the report's, so that a title whose own clause says 二审 can be
told from the one passed beside it."""
from __future__ import annotations

import pytest

from rag.answer.terms import content_terms


@pytest.mark.parametrize("q, term", [
    ("Which regulation was amended?", "修订|修正|修改"),
    ("Which rules were revised in 2022?", "修订|修正|修改"),
    ("Which draft passed its first reading?", "一审|初审"),
    ("Which bill is in its second reading?", "二审"),
    ("Which draft had its third reading?", "三审"),
])
def test_english_words_map_to_the_reports_terms(q, term):
    assert term in content_terms(q)

