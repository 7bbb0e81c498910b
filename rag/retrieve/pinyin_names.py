"""Place names as an English question writes them: pinyin, with or without the level word.

The corpus's places are found in an English question by the pinyin of their short forms
(:func:`pinyin_codes`: ``Changzhi``, ``Chang Zhi``; a one-character name keeps its level in its
short form, so ``Yu County`` is read like ``Yuxian``), and its townships by their name's pinyin
followed by their level (:func:`township_pinyin`: ``Lizi Township`` for 栗子乡).

>>> pinyin_codes("what did yu county do?", {"yuxian": ("140322",)})
[(9, '140322')]
>>> bool(township_pinyin("栗子乡").search("what venue did lizi township use?"))
True
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping

from ..text import lazy_re as re


@functools.lru_cache(maxsize=4096)
def pinyin_forms(name: str) -> tuple[str, ...]:
    """Pinyin spellings of a Chinese name, one per heteronym combination (at most 16)."""
    from pypinyin import Style, pinyin

    readings = pinyin(name, style=Style.NORMAL, heteronym=True, errors="ignore")
    if len(readings) != len(name):
        return ()
    combos = itertools.islice(itertools.product(*[r[:4] for r in readings]), 16)
    return tuple(dict.fromkeys(" ".join(c).replace("ü", "u").replace("v", "u") for c in combos))


_LATIN_WORD = re.compile(r"[a-z]+")
# A place level in English, as the pinyin of its Chinese character: a one-character name keeps it in its
# short form (盂县 "yu xian", 沛县 "pei xian"), so "Yu County" is read like "Yuxian"
_LEVEL_PINYIN = {"county": "xian", "district": "qu", "city": "shi", "banner": "qi", "league": "meng", "town": "zhen",
                 "township": "xiang", "prefecture": "zhou"}


def pinyin_codes(q: str, table: Mapping[str, tuple[str, ...]]) -> list[tuple[int, str]]:
    """(position, code) of the places of ``table`` (toneless pinyin without spaces -> codes) a folded
    question writes in pinyin: one to four adjacent Latin words joined (Changzhi, Chang Zhi, Yuan-bao-shan),
    the last one also as its level (Yu County)."""
    words = list(_LATIN_WORD.finditer(q))
    found = []
    for i, w in enumerate(words):
        joined = ""
        for j in range(i, min(i + 4, len(words))):
            if j > i and q[words[j - 1].end():words[j].start()] not in (" ", "-", "'", "’", ""):
                break
            level = _LEVEL_PINYIN.get(words[j].group()) if j > i else None  # Yu County: 盂县, read "yu xian"
            codes = [*table.get(joined + words[j].group(), ()), *table.get(joined + level, ())] if level \
                else table.get(joined + words[j].group(), ())
            joined += words[j].group()
            found += [(w.start(), code) for code in dict.fromkeys(codes)]
    return found


_TOWN_LEVELS = {"乡": "township|xiang", "镇": "town|township|zhen", "街道": "subdistrict|sub-district|street|jiedao",
                "苏木": "sumu|township"}


@functools.lru_cache(maxsize=1024)
def township_pinyin(name: str) -> re.Pattern:
    """How an English question writes a township: its name's pinyin, then its level (栗子乡: Lizi Township)."""
    level = next((lv for lv in _TOWN_LEVELS if name.endswith(lv)), "")
    forms = pinyin_forms(name[:len(name) - len(level)]) if level else ()
    if not forms:
        return re.compile(r"(?!)")
    names = "|".join(r"[\s'’-]?".join(map(re.escape, f.split())) for f in forms)
    return re.compile(rf"(?<![a-z])(?:{names})\s+(?:{_TOWN_LEVELS[level]})\b")
