"""When not to answer, and what to say instead.

Input checks (empty, too long, unsupported language) and scope checks (a region
no report covers; a region whose reports do not cover the asked year) produce a
:class:`Refusal`; its message says what is missing and lists the reports that do
exist ("region year", from the documents given), in the question's language.

>>> from rag.records import Document
>>> docs = {"a": Document("a", "a.txt", "…", "h", region="长治市", year=2021)}
>>> r = scope_refusal(("长治市",), (2023,), (), (), docs, "zh")
>>> r.reason, r.message
('year_not_covered', '无法回答：没有长治市2023年的报告（长治市已收录：2021年）。已收录的报告：长治市 2021。')
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .. import places
from ..records import Document
from ..text.normalize import fold
from .qtypes import detect_lang
from .regions import same_region, short_name


@functools.lru_cache(maxsize=65536)
def region_key(region: str) -> str:
    """The folded short form a region is compared by (贛州 = 赣州市)."""
    return fold(short_name(fold(region)))

REFUSAL_ZH = "无法回答"
REFUSAL_EN = "The reports do not say"


@dataclass(frozen=True)
class Refusal:
    reason: str  # empty_question | question_too_long | unsupported_language | unknown_region | year_not_covered | unknown_year | low_support | no_statement
    message: str  # the answer text shown to the user
    flag: str  # a short human-readable flag


def catalog(documents: Mapping[str, Document], lang: str = "zh") -> list[str]:
    """"region year" of every report, sorted and de-duplicated ("地区未知"/"region unknown" when the
    region is unknown: a file name is never shown as a region)."""
    return list(_catalog(documents, lang)[0])


_CATALOGS: dict[tuple[int, str], tuple] = {}  # (id(documents), lang) -> (documents, their number, catalog, by year/place, years)
CATALOG_MAX = 50  # a refusal lists every indexed report up to this many; past it, a count and the closest ones
CATALOG_CLOSE = 10  # reports of the asked places/years named past CATALOG_MAX


def _catalog(documents: Mapping[str, Document], lang: str) -> tuple:
    """(catalog, {year or place: its items}, "first–last year"), built once per index, not per refusal."""
    docs, n, items, near, span = _CATALOGS.get((id(documents), lang), (None, 0, (), {}, ""))  # one read: thread-safe
    if docs is not documents or n != len(documents):
        near, every = {}, set()
        for d in documents.values():  # one pass: the catalog and the items per year/place
            place = places.display(d.region, lang)
            item = " ".join(x for x in (place, str(d.year) if d.year else "") if x)
            every.add(item)
            for k in (d.year, place):
                if k:
                    near.setdefault(k, set()).add(item)
        items = sorted(every)
        near = {k: sorted(v) for k, v in near.items()}
        years = sorted({d.year for d in documents.values() if d.year})
        span = f"{years[0]}–{years[-1]}" if years else ""
        if len(_CATALOGS) >= 8:  # a few indexes (engines) at a time; an old one's entry goes
            _CATALOGS.pop(next(iter(_CATALOGS)), None)
        _CATALOGS[(id(documents), lang)] = (documents, len(documents), items, near, span)
    return items, near, span


def _available(documents: Mapping[str, Document], lang: str, regions: Sequence[str] = (),
               years: Sequence[int] = ()) -> str:
    """The indexed reports, for a refusal: all of them ("region year") up to :data:`CATALOG_MAX`; past
    that, how many there are and over which years, the first :data:`CATALOG_CLOSE` of the asked
    places' or years' reports, and how to list them all."""
    items, near, span = _catalog(documents, lang)
    if len(items) <= CATALOG_MAX:
        if lang == "en":
            return "Reports available: " + (", ".join(items) if items else "none (the index is empty)") + "."
        return "已收录的报告：" + ("、".join(items) if items else "无（索引为空）") + "。"
    close = list(dict.fromkeys(x for k in (*(places.display(r, lang) for r in regions), *years) for x in near.get(k, ())))
    if lang == "en":
        head = f"{len(items)} reports are indexed" + (f" ({span})" if span else "")
        more = (f", and {len(close) - CATALOG_CLOSE} more" if len(close) > CATALOG_CLOSE else "")
        close_text = f"; of the asked places or years: {', '.join(close[:CATALOG_CLOSE])}{more}" if close else ""
        return f"{head}{close_text}. Ask e.g. \"Which places have reports for 2021?\" to list them."
    head = f"已收录{len(items)}份报告" + (f"（{span}年）" if span else "")
    more = f"等{len(close)}份" if len(close) > CATALOG_CLOSE else ""
    close_text = f"，其中与所问地区或年份相关的：{'、'.join(close[:CATALOG_CLOSE])}{more}" if close else ""
    return f"{head}{close_text}。可问“2021年有哪些地方的报告？”列出。"


def check_question(question: object, max_chars: int) -> Refusal | None:
    """A refusal for an empty, overlong or unsupported-language question, else None."""
    q = question.strip() if isinstance(question, str) else ""
    if not q:
        return Refusal("empty_question", "请输入问题。Please enter a question.", "问题为空 / empty question")
    lang = detect_lang(q)
    if len(q) > max_chars:
        if lang == "en":
            return Refusal("question_too_long", f"The question is too long ({len(q)} characters; the limit is {max_chars}). Please shorten it.", "question too long")
        return Refusal("question_too_long", f"问题过长（{len(q)} 个字符，上限 {max_chars}），请精简后再问。", "问题过长")
    if not lang:
        return Refusal(
            "unsupported_language",
            "目前只支持中文（简体或繁体）和英文问题。Only questions in Chinese (Simplified or Traditional) or English are supported.",
            "不支持的语言 / unsupported language",
        )
    return None


def region_years(documents: Mapping[str, Document]) -> dict[str, tuple[int, ...]]:
    """Covered years of each region, keyed by its folded short form (built once per index)."""
    out: dict[str, set[int]] = {}
    for d in documents.values():
        if d.region and d.year:
            out.setdefault(region_key(d.region), set()).add(d.year)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _years_of(region: str, documents: Mapping[str, Document], by_region: Mapping[str, tuple[int, ...]] | None) -> list[int]:
    if by_region is not None:
        return list(by_region.get(region_key(region), ()))
    return sorted({d.year for d in documents.values() if d.year and same_region(d.region, region)})


def scope_refusal(regions: Sequence[str], years: Sequence[int], unknown_regions: Iterable[str],
                  unknown_years: Iterable[int], documents: Mapping[str, Document], lang: str,
                  by_region: Mapping[str, tuple[int, ...]] | None = None) -> Refusal | None:
    """A refusal when the question names a region or year no report covers, else None.
    ``by_region``: :func:`region_years` of ``documents``, so that no report is scanned per question (the
    list of available reports is built only for a refusal)."""
    unknown_regions, unknown_years = list(unknown_regions), list(unknown_years)
    if not unknown_regions and not regions and not unknown_years:
        return None
    if unknown_regions:
        names = "、".join(unknown_regions) if lang == "zh" else ", ".join(unknown_regions)
        if lang == "en":
            return Refusal("unknown_region", f"{REFUSAL_EN}: there is no report for {names}. {_available(documents, lang, (), years)}", f"no report for {names}")
        return Refusal("unknown_region", f"{REFUSAL_ZH}：没有{names}的报告。{_available(documents, lang, (), years)}", f"没有{names}的报告")
    asked = set(regions)
    for region in regions:
        if any(region[:k] in asked for k in range(1, len(region))):
            continue  # a part of an asked place (山东省临沂市 of 山东省及所辖市): the place's own years decide
        have = _years_of(region, documents, by_region)
        missing = [y for y in years if y not in have]
        if have and years and len(missing) == len(list(years)):
            y = missing[0]
            if lang == "en":
                msg = f"{REFUSAL_EN}: there is no {y} report for {region} (its reports cover {', '.join(map(str, have))}). {_available(documents, lang, (region,), years)}"
                return Refusal("year_not_covered", msg, f"no {y} report for {region}")
            msg = f"{REFUSAL_ZH}：没有{region}{y}年的报告（{region}已收录：{'、'.join(f'{h}年' for h in have)}）。{_available(documents, lang, (region,), years)}"
            return Refusal("year_not_covered", msg, f"没有{region}{y}年的报告")
    if unknown_years and not regions:
        ys = ", ".join(map(str, unknown_years)) if lang == "en" else "、".join(f"{y}年" for y in unknown_years)
        if lang == "en":
            return Refusal("unknown_year", f"{REFUSAL_EN}: there is no report for {ys}. {_available(documents, lang)}", f"no report for {ys}")
        return Refusal("unknown_year", f"{REFUSAL_ZH}：没有{ys}的报告。{_available(documents, lang)}", f"没有{ys}的报告")
    return None


def unit_year_refusal(unit: str, year: int, have: Sequence[int], documents: Mapping[str, Document], lang: str) -> Refusal:
    """The reporting unit (a department such as 司法部) has reports, none of ``year``."""
    avail = _available(documents, lang)
    if lang == "en":
        msg = f"{REFUSAL_EN}: there is no {year} report by {unit} (its reports cover {', '.join(map(str, have))}). {avail}"
        return Refusal("year_not_covered", msg, f"no {year} report by {unit}")
    msg = f"{REFUSAL_ZH}：没有{unit}{year}年的报告（{unit}已收录：{'、'.join(f'{h}年' for h in have)}）。{avail}"
    return Refusal("year_not_covered", msg, f"没有{unit}{year}年的报告")


def low_support_refusal(missing: Sequence[str], documents: Mapping[str, Document], lang: str) -> Refusal:
    """The reports found say nothing about (some of) the question's terms."""
    avail = _available(documents, lang)
    if lang == "en":  # none missing: the question had no word to look for (a refusal always says why)
        what = f" (not found: {', '.join(missing)})" if missing else " (the question has no word to look up in them)"
        return Refusal("low_support", f"{REFUSAL_EN}: no passage in the reports answers this question{what}. {avail}", "no supporting passage")
    what = f"（未找到：{'、'.join(missing)}）" if missing else "（问题中没有可在报告中查找的词语）"
    return Refusal("low_support", f"{REFUSAL_ZH}：报告中没有找到能回答该问题的内容{what}。{avail}", "没有足够相关的原文")


