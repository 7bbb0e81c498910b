"""Region helpers for the answer layer, on top of the one place model (:mod:`rag.places`).

Two region strings are the same region when they name the same division code — 静海,
静海区 and 天津市静海区 are one place; 长沙县 and 长沙市 are two, so are 吉林省 and 吉林市.
A string that names no known place equals only itself (folded).

>>> same_region("贛州", "江西省赣州市"), same_region("长沙县", "长沙市"), same_region("吉林省", "吉林市")
(True, False, False)
>>> same_region("丰都县", "重庆市丰都县栗子乡"), same_region("栗子乡", "重庆市丰都县栗子乡")
(False, False)
>>> short_name("内蒙古自治区赤峰市元宝山区"), short_name("海西蒙古族藏族自治州"), short_name("赣州")
('元宝山', '海西', '赣州')
>>> find_region("What about Changzhi in 2020?", ["山西省长治市", "赣州市"])
(11, 19, '山西省长治市')
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from .. import places
from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars

# "Looks like a place name" for follow-ups naming a place no report covers (太原市).
PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治州|自治县|市|州|区|县|旗|盟)")


@functools.lru_cache(maxsize=65536)
def _code(region: str) -> str:
    return places.code_of(region) if region else ""


@functools.lru_cache(maxsize=65536)  # (a pure function of two names over the fixed gazetteer: asked of every passage read)
def same_region(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name the same place (by division code; script blind)."""
    if not a or not b:
        return False
    ca, cb = _code(a), _code(b)
    if ca and cb:  # a township's report is not its county's: 丰都县 != 丰都县栗子乡
        return places.same_place(ca, cb) and places.township_of(a, ca) == places.township_of(b, cb)
    return fold(a) == fold(b)


def count_places(regions: Sequence[str]) -> int:
    """How many places ``regions`` name: a place filed under several spellings (山西省长治市, 长治市)
    counts once, so a question about one place is not taken for a comparison of several.

    >>> count_places(["山西省长治市", "长治市"]), count_places(["长治市", "赣州市"])
    (1, 2)
    """
    return len({_place_key(r) for r in regions if r})


def place_key(region: str) -> tuple[str, str]:
    """One key per place, whatever the spelling (山西省长治市 and 长治市 share it): :func:`same_region` as equality."""
    return _place_key(region)


@functools.lru_cache(maxsize=65536)
def _place_key(region: str) -> tuple[str, str]:
    """What :func:`same_region` compares, as one key: (canonical code, township), else the folded name
    (so many regions are counted in one pass, not pairwise)."""
    code = _code(region)
    return (places.canonical(code), places.township_of(region, code)) if code else ("", fold(region))


def short_name(region: str) -> str:
    """The innermost place of ``region`` as people say it: its short form when it has one
    (元宝山, 海西, 长治), else its name (和县); ``region`` itself when it names no known place."""
    code = _code(region)
    if not code:
        return region
    forms = places.short_forms(code)
    return forms[-1] if forms else region


def _identity(region: str, code: str = "") -> tuple[str, str]:
    """(division code, township text) of a report's region; ``code``: its stored region_code."""
    code = code or _code(region)
    return (code, places.township_of(fold(region), code)) if code else ("", "")


@functools.lru_cache(maxsize=65536)  # (a report's region and code: the same few thousand names in every list)
def label(region: str, code: str = "") -> str:
    """A report's place in a list of places: a township's own name (栗子乡), else the place's
    shortest form that is part of its name (元宝山, 海西, 石家庄 — not an alias like 石市), else
    ``region`` as stored.

    >>> label("内蒙古自治区赤峰市元宝山区"), label("重庆市丰都县栗子乡"), label("石家庄市"), label("和县")
    ('元宝山', '栗子乡', '石家庄', '和县')
    """
    code, town = _identity(region, code)
    if town:
        return town
    p = places.place(code) if code else None
    if p is None:
        return region
    own = [f for f in places.short_forms(code) if len(f) >= 2 and p.name.startswith(f)]
    return min(own, key=len) if own else p.name


@functools.lru_cache(maxsize=65536)
def local_label(region: str, code: str = "") -> str:
    """A report's place as a heading: the name the report uses for itself (长治市, 赤峰市元宝山区,
    丰都县栗子乡), else ``region`` as stored.

    >>> local_label("内蒙古自治区赤峰市元宝山区"), local_label("重庆市丰都县栗子乡")
    ('赤峰市元宝山区', '丰都县栗子乡')
    """
    code, town = _identity(region, code)
    if not code:
        return region
    p = places.place(code)
    return (p.name + town) if town and p is not None else places.local_name(code) or region


@functools.lru_cache(maxsize=65536)
def forms(region: str) -> tuple[str, ...]:
    """Folded ways of writing ``region``: as given, then every form of its place, longest first."""
    code = _code(region)
    return tuple(dict.fromkeys(f for f in (fold(region), *(places.short_forms(code) if code else ())) if f))


def own_name(region: str) -> str:
    """``region`` (folded) without the names of the places around it written before it: the name of the
    reporting place itself.  吉安 in 江西省吉安市井冈山市 names another place (a prefecture a question may ask
    about inside 江西省's report), not a spelling of 井冈山市; a name the table does not know stays whole.

    >>> own_name("江西省吉安市井冈山市"), own_name("重庆市丰都县栗子乡"), own_name("山西省甲县"), own_name("赣州")
    ('井冈山市', '丰都县栗子乡', '山西省甲县', '赣州')
    """
    name, code = fold(region), _code(region)
    for p in (places.chain(code)[:-1] if code else ()):
        head = next((f for f in sorted(places.short_forms(p.code), key=len, reverse=True)
                     if name.startswith(f) and len(name) > len(f)), "")
        name = name[len(head):]
    return name


def pinyin_forms(name: str) -> tuple[str, ...]:
    """Lower-case pinyin spellings of ``name`` without spaces, every reading of heteronyms
    (``长治`` -> changzhi, zhangzhi ...); the readings come from :mod:`rag.retrieve.query`."""
    from ..retrieve.pinyin_names import pinyin_forms as spaced

    return tuple(dict.fromkeys(p.replace(" ", "") for p in spaced(name)))


def find_region(text: str, regions: Iterable[str]) -> tuple[int, int, str] | None:
    """(start, end, region) of the first of ``regions`` that ``text`` names (any written form of
    the same place, or pinyin); offsets are valid in ``text``."""
    from ..retrieve.pinyin_names import pinyin_forms
    from ..retrieve.query import place_mentions

    regions = [r for r in dict.fromkeys(regions) if r]
    t = fold_chars(text)  # length-preserving
    coded = [(r, _code(r)) for r in regions]
    for m in place_mentions(t):
        for r, c in coded:
            if (c and any(places.same_place(c, x) for x in m.codes)) or (not c and fold(r) == m.text):
                return m.start, m.end, r
    best = None
    for r, _ in coded:  # names the table does not know (sidecar text) match as written
        i = t.find(fold(r))
        if i >= 0 and not _code(r) and (best is None or i < best[0]):
            best = (i, i + len(r), r)
    if best is None and re.search(r"[a-z]", t):
        for r, c in coded:
            name = short_name(r)
            readings = places.place(c).pinyin if c else (pinyin_forms(name) if re.fullmatch(r"[\u4e00-\u9fff]+", name) else ())
            for p in readings:
                m = re.search(rf"\b{p.replace(' ', '[ -]?')}(?:\s+(?:city|prefecture|county|district))?\b", t)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), m.end(), r)
    return best
