"""Yes/no claims decided by figures: whether all of something was done, a figure against a
stated standard, and one year's figure against another's (``比2023年还高吗``, :func:`versus_year`).
Pure functions over one sentence (folded) and the question (folded).

A *completion* question claims that all of something was done (``全部办结了吗``, ``都整改完了吗``,
``Had it finished hearing every case?``).  Reports of this genre answer it with a remainder
(``4件案件正在办理中``, ``未结3件``), a rate (``办结率96%``), a pair of counts (``受理27件,审结23件``),
or a statement of completion (``全部办结``, ``整改完成率100%``).

>>> completion_asked("交办的信访事项全部化解了吗")
True
>>> completion("年内受理行政复议案件27件,审结23件,4件案件正在办理中。")
False
>>> completion("反馈问题40余个,已全部整改到位。")
True

A *standard* question compares a figure with a stated bound (``有没有超过省定标准``, ``达到目标了吗``)
without giving the bound's value; the sentence gives both figures:

>>> versus_standard("提速率有没有超过自治区规定的标准", "承诺提速率65.1%,自治区规定的标准为62.5%。")
True
>>> versus_standard("案件办结率达到目标了吗", "案件办结率91%,低于年初确定的95%的目标。")
False
"""
from __future__ import annotations

from itertools import pairwise

from ..text import lazy_re as re
from .breakdowns import asked_parts
from .comparators import alternation, words
from .figures import figure_value, number_spans
from .quantifiers import ALL_RE

# done: the genre's verbs of completion (办结, 审结, 整改完, 化解) and their English forms
_DONE_RE = re.compile(r"完成|办结|审结|结案|办完|审完|整改|化解|解决|处理完|处置|完结|销号|清零|落实|到位"
                      r"|\b(?:finish(?:ed)?|complet(?:e|ed)|conclud(?:e|ed)|clos(?:e|ed)|resolv(?:e|ed)|rectif(?:y|ied)"
                      r"|settl(?:e|ed)|handl(?:e|ed)|dispos(?:e|ed) of|(?:get|gets|getting|got) through)\b", re.IGNORECASE)
# all of it done: 全部办结, 均已整改, 整改完成率100%, 100%办结
_COMPLETE_RE = re.compile(r"(?:完成|整改|办结|审结|结案|化解|解决|落实|销号)率?(?:达到|达|为)?100%"
                         r"|100%(?:完成|整改|办结|审结|化解|解决)"
                         r"|(?:全部|均已|均|已全部|全面|悉数)(?:完成|整改|办结|审结|结案|化解|解决|落实|销号|清零)")
# part of it not done: 正在办理中, 在办, 未结, 尚未办结, 待审, 剩余, 结转
_REMAINDER_RE = re.compile(r"正在(?:办理|审理|处理|整改|推进|调查)|在办|未结|未办结|未审结|尚未(?:办结|审结|完成|整改|化解|结案)"
                           r"|待(?:审|办|结)|剩余\d|结转|未完成|正在进行")
_DONE_RATE_RE = re.compile(r"(?:完成|整改|办结|审结|结案|化解|解决|销号)率?(?:达到|达|为)?(\d+(?:\.\d+)?)%")


def completion_asked(q: str) -> bool:
    """Does the question claim that all of something was done?"""
    return bool(ALL_RE.search(q) and _DONE_RE.search(q))


def counts_fall(text: str) -> bool:
    """A count followed by a smaller one of the same unit: 受理27件,审结23件."""
    counts = [(u, figure_value(text[a:b])) for a, b, u in number_spans(text) if u and u != "%"]
    return any(u1 == u2 and v1 is not None and v2 is not None and v2 < v1
               for i, (u1, v1) in enumerate(counts) for u2, v2 in counts[i + 1:])


def completion(text: str) -> bool | None:
    """True when ``text`` says all was done, False when it states a remainder, a rate under
    100% or fewer done than received; None when it says neither."""
    if _REMAINDER_RE.search(text):
        return False
    rates = [float(v) for v in _DONE_RATE_RE.findall(text)]
    if rates and min(rates) < 100:
        return False
    if _COMPLETE_RE.search(text):
        return True
    return False if counts_fall(text) else None


