"""How well a passage states a question's terms: rarity weights and coverage.

A term is stated whole by any of its forms (:func:`whole_forms`: its ``|``-joined alternatives, a
level adjective's 全X form, a counted noun's stem, a title's period with any dash) and half by its
parts (:func:`partial_parts`); the support score is the rarity-weighted share of the question's
terms (:func:`rag.answer.terms.content_terms`) a passage states (:func:`coverage`), each term
weighted by :func:`idf_weights` (or :func:`idf_from_counts` from the index's counts) times its
:func:`rag.answer.terms.role_weight`.

>>> from rag.answer.terms import content_terms
>>> terms = content_terms("長治市2021年行政復議綜合糾錯率是多少？", exclude={"长治市"})
>>> coverage(terms, "行政復議受理59件,綜合糾錯率達59.46%")
(1.0, ())
"""
from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping

from ..text import lazy_re as re
from ..text.glossary import ALT, alternatives
from ..text.normalize import fold
from ..text.zh_variants import formal_forms
from .levels import SCOPE_FORMS, tier_named
from .term_tokens import RATE_SUFFIXES
from .terms import VERB_WEIGHT, role_weight

_LIST_PUNCT_RE = re.compile(r"[、,，·\s]")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def idf_weights(terms: Iterable[str], folded_docs: Iterable[str], df_cache: dict[str, int] | None = None) -> dict[str, float]:
    """Rarity of each term across the reports: ``log((N + 1) / (df + 0.5))``, floored at 0.1.

    (The BM25 idf with +0.5 smoothing, Robertson & Zaragoza 2009; a term absent from
    every report gets the largest weight, so a question about it is poorly supported.)
    Verbs count for :data:`~rag.answer.terms.VERB_WEIGHT` of that (:func:`~rag.answer.terms.role_weight`).  ``df_cache`` keeps each
    term's document frequency across calls over the same documents (a term is counted once).
    """
    docs = folded_docs if isinstance(folded_docs, list) else list(folded_docs)
    n = len(docs)
    out = {}
    for t in terms:
        df = df_cache.get(t) if df_cache is not None else None
        if df is None:
            df = sum(1 for d in docs if any(a in d for a in stating_words(t)))
            if df_cache is not None:
                df_cache[t] = df
        idf = max(IDF_FLOOR, math.log((n + 1) / (df + 0.5))) if n else 1.0
        out[t] = idf * role_weight(t)
    return out


IDF_FLOOR = 0.1  # the rarity of a term (nearly) every report holds


def idf_from_counts(terms: Iterable[str], n: int, df: Mapping[str, float]) -> dict[str, float]:
    """:func:`idf_weights` from counts the store gives (``Retriever.doc_frequencies``): ``n``
    reports, ``df[t]`` of them hold ``t`` — no report text is read per question.  A term with
    alternatives (``评估|考核``) is as common as its most common one (``df`` of each: :func:`df_keys`), a plain word
    (打官司) as the written words that state it (诉讼: :func:`stating_words`)."""
    out = {}
    for t in terms:
        idf = max(IDF_FLOOR, math.log((n + 1) / (max(df.get(a, 0) for a in stating_words(t)) + 0.5))) if n else 1.0
        out[t] = idf * role_weight(t)
    return out


VERB_IDF_CAP = math.log(8)  # in the support test, a verb's rarity counts up to that of a word one report in eight uses


