"""The yardstick's parts every rule uses: the indexed places, the question as rules see it, the rule
registry, and :func:`keeps_meaning`, the check every variant passes.

>>> keeps_meaning("霍州2023年有几个?", "山西霍州2023年有几个?"), keeps_meaning("霍州2023年", "霍州2022年")
(True, False)
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ... import places
from ...retrieve.pinyin_names import pinyin_forms
from ...retrieve.query import find_years, place_mentions
from ...text import lazy_re as re
from ...text.normalize import fold, fold_chars
from ..normalize_answer import normalize_numbers


@dataclass(frozen=True)
class Known:
    """The places the index has reports of: their division codes and the pinyin of their short forms."""
    codes: frozenset[str]
    pinyin: frozenset[str]
    english_level: tuple[tuple[str, str], ...] = ()  # (pinyin of a short form, the English level word: City, County …)

    def level_of(self, pinyin: str) -> str:
        return dict(self.english_level).get(pinyin, "")


# the English word a place's level is written with after its pinyin (Huozhou City, Yuanbaoshan District)
_EN_LEVEL = {"county-level city": "City", "county": "County", "district": "District", "banner": "Banner"}


def _english_level(code: str) -> str:
    p = places.place(code)
    if p is None:
        return ""
    if p.level == "prefecture":
        return "City" if p.name.endswith("市") else "Prefecture"
    return _EN_LEVEL.get(p.level, "")


def known_places(regions: Iterable[str]) -> Known:
    """:class:`Known` of the indexed reports' region strings (unresolvable ones are left out)."""
    codes = {c for c in (places.code_of(r) for r in regions if r) if c}
    by_form = {p.replace(" ", ""): c for c in sorted(codes) for s in places.short_forms(c) for p in pinyin_forms(s)}
    levels = tuple(sorted((f, lvl) for f, c in by_form.items() if (lvl := _english_level(c))))
    forms = {p.replace(" ", "") for c in codes for s in places.short_forms(c) for p in pinyin_forms(s)}
    return Known(frozenset(codes), frozenset(forms), levels)


@dataclass(frozen=True)
class Question:
    """A question as the rules see it: ``folded`` (Simplified, half-width, lower case) has the same
    length as ``text``, so a rule finds a span in ``folded`` and rewrites it in ``text``."""
    text: str
    folded: str
    script: str  # hans | hant | mixed | en
    known: Known

    def put(self, zh: str) -> str:
        """Simplified words to insert, in the question's own script."""
        return _s2t(zh) if self.script == "hant" else zh

    def edit(self, start: int, end: int, new: str) -> str:
        return self.text[:start] + new + self.text[end:]


@functools.lru_cache(maxsize=1)
def _s2t_conv():
    from opencc import OpenCC

    return OpenCC("s2t")


def _s2t(text: str) -> str:
    return _s2t_conv().convert(text)


Rewrite = Callable[[Question], "str | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    lang: str  # zh | en
    rewrite: Rewrite


RULES: dict[str, Rule] = {}


def rule(name: str, lang: str = "zh") -> Callable[[Rewrite], Rewrite]:
    def register(fn: Rewrite) -> Rewrite:
        if name in RULES:
            raise ValueError(f"Rule {name!r} is registered twice; give the new one its own name.")
        RULES[name] = Rule(name, lang, fn)
        return fn
    return register


# --- what a rule may touch ----------------------------------------------------------------------
QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|《[^》]*》|‘[^’]*[\u4e00-\u9fff][^’]*’")  # not an English apostrophe
TERMINAL_Q_RE = re.compile(r"[?？]\s*$")


def _quoted(text: str) -> list[str]:
    """What the question quotes, without the quote marks (“X” and 「X」 quote the same X); 《titles》 keep theirs."""
    return [q if q.startswith("《") else q[1:-1] for q in QUOTED_RE.findall(fold(text))]


def in_quotes(q: Question, start: int, end: int) -> bool:
    return any(m.start() < end and start < m.end() for m in QUOTED_RE.finditer(q.folded))


def _codes(text: str) -> set[str]:
    return {c for m in place_mentions(fold_chars(text)) if len(m.codes) == 1 for c in m.codes}


def keeps_meaning(original: str, variant: str) -> bool:
    """The checks every variant passes: same years, same figures (三次 is 3次), same quoted strings, and the same
    places (a variant may add the province of a place it names, nothing else).

    >>> keeps_meaning("霍州2023年有几个?", "山西霍州2023年有几个?"), keeps_meaning("霍州2023年", "霍州2022年")
    (True, False)
    """
    if sorted(find_years(fold(original))) != sorted(find_years(fold(variant))):
        return False
    if sorted(re.findall(r"\d+", normalize_numbers(original))) != sorted(re.findall(r"\d+", normalize_numbers(variant))):
        return False
    if _quoted(original) != _quoted(variant):
        return False
    before, after = _codes(original), _codes(variant)
    if not before <= after:
        return False
    return all(any(places.contains(extra, c) for c in before) for extra in after - before)


def body_and_mark(q: Question) -> tuple[str, str]:
    """The question without its final question mark, and that mark ("" when it has none)."""
    m = TERMINAL_Q_RE.search(q.text)
    return (q.text[:m.start()], q.text[m.start():]) if m else (q.text, "")


def swap(q: Question, pattern: str, new: str) -> str | None:
    """Rewrite the one match of ``pattern`` in the folded question (outside quotes) as ``new``
    (Simplified, put in the question's script); None when there is not exactly one."""
    ms = [m for m in re.finditer(pattern, q.folded) if not in_quotes(q, m.start(), m.end())]
    if len(ms) != 1:
        return None
    return q.edit(ms[0].start(), ms[0].end(), q.put(new))
