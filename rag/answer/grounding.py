"""Groundedness: every number in an answer must appear in a cited span.

Matching is on folded text (Traditional/full-width blind), ignores thousands
separators (``14,417`` = ``14417``) and respects digit boundaries (``12`` is not
found inside ``2012`` or ``12.5``).

>>> from rag.records import Citation
>>> c = Citation(1, "d", "d.txt", 0, 12, "綜合糾錯率達59.46%")
>>> check_numbers("纠错率为59.46%[1]，共12.5%。", [c])
(['数字 12.5% 未在引用原文中找到'], ['12.5%'])
>>> check_numbers("纠错率为59.46%[2]。", [c, Citation(2, "d", "d.txt", 0, 4, "長治市人")])[1]
['59.46%']
"""
from __future__ import annotations

from collections.abc import Iterable

from ..records import Citation
from ..text import lazy_re as re
from ..text.normalize import fold
from .citations import MARKER_RE, split_segments

NUMBER_RE = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?(?:\s*[%‰])?")


def _core(num: str) -> str:
    return re.sub(r"[,，\s%‰]", "", num)


def numbers_in(text: str) -> list[str]:
    """Numbers written in ``text`` (citation markers excluded), in order, as written after fold."""
    return [m.group(0) for m in NUMBER_RE.finditer(fold(MARKER_RE.sub(" ", text)))]


def contains_number(hay_folded: str, num: str) -> bool:
    """True when ``num`` occurs in folded, separator-free ``hay_folded`` as a whole number."""
    core = re.escape(_core(num))
    return re.search(rf"(?<![\d.]){core}(?!\d|\.\d)", hay_folded) is not None


_WHOLE_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)*")


def whole_numbers(hay_folded: str) -> frozenset[str]:
    """Every whole number of ``hay_folded``: ``contains_number(hay, n)`` is ``_core(n) in whole_numbers(hay)``
    (one pass over a long text instead of one regex search per number)."""
    return frozenset(_WHOLE_RE.findall(hay_folded))


def _hay(quotes: Iterable[str]) -> str:
    return re.sub(r"(?<=\d)[,，](?=\d{3})", "", fold("\n".join(quotes)))


def check_numbers(text: str, citations: Iterable[Citation], allowed: Iterable[str] = (),
                  lang: str = "zh") -> tuple[list[str], list[str]]:
    """(flags, ungrounded numbers): numbers of a claim must be in the quotes that claim cites;
    numbers in text that cites nothing must be in some cited quote.

    ``allowed``: text whose numbers need no citation (the question, the reports' years).
    """
    cites = {c.n: c for c in citations}
    everything = _hay(c.quote for c in cites.values())
    in_everything = whole_numbers(everything)  # a long answer (every report that mentions X) is read once
    free = {_core(n) for a in allowed for n in numbers_in(a)}
    ungrounded: list[str] = []
    for seg in split_segments(text):
        held = None  # the whole numbers of the quotes the segment cites (of every quote when it cites none), when asked
        for num in numbers_in(seg.text):
            core = _core(num)
            if core in free or num in ungrounded:
                continue
            if held is None:
                own = [cites[n].quote for n in seg.numbers if n in cites]
                held = whole_numbers(_hay(own)) if own else in_everything  # contains_number, one pass per quote
            if core in held:
                continue
            ungrounded.append(num)
    if lang == "en":
        flags = [f"Number {n} not found in the cited text" for n in ungrounded]
    else:
        flags = [f"数字 {n} 未在引用原文中找到" for n in ungrounded]
    return flags, ungrounded