def gate_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """``weights`` (rarity times :func:`role_weight`) for deciding whether a passage supports an answer at all:
    a verb's (or manner word's) rarity capped at :data:`VERB_IDF_CAP`.  How a user says "got" or "put in"
    (拿到, 放进) is seldom the reports' word, and the more reports are indexed the rarer it grows: uncapped,
    its absence would refuse a question whose nouns a passage states, or not, by how many unrelated reports
    the collection holds.  Likewise a noun's weight is floored at that cap's verb weight: a noun every report
    holds (行政复议, at the :data:`IDF_FLOOR`) still says what is asked, and does not weigh nothing beside a verb
    the user chose.  Ranking keeps the full weights.

    >>> w = gate_weights({"拿到": 5.0 * role_weight("拿到"), "示范县": 5.0})
    >>> round(w["拿到"], 3), w["示范县"], round(gate_weights({"行政复议": IDF_FLOOR})["行政复议"], 3)
    (0.728, 5.0, 0.728)
    """
    out = {}
    for t, w in weights.items():
        role = role_weight(t)
        out[t] = min(w, VERB_IDF_CAP * role) if role < 1.0 else max(w, VERB_IDF_CAP * VERB_WEIGHT)
    return out


def df_keys(terms: Iterable[str]) -> list[str]:
    """The words whose document frequencies :func:`idf_from_counts` reads: each term's :func:`stating_words`."""
    return list(dict.fromkeys(a for t in terms for a in stating_words(t)))


def stating_words(term: str) -> tuple[str, ...]:
    """The words whose presence counts for ``term``'s rarity: its alternatives and their written-register
    forms (a user's 老百姓 is as common as the reports' 群众, which states it: :func:`whole_forms`).

    >>> stating_words("老百姓"), stating_words("评估|考核")
    (('老百姓', '群众', '人民群众', '百姓', '市民', '居民'), ('评估', '考核'))
    """
    return tuple(dict.fromkeys(f for a in alternatives(term) for f in (a, *formal_forms(a))))


def find_term(term: str, hay: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the first of ``term``'s alternatives found in ``hay[start:end]``; (-1, -1) if none."""
    end = len(hay) if end is None else end
    hits = [(i, i + len(a)) for a in alternatives(term) if (i := hay.find(a, start, end)) >= 0]
    return min(hits) if hits else (-1, -1)


def coverage(terms: Iterable[str], text: str, weights: Mapping[str, float] | None = None,
             folded: bool = False) -> tuple[float, tuple[str, ...]]:
    """(weighted share of ``terms`` found in ``text``, the terms not found).

    No terms at all: (1.0, ()) — nothing was asked that the text could lack.
    """
    terms = tuple(terms)
    if not terms:
        return 1.0, ()
    hay = text if folded else fold(text)
    w = weights or {}
    ws = [w.get(t, 1.0) for t in terms]
    shares = {t: _found_share(t, hay) for t in terms}
    _claim_occurrences(terms, shares, hay, w)
    found = sum([x * shares[t] for x, t in zip(ws, terms)])  # (lists, not generators: the same sums, less overhead)
    total = sum(ws)
    return (found / total if total else 1.0), tuple([t for t in terms if shares[t] < 1.0])


def _claim_occurrences(terms: tuple[str, ...], shares: dict[str, float], hay: str, weights: Mapping[str, float]) -> None:
    """One written word states one plain word: two of a question's plain words stated only by written words
    that share no character with them (被告 and 打官司 both by 应诉, :func:`rag.text.zh_variants.formal_forms`)
    share the ``hay``'s occurrences of those words, the heavier first; one left without an occurrence of its own
    is not found (``shares`` is changed in place).  A contraction keeps a character of each word it states
    (报备 = 报上来 + 备案): it states both."""
    formal = {}
    for t in terms:
        if shares[t] < 1.0 or ALT in t or not (forms := formal_forms(t)) or not any(f in hay for f in forms):
            continue
        if any(f in hay for f in whole_forms(t) if f not in forms or set(f) & set(t)):
            continue  # stated by itself, another of its forms, or a contraction keeping its characters
        formal[t] = [(i, i + len(f)) for f in forms for i in _occurrences(f, hay)]
    if len(formal) < 2:  # (nearly always: nothing shared)
        return
    claimed: list[tuple[int, int]] = []
    for t in sorted(formal, key=lambda t: -weights.get(t, 1.0)):
        free = next((sp for sp in sorted(formal[t]) if not any(sp[0] < b and a < sp[1] for a, b in claimed)), None)
        if free is None:
            shares[t] = 0.0
        else:
            claimed.append(free)


def _occurrences(word: str, hay: str) -> list[int]:
    out, i = [], hay.find(word)
    while i >= 0:
        out.append(i)
        i = hay.find(word, i + 1)
    return out


PARTIAL_CREDIT = 0.5  # a compound found only in parts (县区 as 县 ... 区) counts half


# A level adjective and how reports say the same level: 国家级 = 全国 (全国示范县), 省级 = 全省.
LEVEL_FORMS = {"国家级": ("全国", "国家"), "省级": ("全省", "省级"), "市级": ("全市", "市级"), "县级": ("全县", "县级"),
               "区级": ("全区", "区级"),
               # a rank is written with any of the genre's rank verbs: 排名第一 = 位列第一 = 名列第一
               "排名": ("位列", "名列", "位居", "排在", "排位", "列第", "居第"),
               "排": ("位列", "名列", "位居", "排名"),
               # a class of rules is written as the titles of its kind: a 地方性法规 is a 《…条例》, a 规章 a 《…办法》
               "法规": ("条例》",), "地方性": ("条例》",), "地方性法规": ("条例》",),
               "规章": ("办法》", "规定》", "细则》"), "政府规章": ("办法》", "规定》", "细则》"),
               **SCOPE_FORMS,  # a government's own level (市本级 = 市一级 = 市级), not the whole area (全市)
               # a case closed: 办结 = 审结 = 结案
               "办结": ("审结", "结案"), "审结": ("办结", "结案"), "结案": ("办结", "审结"),
               # a performance appraisal: 绩效考核 = 绩效考评
               "绩效考核": ("绩效考评",), "绩效考评": ("绩效考核",)}


_PERIOD_REF_RE = re.compile(r"^(?:新|本|上|下|这)一?(?:期|轮)$")  # a plan's period, named without its years
_PERIOD_RE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~至到]{1,2}\s*(?:19|20)\d{2}")


