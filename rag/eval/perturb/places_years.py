"""Rules on where the place and the year go and how they are written: 2023年霍州 ↔ 霍州2023年 ↔
霍州在2023年, 霍州市 ↔ 霍州, 山西霍州, 2023年 ↔ 2023年度.  A place is moved or respelled only when it
is one the index has reports of, its name ends on a word boundary (not 长治市|长 of 市长) and the
question names one place and one year.
"""
from __future__ import annotations

from collections.abc import Callable

from ... import places
from ...retrieve.query import find_years, place_mentions
from ...text import lazy_re as re
from ...text.lexicon import word_tag
from ...text.normalize import fold
from .base import Known, Question, in_quotes, rule

_SUFFIXES = "省市县区州旗盟"


def _word_across(folded: str, cut: int) -> bool:
    """A dictionary word spans ``cut`` (市长 in 长治市长, 市委 in 赣州市委): a name may not end there."""
    return any(word_tag(folded[cut - a:cut + b]) for a in (1, 2) for b in (1, 2)
               if cut - a >= 0 and cut + b <= len(folded))


def _known(m: places.Mention, known: Known) -> bool:
    return len(m.codes) == 1 and any(m.codes[0] == c or places.contains(m.codes[0], c) for c in known.codes)


def _chains(q: Question) -> list[tuple[int, int, list[places.Mention]]]:
    """Runs of adjacent place mentions (赤峰市元宝山区 is one), each (start, end, mentions)."""
    out: list[tuple[int, int, list[places.Mention]]] = []
    for m in place_mentions(q.folded):
        if out and out[-1][1] == m.start:
            out[-1] = (out[-1][0], m.end, [*out[-1][2], m])
        else:
            out.append((m.start, m.end, [m]))
    return out


def _one_place(q: Question) -> tuple[int, int, list[places.Mention]] | None:
    """The question's one named place (all its mentions known, its end a word boundary), else None."""
    chains = _chains(q)
    if len(chains) != 1 or not all(_known(m, q.known) for m in chains[0][2]):
        return None
    return None if _word_across(q.folded, chains[0][1]) else chains[0]


# a year as the time a question is about: not 2023年底 / 2023年5月 / 2023年几月 / 2021年至2025年
_NOT_AFTER_YEAR = "度底末初中前后内以起至到间来年几哪\\d一二三四五六七八九十上下半"
_YEAR_RE = re.compile(rf"(?<![\d\-–—~～至到])(?:19|20)\d{{2}}\s*年(?:度(?![{_NOT_AFTER_YEAR}])|(?![{_NOT_AFTER_YEAR}]))")


def _one_year(q: Question) -> re.Match | None:
    """The question's only year (written 2023年 or 2023年度), else None."""
    hits = list(_YEAR_RE.finditer(q.folded))
    return hits[0] if len(hits) == 1 and len(find_years(q.folded)) == 1 else None


@rule("order:year_place→place_year")
def _year_first(q: Question) -> str | None:
    """2023年霍州… / 2020年的海西州… -> 霍州2023年…"""
    place, year = _one_place(q), _one_year(q)
    if not place or not year:
        return None
    gap = q.folded[year.end():place[0]]
    if gap not in ("", "的"):
        return None
    moved = q.text[place[0]:place[1]] + q.text[year.start():year.end()]
    return q.text[:year.start()] + moved + q.text[place[1]:]


@rule("order:place_year→year_place")
def _place_first(q: Question) -> str | None:
    """霍州2023年… / 霍州在2023年… -> 2023年霍州…"""
    place, year = _one_place(q), _one_year(q)
    if not place or not year or q.folded[place[1]:year.start()] not in ("", "在"):
        return None
    rest = q.folded[year.end():]
    if _word_across(q.folded[place[0]:place[1]] + rest, place[1] - place[0]):
        return None
    moved = q.text[year.start():year.end()] + q.text[place[0]:place[1]]
    return q.text[:place[0]] + moved + q.text[year.end():]


@rule("order:place_year→place_在_year")
def _place_zai_year(q: Question) -> str | None:
    """霍州2023年… -> 霍州在2023年…"""
    place, year = _one_place(q), _one_year(q)
    if not place or not year or place[1] != year.start() or year.group().endswith("度") \
            or q.folded[year.end():].startswith(("报告", "的报告")):
        return None  # not 霍州在2023年度…, 霍州在2023年报告里…
    return q.edit(place[1], place[1], q.put("在"))


def _first_indexed(q: Question, kind: Callable[[places.Mention], bool]) -> places.Mention | None:
    """The first mention of a place the index has a report of (not its province: 法治甘肃 is a slogan)."""
    for m in place_mentions(q.folded):
        if len(m.codes) == 1 and m.codes[0] in q.known.codes and kind(m) and not in_quotes(q, m.start, m.end):
            return m
    return None