# what a question of each kind asks for, named in a refusal that found the question's words but not that
_ASKED_ZH = {"number": "数字", "compare": "数字", "date": "日期", "name": "名称或人名", "list": "各项内容"}
_ASKED_EN = {"number": "figure", "compare": "figures", "date": "date", "name": "name", "list": "items"}


def no_statement_refusal(kind: str, held: Sequence[str], reports: Sequence[str], documents: Mapping[str, Document],
                         lang: str) -> Refusal:
    """The passages found hold the question's words (``held``, in ``reports``: "region year" labels) but no
    sentence states what a question of ``kind`` asks for (a figure, a date, a name): the refusal says so, and
    which words were found where, so that the user can ask again in the report's words."""
    avail = _available(documents, lang)
    if lang == "en":
        where = f" ({', '.join(reports)})" if reports else ""
        words = f" mention {', '.join(held)}" if held else " come closest"
        what = _ASKED_EN.get(kind, "answer")
        return Refusal("no_statement", f"{REFUSAL_EN}: passages of the reports{where}{words}, but no sentence there "
                                       f"states the {what} asked for. {avail}", f"no sentence states the {what} asked for")
    where = f"（{'、'.join(reports)}）" if reports else ""
    words = f"提到了{'、'.join(held)}" if held else "与问题最接近"
    what = _ASKED_ZH.get(kind, "内容")
    return Refusal("no_statement", f"{REFUSAL_ZH}：报告{where}中有段落{words}，但没有一句写明所问的{what}。{avail}",
                   f"没有一句写明所问的{what}")


def is_refusal_text(text: str) -> bool:
    """True when an LLM's reply is our refusal phrase ("无法回答" / "The reports do not say")."""
    t = text.strip().lower()
    return t.startswith((REFUSAL_ZH, REFUSAL_EN.lower())) or REFUSAL_ZH in t[:30] or REFUSAL_EN.lower() in t[:60]


def year_flag(scope: Refusal, lang: str) -> str:
    """The flag of an answer given from another year's report that mentions the asked year (``scope``: its refusal)."""
    if lang == "en":
        return f"{scope.flag}; answered from a report of another year that mentions it"
    return f"{scope.flag}，以下依据提到该年份的其他年度报告"