# closing a matter (办结, 审结, 整改): a passage on the work (依法受理、公正审理) says nothing of its end
_CLOSING_RE = re.compile(r"办结|审结|结案|办完|审完|整改|化解|销号|\b(?:finish|conclud|clos|resolv|rectif|settl)", re.IGNORECASE)


def silent_on_closing(q: str, text: str) -> bool:
    """The question asks whether matters were closed (全部办结了吗) and ``text`` uses no verb of
    completion at all: it does not say."""
    return bool(_CLOSING_RE.search(q)) and not _DONE_RE.search(text)


def closing_windows(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Each clause (``spans``: the sentence's clauses) with a verb of completion and the clause before
    it: what was found and what of it was done, wherever a long sentence states them.

    >>> t = "推进专项整治,开展检查,排查隐患50条,完成整改48条,立案3起。"
    >>> closing_windows(t, [(m.start(), m.end()) for m in re.finditer(r"[^,。]+", t)])
    ['排查隐患50条,完成整改48条']
    """
    return [text[spans[max(0, i - 1)][0]:d] for i, (c, d) in enumerate(spans) if _DONE_RE.search(text[c:d])]


def has_completion_figures(text: str) -> bool:
    """Does ``text`` carry what decides a completion question (a remainder, a rate, two counts)?"""
    return completion(text) is not None


_COVERAGE_RATE_RE = re.compile(r"覆盖率?(?:达到|达|为|是)?(\d+(?:\.\d+)?)%")


def full_coverage(q: str, text: str) -> bool | None:
    """A claim of full coverage (实现全覆盖了吗) against a coverage rate: under 100% says no, 100% or
    全覆盖 says yes; None when the question claims none or the sentence gives neither.

    >>> full_coverage("法律顾问实现全覆盖了吗", "村(社区)法律顾问覆盖率达到85%。")
    False
    """
    if "全覆盖" not in q:
        return None
    rates = [float(v) for v in _COVERAGE_RATE_RE.findall(text)]
    if rates:
        return min(rates) >= 100
    said = re.search(r"(未|没有|尚未|没)?[^，,。；;]{0,4}全覆盖", text)
    return None if said is None else not said.group(1)  # 尚未实现全覆盖: no


# a bound the question names without its value: 标准, 目标, 要求, 规定的, 指标
_STANDARD_RE = re.compile(r"标准|目标|要求|规定|指标|任务数|均值|平均水平|\b(?:standard|target|goal|requirement|benchmark|average)s?\b",
                          re.IGNORECASE)
_ASK_MORE_RE = re.compile(rf"{alternation(words('above'))}|\b(?:exceed(?:ed|s)?|above|surpass(?:ed)?|more than|higher than)\b", re.IGNORECASE)
_ASK_REACH_RE = re.compile(r"达到|达标|完成|不低于|\b(?:meet|met|reach(?:ed)?|achiev(?:e|ed)|hit)\b", re.IGNORECASE)
_ASK_LESS_RE = re.compile(rf"{alternation(words('below'))}|\b(?:below|under|lower than|fall short)\b", re.IGNORECASE)
# the standard's own figure (规定的62.5%, 标准为90%), never a difference from it (比省定目标少2个工作日)
_BOUND_BEFORE_RE = re.compile(r"(?:标准|目标|要求|规定|指标|均值|平均水平)[^，,。；;\d多少高低快慢短长]{0,8}?(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fff]?)")
_BOUND_AFTER_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fff]?)[^，,。；;\d]{0,3}?(?:的)?(?:标准|目标|要求|指标)")


def _bound(text: str) -> tuple[int, float, str] | None:
    """(position, value, unit) of the standard's figure in ``text``."""
    for rx in (_BOUND_BEFORE_RE, _BOUND_AFTER_RE):
        m = rx.search(text)
        if m is not None:
            return m.start(1), float(m.group(1)), m.group(2)
    return None


def standard_op(q: str) -> str:
    """How the question compares a figure with a standard it names without a value: ">" (超过/高于),
    ">=" (达到/不低于), "<" (低于/不到); "" when it names no standard."""
    if not _STANDARD_RE.search(q):
        return ""
    return ">" if _ASK_MORE_RE.search(q) else "<" if _ASK_LESS_RE.search(q) else ">=" if _ASK_REACH_RE.search(q) else ""


# the sentence's own word for how a figure stands to a standard: 低于全省平均水平, 超过省定50%的目标
_SAID_RE = re.compile(rf"(?P<less>{alternation(words('below', 'short', 'rated', op='<'))})"
                      rf"|(?P<more>{alternation(words('above', 'rated', op='>'))})|(?P<reach>{alternation(words('floor', 'meets'))})")
_SAID_STANDARD_RE = re.compile(rf"(?:{_SAID_RE.pattern})[^，,。；;]{{0,14}}?(?:标准|目标|要求|指标|均值|平均)")


# a gap still left to a standard: 距离省定95%的目标仍有差距, 与考核要求还存在一定差距 (short of it)
_GAP_RE = re.compile(r"(?:距离?|离|与|同)[^，,。；;]{0,16}?(?:标准|目标|要求|指标)[^，,。；;]{0,6}?(?:仍|还|尚|依然)?(?:有|存在)"
                     r"(?:一定|较大|不小|明显)?的?差距")


def gap_left(text: str) -> bool:
    """Does ``text`` say a gap is still left to a standard or a target (距离…全覆盖的目标还有差距): short of it?

    >>> gap_left("全县公职律师仅有20名,距离部门全覆盖的目标还有差距"), gap_left("差距明显缩小")
    (True, False)
    """
    return bool(_GAP_RE.search(text))


def _said(op: str, text: str) -> bool | None:
    """The verdict the sentence's own comparison with a standard gives (超过/达到/低于 … 标准, 距离…目标仍有差距).

    >>> _said(">=", "出庭应诉率虽有提升，但距离省里提出的95%的目标仍有差距"), _said("<", "与考核要求还存在一定差距")
    (False, True)
    """
    if _GAP_RE.search(text):
        return op == "<"
    m = _SAID_STANDARD_RE.search(text)
    if m is None:
        return None
    if m.group("less"):
        return op == "<"
    if m.group("more"):
        return op != "<"
    return True if op == ">=" else (False if op == "<" else None)  # 达到标准: not more than it


def said_of_standard(q: str, text: str) -> bool | None:
    """The verdict of the sentence's own word for how its figure stands to a standard (``但仍低于省定90%的目标``),
    for a question naming a standard (``达到90%的目标了吗``); None when either says none."""
    op = standard_op(q)
    return _said(op, text) if op else None


def versus_standard(q: str, text: str) -> bool | None:
    """A figure against the standard the question names (see the module doc): the sentence's own
    comparison word when it has one, else its figure against the standard's; None when the question
    names no standard or the sentence says neither."""
    op = standard_op(q)
    if not op:
        return None
    said = _said(op, text)
    if said is not None:
        return said
    bound = _bound(text)
    if bound is None:
        return None
    at, limit, unit = bound
    mine = [figure_value(text[a:b]) for a, b, u in number_spans(text)
            if a != at and (u == unit or (unit not in ("%",) and not u)) and not (a <= at < b)]
    mine = [v for v in mine if v is not None]
    if not mine:
        return None
    got = mine[0]
    return {">": got > limit, ">=": got >= limit, "<": got < limit}[op]


_VERSUS_RE = re.compile(r"比((?:19|20)\d{2})年?[^，,。？?]{0,6}?(高|低|多|少|大|小)")
_YEAR_VALUE_RE = re.compile(r"((?:19|20)\d{2})年度?(?:为|是|达|达到)?(\d+(?:\.\d+)?)(?![\d.月日号])")  # 2023年12月: a date


def versus_year(q: str, text: str) -> bool | None:
    """``比2023年还高吗`` against ``2023年为7.89%,2024年为3.8%``: the other year's figure is compared."""
    m = _VERSUS_RE.search(q)
    if m is None:
        return None
    values = {y: float(v) for y, v in _YEAR_VALUE_RE.findall(text)}
    asked = [y for y in re.findall(r"(?:19|20)\d{2}", q) if y != m.group(1) and y in values]
    if m.group(1) not in values or not asked:
        return None
    mine, theirs = values[asked[0]], values[m.group(1)]
    return mine > theirs if m.group(2) in "高多大" else mine < theirs


def series_trend(text: str) -> str:
    """Which way a series of yearly figures goes (``2022年为28.12%,2023年为7.89%,2024年为3.8%``): "up" when
    each year's figure is above the year before, "down" when each is below, "mixed" otherwise, "" when
    ``text`` gives fewer than two years' figures.

    >>> series_trend("2021年为12件,2022年为15件,2023年为19件"), series_trend("2022年为5%,2023年为7%,2024年为6%")
    ('up', 'mixed')
    """
    values = {y: float(v) for y, v in _YEAR_VALUE_RE.findall(text)}
    series = [values[y] for y in sorted(values)]
    if len(series) < 2:
        return ""
    steps = [b - a for a, b in pairwise(series)]
    return "up" if all(d > 0 for d in steps) else "down" if all(d < 0 for d in steps) else "mixed"


_UNIT_KINDS = {"场": "次", "场次": "次", "期": "次", "轮": "次", "人次": "人", "名": "人", "位": "人", "宗": "件", "起": "件",
               "‰": "%", "日": "天", "工作日": "天", "个工作日": "天"}  # measure words that count the same kind of thing in this genre


def unit_kind(unit: str) -> str:
    """What a measure word counts: ``余件`` and ``宗`` count 件, ``场`` and ``期`` count 次, ``名`` counts 人.

    >>> unit_kind("万余人"), unit_kind("场"), unit_kind("%")
    ('人', '次', '%')
    """
    bare = unit.replace("万", "").replace("亿", "").replace("余", "") or unit
    return _UNIT_KINDS.get(bare, bare)


_CLAIM_TIME_UNITS = frozenset(("年", "月", "日", "号"))  # 2020年9月: a date, not a figure the claim states
_EN_FIGURE_RE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(%|percent\b))?(?:\s+(thousand|million|billion)\b)?"
                           r"((?:\s+[a-z\-]+){0,3})", re.IGNORECASE)
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# a figure the claim states comes after a predicate (是12件, 开展了12场, 共59件) or closes the question (12件吗);
# one before its noun names what is asked about (12个镇乡街都设了…吗, 第一批690件信访事项…)
_ZH_PREDICATE = frozenset("是为有了达共计约把将出至成")  # 把231项…改为后置, 梳理出6749项, 压缩至3天, 建成19个
_ZH_CLAIM_END_RE = re.compile(r"\s*(?:左右|以内)?(?:了|的)?(?:吗|呢|么|没有[？?]?\s*$|没[？?]?\s*$|[？?]|$)")  # …了没有?: the tag asks as 吗 does
_EN_DESCRIBES_RE = re.compile(r"\b(?:the|all|its|their|these|those|each of the|no\.)\s+$", re.IGNORECASE)  # all 12 townships


