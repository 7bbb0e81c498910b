"""Respective pairs: ``A和B分别…X、Y`` pairs A with X and B with Y.

Reports of this genre pack two or more facts into one sentence with 分别 (respectively): dates with
the drafts they finished (``3月和6月,分别完成《甲条例(草案)》《乙条例(草案)》的起草``), counts with what
they count (``《甲办法》《乙办法》分别清理12件、8件``).  Asked about one of the items, the answer is the
value in the same place on the other side of 分别, not the value nearest the asked words.

The values are the answer spans of one side (before 分别, back to the sentence's start; or after it,
to the end of its clause); the items are the other side's named items: titles (《…》) or quoted names
(“…”).  Values and items must be as many (two or more), and one item must hold more of the question's
terms than every other.  Items that are bare words joined by 、/和 (``受理和办结案件``) are not read: a
shared verb or noun (办结 of 受理和办结, 案件) belongs to all of them but is written with one only.

>>> s = "3月和6月,分别完成《甲市湿地保护条例(草案)》《甲市养犬管理条例(草案)》的起草审查。"
>>> respective_span(s, [(0, 2, ""), (3, 5, "")], ("养犬", "管理", "条例"), {})
(3, 5, '')
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..text import lazy_re as re
from ..text.normalize import fold_chars
from .term_coverage import coverage

_RESPECTIVELY = "分别"
_SENTENCE_END_RE = re.compile(r"[。；;！!？?]")
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！!？?]")
_NAMED_RE = re.compile(r"《[^《》]+》|“[^“”]+”")

Span = tuple[int, int, str]


def _items(part: str) -> list[str]:
    """The named items of one side: its titles (《…》), else its quoted names (“…”)."""
    titles = [t for t in _NAMED_RE.findall(part) if t.startswith("《")]
    return titles if len(titles) >= 2 else _NAMED_RE.findall(part)


def respective_span(sentence: str, spans: Sequence[Span], terms: Sequence[str], weights: Mapping[str, float]) -> Span | None:
    """The span paired by 分别 with the item the question asks about; None when the sentence pairs
    none (no 分别, values and items not as many, no item holding the question better than the others)."""
    text = fold_chars(sentence)
    at = text.find(_RESPECTIVELY)
    if at < 0 or not terms:
        return None
    start = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, at)), default=0)
    end_m = _CLAUSE_END_RE.search(text, at)
    clause_end = end_m.start() if end_m else len(text)
    sent_end_m = _SENTENCE_END_RE.search(text, at)
    sent_end = sent_end_m.start() if sent_end_m else len(text)
    before = [sp for sp in spans if start <= sp[0] and sp[1] <= at]
    after = [sp for sp in spans if at <= sp[0] and sp[1] <= clause_end]
    if len(before) >= 2 and not after:  # values before, items after: 3月和6月,分别完成《甲》《乙》
        values, items = before, _items(text[at:sent_end])
    elif len(after) >= 2 and not before:  # items before, values after: 《甲办法》《乙办法》分别清理12件、8件
        values, items = after, _items(text[start:at])
    else:
        return None
    if len(values) != len(items):
        return None
    held = [coverage(terms, item, weights, folded=True)[0] for item in items]
    best = max(held)
    if best <= 0 or held.count(best) > 1:
        return None
    return values[held.index(best)]
