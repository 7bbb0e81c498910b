"""How well a figure span of a sentence fits the question: the question's terms in its clause, its
unit, year, direction (from/to), the measured noun or verb beside it, and whether the report gives it
roughly; :func:`pick_span` takes the best.  The spans themselves come from :mod:`rag.answer.figures`.

>>> from rag.answer.figures import number_spans
>>> s = "全年市本級受理59件,審結37件,綜合糾錯率達59.46%。"
>>> best = pick_span(s, number_spans(s), ("纠错率",), {}, unit="")
>>> s[best[0]:best[1]]
'59.46%'
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..text import lazy_re as re
from ..text.glossary import alternatives
from ..text.normalize import fold_chars
from .asked_unit import DURATION, DURATION_UNITS, own_measure
from .breakdowns import (
    PART_BONUS,
    item_bounds,
    item_fit,
    part_total,
    unasked_part_total,
)
from .figure_years import PREV_YEAR_WORDS
from .figures import has_digit_figure
from .term_coverage import coverage, find_term

# a comma between a digit and three digits (3,912家; folded ３，９１２) groups thousands: no clause break
CLAUSE_SEP_RE = re.compile(r"[，；;。：:！!？?]|,(?!(?<=\d,)\d{3}(?!\d))")
_TO_LAST_CLAUSE_RE = re.compile(r".*[，,；;。：:！!？?]", re.S)  # up to the last separator (greedy: one match)
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def clause_bounds(s: str, i: int) -> tuple[int, int]:
    """[start, end) of the clause (between ，；。：) that holds position ``i``."""
    last = _TO_LAST_CLAUSE_RE.match(s, 0, i)  # the end of the last separator before i (no match object per separator)
    while last and _THOUSANDS_RE.match(s, last.end() - 1):  # 3,912: a digit group, the separator is further back
        last = _TO_LAST_CLAUSE_RE.match(s, 0, last.end() - 1)
    a = last.end() if last else 0
    m = CLAUSE_SEP_RE.search(s, i)
    return a, (m.start() if m else len(s))


SHORT_CLAUSE = 14  # a clause this short holding a figure is one item of a parallel list
LEAD_SHARE = 0.3  # a short clause opening the sentence gets this share of the sentence's coverage


def clause_coverage(folded_sentence: str, i: int, terms: Sequence[str], weights: Mapping[str, float]) -> float:
    """Question-term coverage of the clause holding position ``i``, plus 0.4 x that of the clause
    before and 0.3 x that of the clause after (``2022年3月，办公室印发《规定》``).  A neighbour
    counts only for the terms the clause itself lacks: ``梳理出事项6749项,保留事项2700项`` gives
    2700项 no credit for 事项 twice."""
    return _clause_coverage(folded_sentence, i, terms, weights, False)


def clause_covered(folded_sentence: str, i: int, terms: Sequence[str], weights: Mapping[str, float]) -> bool:
    """``clause_coverage(...) > 0``, worked out only as far as it takes (the clause itself holds a term: no
    neighbour is read)."""
    return _clause_coverage(folded_sentence, i, terms, weights, True) > 0


def _clause_coverage(s: str, i: int, terms: Sequence[str], weights: Mapping[str, float], any_positive: bool) -> float:
    ca, cb = clause_bounds(s, i)
    here, missing = coverage(terms, s[ca:cb], weights, folded=True)
    if any_positive and here > 0:  # (every part is >= 0: the sum is positive)
        return here
    before = after = 0.0
    pa = ca
    for _ in range(4):  # the clause before; from a topic-less one, past short parallel ones (2022年为X,2023年为Y)
        if pa <= 0:
            break
        pa, pb = clause_bounds(s, max(0, pa - 2))
        before = _extra(terms, missing, s[pa:pb], weights)
        if before > 0 or here > 0 or pb - pa > SHORT_CLAUSE or not has_digit_figure(s[pa:pb]):
            break
    if cb < len(s) - 1:
        _, nb = clause_bounds(s, cb + 1)
        after = _extra(terms, missing, s[cb:nb], weights)
    if ca == 0 and cb <= SHORT_CLAUSE and here == 0:  # a leading "2020年9月，..." frames the whole sentence
        after = max(after, LEAD_SHARE / 0.3 * coverage(terms, s, weights, folded=True)[0])
    return here + 0.4 * before + 0.3 * after


def _extra(terms: Sequence[str], missing: Sequence[str], text: str, weights: Mapping[str, float]) -> float:
    """Share of all of ``terms``' weight that ``text`` adds by holding some of ``missing``."""
    if not missing or not terms:
        return 0.0
    total = sum(weights.get(t, 1.0) for t in terms)
    part = sum(weights.get(t, 1.0) for t in missing)
    return coverage(missing, text, weights, folded=True)[0] * part / total if total else 0.0


