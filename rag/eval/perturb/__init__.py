"""Meaning-preserving rewordings of a question: the robustness yardstick's generator.

Each rule is a general habit of how users word a question in this genre (where the place and the
year go, which interrogative form, whether the place keeps its suffix, polite frames, punctuation),
named, and applied only where it cannot change what is asked: it never edits inside quotes, never
touches a figure, a date or a gold-bearing word, and every variant must name the same places (a
province added in front of its own county aside), the same years and the same digits as the
original (:func:`keeps_meaning`), or it is dropped.  So an item's gold stays valid by construction.

``evals/perturb.py`` runs the answerer over the variants of every answerable eval question.

>>> known = known_places(["山西省临汾市霍州市"])
>>> dict(variants("霍州2023年受理了多少件行政复议案件?", known))["order:place_year→year_place"]
'2023年霍州受理了多少件行政复议案件?'
>>> dict(variants("霍州2023年受理了多少件行政复议案件?", known))["ask:多少→几"]
'霍州2023年受理了几件行政复议案件?'
"""
from __future__ import annotations

from collections.abc import Sequence

from ...text.normalize import fold_chars
from ..normalize_answer import question_script
from . import asking, english, places_years  # noqa: F401  (they register their rules)
from .base import RULES, Known, Question, Rule, keeps_meaning, known_places

__all__ = ["RULES", "Known", "Rule", "keeps_meaning", "known_places", "rules_for", "variants"]


def rules_for(script: str) -> list[Rule]:
    lang = "en" if script == "en" else "zh"
    return [r for r in RULES.values() if r.lang == lang]


def variants(question: str, known: Known, names: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """(rule name, reworded question) for every rule that fires safely on ``question`` (in the
    order of :data:`RULES`; ``names`` restricts the rules).  Deterministic."""
    q = Question(question, fold_chars(question), question_script(question), known)
    out = []
    for r in rules_for(q.script):
        if names is not None and r.name not in names:
            continue
        new = r.rewrite(q)
        if new and new != question and keeps_meaning(question, new):
            out.append((r.name, new))
    return out

