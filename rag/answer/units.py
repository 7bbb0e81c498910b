"""Reports by their reporting unit: a question about 司法部's 2022 report is not answered from
重庆市司法局's, however alike their words.

Departments write reports too (司法部, 某市教育局).  The units the collection holds are read
from the reports' metadata (``Document.reporting_unit`` of ``level == "department"``), never
from a word list; a question that names one of them, and no place, asks about that unit's
reports.  When the unit has reports but none of the asked year, the question is refused like
a region whose reports do not cover the year (:func:`rag.answer.refusal.unit_year_refusal`).

>>> from rag.records import Document
>>> docs = {"a": Document("a", "a.txt", "…", "h", region="中华人民共和国", year=2021, level="department", reporting_unit="司法部"),
...         "b": Document("b", "b.txt", "…", "h", region="重庆市", year=2022, level="department", reporting_unit="司法局")}
>>> years = unit_years(docs)
>>> asked_unit("司法部2022年完成了多少项任务?", years), asked_unit("2022年完成了多少项任务?", years)
('司法部', '')
>>> unit_scope("司法部2022年完成了多少项任务?", (2022,), (), docs, "zh", years).reason
'year_not_covered'
>>> unit_scope("司法部2021年完成了多少项任务?", (2021,), (), docs, "zh", years) is None
True
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Document
from ..text import lazy_re as re
from ..text.normalize import fold
from .doc_index import departments
from .refusal import Refusal, unit_year_refusal

_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:部|局|厅|委|委员会|署|办|办公室|总局)$")
_GENERIC = frozenset({"部门", "单位", "机关"})


def unit_years(documents: Mapping[str, Document]) -> dict[str, tuple[int, ...]]:
    """Covered years of each department that reports in the collection, by its folded name
    (built once per index)."""
    out: dict[str, set[int]] = {}
    for d in documents.values():
        unit = fold(d.reporting_unit or "")
        if d.level == "department" and d.year and unit not in _GENERIC and _UNIT_RE.match(unit):
            out.setdefault(unit, set()).add(d.year)
    return {u: tuple(sorted(ys)) for u, ys in out.items()}


def asked_unit(question: str, units: Mapping[str, tuple[int, ...]]) -> str:
    """The longest reporting unit of ``units`` that the question names, "" when none; an English
    question names it through the glossary (the Ministry of Justice -> 司法部)."""
    q = fold(question)
    named = [u for u in units if u in q]
    if not named and units and _LATIN_RE.search(q):
        from ..text.glossary import alternatives, english_terms

        said = {fold(a) for t in english_terms(question) for a in alternatives(t)}
        named = [u for u in units if u in said]
    return max(named, key=len) if named else ""


_LATIN_RE = re.compile(r"[a-z]{3}")


def scope_unit(question: str, regions: Sequence[str], documents: Mapping[str, Document],
               units: Mapping[str, tuple[int, ...]] | None = None) -> str:
    """The reporting unit the question names as its scope (like a place, not words the evidence must
    hold), in the question's words; "" when none.  With no place named: :func:`asked_unit`.  With places
    named: the question's longest department name (…局, …厅, …委) that is a department reporting for one of
    ``regions`` (:func:`same_unit`: written whole or short), or the :func:`asked_unit` of an English question
    when it is one.  A county question's 县交通运输局 is a
    department the county's own report writes about, whatever other places' departments the collection
    also holds: adding or removing an unrelated department's report never turns it from content into scope.

    >>> from rag.records import Document
    >>> docs = {"t": Document("t", "t.txt", "…", "h", region="台州市", year=2022, level="department", reporting_unit="交通运输局")}
    >>> scope_unit("台州市交通运输局2022年办了多少件案子?", ("台州市",), docs), scope_unit("谷城县交通运输局办了多少件案子?", ("谷城县",), docs)
    ('市交通运输局', '')
    """
    if not regions:
        return asked_unit(question, unit_years(documents) if units is None else units)
    from .regions import same_region

    own = {fold(d.reporting_unit) for d in departments(documents) if d.reporting_unit
           and any(same_region(r, d.region) for r in regions)}
    if not own:
        return ""
    q, best = fold(question), ""
    for m in _UNIT_END_RE.finditer(q):
        j = m.end()
        for i in range(max(0, j - 12), j - len(best) - 1):
            if _CJK_ONLY_RE.fullmatch(q[i:j]) and any(same_unit(q[i:j], u) for u in own):
                best = q[i:j]
                break  # the longest from this end
    if best:
        return best
    for m in _PLAIN_UNIT_RE.finditer(q):  # 环保部门 / 环保局: the department by its plain or former name
        if any(same_unit(form + "局", u) for form in PLAIN_UNITS[m.group("plain")] for u in own):
            return m.group(0)
    unit = asked_unit(question, unit_years(documents) if units is None else units)  # an English name (justice bureau)
    return unit if unit and any(same_unit(unit, u) for u in own) else ""


_UNIT_END_RE = re.compile(r"(?:部|局|厅|委|会|署|办|室)")
# departments as people still call them (their names before the 2018 reorganisation, or short): the names they report
# under now (环保局 is 生态环境局; 工商局, 质监局 and 食药监局 merged into 市场监督管理局; 国土局 into 自然资源局)
PLAIN_UNITS: dict[str, tuple[str, ...]] = {
    "环保": ("生态环境",), "环境保护": ("生态环境",), "工商": ("市场监督管理", "市场监管"), "质监": ("市场监督管理", "市场监管"),
    "食药监": ("市场监督管理", "市场监管"), "国土": ("自然资源",), "国土资源": ("自然资源",), "城管": ("城市管理", "综合行政执法"),
    "人社": ("人力资源和社会保障",), "卫计": ("卫生健康",), "卫生计生": ("卫生健康",), "安监": ("应急管理",),
}
_PLAIN_UNIT_RE = re.compile(rf"(?P<plain>{'|'.join(sorted(PLAIN_UNITS, key=len, reverse=True))})(?:部门|局|系统)")
_CJK_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")


def same_unit(a: str, b: str) -> bool:
    """Are the folded unit names ``a`` and ``b`` one department, written whole or short (市场监管局 =
    市场监督管理局: :func:`rag.answer.term_coverage.abbreviated_in`, first and last characters kept), with or
    without their level's 市/县/区?

    >>> same_unit("市场监管局", "市市场监督管理局"), same_unit("交通运输局", "市场监管局"), same_unit("北省司法厅", "司法厅")
    (True, False, False)
    """
    from .term_coverage import abbreviated_in

    a, b = (u.lstrip("省市县区") for u in (a, b))
    short, long_ = sorted((a, b), key=len)
    return bool(short) and (short == long_ or (long_[:1] == short[:1] and long_[-1:] == short[-1:]
                                               and abbreviated_in(short, long_)))


def unit_scope(question: str, years: Sequence[int], regions: Sequence[str], documents: Mapping[str, Document],
               lang: str, units: Mapping[str, tuple[int, ...]] | None = None) -> Refusal | None:
    """A refusal when the question names a reporting unit (and no place) whose reports cover none
    of the asked years; None otherwise (a named place decides scope instead)."""
    if regions or not years:
        return None
    units = unit_years(documents) if units is None else units
    unit = asked_unit(question, units)
    if not unit or any(y in units[unit] for y in years):
        return None
    return unit_year_refusal(unit, years[0], units[unit], documents, lang)