_PHRASE_FROM_RE = re.compile(r"(?:由|从)(?:原来|原先|原有|原)?[^，,；;。到至为]{0,14}$|^(?:原来|原先)")
_CHANGE_VERBS = r"缩短|减少|降低|下降|压缩|精简|减|提高|提升|增加|增长|上升|上涨|扩大|增|降|涨|缩减|改为|变为"
_PHRASE_TO_RE = re.compile(rf"(?:{_CHANGE_VERBS})(?:到|至|为)")


# a figure that only says how much another changed since an earlier time (较上年缩短6天, 同比增加12件, 比2022年减少3件)
_VERSUS_CHANGE_RE = re.compile(rf"(?:同比|环比|(?:较|比)(?:上一?年度?|去年|前一年|同期|上期|(?:19|20)\d{{2}}年度?)(?:同期)?)"
                               rf"(?:有所|分别)?(?:{_CHANGE_VERBS})了?(?:约|近|超过|逾)?$")
# a question asking about a change (较上年缩短了多少, 比去年多了几件, by how much did it fall, compared with)
_ASKS_CHANGE_RE = re.compile(rf"{_CHANGE_VERBS}|变化|变动|增幅|降幅|幅度|多了|少了|快了|慢了|同比|环比|比(?:上一?年|去年|前一年)|较"
                             r"|\b(?:chang\w*|increas\w*|decreas\w*|ris[ei]\w*|rose|fall\w*|fell|drop\w*|grow\w*|grew|cut\w*"
                             r"|reduc\w*|shorten\w*|lower\w*|rais\w*|compar\w*|than|up|down|more|fewer|less)\b", re.IGNORECASE)


def change_only(s: str, a: int, question: str) -> bool:
    """Is the figure at ``a`` of ``s`` only a change against an earlier time (``平均办理时长较上年缩短6天``) while the
    ``question`` asks the level itself (平均要审多少天), not a change? Such a figure is no answer to it.

    >>> s = "全县案件平均办理时长较上年缩短6天。"
    >>> change_only(s, s.index("6天"), "平均要多少天"), change_only(s, s.index("6天"), "比上年缩短了多少天")
    (True, False)
    """
    ca, _ = clause_bounds(s, a)
    return bool(_VERSUS_CHANGE_RE.search(fold_chars(s[ca:a]))) and not _ASKS_CHANGE_RE.search(fold_chars(question))


# a question asking how big a change against an earlier time was (比上年增长了多少, 跟去年比涨了多少, 比上一年高了多少,
# 同比降幅是多少, by how much did it rise compared with the year before); 新增了多少 asks a count of new ones, no change
_ASKS_AMOUNT_ZH_RE = re.compile(rf"(?<!新)(?:{_CHANGE_VERBS}|多|少|高|低)了?(?:百分之)?(?:多少|几)(?!倍)|(?:增幅|降幅|幅度|增速)(?:是|为|有)?(?:多少|几)")
_VERSUS_ZH_RE = re.compile(r"同比|环比|相比|(?:比|较)(?:上一?年|去年|前一年|同期|上期|(?:19|20)\d{2}年)|(?:上一?年|去年|前一年)比")
_ASKS_AMOUNT_EN_RE = re.compile(r"\bby how much\b|\bhow (?:much|many) (?:more|fewer|less)\b|\bhow much (?:did|has|had|was|were|is|does)\b.{0,80}?"
                                r"\b(?:ris|rose|increas|grow|grew|fall|fell|drop|declin|decreas|go up|go down|went up|went down|jump|climb)",
                                re.IGNORECASE)
_VERSUS_EN_RE = re.compile(r"\b(?:compared?|than|year[- ]on[- ]year|previous year|year before|last year|prior year|from (?:19|20)\d\d)\b",
                           re.IGNORECASE)


def asks_change_amount(question: str) -> bool:
    """Does the ``question`` ask how much a figure changed against an earlier time (跟上一年比涨了多少, by how much did
    it rise over the year before), so that the change itself (同比增长17.7%), not the level (186件), answers it?

    >>> asks_change_amount("跟上一年比涨了多少?"), asks_change_amount("受理了多少件?"), asks_change_amount("比上年新增了多少家?")
    (True, False, False)
    """
    q = fold_chars(question)
    return bool(_ASKS_AMOUNT_ZH_RE.search(q) and _VERSUS_ZH_RE.search(q)
                or _ASKS_AMOUNT_EN_RE.search(q) and _VERSUS_EN_RE.search(q))