def stated_figures(q: str, lang: str = "zh") -> list[tuple[float, str]]:
    """(value, unit kind) of each figure a yes/no question states as its claim: ``是12件吗`` -> (12, 件),
    ``纠错率是20%吗`` -> (20, %), ``Did it resolve 12 disputes?`` -> (12, 件).  Not years, dates, ordinals
    (第一批) or bare numbers (the 12345 hotline).

    >>> stated_figures("下陆区2024年化解的行政争议是12件吗"), stated_figures("Was the correction rate 20% in 2019?", "en")
    ([(12.0, '件')], [(20.0, '%')])
    """
    if lang == "en":
        from .asked_unit import english_measure

        out = []
        for m in _EN_FIGURE_RE.finditer(q):
            value = float(m.group(1).replace(",", "")) * _EN_SCALE.get((m.group(3) or "").lower(), 1.0)
            unit = "%" if m.group(2) else next((u for w in m.group(4).split() if (u := english_measure(w))), "")
            if unit and not _EN_DESCRIBES_RE.search(q[max(0, m.start() - 12):m.start()]):
                out.append((value, unit_kind(unit)))
        return out
    return [(v, unit_kind(u)) for a, b, u in number_spans(q) if u and u not in _CLAIM_TIME_UNITS
            and (q[max(0, a - 1):a] in _ZH_PREDICATE or _ZH_CLAIM_END_RE.match(q, b))
            and not (q[a:b].startswith("一") and _NONE_AT_ALL_RE.match(q, b))
            and (v := figure_value(q[a:b])) is not None]


