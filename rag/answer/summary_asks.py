"""How a summary question asks: how something was done (:func:`asks_manner`) or what was done (:func:`asks_deeds`),
as against which aspects (哪几方面) -- the first two are answered by enumerated items' bodies, the last by their titles;
and the aspects a question lists after a colon (:func:`asked_aspects`)
(:mod:`rag.answer.summaries`, :mod:`rag.answer.lists`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import lazy_re as re
from ..text.normalize import fold

if TYPE_CHECKING:
    from .evidence import Ask

# How a question asks what was done, in deed (怎么落实的 / 具体做了什么 / how did): the items' bodies answer it,
# not their titles (哪几方面 asks for the aspects: the titles name them).
_MANNER_RE = re.compile(r"怎么|怎样|如何|具体|\bhow\b(?!\s+(?:many|much|long|often|far)\b)")


def asks_manner(question: str) -> bool:
    """The question asks how something was done (怎么 / 如何 / 具体 / how), not which aspects."""
    return bool(_MANNER_RE.search(fold(question)))


# What a question asks to be told was done, as deeds (主要做了哪些事, 做了什么工作, 采取了哪些措施, what did it do): the items'
# bodies state the deeds; their titles (加强行政复议工作。) only name the fields (哪几方面 still asks for those)
_DEEDS_RE = re.compile(r"(?:做|干|办)了?(?:哪些|什么|啥)(?!方面)|采取了?(?:哪些|什么)|(?:哪些|什么)(?:举措|措施|做法|实事)"
                       r"|\bwhat (?:did|has|have) [\w' -]{1,60}? (?:do|done)\b|\bwhat (?:steps|measures|actions) ")


def asks_deeds(question: str) -> bool:
    """The question asks what was done (做了哪些事 / 采取了哪些措施 / what did it do), not which aspects.

    >>> asks_deeds("某市在化解纠纷这块主要做了哪些事?"), asks_deeds("What did the county do on disputes?")
    (True, True)
    >>> asks_deeds("下一步打算从哪几方面推进?"), asks_deeds("做了哪几方面工作?")
    (False, False)
    """
    return bool(_DEEDS_RE.search(fold(question).lower()))


_ASPECTS_RE = re.compile(r"[:：]\s*([^:：?？。]+)[?？。]?\s*$")  # …dealt with disputes: reconsideration, lawsuits and mediation


def asked_aspects(ask: Ask) -> tuple[str, ...]:
    """The question's terms that name the aspects it lists after a colon (``…: reconsideration, lawsuits and
    mediation`` -> 复议, 诉讼|应诉, 调解); () when it lists fewer than two."""
    m = _ASPECTS_RE.search(ask.question)
    if m is None:
        return ()
    if ask.lang == "en":
        from ..text.glossary import english_terms

        named = english_terms(m.group(1))
    else:
        from .terms import content_terms

        named = content_terms(m.group(1))
    found = tuple(t for t in ask.terms if t in named)
    return found if len(found) >= 2 else ()