def change_figures(s: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Those of ``spans`` (in the folded sentence ``s``) that only state a change against an earlier time (同比增长17.7%,
    较上年减少3件): what a question asking the change (:func:`asks_change_amount`) is answered by."""
    return [sp for sp in spans if _VERSUS_CHANGE_RE.search(s[clause_bounds(s, sp[0])[0]:sp[0]])]


def names_change(verb: str) -> bool:
    """Is every alternative of ``verb`` (``减少|压缩``) a verb of change, whose figure is the value reached?"""
    return bool(verb) and all(re.fullmatch(f"(?:{_CHANGE_VERBS})", v) for v in verb.split("|") if v)


def own_phrase(s: str, a: int, spans: Sequence[tuple[int, int, str]]) -> tuple[int, int]:
    """[start, end) of the words that lead up to the figure at ``a`` within its clause: from the end
    of the figure before it in the clause (or the clause start) to ``a``."""
    ca, _ = clause_bounds(s, a)
    prev = max((b for x, b, _ in spans if ca <= b <= a and x < a), default=ca)
    return prev, a


def phrase_fit(s: str, a: int, spans: Sequence[tuple[int, int, str]], want_from: bool = False) -> float:
    """The direction of a change as a figure's own phrase (:func:`own_phrase`) tells it: the value
    reached (``缩短到并联办理92天``) over the one left (``由原来串联办理240多天``), the other way round
    when the question asks for the old value; when the words right before the figure already say
    it (``从上一年的20%``, ``上升到90.1%``), only that turning round."""
    ca, _ = clause_bounds(s, a)
    told = _direction_fit(s, ca, a)
    if told:  # counted by span_score already; asked for the old value, it is turned round here
        return -2 * told if want_from else 0.0
    phrase = s[slice(*own_phrase(s, a, spans))]
    direction = -0.3 if _PHRASE_FROM_RE.search(phrase) else 0.2 if _PHRASE_TO_RE.search(phrase) else 0.0
    return -direction if want_from else direction


def unit_fit(asked: str, unit: str) -> float:
    """+1 when the figure's unit is the asked one, -1 when it is another, -0.3 for a bare number."""
    if not asked:
        return 0.0
    if asked == "%":
        return 1.0 if unit in ("%", "‰") else -1.0
    if asked == DURATION:  # 多长时间: any unit of time (29.6小时, 3个工作日)
        return 1.0 if unit.lstrip("余多") in DURATION_UNITS else -0.3 if not unit else -1.0
    if asked in unit:
        return 1.0
    if any(asked in g and unit.lstrip("万千余多").rstrip("余多") in g for g in UNIT_KINDS):
        return 0.5
    return -0.3 if not unit else -1.0


UNIT_KINDS = (("人", "名", "位", "余人"), ("件", "宗", "起", "个", "卷"), ("个", "家", "所", "处", "座", "户"),
              ("场", "次", "期", "场次"), ("项", "条", "个", "类"),
              ("天", "日", "工作日", "个工作日"),
              ("辆", "台", "艘", "架"),  # vehicles and equipment (执法车辆12辆 / 执法记录仪300台)
              ("份", "件", "篇", "部", "册", "本"))  # measure words that count the same things (a document: 文件76件, asked 多少份)


_YEAR_NEAR_RE = re.compile(r"(?:19|20)\d{2}(?=年)")


_PREV_YEAR_RE = re.compile(rf"(?:{PREV_YEAR_WORDS})(?:的|同期)?$")
PREV_YEAR_BONUS = 0.8  # outweighs the "from" penalty: the asked year is the one looked back on


def _year_fit(s: str, ca: int, a: int, years: Sequence[int], prev_year: bool = False) -> float:
    """+0.3 when the words just before the span name a preferred year, -0.2 when they name another;
    with ``prev_year`` (the question asks about the year before the report's), a figure of
    ``上一年``/``去年`` gets :data:`PREV_YEAR_BONUS`."""
    if prev_year and _PREV_YEAR_RE.search(s[max(ca, a - 8):a]):
        return PREV_YEAR_BONUS
    near = _YEAR_NEAR_RE.findall(s[max(ca, a - 10):a])
    if not near or not years:
        return 0.0
    return 0.3 if int(near[-1]) in years else -0.2


_FROM_RE = re.compile(r"(?:从|由|比|较)[^，,；;。]{0,8}$|(?:上一年|上年|去年|同期)的?$")
_TO_RE = re.compile(r"(?:到|至|达|为|是|增至|提升至|上升到)$")


def _direction_fit(s: str, ca: int, a: int) -> float:
    """A figure reached (``上升到90.1%``) beats the one it rose from (``从上一年的20%``)."""
    before = s[ca:a]
    if _FROM_RE.search(before):
        return -0.3
    return 0.1 if _TO_RE.search(before) else 0.0


NOUN_BONUS = 0.7  # the figure sits right next to the noun the question counts (多少个地市 -> 32个地市)
PHRASE_BONUS = 0.2
ITEM_REACH = 20  # characters a list item's noun may stand before its figure (命名首批省级示范地区(单位)42个)
VERB_BONUS = 0.5  # ... or right after the question's verb (化解了多少件 -> 实际化解687件)


def anchor_fit(s: str, a: int, b: int, anchors: Sequence[str]) -> float:
    """How well the span ``s[a:b]`` sits next to the asked words: :data:`NOUN_BONUS` when the asked
    noun starts at most 1 character after it, heads the compound after it (``12家政府组成部门``) or, when
    the span ends its list item, stands just before it (``超限车辆264台、``),
    :data:`VERB_BONUS` when the asked verb is within 8 characters before it in its clause."""
    verb, noun = (tuple(anchors) + ("", ""))[:2]
    ca, cb = clause_bounds(s, a)
    item_start = max(ca, s.rfind("、", ca, a) + 1, a - ITEM_REACH)
    fit = 0.0
    parallel = "、" in s[ca:a]  # 举办了2次报告会、5次学法: the verb governs every item of the run
    if verb and any(v in s[ca if parallel else max(ca, a - 8):a] for v in verb.split("|")):
        fit += VERB_BONUS
    ends_item = b >= cb or s[b:b + 1] in "、;；"
    verbs = verb.split("|") if verb else []  # 取消…事项119项，保留419项: the asked verb comes only after this
    if fit == 0.0 and any(v in s[b:] for v in verbs) and not any(v in s[:a] for v in verbs):  # figure and
        return fit  # states a later one: the noun next to this one is not what is asked
    forms = alternatives(noun) if noun else ()  # a dictionary rendering lists its alternatives
    # the noun compound right after the figure, up to a list break, joiner or figure (12家政府组成部门: its head 部门)
    compound = m.group(0) if (m := re.match(r"[^\W\d_、和及与等]{1,6}", s[b:cb])) else ""
    for form in forms:
        after = s[b:min(cb, b + 3 + len(form))].split("、")[0]
        # a modifier + head form (专题学法 beside 学法) counts only whole: 专题报告会 is not 专题学法
        combo = any(g != form and form.endswith(g) for g in forms)
        key = form if combo else form[:2]
        at = after.find(key)  # right after the figure, or after a two-character modifier of the item (5次专题学法)
        if 0 <= at <= 1 or at == 2 and not combo or ends_item and key in s[item_start:a] or len(key) >= 2 and key in compound:
            fit += NOUN_BONUS
            if combo or len(form) > 2 and 0 <= s[b:min(cb, b + 2 + len(form))].find(form) <= 1:
                fit += PHRASE_BONUS  # the whole noun phrase (5次专题学法, not 2次专题报告会)
            break
    return fit


# a question asking roughly (大约收了多少件, roughly how many) and a figure the report gives roughly (35600余件)
APPROX_Q_RE = re.compile(r"大约|大概|大致|约有|约为|左右|上下|\b(?:approximately|roughly|around|approximate)\b", re.IGNORECASE)
_APPROX_BEFORE_RE = re.compile(r"(?:约|近|逾|超过|大约|将近)$")
APPROX_BONUS = 0.2


def approximate(s: str, a: int, b: int, unit: str) -> bool:
    """Does the report give the figure ``s[a:b]`` roughly: ``35600余件``, ``约3万人``, ``200人左右``?"""
    return "余" in unit or "多" in unit or bool(_APPROX_BEFORE_RE.search(s[max(0, a - 2):a])) or s.startswith(("左右", "上下"), b)


# a figure the report gives only as a bound (湾沚区、南陵县不足50%, 低于60%, 95%以上): no value of its own, below an exact
# one when asked exactly (a rough count, 1400余名, is a value: not a bound)
_BOUND_BEFORE_RE = re.compile(r"(?:不足|不到|未达|未到|低于|少于|高于|多于)$")
_BOUND_AFTER = ("以上", "以下", "以内", "之内")
BOUND_PENALTY = 0.7  # a matched noun (NOUN_BONUS): a bound answers only where nothing is given exactly


def bound(s: str, a: int, b: int) -> bool:
    """Does the report give the figure ``s[a:b]`` only as a bound (``不足50%``, ``低于60%``, ``95%以上``)?"""
    return bool(_BOUND_BEFORE_RE.search(s[max(0, a - 2):a])) or s.startswith(_BOUND_AFTER, b)


def counted_by_measure(s: str, ca: int, cb: int, unit: str, terms: Sequence[str], weights: Mapping[str, float]) -> float:
    """The share of the question's term weight a figure's measure word states: asked 案件, 直接纠错1287件 counts cases
    in the noun's own measure word (:func:`rag.answer.asked_unit.own_measure`), though its clause ``s[ca:cb]`` names
    no noun; 0 when the clause or the one before writes the noun (取消中介服务事项119项,保留419项: the figure counts
    that noun phrase, which coverage weighs) or the figure is counted in another word."""
    pa = clause_bounds(s, ca - 2)[0] if ca >= 2 else ca
    said = [t for t in terms if (m := own_measure(t)) and unit.endswith(m) and t not in s[pa:cb]]  # 1.2万件 too
    total = sum(weights.get(t, 1.0) for t in terms)
    return sum(weights.get(t, 1.0) for t in said) / total if total and said else 0.0


def span_score(sentence: str, span: tuple[int, int, str], terms: Sequence[str],
               weights: Mapping[str, float], unit: str = "", years: Sequence[int] = (),
               anchors: Sequence[str] = (), prev_year: bool = False,
               figures: Sequence[tuple[int, int, str]] = (), want_from: bool = False, approx: bool = False) -> float:
    """How well a span answers: question terms in its clause (and the clause before), unit fit,
    the year named just before it (``2024年为3.8%``), closeness to a term, the measured
    noun/verb right next to it (:func:`anchor_fit`) and, given all the sentence's ``figures``, its
    own phrase (:func:`phrase_fit`); with ``approx`` (the question asks roughly), a figure the
    report gives roughly gets :data:`APPROX_BONUS`."""
    s = fold_chars(sentence)
    a, b, u = span
    ca, cb = clause_bounds(s, a)
    context = clause_coverage(s, a, terms, weights) + counted_by_measure(s, ca, cb, u, terms, weights)
    ia, ib = item_bounds(s, a, ca, cb)  # a term of the figure's own 、-item is nearer than its first use in the clause
    dist = min((abs(a - e) for t in terms if (e := max(find_term(t, s, ia, ib)[1], find_term(t, s, ca, cb)[1])) >= 0), default=60)
    cn_penalty = 0.2 if not s[a].isdigit() else 0.0
    fit = unit_fit(unit, u) + _year_fit(s, ca, a, years, prev_year) + _direction_fit(s, ca, a) + anchor_fit(s, a, b, anchors)
    if figures:
        fit += phrase_fit(s, a, figures, want_from) + item_fit(s, a, (ca, cb), terms, weights)
    if approx and approximate(s, a, b, u):
        fit += APPROX_BONUS
    elif not approx and figures and bound(s, a, b):  # asked exactly: an exact figure of the same thing comes first
        fit -= BOUND_PENALTY
    return context + fit - 0.005 * min(dist, 60) - cn_penalty


def pick_span(sentence: str, spans: Sequence[tuple[int, int, str]], terms: Sequence[str],
              weights: Mapping[str, float], unit: str = "", years: Sequence[int] = (),
              anchors: Sequence[str] = (), prev_year: bool = False,
              figures: Sequence[tuple[int, int, str]] = (), want_from: bool = False,
              approx: bool = False) -> tuple[int, int, float] | None:
    """The best-scoring span as (start, end, score), or None when there is none (``figures``,
    ``want_from``, ``approx``: see :func:`span_score`)."""
    best = None
    folded = fold_chars(sentence)
    for sp in spans:
        sc = span_score(sentence, sp, terms, weights, unit, years, anchors, prev_year, figures, want_from, approx)
        whole = unasked_part_total(folded, sp, figures or spans, terms)
        total = part_total(folded, sp, figures, terms) if figures and whole is None else None
        if total is not None:  # the part the question's qualifier names (其中国家级7个): it inherits the total's words
            sc = max(sc, span_score(sentence, total, terms, weights, unit, years, anchors, prev_year, figures,
                                    want_from, approx) + PART_BONUS)
        elif whole is not None:  # a part qualified as the question is not (其中县政府本级…100%): the total first
            sc = min(sc, span_score(sentence, whole, terms, weights, unit, years, anchors, prev_year, figures,
                                    want_from, approx) - PART_BONUS)
        if best is None or sc > best[2] or (sc == best[2] and sp[0] == best[0] and sp[1] > best[1]):
            best = (sp[0], sp[1], sc)
    return best