def _unique(form: str, code: str) -> bool:
    return [p.code for p in places.resolve(form)] == [code] and not places.is_common_word(form)


@rule("place:drop_suffix")
def _drop_suffix(q: Question) -> str | None:
    """霍州市 -> 霍州, 海西州 -> 海西 (only where the short form names that place alone)."""
    m = _first_indexed(q, lambda m: not m.bare and not _word_across(q.folded, m.end))
    if not m:
        return None
    shorter = [s for s in places.short_forms(m.codes[0]) if len(s) >= 2 and len(s) < len(m.text)
               and s[-1] not in _SUFFIXES and _unique(s, m.codes[0])]
    return q.edit(m.start, m.end, q.put(min(shorter, key=len))) if shorter else None


@rule("place:add_suffix")
def _add_suffix(q: Question) -> str | None:
    """霍州 -> 霍州市, 海西 -> 海西州."""
    m = _first_indexed(q, lambda m: m.bare and not _word_across(q.folded, m.end))
    if not m:
        return None
    longer = [s for s in places.short_forms(m.codes[0]) if s.startswith(m.text) and len(s) == len(m.text) + 1
              and s[-1] in _SUFFIXES and _unique(s, m.codes[0])]
    return q.edit(m.start, m.end, q.text[m.start:m.end] + q.put(longer[0][-1])) if longer else None


@rule("place:add_province")
def _add_province(q: Question) -> str | None:
    """霍州 -> 山西霍州, 元宝山区 -> 内蒙古元宝山区 (a place below a province, named without it)."""
    chain = next((c for c in _chains(q) if all(_known(m, q.known) for m in c[2])), None)
    if not chain or in_quotes(q, chain[0], chain[1]) or _word_across(q.folded, chain[0]):
        return None
    up = places.chain(chain[2][0].codes[0])
    if len(up) < 2 or up[0].level != "province":
        return None
    forms = [s for s in places.short_forms(up[0].code) if len(s) >= 2 and _unique(s, up[0].code)]
    return q.edit(chain[0], chain[0], q.put(min(forms, key=len))) if forms else None


_YEAR_NIAN_RE = re.compile(rf"(?<![\d\-–—~～至到])((?:19|20)\d{{2}})年(?![{_NOT_AFTER_YEAR}])")
_YEAR_DU_RE = re.compile(r"(?<![\d\-–—~～至到])((?:19|20)\d{2})年度")


@rule("year:年→年度")
def _nian_to_niandu(q: Question) -> str | None:
    """2023年 -> 2023年度 (not 2023年底, 2023年5月, 2021年至2025年)."""
    ms = list(_YEAR_NIAN_RE.finditer(q.folded))
    if len(ms) != 1 or len(find_years(q.folded)) != 1:
        return None
    return q.edit(ms[0].end(), ms[0].end(), q.put("度"))


@rule("year:年度→年")
def _niandu_to_nian(q: Question) -> str | None:
    ms = list(_YEAR_DU_RE.finditer(q.folded))
    return q.edit(ms[0].end() - 1, ms[0].end(), "") if len(ms) == 1 and len(find_years(q.folded)) == 1 else None



_CN_YEAR_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


@rule("year:digits→二〇二三")
def _year_in_words(q: Question) -> str | None:
    """2023年 -> 二〇二三年 (the one year of the question, written in Chinese numerals)."""
    ms = list(_YEAR_NIAN_RE.finditer(q.folded)) + list(_YEAR_DU_RE.finditer(q.folded))
    if len(ms) != 1 or len(find_years(q.folded)) != 1:
        return None
    return q.edit(ms[0].start(1), ms[0].end(1), ms[0].group(1).translate(_CN_YEAR_DIGITS))


@rule("frame:据…的报告，")
def _per_report(q: Question) -> str | None:
    """霍州2023年受理了… -> 据霍州2023年的报告，受理了… (the place and year that lead the question, said
    as the report's; only when they lead it and nothing else names a place)."""
    place, year = _one_place(q), _one_year(q)
    if not place or not year or place[0] != 0 or year.start() != place[1] or year.group().endswith("度"):
        return None
    rest = q.text[year.end():]
    if not rest or re.match(r"[的在和与跟及同，,、]", fold(rest)) or "报告" in fold(rest):  # not about the report itself
        return None
    return q.put("据") + q.text[:year.end()] + q.put("的报告，") + rest


@rule("order:year_的→year")
def _drop_de(q: Question) -> str | None:
    """霍州2023年的行政复议… -> 霍州2023年行政复议… (the 的 after the question's one year)."""
    year = _one_year(q)
    if not year or q.folded[year.end():year.end() + 1] != "的" or q.folded[year.end() + 1:year.end() + 3] in ("报告",):
        return None
    return q.edit(year.end(), year.end() + 1, "")