def _found_share(term: str, hay: str) -> float:
    """1 when ``term`` (any of its alternatives, ``评估|考核``) is in ``hay`` (a level adjective also as its
    全X form, :data:`LEVEL_FORMS`; 新一期 as an explicit period, 2021-2025);
    for a Chinese compound absent as a whole, half the share of its parts present (characters of
    a 2-character word, bigrams of longer ones)."""
    alts, forms, period_ref, bare, pair, parts = _share_plan(term)
    if alts is not None:
        best = 0.0
        for a in alts:  # the max over the alternatives; 1.0 (stated whole) is the most there is
            share = _found_share(a, hay)
            if share >= 1.0:
                return share
            best = max(best, share)
        return best
    for f in forms:
        if f in hay:
            return 1.0
    if period_ref and _PERIOD_RE.search(hay):  # 新一期纲要 = 纲要(2021-2025年)
        return 1.0
    if tier_named(term, hay):  # 乡镇 in 州县乡三级
        return 1.0
    if _involving_named(term, hay):  # 黑恶势力 in 涉黑涉恶, 企业 in 涉企
        return 1.0
    if bare is not None:  # a quoted name written with or without its inner 、
        return 1.0 if bare in _LIST_PUNCT_RE.sub("", hay) else 0.0
    if pair:  # both characters, apart
        return PARTIAL_CREDIT if all(c in hay for c in term) else 0.0
    if not parts:  # not Chinese, or one character
        return 0.0
    if abbreviated_in(term, hay):  # 自贸港 written out: 自由贸易港
        return 1.0
    return PARTIAL_CREDIT * sum(1 for p in parts if p in hay) / len(parts)


ABBREVIATION_GAP = 2  # characters a written-out word may have between two of its abbreviation's (自[由]贸[易]港)


