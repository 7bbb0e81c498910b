"""Places as identities: one module for ingest, query understanding, filters, answers and the UI.

A place is a national division code (GB/T 2260) from a real code table
(``rag/data/divisions.tsv``), never a string compared by stripping suffixes: 静海, 静海区,
天津静海 and 天津市静海区 are all ``120118``; 长沙县 (430121) is not 长沙市 (430100); 吉林
alone is ambiguous (吉林省 220000 or 吉林市 220200) and says so.

>>> [p.code for p in resolve("天津静海")], [p.code for p in resolve("长沙县")]
(['120118'], ['430121'])
>>> same_place("120118", resolve("静海区")[0].code), contains("430100", "430121")
(True, True)
>>> display("")
'region unknown'
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.normalize import fold
from .gazetteer import (
    LEVELS,
    NATIONAL,
    Place,
    by_pinyin,
    canonical,
    chain,
    contains,
    county_by_pinyin,
    descendants,
    full_name,
    local_name,
    lookup,
    place,
    same_place,
    short_forms,
)
from .infer import RegionGuess, infer_region
from .mentions import Mention, find_mentions, is_common_word
from .readings import prefer_usual

UNKNOWN = {"zh": "地区未知", "en": "region unknown"}

__all__ = [
    "LEVELS",
    "NATIONAL",
    "UNKNOWN",
    "Mention",
    "Place",
    "RegionGuess",
    "by_pinyin",
    "canonical",
    "chain",
    "code_of",
    "contains",
    "county_by_pinyin",
    "descendants",
    "display",
    "find_mentions",
    "full_name",
    "infer_region",
    "is_common_word",
    "local_name",
    "lookup",
    "place",
    "prefer_usual",
    "resolve",
    "same_place",
    "short_forms",
]


def resolve(text: str) -> list[Place]:
    """The places a written name means, best first: ``天津静海`` -> [静海区]; ``吉林`` -> [吉林省,
    吉林市]; ``京`` -> [北京市]; a township below a county (丰都县栗子乡) gives the county; [] when
    the text names no known place.  Traditional script and full-width forms are folded first."""
    key = fold(text).strip()
    if not key:
        return []
    exact = lookup(key, include_abbr=True)
    if exact:
        return exact
    ms = find_mentions(key)
    if not ms:
        return []
    last = ms[-1]
    return [p for p in (place(c) for c in last.codes) if p is not None]


def code_of(region: str, near: str = "") -> str:
    """The division code of a region string when it names one place, else "".  An ambiguous
    name (松山区: 赤峰 or Taipei) is settled by ``near``, a code it should lie close to.

    >>> code_of("松山区"), code_of("松山区", near="150403")
    ('', '150404')
    """
    found = resolve(region)
    current = [p for p in found if p.status == "current"]
    found = current or found  # 长治: the city, not the abolished 长治县 (now 上党区)
    if len(found) == 1:
        return found[0].code
    if near and found:
        around = [p.code for p in chain(near)]
        depth = {p.code: max((i + 1 for i, a in enumerate(around) if contains(a, p.code)), default=0) for p in found}
        best = max(depth.values())
        winners = [c for c, d in depth.items() if d == best]
        if best and len(winners) == 1:
            return winners[0]
    return ""


def township_of(region: str, code: str) -> str:
    """The township text a region string holds below its county: 栗子乡 of 重庆市丰都县栗子乡."""
    p = place(code)
    key = fold(region)
    i = key.rfind(p.name) if p else -1
    tail = key[i + len(p.name):] if i >= 0 else ""
    return tail if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:乡|镇|街道)", tail) else ""


def identity(region: str) -> tuple[str, str]:
    """(division code, township text) of a region string: what 'the same region' compares.

    >>> identity("重庆市丰都县栗子乡"), identity("丰都县")
    (('500230', '栗子乡'), ('500230', ''))
    """
    code = code_of(region)
    return (code, township_of(region, code)) if code else ("", "")


def display(region: str, lang: str = "en") -> str:
    """A region for people: the name itself, or "region unknown" / 地区未知 when empty."""
    return region or UNKNOWN.get(lang, UNKNOWN["en"])