# 一起…都没有发生, 一件也没有: "not a single one", a claim of none, not of the figure one
_NONE_AT_ALL_RE = re.compile(r"[^，,。；;？?]{0,14}?(?:都|也)(?:没|不|未|无)")


def _said_figures(text: str) -> list[tuple[float, str]]:
    return [(v, unit_kind(u)) for a, b, u in number_spans(text) if u and (v := figure_value(text[a:b])) is not None]


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def figure_mismatch(stated: list[tuple[float, str]], text: str) -> bool:
    """Does ``text`` give figures of a stated figure's kind, none of them the stated value (asked 是12件吗,
    the sentence says 化解行政争议9件)?"""
    said = _said_figures(text)
    for value, kind in stated:
        same = [v for v, k in said if k == kind]
        if same and not any(_equal(v, value) for v in same):
            return True
    return False


def stating_at(stated: list[tuple[float, str]], text: str) -> list[int]:
    """Where ``text`` gives one of the stated figures, of its kind and value (力争达到80%以上: at 80)."""
    return [a for a, b, u in number_spans(text) if u and (v := figure_value(text[a:b])) is not None
            and any(unit_kind(u) == kind and _equal(v, value) for value, kind in stated)]


def states_figures(stated: list[tuple[float, str]], text: str) -> bool:
    """Does ``text`` give every stated figure, of its kind and value (是45.01%吗: 新增企业占比45.01%)?"""
    said = _said_figures(text)
    return bool(stated) and all(any(k == kind and _equal(v, value) for v, k in said) for value, kind in stated)