def abbreviated_in(term: str, hay: str) -> bool:
    """Is the Chinese word ``term`` (3+ characters) written out in ``hay`` as the word it abbreviates: its
    characters in order, its first and last ones included, with at most :data:`ABBREVIATION_GAP` Chinese
    characters between two of them (自贸港 -> 自由贸易港, 执法证 -> 执法资格证)?  The genre shortens long names
    so (自由贸易试验区 -> 自贸区); a user writes either.

    >>> abbreviated_in("自贸港", "加快完善自由贸易港法规体系"), abbreviated_in("自贸港", "自由贸易试验区和港口")
    (True, False)
    """
    if len(term) < 3 or term[0] not in hay or term[-1] not in hay:
        return False
    return _abbreviation_re(term).search(hay) is not None


@functools.lru_cache(maxsize=4096)
def _abbreviation_re(term: str):
    gap = rf"[\u4e00-\u9fff]{{0,{ABBREVIATION_GAP}}}?"
    return re.compile(gap.join(re.escape(c) for c in term))


@functools.lru_cache(maxsize=8192)
def _share_plan(term: str) -> tuple[tuple[str, ...] | None, tuple[str, ...], bool, str | None, bool, tuple[str, ...]]:
    """What :func:`_found_share` asks of ``term`` alone, worked out once per term (it is asked of every
    sentence read): (its alternatives when it is ``|``-joined, else None; its whole forms; whether it names a plan's
    period; its bare form when it holds list punctuation; whether it is a 2-character Chinese word;
    its partial parts)."""
    if ALT in term:
        return alternatives(term), (), False, None, False, ()
    bare = _LIST_PUNCT_RE.sub("", term) if _LIST_PUNCT_RE.search(term) else None
    chinese = bool(_CJK_RE.match(term)) and len(term) >= 2
    return (None, whole_forms(term), bool(_PERIOD_REF_RE.match(term)), bare, chinese and len(term) == 2,
            partial_parts(term) if chinese and len(term) > 2 else ())


@functools.lru_cache(maxsize=8192)
def whole_forms(term: str) -> tuple[str, ...]:
    """The strings any of which states ``term`` whole: itself, its level forms (国家级 -> 全国), a
    plain word's formal forms (机会 -> 契机: :func:`rag.text.zh_variants.formal_forms`), for a
    counted noun its stem (案件数: "59件" states it), a quoted name without its inner 、.

    >>> whole_forms("国家级"), whole_forms("案件数")
    (('国家级', '全国', '国家'), ('案件数', '案件'))
    """
    if ALT in term:  # 评估|考核: any alternative's forms
        return tuple(dict.fromkeys(f for a in alternatives(term) for f in whole_forms(a)))
    stem = (term[:-1],) if term[-1:] in RATE_SUFFIXES[1:] and len(term) >= 3 and _CJK_RE.match(term) else ()
    bare = _LIST_PUNCT_RE.sub("", term)  # a quoted name written without its inner 、: 双随机一公开
    return tuple(dict.fromkeys((term, *LEVEL_FORMS.get(term, ()), *formal_forms(term), *stem, *((bare,) if bare else ()),
                                *_period_forms(term), *_area_forms(term), *quoted_head_forms(term))))


QUOTED_HEAD_MIN, QUOTED_HEAD_MAX = 4, 6  # the compounds whose coined part the genre puts in quotes (“放管服”改革)


def quoted_head_forms(term: str) -> tuple[str, ...]:
    """A Chinese compound of 4-6 characters written with its first part quoted as a coined word (the genre's
    ``“说理式”执法``, ``“放管服”改革`` for 说理式执法, 放管服改革): that part of 2+ characters, the rest of 2+.

    >>> quoted_head_forms("说理式执法")
    ('“说理”式执法', '“说理式”执法')
    >>> quoted_head_forms("执法"), quoted_head_forms("“放管服”改革")
    ((), ())
    """
    if not QUOTED_HEAD_MIN <= len(term) <= QUOTED_HEAD_MAX or not _CJK_ONLY_RE.fullmatch(term):
        return ()
    return tuple(f"“{term[:k]}”{term[k:]}" for k in range(2, len(term) - 1))


_CJK_ONLY_RE = re.compile(r"[一-鿿]+")


