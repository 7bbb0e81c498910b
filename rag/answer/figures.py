"""Figures, dates and names inside a report sentence, and how close they sit to the asked terms.

All offsets are into the sentence as given; matching runs on ``fold_chars`` (a
length-preserving fold) so Traditional and full-width text behave the same.

>>> s = "全年市本級受理59件,審結37件,綜合糾錯率達59.46%。"
>>> [(s[a:b], u) for a, b, u in number_spans(s)]
[('59件', '件'), ('37件', '件'), ('59.46%', '%')]
>>> best = pick_span(s, number_spans(s), ("纠错率",), {}, unit="")
>>> s[best[0]:best[1]]
'59.46%'
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..text.normalize import fold_chars
from .qtypes import UNITS
from .terms import coverage

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_NUM_RE = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)(\s?[%‰]|[万亿千]?(?:余|多)?(?:{_UNIT_ALT})?)")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万"
_CN_NUM_RE = re.compile(rf"(?<![第\d.{_CN_DIGITS}])([{_CN_DIGITS}]+)((?:余|多)?(?:{_UNIT_ALT}))(?!是)")
_DATE_RE = re.compile(
    r"(?<![-—–~\d])(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?(?:前|底|初|中旬|下旬|上旬)?|上半年|下半年|年初|年底|初|底|末)?"
    r"|\d{1,2}月\d{1,2}日|\d{1,2}月(?:底|初|中旬|下旬|上旬|份)?"
)
_CLAUSE_RE = re.compile(r"[，,；;。：:！!？?]")
_ORG_SUFFIXES = ("人民政府", "政府", "委员会", "办公室", "法院", "检察院", "中心", "局", "厅", "协会", "大队", "支队", "研究会", "法学会")
_NOUN_FLAGS = ("n", "ns", "nt", "nz", "j", "nrt")
_CN_VAL = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def _is_year(s: str, a: int, b: int, num: str) -> bool:
    return len(num) == 4 and num[:2] in ("19", "20") and (s[b:b + 1] in "年-—–~至" or s[a - 1:a] in "-—–~")


def number_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each figure: ``59.46%``, ``16次``, ``40余项``, ``1.8万余件``, ``三项``.

    Years (``2021年``, ``2021-2025``) are not figures.
    """
    s = fold_chars(sentence)
    out = []
    for m in _NUM_RE.finditer(s):
        if _is_year(s, m.start(), m.end(1), m.group(1)):
            continue
        out.append((m.start(), m.end(), m.group(2).strip()))
    for m in _CN_NUM_RE.finditer(s):
        out.append((m.start(), m.end(), m.group(2)))
    return sorted(out)


def date_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of dates: ``2019年6月``, ``2019年底``, ``3月底``, ``9月份``."""
    s = fold_chars(sentence)
    return [(m.start(), m.end(), "") for m in _DATE_RE.finditer(s) if m.end() > m.start()]


def org_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of organisation names: a word tagged ``nt`` or ending in 局/委员会/
    办公室/法院/中心..., widened over up to two nouns before it (市 + 司法局)."""
    from .terms import pos_tokens

    toks = pos_tokens(sentence)
    starts = [0]
    for w, _ in toks:
        starts.append(starts[-1] + len(w))
    out = []
    for i, (w, flag) in enumerate(toks):
        if len(w) < 2 or not (flag == "nt" or w.endswith(_ORG_SUFFIXES)):
            continue
        j = i
        while j > 0 and i - j < 2 and toks[j - 1][1] in _NOUN_FLAGS and "\u4e00" <= toks[j - 1][0][0] <= "\u9fff":
            j -= 1
        out.append((starts[j], starts[i + 1], ""))
    return out


def person_spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "") of person names, as tagged ``nr`` by jieba's part-of-speech tagger."""
    from .terms import pos_tokens

    out, pos = [], 0
    for word, flag in pos_tokens(sentence):
        if flag == "nr" and len(word) >= 2:
            out.append((pos, pos + len(word), ""))
        pos += len(word)
    return out


