"""Region names as users write them: full (赣州市), short (赣州), pinyin (Ganzhou).

>>> short_name("元宝山区"), short_name("海西蒙古族藏族自治州"), short_name("赣州")
('元宝山', '海西蒙古族藏族', '赣州')
>>> find_region("What about Changzhi in 2020?", ["长治市", "赣州市"])
(11, 19, '长治市')
>>> same_region("贛州", "赣州市")
True
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from ..text.normalize import fold, fold_chars

SUFFIXES = ("自治州", "自治县", "自治旗", "地区", "新区", "市", "州", "区", "县", "旗", "盟", "省")
PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治州|自治县|市|州|区|县|旗|盟)")


def short_name(region: str) -> str:
    """``region`` without its administrative suffix, when at least two characters remain."""
    for suf in SUFFIXES:
        if region.endswith(suf) and len(region) - len(suf) >= 2:
            return region[: -len(suf)]
    return region


@functools.lru_cache(maxsize=512)
def pinyin_forms(name: str) -> tuple[str, ...]:
    """Lower-case pinyin spellings of ``name`` (every reading of polyphonic characters, capped)."""
    try:
        from pypinyin import Style, pinyin
    except ImportError:  # pragma: no cover - pypinyin is a core dependency
        return ()
    readings = pinyin(name, style=Style.NORMAL, heteronym=True)
    combos = itertools.islice(itertools.product(*[r[:3] for r in readings]), 27)
    return tuple(dict.fromkeys("".join(c).lower() for c in combos))


def forms(region: str) -> tuple[str, ...]:
    """Folded ways of writing ``region``: full name, short name (longest first)."""
    return tuple(dict.fromkeys(f for f in (fold(region), fold(short_name(region))) if f))


def find_region(text: str, regions: Iterable[str]) -> tuple[int, int, str] | None:
    """(start, end, region) of the first known region named in ``text`` (Chinese or pinyin)."""
    t = fold_chars(text)  # length-preserving: offsets are valid in ``text``
    best = None
    for region in sorted(set(regions), key=len, reverse=True):
        for f in forms(region):
            i = t.find(f)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, i + len(f), region)
                break
        if re.search(r"[a-z]", t):
            for p in pinyin_forms(short_name(region)):
                m = re.search(rf"\b{re.escape(p)}(?:\s+(?:city|prefecture|county|district))?\b", t)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), m.end(), region)
    return best


def region_key(region: str) -> str:
    """What :func:`same_region` compares: the folded name without its suffix."""
    return fold(short_name(fold(region)))


def same_region(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name the same region (script, suffix and case blind)."""
    return bool(a and b) and region_key(a) == region_key(b)
