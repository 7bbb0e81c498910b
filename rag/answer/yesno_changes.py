"""Yes/no claims decided by a change a sentence states with both its figures (``权重由2023年的4分提高到6分``,
``时限从20天压缩至5天``): which way it went (:func:`change_trend`), and whether a claimed figure is only
the change's start (:func:`changed_from`).  Pure functions over one sentence (folded) and the question.
"""
from __future__ import annotations

from itertools import pairwise

from ..text import lazy_re as re
from .figures import figure_value, number_spans

# a change the genre states with both its ends: 权重由2023年的4分提高到6分, 时限从20天压缩至5天
_CHANGE_FROM_RE = re.compile(r"(?:由|从)(?:原来|原先|原有|原)?(?:的)?[^，,；;。]{0,10}$")
_CHANGE_MID_RE = re.compile(r"^[^，,；;。\d]{0,4}?(?:提高|提升|增加|增长|上升|扩大|扩充|扩展|拓展|增补|延长|调整|缩短|减少|降低|下降|压缩|压减|缩减|精简|改)(?:了)?(?:到|至|为)(?:了)?$")
# a question about the old value itself: 原来是4分吗, was it 4 points before
_ASKS_OLD_RE = re.compile(r"原来|原先|原有|以前|之前|此前|调整前|改革前|由|从|去年|上年|上一年|\b(?:before|previously|used to|originally|from)\b",
                          re.IGNORECASE)


def _changes(text: str) -> list[tuple[float, float, str]]:
    """(from, to, the from-figure's year or "") of each change ``text`` states with both its figures."""
    spans = [(a, b, v) for a, b, _ in number_spans(text) if (v := figure_value(text[a:b])) is not None
             and not text.startswith("年", b)]  # 由2023年的4分: the year names the old value's time
    out = []
    for (a1, b1, v1), (a2, _, v2) in pairwise(spans):
        before = _CHANGE_FROM_RE.search(text[max(0, a1 - 16):a1])
        if before and _CHANGE_MID_RE.match(text[b1:a2]):
            year = re.search(r"(?:19|20)\d{2}", before.group(0))
            out.append((v1, v2, year.group(0) if year else ""))
    return out


def change_trend(text: str) -> str:
    """Which way the changes ``text`` states with both their figures went (``由上年的186项扩充至248项``): "up",
    "down", or "" when it states none or they disagree.

    >>> change_trend("清单事项由上年的12项调整为15项"), change_trend("时限从20天压缩至5天"), change_trend("共12项")
    ('up', 'down', '')
    """
    ways = {"up" if new > old else "down" for old, new, _ in _changes(text) if new != old}
    return ways.pop() if len(ways) == 1 else ""


def changed_from(q: str, text: str) -> bool:
    """The claim states a figure the text gives only as the start of a change (asked 还维持在4分吗, the text
    says 权重由2023年的4分提高到6分): it changed, so the claim is false.  A question about the old value
    (原来是4分吗) is no such claim.

    >>> changed_from("分值是不是还维持在4分", "权重由2023年的4分提高到6分"), changed_from("分值是不是6分", "权重由4分提高到6分")
    (True, False)
    >>> changed_from("原来是4分吗", "权重由4分提高到6分"), changed_from("时限还是20天吗", "时限从20个工作日压缩至5个工作日")
    (False, True)
    >>> changed_from("2023年的权重是4分吗", "权重由2023年的4分提高到6分")  # asked about the year of the old value
    False
    """
    if _ASKS_OLD_RE.search(q):
        return False
    asked = {v for a, b, u in number_spans(q) if u not in ("年", "月", "日") and not q.startswith(("年", "月"), b)
             and (v := figure_value(q[a:b])) is not None}
    return any(old in asked and new not in asked and not (year and year in q) for old, new, year in _changes(text))
