"""Which year a figure of a report sentence is of: the year a clause opens with (``2022年，市政府共收到
…申请53件``) holds for the figures written after it, up to the next such year.

A question asking about one year is not answered by a figure the report explicitly gives for another
(asked 2023, ``2022年，…收到申请53件；另有3件结转至2023年办理``: 53件 is 2022's).  Only a year that opens a
clause says so: a year of comparison (``较2021年增长``), a period's start (``2019年以来``) or a date inside a
clause (``于2022年3月印发``) is no topic of the figures after it.

>>> s = "2022年，市政府共收到申请53件，受理47件；另有3件结转至2023年办理。"
>>> topic_year(s, s.index("53件")), topic_year(s, s.index("3件结转"))
(2022, 2022)
>>> other_year_figure(s, s.index("53件"), (2023,)), other_year_figure(s, s.index("53件"), (2022,))
(True, False)
>>> t = "2019年以来，累计受理案件120件，较2018年增长12%。"
>>> topic_year(t, t.index("120件")), topic_year(t, t.index("12%"))
(None, None)
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.normalize import fold_chars

# a year opening the sentence or a clause (after ，；。： or at the start), optionally after 在/于/截至 and
# followed by 年 (年度, 全年, a month: 2022年3月, …); not a period's start (以来, 起, 至, 到) nor a range (2021—2025)
_TOPIC_YEAR_RE = re.compile(r"(?:^|(?<=[，,；;。：:！!？?\s]))(?:在|于|截至|截止)?((?:19|20)\d{2})年"
                            r"(?!以来|来|起|开始|至|到|[-—–~])")


def topic_year(sentence: str, i: int) -> int | None:
    """The year the clause-opening year last written before position ``i`` of ``sentence`` names; None
    when no clause before ``i`` opens with a year."""
    found = None
    for m in _TOPIC_YEAR_RE.finditer(fold_chars(sentence), 0, i):
        found = int(m.group(1))
    return found


def other_year_figure(sentence: str, i: int, years: Sequence[int], report_year: int | None = None) -> bool:
    """Is the figure at ``i`` of a year other than the asked ``years``?  Its clause-opening year says so
    when one is written; else, in a report of another year (``report_year``), the figure is that year's
    unless its own clause names an asked year (``于2023年1月``) or, asked the year before the report's, looks
    back (``上年``).  False when no year is asked.

    >>> other_year_figure("全市共发生行政诉讼案件61件。", 0, (2023,), 2022)
    True
    >>> other_year_figure("上年办理案件33件。", 2, (2021,), 2022), other_year_figure("受理61件。", 2, (2022,), 2022)
    (False, False)
    >>> t = "2019年，出庭应诉率从上一年的20%上升到90.1%。"
    >>> other_year_figure(t, t.index("20%"), (2018,)), other_year_figure(t, t.index("90.1%"), (2019,))
    (False, False)
    """
    if not years:
        return False
    s = fold_chars(sentence)
    clause = s[max((s.rfind(c, 0, i) for c in "，,；;。：:！!？?"), default=-1) + 1:i]
    back = bool(_LOOKS_BACK_RE.search(clause))  # 2019年，…从上一年的20%上升到90.1%: 20% is 2018's
    year = topic_year(sentence, i)
    if year is not None:
        return year not in years and not (back and year - 1 in years)
    if report_year is None or report_year in years:
        return False
    if any(f"{y}年" in clause for y in years):
        return False
    return not (back and report_year - 1 in years)


PREV_YEAR_WORDS = "上一年|上年|去年|前一年"  # the year before the one in view (上年办理33件)
_LOOKS_BACK_RE = re.compile(PREV_YEAR_WORDS)


# a year that names the report itself (2020年报告, 2020年的年度报告, the 2020 report, 2020's report), not its figure's year
_REPORT_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年?度?的?\s*(?:法治政府建设)?(?:年度|工作)?(?:情况)?(?:报告|年报)"
                             r"|\b((?:19|20)\d{2})(?:['’]s)?\s+(?:annual\s+)?(?:rule-of-law\s+)?report\b")


def _report_years(question: str) -> set[int]:
    return {int(m.group(1) or m.group(2)) for m in _REPORT_YEAR_RE.finditer(fold_chars(question).lower())}


def figure_years(question: str, years: Sequence[int]) -> tuple[int, ...]:
    """The asked ``years`` in the order a figure is looked for: a year the question names only as its report's
    (``2020年报告的对比表里2019年的败诉率``, ``the 2020 report … in 2019``) after the other years it names.

    >>> figure_years("Per Jilin's 2020 report, what share of lawsuits were lost in 2019?", (2020, 2019))
    (2019, 2020)
    >>> figure_years("2020年报告里的败诉率是多少?", (2020,)), figure_years("2019年和2020年的败诉率", (2019, 2020))
    ((2020,), (2019, 2020))
    """
    named = _report_years(question)
    if not named or all(y in named for y in years):
        return tuple(years)
    return tuple(y for y in years if y not in named) + tuple(y for y in years if y in named)


def figures_own_years(question: str, years: Sequence[int]) -> tuple[int, ...]:
    """The asked ``years`` a figure may be of: without a year the question names only as its report's when it names
    another (``the 2024 report's table … in 2023``: 2023 only; the report's own 2024 figures do not answer).

    >>> figures_own_years("Per Jilin's 2020 report, what share of lawsuits were lost in 2019?", (2020, 2019))
    (2019,)
    >>> figures_own_years("2020年报告里的败诉率是多少?", (2020,)), figures_own_years("2019年和2020年的败诉率", (2019, 2020))
    ((2020,), (2019, 2020))
    """
    named = _report_years(question)
    if not named or all(y in named for y in years):
        return tuple(years)
    return tuple(y for y in years if y not in named)

