"""The one vocabulary of comparison words (超过 / 低于 / 不足 / 以上 …): word -> direction and kind.

Every module that reads a threshold or a comparison draws its words from :data:`COMPARATORS`,
by kind, instead of writing its own list: a question's threshold (``超过3次``, ``10件以上``,
rag.answer.evidence), where a question's threshold starts (rag.answer.thresholds), a criterion
that picks out what a rule applies to (``低于90%的单位``, rag.answer.stages) and a figure against a
named standard (``低于省定目标``, rag.answer.yesno_figures).

``op`` is how a figure stands to the bound: ``">"`` above it, ``">="`` at least it, ``"<"`` below
it, ``"<="`` at most it.  ``kind`` says what sort of word it is:

- ``above`` / ``below``: a strict comparison (超过 / 低于);
- ``floor``: reaching a bound, the bound included (达到, 不低于, 至少);
- ``to``: 到 (到10个), a floor only in a question's threshold (elsewhere 到 is a date's or a place's);
- ``cap``: at most a bound (不超过, 最多; a question's claim or a report's 承诺时限不超过5个工作日);
- ``short``: failing to reach a bound (未达到, 达不到);
- ``rated``: better or worse than a standard (优于, 落后于);
- ``meets``: meeting a standard (满足, 符合);
- ``after``: written after the figure (10件以上, 5天以内).

>>> COMPARATORS["不足"], COMPARATORS["以上"]
(Comparator(op='<', kind='below'), Comparator(op='>=', kind='after'))
>>> words("above", op=">")[:3]
('超过', '超出', '多于')
>>> import re; re.findall(alternation(words("cap", "above")), "不超过5天，超过3次")
['不超过', '超过']
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Comparator:
    op: str  # ">", ">=", "<", "<=": how the figure stands to the bound
    kind: str  # see the module doc


def _entries(kind: str, op: str, *ws: str) -> dict[str, Comparator]:
    return {w: Comparator(op, kind) for w in ws}


COMPARATORS: dict[str, Comparator] = {
    **_entries("cap", "<=", "不超过", "不超出", "未超过", "不高于", "不多于", "不大于", "最多", "至多", "最长", "最高"),
    **_entries("above", ">", "超过", "超出", "多于", "高于", "大于", "过没过", "过不过"),  # 过没过一半: a question's A-not-A
    **_entries("below", "<", "低于", "少于", "不足", "不到", "小于"),
    **_entries("floor", ">=", "突破", "不少于", "不低于", "至少", "达到", "达"),
    **_entries("floor", ">=", "够不够", "够没够", "达没达到", "达不达到", "满没满"),  # 够不够10%: a question's A-not-A of reaching
    **_entries("to", ">=", "到"),
    **_entries("short", "<", "未达到", "未达", "没有达到", "达不到"),
    **_entries("rated", ">", "优于", "好于"),
    **_entries("rated", "<", "落后于", "差于"),
    **_entries("meets", ">=", "满足", "符合"),
    **_entries("after", ">=", "以上", "及以上"),
    **_entries("after", "<=", "以下", "以内", "之内"),
}


def words(*kinds: str, op: str = "") -> tuple[str, ...]:
    """The words of ``kinds`` (all kinds when none), in the vocabulary's order; only those of ``op``
    when given (``op=">"``: above the bound, ``op="<"``: below it)."""
    return tuple(w for w, c in COMPARATORS.items() if (not kinds or c.kind in kinds) and (not op or c.op == op))


def alternation(ws: tuple[str, ...]) -> str:
    """A regex alternation of ``ws``, longest first, so that a word is never cut short by a shorter
    one it starts with (达到 before 达, 未达到 before 未达)."""
    return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
