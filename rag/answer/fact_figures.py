"""A report's figure for what was done in the year: not an aim's (力争/确保…达到95%以上) nor the plans section's
(下一步工作安排), which name goals for the next year.  Used where reports are compared on one figure each."""
from __future__ import annotations

from collections.abc import Sequence

from ..text.normalize import fold_chars
from .evidence import Ask, Sent
from .figures import number_spans
from .spans import best_ranked, ranked_spans
from .stages import in_aim


def aimed(sentence: str, fig: str) -> bool:
    """Is ``fig`` of ``sentence`` an aim's figure (力争/确保…达到95%以上: a goal, not what was done)?"""
    at = sentence.find(fig)
    return at >= 0 and in_aim(fold_chars(sentence), at)


def fact_figure(ask: Ask, sents: Sequence[Sent], ranked: Sequence | None = None) -> tuple[Sent, str] | None:
    """The best sentence's figure (:func:`rag.answer.spans.best_span`) among ``sents`` that is no aim's.
    ``ranked``: :func:`rag.answer.spans.ranked_spans` of ``sents`` (or of a superset: only ``sents``' entries
    are read) with ``number_spans``, when the caller has it; each sentence is scored once either way."""
    keep = {id(s) for s in sents}
    order = [x for x in (ranked_spans(sents, ask, number_spans) if ranked is None else ranked) if id(x[1]) in keep]
    while order:  # an aim's figure set aside: the rest keep their ranks (ranked_spans scores each sentence alone)
        found = best_ranked(order, ask, number_spans)
        if found is None or not aimed(found[0].text, found[1]):
            return found
        order = [x for x in order if x[1] is not found[0]]
    return None


def account_only(ask: Ask, sents: Sequence[Sent]) -> list[Sent]:
    """``sents`` of the year's account: a plans section's (下一步工作安排) intends figures for the next year,
    unless the question asks for plans."""
    from .sections import (  # here: sections -> lists -> yesno -> compare
        asks_plans,
        in_plans,
    )

    return list(sents) if asks_plans(ask.question) else [s for s in sents if not in_plans(s)]