def clause_bounds(s: str, i: int) -> tuple[int, int]:
    """[start, end) of the clause (between ，；。：) that holds position ``i``."""
    a = max((m.end() for m in _CLAUSE_RE.finditer(s, 0, i)), default=0)
    m = _CLAUSE_RE.search(s, i)
    return a, (m.start() if m else len(s))


def clause_coverage(folded_sentence: str, i: int, terms: Sequence[str], weights: Mapping[str, float]) -> float:
    """Question-term coverage of the clause holding position ``i``, plus 0.4 x that of the clause
    before and 0.3 x that of the clause after (``2022年3月，办公室印发《规定》``)."""
    s = folded_sentence
    ca, cb = clause_bounds(s, i)
    here, _ = coverage(terms, s[ca:cb], weights, folded=True)
    before = after = 0.0
    if ca > 0:
        pa, _ = clause_bounds(s, max(0, ca - 2))
        before, _ = coverage(terms, s[pa:ca], weights, folded=True)
    if cb < len(s) - 1:
        _, nb = clause_bounds(s, cb + 1)
        after, _ = coverage(terms, s[cb:nb], weights, folded=True)
    return here + 0.4 * before + 0.3 * after


def _unit_fit(asked: str, unit: str) -> float:
    if not asked:
        return 0.0
    if asked == "%":
        return 1.0 if unit in ("%", "‰") else -1.0
    if asked in unit:
        return 1.0
    return -0.3 if not unit else -1.0


_YEAR_NEAR_RE = re.compile(r"(?:19|20)\d{2}(?=年)")


def _year_fit(s: str, ca: int, a: int, years: Sequence[int]) -> float:
    """+0.3 when the words just before the span name a preferred year, -0.2 when they name another."""
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


def span_score(sentence: str, span: tuple[int, int, str], terms: Sequence[str],
               weights: Mapping[str, float], unit: str = "", years: Sequence[int] = ()) -> float:
    """How well a span answers: question terms in its clause (and the clause before), unit fit,
    the year named just before it (``2024年为3.8%``), closeness to a term."""
    s = fold_chars(sentence)
    a, _, u = span
    ca, cb = clause_bounds(s, a)
    context = clause_coverage(s, a, terms, weights)
    dist = min((abs(a - (s.find(t, ca, cb) + len(t))) for t in terms if s.find(t, ca, cb) >= 0), default=60)
    cn_penalty = 0.2 if not s[a].isdigit() else 0.0
    fit = _unit_fit(unit, u) + _year_fit(s, ca, a, years) + _direction_fit(s, ca, a)
    return context + fit - 0.005 * min(dist, 60) - cn_penalty


def pick_span(sentence: str, spans: Sequence[tuple[int, int, str]], terms: Sequence[str],
              weights: Mapping[str, float], unit: str = "", years: Sequence[int] = ()) -> tuple[int, int, float] | None:
    """The best-scoring span as (start, end, score), or None when there is none."""
    best = None
    for sp in spans:
        sc = span_score(sentence, sp, terms, weights, unit, years)
        if best is None or sc > best[2] or (sc == best[2] and sp[0] == best[0] and sp[1] > best[1]):
            best = (sp[0], sp[1], sc)
    return best


def _cn_value(s: str) -> float | None:
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_VAL:
            cur = _CN_VAL[ch]
        elif ch in "十百千万":
            mult = {"十": 10, "百": 100, "千": 1000, "万": 10000}[ch]
            total += (cur or 1) * mult
            cur = 0
        else:
            return None
    return float(total + cur)


def figure_value(text: str) -> float | None:
    """The numeric value of a figure: ``59.46%`` -> 59.46, ``1.8万余件`` -> 18000.0, ``三项`` -> 3.0."""
    t = fold_chars(text)
    m = re.match(r"(\d+(?:\.\d+)?)", t)
    if m:
        v = float(m.group(1))
        rest = t[m.end():]
    else:
        m = re.match(f"[{_CN_DIGITS}]+", t)
        if not m:
            return None
        v = _cn_value(m.group(0))
        rest = t[m.end():]
        if v is None:
            return None
    if rest.startswith("万"):
        v *= 1e4
    elif rest.startswith("亿"):
        v *= 1e8
    return v
