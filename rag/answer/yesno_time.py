"""Time claims of yes/no questions: a deadline (:func:`timing_verdict`), the year of account a report of
work covers (:func:`other_period`), the period a plan is for (:func:`other_named_period`), a run of years (:func:`short_run`),
the month and day of a date (:func:`other_month`).

Whether work was done in time: the genre's words for finishing ahead of, within or past a deadline.

Reports of this genre say how a task stood to its deadline (``提前7个月完成``, ``按期完成``,
``在规定时限内办结``, ``逾期未完成``); a yes/no question claims one of these (``是不是拖过了期限才完成``,
``是按时完成的吗``, ``Was it finished ahead of schedule?``).  A text that states the other side answers
否, the same side 是.

>>> timing_verdict("是不是拖过了规定的期限才完成", "提前7个月完成了上级下达的任务")
False
>>> timing_verdict("是按期完成的吗", "该项工作逾期3个月才完成")
False
>>> timing_verdict("是提前完成的吗", "按期完成年度任务") is None
True
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.glossary import EN_MONTHS
from .figures import figure_value

EARLY, ON_TIME, LATE = "early", "on time", "late"

# the text's side of a deadline; 提前 only before a finish (提前介入, 提前谋划 are no timing)
_TEXT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (LATE, re.compile(r"逾期|超期|延期|拖期|拖延|推迟|滞后于|晚于[^，,。；;]{0,8}(?:期限|时限|要求|规定)|未能按期|未按期|未按时|未如期"
                      r"|\b(?:overdue|behind schedule|past the deadline|after the deadline|delayed)\b", re.IGNORECASE)),
    (EARLY, re.compile(r"提前[^，,。；;]{0,8}?(?:完成|办结|结束|实现|建成|达到)|\bahead of (?:schedule|time|the deadline)\b"
                       r"|\bearlier than (?:required|planned|scheduled)\b", re.IGNORECASE)),
    # 按期办结率95%: a rate of work done in time says some was not, no timing of the whole
    (ON_TIME, re.compile(r"(?<![未不])(?:按期|如期|按时|准时|限期内|期限内|时限内|在规定(?:的)?(?:期限|时限|时间)内)(?![^，,。；;\d]{0,4}率)"
                         r"|\b(?:on time|on schedule|within the (?:deadline|time limit)|by the deadline)\b", re.IGNORECASE)),
)
# the question's claim: late (拖过期限, 逾期, 超过规定期限), early (提前), on time (按期, 如期, 在期限内)
_ASK_LATE_RE = re.compile(r"拖过|拖到|拖延|逾期|超期|延期|推迟|误期|(?:超过|超出|过了|晚于)[^，,。？?]{0,8}?(?:期限|时限|截止|规定时间)"
                          r"|\b(?:overdue|behind schedule|past the deadline|after the deadline|miss(?:ed)? the deadline)\b"
                          r"|\b(?:finish(?:ed)?|complet(?:e|ed)|done|deliver(?:ed)?|submit(?:ted)?)\s+late\b",  # not late 2019
                          re.IGNORECASE)


def text_timing(text: str) -> str:
    """How ``text`` says the work stood to its deadline: "early", "on time", "late", or ""."""
    for side, rx in _TEXT_RES:
        if rx.search(text):
            return side
    return ""


def asked_timing(question: str) -> str:
    """The timing a question claims: "late", "early", "on time", or "" when it claims none."""
    if _ASK_LATE_RE.search(question):
        return LATE
    return text_timing(question) if text_timing(question) != LATE else ""


def timing_verdict(question: str, text: str) -> bool | None:
    """True when ``text`` states the timing the question claims, False when it states another
    (early or on time against late, late against either); None when either states none, or the
    question claims early and the text says only on time."""
    asked, said = asked_timing(question), text_timing(text)
    if not asked or not said:
        return None
    if asked == LATE or said == LATE:
        return asked == said
    if asked == EARLY and said == ON_TIME:
        return None
    return True  # asked on time, done early or on time; asked early, done early


_PERIOD_RE = re.compile(r"((?:19|20)\d{2})年度(?![^，,。？?]{0,12}报告)")  # 2020年度的汇报; not 2021年度报告, the report itself


# a year's account in report text: 报告2018年法治政府建设工作情况, 2020年度工作总结 (not 2019年初, 2019年3月)
_ACCOUNT_RE = re.compile(r"((?:19|20)\d{2})年度?(?![\d初底末内中前后以来起至])[^，,。；;：:\d]{0,14}?(?:情况|汇报|总结)")


def other_period(q: str, clause: str) -> bool:
    """The year of account the claim names against the clause's: ``听取的是2021年度的汇报吗`` is answered
    否 by ``听取2020年度法治建设情况汇报``, ``是2019年度的情况吗`` by ``报告2018年法治政府建设工作情况``."""
    asked = set(_PERIOD_RE.findall(q))
    said = set(_PERIOD_RE.findall(clause)) | set(_ACCOUNT_RE.findall(clause))
    return bool(asked and said) and not asked & said


# a five-year plan's period: “十四五”, the 14th Five-Year Plan
_PLAN_PERIOD_RE = re.compile(r"十[一二三四五六七八九]五|\b(1[1-9])th\s+five-year\b", re.IGNORECASE)
# the year a plan or work document is for: 《2020年法治政府建设工作计划》, 2021年的工作要点 (not 2021年制定了计划: the year of the act)
_DOC_YEAR_RE = re.compile(r"((?:19|20)\d{2})年度?的?([^，,。；;：:？?!！《》]{0,14}?)(工作计划|计划|工作要点|要点|实施方案|方案|规划|清单)")
_ACT_RE = re.compile(r"[了中里内是在]|制定|出台|印发|编制|发布|研究|审议|通过|召开|开展|完成")


def _five_year_span(period: str) -> tuple[str, str]:
    """The years of a five-year plan's period: 十三五 -> ('2016', '2020') (the 11th began in 2006)."""
    n = 10 + "一二三四五六七八九".index(period[1]) + 1
    first = 2006 + 5 * (n - 11)
    return str(first), str(first + 4)