# a rate of an act (出庭应诉率100%, 公开率为98%): the act's words before 率, then its figure
# (the figure may follow a run of how it held: 出庭应诉率连续第三年保持100%, 连续3年稳定在100%; never a change: 较上年提高5%)
_ACT_RATE_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)率((?:(?!由|从|较|比|同比|环比|提高|提升|上升|下降|增长|增加|降低|减少)"
                          r"(?:[\u4e00-\u9fff]|\d{1,2}年)){0,10}?)(\d+(?:\.\d+)?)%")


def _one_act(act: str, q: str) -> bool:
    """Is the rate's act the asked one, not a stricter act joined to it (出庭且出声率: in court AND speaking) that
    the question does not name?"""
    head, sep, more = act.partition("且")
    return not sep or more[:2] in q


def every_one_rate(q: str, text: str) -> bool | None:
    """A claim that every case was met by an act (每一件都出庭了吗, appeared in court for every lawsuit)
    against the rate of that act in ``text`` (of the part the question names, when a 其中 part has its own
    figure): 100% says yes, under it no; None when the question claims
    no "every" or ``text`` gives no rate of an act the question names (two characters of it in common).

    >>> every_one_rate("被诉案件负责人每一件都出庭了吗", "负责人出庭应诉12件次，出庭应诉率100%。")
    True
    >>> every_one_rate("每一件都公开了吗", "主动公开率为96.5%"), every_one_rate("每一件都公开了吗", "办结率为96.5%")
    (False, None)

    A part the question names (其中…) is read for its own figure, the whole's otherwise:

    >>> s = "全县负责人出庭应诉率为95%,其中县政府本级达到100%。"
    >>> every_one_rate("县一级负责人是不是每次都出庭了", s), every_one_rate("全县负责人是不是每次都出庭了", s)
    (True, False)
    """
    if not ALL_RE.search(q):
        return None
    parts = asked_parts(text, number_spans(text), q)
    rates = [v for m in _ACT_RATE_RE.finditer(text) if any(m.group(1)[i:i + 2] in q for i in range(len(m.group(1)) - 1))
             and _one_act(m.group(1), q) for v in parts.get(m.start(3), [float(m.group(3))])]
    return (min(rates) >= 100) if rates else None
