"""A 哪个X question whose X stands inside a 《title》 (哪个领域: 《某市交通运输领域…方案》): the phrase ending in X is
cut from inside the title, never opened with the title's 《 and left unclosed."""
from __future__ import annotations

from rag.answer.span_finders import head_spans


def test_a_phrase_inside_a_title_does_not_open_with_its_bracket():
    s = "印发《某某市食品安全领域执法检查实施方案》，对全市食品安全领域开展检查。"
    assert [s[a:b] for a, b, _ in head_spans(s, "执法检查针对的是哪个领域?")] == ["某某市食品安全领域", "全市食品安全领域"]