def _plan_periods(text: str) -> set[str]:
    out = set()
    for m in _PLAN_PERIOD_RE.finditer(text):
        out.add(m.group(0) if m.group(1) is None else "十" + "一二三四五六七八九"[int(m.group(1)) - 11] + "五")
    return out


def _doc_years(text: str) -> set[tuple[str, str]]:
    """(year, kind) of each plan or work document ``text`` names with the year it is for."""
    return {(m.group(1), m.group(3)[-2:]) for m in _DOC_YEAR_RE.finditer(text) if not _ACT_RE.search(m.group(2))}


def other_named_period(q: str, clause: str) -> bool:
    """A period the claim names for a plan against the one the clause names for it: ``纳入“十四五”规划了吗``
    is answered 否 by ``纳入“十五五”发展总体规划``, ``出台的是2021年的工作计划吗`` by
    ``出台《2020年法治政府建设工作计划》`` (a plan of the same kind for another year).

    >>> other_named_period("是否纳入了全县“十四五”规划", "纳入全县“十五五”发展总体规划")
    True
    >>> other_named_period("出台的规划,规划期是2016到2020年吗", "出台《法治某省建设规划(2021—2025年)》")
    True
    >>> other_named_period("出台的是“十三五”规划吗", "出台《法治某省建设规划(2021—2025年)》"), other_named_period("是十四五规划吗", "出台《某规划(2021—2025年)》")
    (True, False)
    >>> other_named_period("出台的是2021年的工作计划吗", "出台《2020年法治政府建设工作计划》"), other_named_period("2021年制定了工作计划吗", "制定《2022年工作计划》")
    (True, False)
    """
    asked, said = _plan_periods(q), _plan_periods(clause)
    if asked and said and not asked & said:
        return True
    asked_ranges = {(a, b) for a, b in _RANGE_RE.findall(q)} | {_five_year_span(p) for p in asked}
    if asked_ranges:  # 规划期是2016到2020年吗 / 是“十三五”规划吗 against 《…建设规划(2021—2025年)》: a plan of the kind asked
        kinds = {k for k in _PLAN_KINDS if k in q}
        said_ranges = {r for r, kind in _plan_ranges(clause) if kind in kinds} | {_five_year_span(p) for p in said}
        if said_ranges and not asked_ranges & said_ranges:
            return True
    docs_q, docs_c = _doc_years(q), _doc_years(clause)
    for year, kind in docs_q:
        years = {y for y, k in docs_c if k == kind}
        if years and year not in years:
            return True
    return False


_RANGE_RE = re.compile(r"((?:19|20)\d{2})年?\s*(?:到|至|—|–|-|－|~|～)+\s*((?:19|20)\d{2})(?:年)?")
_PLAN_KINDS = ("规划", "纲要", "方案", "计划", "要点", "意见")


def _plan_ranges(text: str) -> list[tuple[tuple[str, str], str]]:
    """((first, last), kind) of each span of years ``text`` gives a plan: ``《法治某省建设规划(2021—2025年)》``
    -> (('2021', '2025'), '规划'); the kind is the plan word written right before the years."""
    out = []
    for m in _RANGE_RE.finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        kind = next((k for k in _PLAN_KINDS if k in before), "")
        if kind:
            out.append(((m.group(1), m.group(2)), kind))
    return out


