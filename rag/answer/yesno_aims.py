"""A yes/no claim the deciding sentence states only as an aim, not as a fact: a claimed figure given only inside
an aim (达到90%了吗 / raised to 80%? against 力争2021年达到80%以上), or the whole claim stated only in an aim at a
year after the asked one (2023年实现全覆盖了吗 against 力争2024年实现…全覆盖).  :func:`rag.answer.yesno.decide`
answers 否 (a later year's aim) or not stated.
"""
from __future__ import annotations

from .evidence import Ask
from .figures import number_spans
from .stages import asks_aim, in_aim, later_aims
from .term_coverage import coverage
from .yesno_figures import stating_at, unit_kind


def aimed_only(ask: Ask, stated: list[tuple[float, str]], text: str) -> bool:
    """Does ``text`` (folded) give the claimed figure (a ``stated`` one, or a figure of the threshold's unit)
    only inside an aim (力争2021年达到80%以上)?"""
    if ask.cues.threshold is not None:
        kind = unit_kind(ask.cues.threshold[2]) if ask.cues.threshold[2] else ""
        at = [a for a, _, u in number_spans(text) if u and kind and unit_kind(u) == kind]
    else:
        at = stating_at(stated, text)
    return bool(at) and all(in_aim(text, i) for i in at)


def later_aim_only(ask: Ask, q: str, text: str, share: float) -> bool:
    """Does ``text`` (folded) state the claim (``share`` of the question's weighted terms) only inside an aim at a
    year after the asked one (力争2024年实现…全覆盖 asked of 2023), the rest of the sentence not stating it?"""
    if not ask.years or asks_aim(q):
        return False

    def about(part: str) -> bool:
        return coverage(ask.terms, part, ask.weights, folded=True)[0] >= share

    aims = [aim for aim in later_aims(text, max(ask.years)) if about(aim)]
    rest = text
    for aim in aims:
        rest = rest.replace(aim, " ")
    return bool(aims) and not about(rest)
