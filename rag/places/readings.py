"""Which of a place name's pinyin readings is the usual one.

The division table lists every heteronym reading of a place's short form (化州: ``hua zhou|huo zhou``), so
that an English question finds a place whatever reading its polyphonic characters take (长治: ``chang
zhi``, not the characters' first reading ``zhang zhi``).  Two places can then share a spelling only
through a rare reading of one of them: ``Huozhou`` is 霍州 (huò zhōu), and 化州 (huà zhōu) only by
化's rare reading huō.  :func:`prefer_usual` keeps, among the places a spelling names, those it is
the usual reading of, when there are any: pypinyin's reading of the name in context (its phrase
dictionary knows 六安 lù ān, 乐清 yuè qīng; where it lists two readings of a phrase, 朝阳 zhāo/cháo
yáng, both count), or each character as the place names that dictionary knows read it (长 chang).  A spelling that is not a reading of the name's characters at all (an exonym:
Ordos for 鄂尔多斯) is usual by definition.

>>> prefer_usual([("440982", "huo zhou"), ("141082", "huo zhou")])
('141082',)
>>> prefer_usual([("360700", "gan zhou"), ("620702", "gan zhou")])  # both usual: both kept
('360700', '620702')
"""
from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Sequence

from .gazetteer import gazetteer, place, short_forms


def _toneless(s: str) -> str:
    return s.replace("ü", "u").replace("v", "u")


@functools.lru_cache(maxsize=1)
def _place_name_readings() -> dict[str, str]:
    """Each character's most frequent reading in the place names pypinyin's phrase dictionary knows
    (长: chang, in 长沙 长春 长寿 …, though the character alone reads zhang first)."""
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.contrib.tone_convert import to_normal

    tally: dict[str, Counter[str]] = {}
    for p in gazetteer().places.values():
        for name in {p.name, *short_forms(p.code)}:
            readings = PHRASES_DICT.get(name)
            if readings and len(readings) == len(name):
                for ch, rs in zip(name, readings):
                    if len(rs) == 1:
                        tally.setdefault(ch, Counter())[_toneless(to_normal(rs[0]))] += 1
    return {ch: c.most_common(1)[0][0] for ch, c in tally.items()}


@functools.lru_cache(maxsize=4096)
def _usual(name: str, k: int) -> frozenset[tuple[str, ...]]:
    """The usual readings of the first ``k`` characters of ``name``: each character as pypinyin reads
    it in context or as place names usually read it, and each reading the phrase dictionary gives for
    the first ``k`` characters or the whole name."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.contrib.tone_convert import to_normal

    in_context = [_toneless(s) for s in lazy_pinyin(name, style=Style.NORMAL)[:k]]
    if len(in_context) < k:
        return frozenset()
    names = _place_name_readings()
    per_char = [{r, names.get(ch, r)} for ch, r in zip(name, in_context)]
    out = set(itertools.product(*per_char))
    for phrase in (name[:k], name):
        readings = PHRASES_DICT.get(phrase)
        if readings:
            toneless = [[_toneless(to_normal(r)) for r in rs] for rs in readings]
            out |= {c[:k] for c in itertools.islice(itertools.product(*toneless), 16)}
    return frozenset(out)


def _reads_chars(name: str, syllables: Sequence[str]) -> bool:
    """Is each syllable one of the readings of the name's character at its place?"""
    from pypinyin import Style, pinyin

    if len(syllables) > len(name):
        return False
    readings = pinyin(name[:len(syllables)], style=Style.NORMAL, heteronym=True, errors="ignore")
    return len(readings) == len(syllables) and all(s in {_toneless(r) for r in rs} for s, rs in zip(syllables, readings))


def usual_reading(code: str, form: str) -> bool:
    """Is ``form`` (a toneless reading of the table, syllables spaced) a usual way to read the place
    ``code``: not a rare reading of one of its characters?"""
    p = place(code)
    syllables = tuple(form.split())
    if p is None or not _reads_chars(p.name, syllables):
        return True  # unknown place, or an exonym / alias spelling: nothing to judge
    return syllables in _usual(p.name, len(syllables))


def prefer_usual(pairs: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """The codes of (code, reading) ``pairs`` sharing one spelling that it is a usual reading of, or
    every code when it is the usual reading of none."""
    codes = tuple(dict.fromkeys(c for c, _ in pairs))
    if len(codes) < 2:
        return codes
    usual = tuple(dict.fromkeys(c for c, f in pairs if usual_reading(c, f)))
    return usual or codes
