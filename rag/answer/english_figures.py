"""What an English figure question counts and which change it asks about, in Chinese words.

>>> counted_phrase("How many rectification tasks from the inspection did the bureau complete?")
'rectification tasks'
>>> change_verbs("By what percentage did the city cut its approval time?").split("|")[:2]
['减少', '压缩']
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_COUNTED_RE = re.compile(r"\bhow (?:many|much)\s+([a-z][a-z\- ]*?)\s+(?:did|does|do|were|was|has|have|had|are|is|will|in)\b", re.IGNORECASE)
_MODIFIER_RE = re.compile(r"\s(?:from|of|in|under|at|by|for|with|on|during|to|across|within)\s", re.IGNORECASE)
_CHANGE = (  # a change verb -> the Chinese verbs that state it ("|"-joined)
    (re.compile(r"\b(?:cut|cuts|reduc\w*|lower\w*|shorten\w*|decreas\w*|trimm?\w*|compress\w*|slash\w*)\b", re.IGNORECASE),
     "减少|压缩|精简|降低|下降|缩短|缩减|减"),
    (re.compile(r"\b(?:rais\w*|increas\w*|boost\w*|grow|grew|grown|expand\w*)\b", re.IGNORECASE),
     "增加|提高|提升|增长|上升|扩大|增"),
)


def counted_phrase(question: str) -> str:
    """The noun phrase after ``how many``, without its prepositional modifier (tasks *from the
    inspection*: the tasks are counted); "" when there is none."""
    m = _COUNTED_RE.search(question)
    return _MODIFIER_RE.split(m.group(1))[0] if m else ""


def measured_terms(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The question's terms that name what it counts (the glossary's words for the counted phrase)."""
    from ..text.glossary import english_terms

    phrase = counted_phrase(question)
    return tuple(t for t in english_terms(phrase) if t in terms) if phrase else ()


def counted_term(question: str) -> str:
    """The Chinese term for the counted noun (``How many administrative villages`` -> ``行政村``),
    "" when the glossary has none."""
    from ..text.glossary import english_terms

    phrase = counted_phrase(question)
    terms = english_terms(phrase) if phrase else ()
    return terms[-1] if terms else ""  # the head noun comes last: reconsideration cases -> 案件


def change_verbs(question: str) -> str:
    """The Chinese verbs (``|``-joined) for the change the question asks about (cut, raise ...),
    "" when it names none."""
    return next((zh for rx, zh in _CHANGE if rx.search(question)), "")