_RUN_RE = re.compile(r"连续(?:第)?([\d零〇一二两三四五六七八九十]+)(?:个)?(年|次|届|轮|季度|月)")


def short_run(q: str, text: str) -> bool:
    """A run the question claims (``连续五年``) longer than the one the text states (``连续三年``)."""
    def runs(t: str) -> dict[str, float]:
        out: dict[str, float] = {}
        for n, unit in _RUN_RE.findall(t):
            v = figure_value(n)
            if v is not None:
                out[unit] = max(out.get(unit, 0.0), v)
        return out

    asked, said = runs(q), runs(text)
    if any(unit in said and said[unit] < v for unit, v in asked.items()):
        return True
    return any(unit in said and not (said[unit] > v if strict else said[unit] >= v) for unit, v, strict in _run_bounds(q))


_RUN_BOUND_RE = re.compile(r"连续[^，,。；;？?]{0,12}?(超过|多于|不止|不少于|至少|达到|达|满)?"
                           r"([\d零〇一二两三四五六七八九十]+)(?:个)?(年|次|届|轮|季度|月)(以上|多)?")


def _run_bounds(q: str) -> list[tuple[str, float, bool]]:
    """(unit, value, strict) of a run the question bounds with words between 连续 and its length:
    ``连续拿第一已经超过6年`` -> ('年', 6.0, True), ``连续获评满3年`` -> ('年', 3.0, False)."""
    out = []
    for m in _RUN_BOUND_RE.finditer(q):
        if m.group(1) is None and m.group(4) is None:  # 连续五年: the plain run, read by short_run itself
            continue
        v = figure_value(m.group(2))
        if v is not None:
            out.append((m.group(3), v, m.group(1) in ("超过", "多于", "不止") or m.group(4) == "多"))
    return out


def states_run(text: str) -> bool:
    """Does ``text`` state a run (连续三年)?"""
    return bool(_RUN_RE.search(text))


_MONTH_RE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?")
_EN_MONTH_RE = re.compile(rf"\b(?:(\d{{1,2}})\s+)?({'|'.join(EN_MONTHS)})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?(?:\s+of)?\s+((?:19|20)\d{{2}})\b",
                          re.IGNORECASE)


def _dates(text: str) -> set[tuple[str, int, int]]:
    """(year, month, day or 0) of the dates ``text`` writes: 2020年9月, 2020年5月31日, 31 May 2020, October 2020."""
    got = {(y, int(m), int(d or 0)) for y, m, d in _MONTH_RE.findall(text)}
    return got | {(y, EN_MONTHS.index(m.lower()) + 1, int(d1 or d2 or 0)) for d1, m, d2, y in _EN_MONTH_RE.findall(text)}


_BARE_MONTH_RE = re.compile(r"(?<![\d年个])(\d{1,2})月份?(?:(\d{1,2})日)?(?!\d)")


def _bare_months(text: str, year: int) -> set[tuple[str, int, int]]:
    return {(str(year), int(m), int(d or 0)) for m, d in _BARE_MONTH_RE.findall(text) if 1 <= int(m) <= 12}


def other_month(q: str, text: str, year: int | None = None) -> bool:
    """The month (and day) the question claims against the text's dates of the same year: ``是在2020年10月
    交办的吗`` is answered 否 by ``2020年9月份交办``, ``5月30日`` by ``5月31日``.

    >>> other_month("是在2020年10月交办的吗", "国家信访局2020年9月份交办我市第一批690件"), other_month("in October 2020?", "2020年10月交办")
    (True, False)
    >>> other_month("是2020年5月30日之前制定的吗", "对2020年5月31日前制定的文件进行清理"), other_month("是2020年5月吗", "2020年5月31日")
    (True, False)
    >>> other_month("是2020年3月召开的吗", "1月,召开专题会议", 2020), other_month("是2020年3月召开的吗", "1月,召开专题会议", 2019)
    (True, False)
    >>> other_month("是3月份召开的吗", "1月,召开专题会议", 2020), other_month("是1月份召开的吗", "1月,召开专题会议", 2020)
    (True, False)
    """
    asked, said = _dates(q), _dates(text)
    if year and not said:  # a report's bare month (1月,对上年度工作进行研讨) is of the report's own year
        said = _bare_months(text, year)
    if year and not asked:  # so is the question's (是3月份研讨的吗)
        asked = _bare_months(q, year)
    same_year = [d for d in said if d[0] in {a[0] for a in asked}]
    if not asked or not same_year:
        return False
    return not any(a[:2] == d[:2] and (not a[2] or not d[2] or a[2] == d[2]) for a in asked for d in same_year)
