"""The unit a figure question asks in: the measure word after its ``多少`` / ``几`` (``多少件``, ``几批次``),
a noun that is its own measure word (多少案件 -> 件), money (罚了多少钱 -> 元), a rate (%), and for an
English question the measure word reports count its noun with (``how many disputes`` -> 件).
:func:`rag.answer.qtypes.classify` records it in ``QType.unit``.

>>> asked_unit("受理了多少件行政复议案件?"), asked_unit("纠错率是多少?"), asked_unit("how many disputes were mediated?", english=True)
('件', '%', '件')
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.zh_variants import formal_forms


def asked_unit(q: str, english: bool = False) -> str:
    """The unit the (folded) figure question ``q`` asks in; "" when it names none."""
    return _unit_en(q) if english else _unit_zh(q)


_PERCENT_RE = re.compile(r"率|比例|百分比|比重|占比|百分之|percent|percentage|proportion|rate|share")

# The measure word reports count an English noun with ("how many disputes" -> 件): the genre's usage.
_EN_COUNTED_RE = re.compile(r"\bhow many\s+(?:[a-z\-'’]+\s+){0,3}?([a-z]+?)s?\b(?=\s+(?:did|does|do|were|was|has|have|had|are|is|in|from|under|of|for"
                            r"|[a-z]{2,}ed)\b)")  # how many people passed: the noun before its past-tense verb
_EN_MEASURE = tuple((re.compile(rx), zh) for rx, zh in (
    (r"(?:case|dispute|application|complaint|petition|lawsuit|suit|matter|file|appeal|request|proposal|motion|document)$", "件"),
    ((r"(?:person|people|official|lawyer|mediator|staff|cadre|officer|member|participant|attendee|student|counsel"
      r"|resident|villager|citizen)$"), "人"),
    (r"(?:time|session|meeting|inspection|training|lecture|campaign|event)$", "次"),
    (r"(?:cop(?:y|ie)|book|handbook|booklet|brochure|pamphlet|leaflet)$", "份"), (r"(?:episode)$", "集"),
    (r"(?:month)$", "个月"), (r"(?:hour)$", "小时"), (r"(?:day)$", "天"), (r"(?:household)$", "户"),
    # businesses and the entities a regulator checks: the genre counts them in 家 (户 and 个 count the same)
    (r"(?:entit(?:y|ie)|enterprise|business(?:e)?|compan(?:y|ie)|firm)$", "家"),
))


# a money question without a unit word: 多少钱 / 罚了多少 / 金额是多少 / 投入经费多少
_MONEY_ZH_RE = re.compile(r"(?:多少|几)(?:钱|资金|经费|金额|罚款)|(?:金额|罚款|罚没款?|经费|资金|花费|花了|罚了|罚)"
                          r"(?:是|为|共|一共|总共|累计|合计|达到?|有|总计)?(?:多少|几)(?=钱|万?元|[？?，,。！!]|\s*$)")


def _unit_zh(q: str) -> str:
    count = re.search(r"(人次|件次|次|人|件|个|项|户|家)数", q)
    if count and not re.search(r"多少|几", q):  # 案件数最多 / 听证的次数更多: counted in 件 / 次
        return count.group(1)
    m = asked_count_word(q)
    if m:
        after = m.group(1)
        if _PERSONS_RE.match(q, m.start(1)):  # 几个人 / 多少个人: persons, which reports count in 人/名/位
            return "人"
        from .qtypes import UNITS  # here: qtypes -> this module

        for u in UNITS:
            if after.startswith(u):
                return u
        if count and count.end() <= m.start():  # 收件数大约是多少: counted in 件
            return count.group(1)
        head = own_measure(after) or next((h for f in formal_forms(after) if (h := own_measure(f))), "")
        if head:  # 多少案件 / 多少事项 (and 多少案子, written 案件): a noun whose head is its own measure word
            return head
        if _MONEY_ZH_RE.search(q):  # 罚了多少钱 / 罚没金额是多少: money, in 万元 / 亿元
            return "元"
    if _DURATION_ZH_RE.search(q):  # 要花多长时间 / 多久办结: a length of time, in whichever unit the report gives it
        return DURATION
    return "%" if _PERCENT_RE.search(q) and not m else ("%" if re.search(r"(率|比例|占比|百分比|百分之)(?:是|为|有|约为|大约是|保持在?|(?:达|到|达到|升至|提高到|提升到|上升到)了?)?(多少|几)", q) else "")


# A length of time asked (多长时间, 多久, how long): figures in a unit of time answer it (DURATION_UNITS), whichever one
DURATION = "时长"
DURATION_UNITS = frozenset((DURATION, "小时", "个小时", "分钟", "秒", "天", "日", "工作日", "个工作日", "个月", "周", "个星期"))
_DURATION_ZH_RE = re.compile(r"多长时间|多久|多少时间|多长的时间")
# the spoken 个 before 人 (几个人): 人 is what is counted; not 个人民调解委员会 (个 counting 人民…)
_PERSONS_RE = re.compile(r"个人(?![民大代])")
_HEAD_UNIT_RE = re.compile(r"^[\u4e00-\u9fff]([件项])$")  # 案件, 文件, 事项: counted in their own last character


def own_measure(noun: str) -> str:
    """The measure word a two-character ``noun`` is counted in when it is its own last character (案件 -> 件,
    事项 -> 项: 纠错1287件 counts 案件); "" for any other noun.

    >>> own_measure("案件"), own_measure("事项"), own_measure("部门")
    ('件', '项', '')
    """
    m = _HEAD_UNIT_RE.match(noun)
    return m.group(1) if m else ""
_COUNT_WORD_RE = re.compile(r"(?:多少|(?<![近这前])几(?!乎))(.{0,2})")


def asked_count_word(q: str) -> re.Match[str] | None:
    """The ``多少`` / ``几`` that asks for the figure, its match extended by the two characters after it:
    the last one, as the asked object ends the clause that asks (``几个部门一起抽查,抽了多少批次``,
    ``多少个部门联合抽查了几批次``: the 批次); an earlier one counts what does the work.

    >>> asked_count_word("几个部门联合抽查了多少批次?").group(0), asked_count_word("多少个部门抽查了几批?").group(0)
    ('多少批次', '几批?')
    """
    found = None
    for found in _COUNT_WORD_RE.finditer(q):
        pass
    return found


def _unit_en(q: str) -> str:
    if re.search(r"\b(percent|percentages?|proportions?|shares?|rates?(?!\s+(?:as|them|it)\b)|ratios?)\b"
                 r"|\b(?:more|less|most|least) (?:reliably|consistently)\b",
                 q):  # give both rates; did it more reliably (of all its cases): a share (not "rate them as": a grade given)
        return "%"
    if re.search(r"\bhow many (?:calendar |working |work )?days\b", q):
        return "天"
    if re.search(r"\bhow long\b|\bhow much time\b", q):
        return DURATION
    if re.search(r"\b(?:how much|what (?:was|were|is|are))\b[^?]*\b(?:fines?|fined|penalt\w*|funds?|funding|money|budget|invest\w*|spen[dt]"
                 r"|costs?|yuan|compensation|fees?|expenditure|expenses"
                 r"|pay|paid|wages?|salar(?:y|ies)|arrears|subsid(?:y|ies)|allowances?|revenues?|income|tax(?:es)?|losses)\b", q):
        return "元"  # money: 万元 / 亿元
    m = _EN_COUNTED_RE.search(q)
    return english_measure(m.group(1)) if m else ""


def english_measure(noun: str) -> str:
    """The measure word reports count an English noun with: ``meetings`` -> 次, ``cases`` -> 件; "" if none.

    >>> english_measure("meetings"), english_measure("mediators"), english_measure("plans")
    ('次', '人', '')
    """
    noun = noun.lower()
    noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return next((zh for rx, zh in _EN_MEASURE if rx.match(noun)), "")
