"""Where a (Simplified-folded) text names places: leftmost-longest matches of every known
form, each with the division codes it may mean.

>>> [(m.text, m.codes) for m in find_mentions("在天津市静海区和吉林")]
[('天津市', ('120000',)), ('静海区', ('120118',)), ('吉林', ('220000', '220200'))]
>>> [m.text for m in find_mentions("桃源县和顺德区")]
['桃源县', '顺德区']
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .gazetteer import GENERIC_NAMES, chain, gazetteer

_SELF_CHARS = "我全本各该"
_LEVEL_CHARS = "省市州县区旗盟乡镇"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    codes: tuple[str, ...]  # what the form may mean, current units first
    kind: str  # strongest form kind: full > suffixed > bare

    @property
    def bare(self) -> bool:
        return self.kind == "bare"


_KIND_ORDER = {"full": 0, "suffixed": 1, "bare": 2}


def find_mentions(folded: str) -> list[Mention]:
    """Leftmost-longest, non-overlapping mentions; generic names (城区, 郊区) only right after
    their parent; 全州/本市-like self-references are skipped."""
    g = gazetteer()
    out: list[Mention] = []
    i, n = 0, len(folded)
    starts = g.lengths
    while i < n:
        if folded[i:i + 2] not in starts:  # most positions: no form starts with these two characters
            i += 1
            continue
        hit = _match_at(folded, i, g)
        if hit is None:
            i += 1
            continue
        text, forms = hit
        if len(text) == 2 and i > 0 and _in_word(folded[i - 1:i + 2]):
            i += 1  # 范县 inside 示范县, 和县 inside 平和县?: a longer dictionary word holds it
            continue
        codes = tuple(dict.fromkeys(f.code for f in sorted(forms, key=_form_key)))
        kind = min((f.kind for f in forms), key=_KIND_ORDER.get)
        if kind == "bare" and _crossed(folded, i, len(text), g):
            i += 1  # 和顺 in 桃源县和顺德区: the conjunction, then a name with its suffix
            continue
        if text in GENERIC_NAMES:
            prev = out[-1] if out and out[-1].end == i else None
            codes = tuple(c for c in codes if prev and any(_parent_of(p, c) for p in prev.codes))
            if not codes:
                i += 1
                continue
        out.append(Mention(i, i + len(text), text, codes, kind))
        i += len(text)
    return _resolve_chains(out)


def _crossed(folded: str, i: int, length: int, g) -> bool:
    """Does a suffixed or full name start inside the bare form at ``i`` and run past its end (和|顺德区:
    和顺 is a county's short form, but here 和 joins two places)?"""
    for j in range(i + 1, i + length):
        hit = _match_at(folded, j, g)
        if hit is not None and j + len(hit[0]) > i + length and any(f.kind != "bare" for f in hit[1]):
            return True
    return False


def _form_key(f) -> tuple:
    p = gazetteer().places[f.code]
    return (p.status != "current", {"province": 0, "prefecture": 1}.get(p.level, 2), _KIND_ORDER[f.kind], p.code)


def _match_at(folded: str, i: int, g) -> tuple[str, tuple] | None:
    lengths = g.lengths.get(folded[i:i + 2])
    if not lengths:
        return None
    self_ref = folded[i] in _SELF_CHARS and i + 1 < len(folded) and folded[i + 1] in _LEVEL_CHARS
    for length in lengths:
        if self_ref and length <= 2:
            return None  # 全州, 本县: the text speaking of itself (全州县 is still a county)
        text = folded[i:i + length]
        forms = g.forms.get(text)
        if forms:
            forms = tuple(f for f in forms if f.kind != "abbr")
            if forms:
                return text, forms
    return None


@functools.lru_cache(maxsize=65536)
def _parent_of(parent: str, child: str) -> bool:
    return any(p.code == parent for p in chain(child)[:-1])


def _resolve_chains(ms: list[Mention]) -> list[Mention]:
    """Adjacent names that form a chain (天津 + 静海, 佛山市 + 顺德区) keep only the codes
    that fit together: 吉林省吉林市 -> 220000 then 220200."""
    out = list(ms)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.end != b.start:
            continue
        pairs = [(x, y) for x in a.codes for y in b.codes if _parent_of(x, y)]
        if pairs:
            out[k - 1] = Mention(a.start, a.end, a.text, tuple(dict.fromkeys(x for x, _ in pairs)), a.kind)
            out[k] = Mention(b.start, b.end, b.text, tuple(dict.fromkeys(y for _, y in pairs)), b.kind)
    return out


@functools.lru_cache(maxsize=4096)
def _in_word(three: str) -> bool:
    """Whether jieba's dictionary knows these three characters as one word (示范县)."""
    try:
        from ..text.lexicon import table
        row = table().row(three)
    except Exception:  # noqa: BLE001 - jieba missing or its cache unwritable: no check
        return False
    return bool(row and row[0])


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Bare county-level forms that are everyday words (和平, 东方, 平安, 合作), as flagged in the
    division table (``common``, from jieba's dictionary tags at build time)."""
    g = gazetteer()
    return frozenset(t for t, forms in g.forms.items()
                     if all(f.kind == "bare" and g.places[f.code].common for f in forms))


def is_common_word(text: str) -> bool:
    return text in _common_words()
