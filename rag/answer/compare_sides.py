"""The sides of a comparison between named places: the words each side is asked with.

``元宝山2024年前三季度受理的和霍州2023年全年办理的相比``: 受理 is one side's, 办理 the other's;
each side's figure is read on the shared words and its own (:func:`side_terms`), used by
:mod:`rag.answer.compare`.
"""
from __future__ import annotations

import itertools

from ..text import lazy_re as re
from ..text.normalize import fold
from .evidence import Ask
from .term_coverage import coverage


def side_terms(ask: Ask) -> dict[str, tuple[str, ...]]:
    """Each named place's own terms, when every named side has its own
    (``元宝山2024年前三季度受理的和霍州2023年全年办理的相比``: 受理 / 办理; ``组织述法的单位数和…公开述法的部门数``:
    组织, 单位数 / 公开, 部门数): each side's figure is stated with its own words, so neither side's are what
    the other's figure must hold.  A side's words run from its place to the next side's place; the
    words before the first place (``行政复议案件数量上``) and those every side repeats (述法) are shared.
    {} when a side has no words of its own.

    >>> from rag.answer.qtypes import QType
    >>> side_terms(Ask("甲县受理的案件和乙县办理的案件哪个多", "zh", QType("compare"), ("受理", "案件", "办理"), regions=("甲县", "乙县")))
    {'甲县': ('受理',), '乙县': ('办理',)}
    >>> side_terms(Ask("甲县的行政复议案件和乙县相比哪个多", "zh", QType("compare"), ("行政复议", "案件"), regions=("甲县", "乙县")))
    {}
    """
    from .regions import find_region, forms

    q = fold(ask.question)
    at = {r: min((i for f in forms(r) if f and (i := q.find(f)) >= 0), default=-1) for r in ask.regions}
    if ask.lang == "en":  # Huozhou's …, or Linyi's …: the places as the English question spells them
        at = {r: i if i >= 0 else (found[0] if (found := find_region(q, (r,))) else -1) for r, i in at.items()}
    starts = sorted({p for p in at.values() if p >= 0})
    if len(starts) < 2:
        return {}
    cuts = starts[1:]
    if ask.lang == "en":  # … at the end of 2019, or the certificate holders Changzhi published: a side's words
        cuts = [_side_cut(q, a, b) for a, b in itertools.pairwise(starts)]  # may come before its place's name
    segments = [q[a:b] for a, b in zip([starts[0], *cuts], [*cuts, len(q)])]
    shared = q[:starts[0]]
    said: dict[str, frozenset[str]] = {}  # English: each text's renderings read once, not once per term and side
    holds = (lambda t, text: _holds_en(t, text, said)) if ask.lang == "en" else (lambda t, text: coverage((t,), text)[0] >= 1.0)
    own = [tuple(t for t in ask.terms if holds(t, seg) and not holds(t, shared)
                 and sum(holds(t, other) for other in segments) == 1) for seg in segments]
    if not all(own):
        return {}
    return {r: own[starts.index(p)] for r, p in at.items() if p >= 0}


_EN_SIDE_JOIN_RE = re.compile(r"(?:,\s*|\s)(?:or|and|versus|vs\.?|compared (?:with|to)|against)\s")


def _side_cut(q: str, prev: int, at: int) -> int:
    """Where the next side of an English comparison starts: at the last ``or``/``and`` between
    the previous place (at ``prev``) and this one (at ``at``), else at this place."""
    joins = list(_EN_SIDE_JOIN_RE.finditer(q, prev, at))
    return joins[-1].start() if joins else at


def _holds_en(term: str, text: str, said: dict[str, frozenset[str]] | None = None) -> bool:
    """Does English ``text`` say ``term`` (a Chinese term of the question): one of the term's
    alternatives among the glossary's and the lexicon's renderings of the text's words?  ``said``
    keeps each text's renderings for the next term asked of it."""
    from ..text.glossary import alternatives, english_terms

    said = {} if said is None else said
    if text not in said:
        said[text] = frozenset(a for t in english_terms(text, known=lambda _w: True) for a in alternatives(t))
    return any(a in said[text] for a in alternatives(term))


def side_qualifiers(ask: Ask) -> tuple[str, ...]:
    """The terms that qualify one side only (:func:`side_terms`), every side's in order.

    >>> from rag.answer.qtypes import QType
    >>> side_qualifiers(Ask("甲县受理的案件和乙县办理的案件哪个多", "zh", QType("compare"), ("受理", "案件", "办理"), regions=("甲县", "乙县")))
    ('受理', '办理')
    """
    return tuple(dict.fromkeys(t for ts in side_terms(ask).values() for t in ts))
