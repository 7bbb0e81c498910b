"""A government's own level (市本级): what a figure of 市一级 / 市本级 / 市级 counts, not the whole area's
(全市, with its counties).

A question asks it as ``市一级``/``市本级`` (:func:`scope_terms`, one term ``市本级``) or, for a count, as the
adjective ``市级`` (:func:`level_scope`); the report states it with any of :data:`SCOPE_FORMS`.  Written right
after a place (长治市本级) it is part of that place's name, no term.

>>> scope_terms("哪边市一级持证的执法人员更多", lambda i: False), scope_terms("长治市本级受理多少件", lambda i: True)
(['市本级'], [])
>>> scope_terms("省政府自己这一级收了多少件", lambda i: False)
['省本级']
>>> level_scope("县级"), level_scope("国家级"), SCOPE_FORMS["市本级"]
('县本级', '国家级', ('市一级', '市级', '市政府本级'))
"""
from __future__ import annotations

from collections.abc import Callable

from ..text import lazy_re as re

LEVEL_CHARS = "省市州盟县区旗"
SCOPE_FORMS = {f"{x}本级": (f"{x}一级", f"{x}级", f"{x}政府本级") for x in LEVEL_CHARS}  # never 全X: the whole area
# 市本级, 市一级, and as people say it: 省政府自己这一级, 县里本身这一级
_SCOPE_RE = re.compile(rf"(?<![全本各该每第])([{LEVEL_CHARS}])(?:政府|里)?(?:自己|自身|本身)?这?(?:本级|一级)(?![以及])")


def scope_terms(folded_question: str, ends_place: Callable[[int], bool]) -> list[str]:
    """The level scopes a (folded) question asks (``市一级`` -> ``市本级``), but not one whose level character
    at index i ends a place name (``ends_place(i)``: 长治市本级)."""
    return [m.group(1) + "本级" for m in _SCOPE_RE.finditer(folded_question) if not ends_place(m.start())]


def level_scope(term: str) -> str:
    """``市级`` -> ``市本级``: a level adjective read as the government's own level (a count of 市级 officers is
    not the 全市 count); any other term as it is."""
    return term[0] + "本级" if len(term) == 2 and term[1] == "级" and term[0] in LEVEL_CHARS else term


# The tiers of government a sentence names at once, each by its one character: 州县乡三级, 省市县乡村五级, 县乡两级,
# 市县乡村四级 (a tier named so is stated: 乡 is the 乡镇 tier, 村 the villages)
_TIERS_RE = re.compile(r"([省市州盟县区旗乡镇村]{2,6})(?:[二两三四五六]|多)级")
_TIER_NOUNS = ("乡镇", "乡", "镇", "村", "县", "县区", "县市区", "区县", "市", "州", "省", "盟", "旗")


def tier_named(term: str, folded_text: str) -> bool:
    """``term`` is a tier of government (乡镇, 村, 县区 ...) that a run of tiers in the (folded) text names
    by one of its characters: 乡镇 in ``州县乡三级政务服务中心全覆盖``."""
    if term not in _TIER_NOUNS:
        return False
    return any(set(term) & set(m.group(1)) for m in _TIERS_RE.finditer(folded_text))