# a group of cities named by its area and a kind of grouping: 胶东半岛 / 胶东经济圈, 长三角城市群 / 长三角经济区
_AREA_KINDS = ("半岛", "经济圈", "城市群", "都市圈", "经济带", "经济区")
_AREA_RE = re.compile(rf"^([\u4e00-\u9fff]{{2,4}}?)(?:{'|'.join(_AREA_KINDS)})$")


def _area_forms(term: str) -> tuple[str, ...]:
    """The other groupings of the same area: a user's 胶东半岛 is the report's 胶东经济圈 (a grouping cut from its
    area's name, 成渝 + 经济圈, is any other: 成渝城市群).

    >>> _area_forms("胶东半岛")
    ('胶东经济圈', '胶东城市群', '胶东都市圈', '胶东经济带', '胶东经济区')
    """
    if term in _AREA_KINDS:
        return tuple(k for k in _AREA_KINDS if k != term)
    m = _AREA_RE.match(term)
    return tuple(m.group(1) + k for k in _AREA_KINDS if m.group(1) + k != term) if m else ()


_PERIOD_PARTS_RE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]{1,2}\s*((?:19|20)\d{2})(年?)")
_DASHES = ("—", "-", "~", "–", "——", "至")


def _period_forms(term: str) -> tuple[str, ...]:
    """A title's period as the genre writes it, with any dash and with or without the last 年:
    纲要(2021-2025年) is also 纲要(2021—2025年), 纲要(2021-2025)."""
    m = _PERIOD_PARTS_RE.search(term)
    if m is None or not _CJK_RE.search(term):
        return ()
    return tuple(term[:m.start()] + m.group(1) + d + m.group(2) + y + term[m.end():] for d in _DASHES for y in ("年", ""))


def partial_parts(term: str) -> tuple[str, ...]:
    """The parts of a Chinese compound of 3+ characters (its bigrams) whose presence earns
    :data:`PARTIAL_CREDIT` when the whole is absent; () for any other term."""
    if len(term) < 3 or not _CJK_RE.match(term) or ALT in term:
        return ()
    return tuple(term[i:i + 2] for i in range(len(term) - 1))


def stated_via(term: str, others: Iterable[str], hay: str) -> bool:
    """Is the compound ``term`` (法律咨询) written in ``hay`` with its first part in the longer form
    another question term gives it (法律援助 + 咨询 = 法律援助咨询: a user asking about 法律援助机构's
    法律咨询 shortens the genre's 法律援助咨询)?  ``hay`` is folded."""
    if len(term) < 4 or not _CJK_RE.match(term) or ALT in term:
        return False
    for k in range(2, len(term) - 1):
        head, tail = term[:k], term[k:]
        if any(o != term and len(o) > k and o.startswith(head) and o + tail in hay for o in others):
            return True
    return False


_INVOLVING = "涉"  # the genre's 涉X: 涉黑涉恶 (involving 黑恶势力), 涉企 (企业), 涉诉 (诉讼), 涉乱 (乱象)


def _involving_named(term: str, hay: str) -> bool:
    """Is the Chinese noun ``term`` written in ``hay`` (folded) as the genre's 涉X abbreviation: 涉 + its first
    character, and for a 4-character compound of two parts (黑恶势力) 涉 + each of its first two (涉黑涉恶)?

    >>> _involving_named("黑恶势力", "开展涉黑涉恶涉乱线索排查"), _involving_named("乱象", "涉黑涉恶涉乱")
    (True, True)
    >>> _involving_named("黑恶势力", "涉黑案件"), _involving_named("排查", "涉黑涉恶")
    (False, False)
    """
    if len(term) < 2 or _INVOLVING + term[0] not in hay or not _CJK_RE.fullmatch(term[0]):
        return False  # (the cheapest test first: a sentence seldom holds 涉 + the term's first character)
    heads = term[:2] if len(term) == 4 else term[:1]
    return all(_INVOLVING + c in hay for c in heads) and role_weight(term) >= 1.0
