"""Which spans of a sentence can answer a question, by what it asks: figures, dates, ordinals, titles,
organisations, persons, places, quoted names and the phrase ending with the asked noun (什么X / 哪个X).

:func:`spans_fn` picks the kind's default finder, :func:`preferred_fns` the finders a question word asks
for before it; :mod:`rag.answer.spans` scores the sentences and the spans these find.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .evidence import Ask, Sent
from .figure_fit import clause_bounds
from .figures import (
    date_spans,
    number_spans,
    ordinal_spans,
    org_spans,
    person_spans,
    title_spans,
)
from .names import name_fns
from .persons import asked_title, asks_person, titled_persons
from .qtypes import DOC_NAME_Q, RANK_Q_RE

_ORG_Q_RE = re.compile(r"单位|部门|机构|机关|组织|主办方|承办方|举办方|牵头方|主办者|unit|department|agency|organi[sz]ation|office|body"
                       r"|\borgani[sz]er\b|\bhost\b")  # 主办方是谁: the body that ran it
_HEAD_Q_RE = re.compile(r"(?:什么|哪个|哪一个|哪一|哪种|哪类|哪项|哪部|哪份|哪家|哪|何种)(?P<head>[\u4e00-\u9fff]{1,6}?)(?:[？?呢]|$|是|叫|的|名)")
_TITLE_Q = r"(?:什么|哪)[^？?]{0,6}(?:方案|清单|规定|办法|条例|意见|规划|通知|决定|细则)|哪本|哪部|什么书|题目|标题|名称|叫什么"
_NAMED_Q_RE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:叫什么|叫做什么|是什么|的名称是什么|的名字是什么)")  # 驻村工作叫什么
_PHRASE_STOP_RE = re.compile(r"[，,；;。：:、！!？?（(）)\s]|(?<=[了对在把将为于向])")


def spans_fn(ask: Ask) -> Callable[[str], list] | None:
    kind = ask.qtype.kind
    if kind == "number" and RANK_Q_RE.search(fold(ask.question)):
        return ordinal_spans
    if kind in ("number", "compare"):
        return number_spans
    if kind == "date":
        need = _date_grain(fold(ask.question))
        return (lambda s: [sp for sp in date_spans(s) if _grain(s[sp[0]:sp[1]]) >= need]) if need else date_spans
    if kind == "name":
        q = classifier_noun(fold(ask.question))
        if re.search(DOC_NAME_Q, q):
            return title_spans
        title = asked_title(ask.question) if asks_person(q) else ""
        if title:  # the director of the X Office: the person holding the title, not the office
            return lambda s: titled_persons(s, title)
        head = _ASKED_HEAD_RE.search(q)
        if _ORG_Q_RE.search(head.group(1) if head else q):  # 各部门…在哪个公众号: the asked head decides
            return org_spans
        if head and not asks_person(q):
            rest = _name_fallback(q)
            return lambda s: quoted_head_spans(s, head.group(1)) or rest(s)
        if asks_person(q):
            return person_spans
        return _name_fallback(q)
    return None


_BARE_WHICH_RE = re.compile(r"哪一?([项个份部条家种类位])(?=[？?呢]?$)")
_COUNTED_NOUN = r"(?:[一二三四五六七八九十两几多\d]+|各|每){cls}([\u4e00-\u9fff]{{2,4}}?)(?=[里中内的，,当之])"


def classifier_noun(q: str) -> str:
    """``…印发的五项规定里,是哪一项?`` -> ``…是哪项规定?``: a bare ``哪一项`` asks for one of the
    things the question counted with that measure word earlier; the question unchanged otherwise."""
    m = _BARE_WHICH_RE.search(q)
    counted = [*re.finditer(_COUNTED_NOUN.format(cls=m.group(1)), q[:m.start()])][-1:] if m else []
    counted = counted[0] if counted else None  # the nearest: 三项制度印发的五项规定里 -> 规定
    if counted:
        return q[:m.start()] + "哪" + m.group(1) + counted.group(1) + q[m.end():]
    subject = _SUBJECT_IS_RE.search(_ASIDE_RE.sub("", q[:m.start()])) if m else None
    if subject:  # 新出台的省政府规章(不算修改的)是哪一部 -> 是哪部规章: the noun the 是 is said of
        return q[:m.start()] + "哪" + m.group(1) + subject.group(1) + q[m.end():]
    return q


_ASIDE_RE = re.compile(r"[（(][^（()）]{0,20}[)）]")  # a parenthetical aside: (不算修改的)
_SUBJECT_IS_RE = re.compile(r"的([\u4e00-\u9fff]{0,4}?(?:条例|办法|规定|意见|方案|纲要|通知|规划|决定|细则|规则|法规|规章|文件))(?:是|为)$")


def _name_fallback(q: str) -> Callable[[str], list]:
    if re.search(_TITLE_Q, q):
        return lambda s: title_spans(s) or head_spans(s, q)
    if _PLACE_Q_RE.search(q):
        return place_spans
    return lambda s: head_spans(s, q) or quoted_spans(s)


# The noun a 哪个X / 什么X question asks for, up to a locative or function word: 哪个微信公众号上 -> 微信公众号
_ASKED_HEAD_RE = re.compile(r"(?:什么|哪个|哪一个|哪种|哪类|哪家|哪)([\u4e00-\u9fff]{2,6}?)(?=[上里中内的是叫名在把对？?呢，,]|$)")


def quoted_head_spans(sentence: str, head: str) -> list[tuple[int, int, str]]:
    """The quoted name written right before the asked noun: “法治某县”微信公众号 for 哪个微信公众号,
    “某某”品牌 for 什么品牌 (the name, with its quotes)."""
    s = fold_chars(sentence)
    tail = head[-2:]
    return [(m.start(), m.end(), "") for m in _QUOTED_RE.finditer(s) if s[m.end():m.end() + len(head)].endswith(tail)
            and tail in s[m.end():m.end() + len(head)]]


_FISCAL_Q_RE = re.compile(r"哪(?:一|个)?年度|什么年度|\bwhich (?:fiscal |reporting )?year'?s\b")
_FISCAL_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}年度")
_DAY_Q_RE = re.compile(r"哪天|哪一天|哪几天|哪几日|几号|哪日|几月几日|日期|\b(?:what|which) (?:exact )?(?:dates?|days?)\b", re.IGNORECASE)
_MONTH_Q_RE = re.compile(r"哪个月|哪一个月|哪几个?月|几月|什么时候|甚么时候|何时|\bwhen\b|\b(?:which|what) months?\b", re.IGNORECASE)


def _date_grain(q: str) -> int:
    """The least precision a date answer needs: 2 a day (哪天), 1 a month (哪个月, 何时), 0 any."""
    return 2 if _DAY_Q_RE.search(q) else 1 if _MONTH_Q_RE.search(q) else 0


_PART_OF_YEAR_RE = re.compile(r"年(?:底|初|末|中)|\d年(?:底|初|末)|半年|季度")  # 2025年底, 上半年: finer than the year


def _grain(date: str) -> int:
    return 2 if re.search(r"日|\d[-/.]\d{1,2}[-/.]\d", date) else 1 if "月" in date or re.search(r"\d[-/.]\d", date) \
        or _PART_OF_YEAR_RE.search(date) else 0


_PLACE_Q_RE = re.compile(r"哪(?:个|一个|座|些)?(?:城市|地方|地区|县|市|区|省|州)(?![级直属])|哪里|哪儿")  # 哪个省级系统: a system
_QUOTED_RE = re.compile(r"[“\"「][^“”\"「」]{2,30}[”\"」]")


def place_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Place names (jieba tag ``ns``): the answer to 哪座城市/哪个县."""
    from .pos_tags import pos_tokens

    out, pos = [], 0
    for word, flag in pos_tokens(sentence):
        if flag == "ns" and len(word) >= 2:
            out.append((pos, pos + len(word), ""))
        pos += len(word)
    return out


def quoted_spans(sentence: str) -> list[tuple[int, int, str]]:
    """Quoted names with the noun right after them (“访惠聚”驻村工作), up to the clause end."""
    s = fold_chars(sentence)
    out = []
    for m in _QUOTED_RE.finditer(s):
        _, cb = clause_bounds(s, m.end() - 1)
        tail = re.match(r"[\u4e00-\u9fff]{0,6}", s[m.end():cb]).group(0)
        tail = re.split(r"[的了在和与及为是]", tail)[0]
        out.append((m.start(), m.end() + len(tail), ""))
    return out


def head_spans(sentence: str, folded_question: str) -> list[tuple[int, int, str]]:
    """Phrases of ``sentence`` ending with the noun a 什么X/哪个X question asks about (X), reaching
    back to the clause start or a function word: ``交通运输领域``, ``“1+1+N”的并联审批模式``."""
    m = _HEAD_Q_RE.search(folded_question)
    named = _NAMED_Q_RE.search(folded_question)
    if m is None and named is None:
        return []
    raw = m.group("head") if m is not None else named.group(1)
    head = raw[-2:] if len(raw) >= 2 else raw
    s = fold_chars(sentence)
    out = []
    for hm in re.finditer(re.escape(head), s):
        b = hm.end()
        ca, _ = clause_bounds(s, hm.start())
        a = max(ca, hm.start() - 16)
        stops = [x.end() for x in _PHRASE_STOP_RE.finditer(s, a, hm.start())]
        a = max([a, *stops])
        a = after_lead_verb(s, a, hm.start())
        opened = max(s.rfind(q, a, hm.start()) for q in "“「")
        if opened >= 0 and not any(c in s[opened:hm.start()] for c in "”」"):  # 建成世界“小商品之都”: the quoted name whole
            a, b = opened, b + (s[b:b + 1] in "”」")
        closed = min((i for i in (s.find(q, a, hm.start()) for q in "”」") if i >= 0), default=-1)
        if closed >= 0 and not any(c in s[a:closed] for c in "“「"):  # 围绕“…,…”的总要求: back to where the quote opens
            opening = max(s.rfind(q, 0, a) for q in "“「")
            a = opening if opening >= 0 else a
        titled = s.rfind("《", a, hm.start())
        if titled >= 0 and "》" not in s[titled:b + 1]:  # 《某市交通运输领域行政执法…方案》 asked 哪个领域: not its 《
            a = titled + 1
        if hm.start() > a:
            out.append((a, b, ""))
    return out


# an enumerator (三是), 其中 and a leading verb are not part of the phrase they introduce (no ^: match() anchors at a)
_LEAD_VERB_RE = re.compile(r"(?:[一二三四五六七八九十]+是|其中)?(?:(?:全面|深入|持续|积极|大力|进一步)?"
                           r"(?:实行|推行|采用|实施|开展|建立|健全|完善|构建|印发|出台|成立|设立|针对|围绕|聚焦|作为|推进|加强|深化|打造|搭建|开通|启用|建成|新建|是|为|对|在))?")


def after_lead_verb(s: str, a: int, head_start: int) -> int:
    """Where a phrase starting at ``a`` begins after its enumerator and leading verb (三是推进政务热线 -> 政务热线)."""
    m = _LEAD_VERB_RE.match(s, a, head_start)
    return m.end() if m else a


def preferred_fns(ask: Ask, sents: Sequence[Sent]) -> list[Callable[[str], list]]:
    """Span finders the question word asks for before the kind's default (:func:`spans_fn`): the
    name shapes of :func:`rag.answer.names.name_fns`; for 哪一年度, years of account (2019年度)."""
    if ask.qtype.kind == "name":
        return name_fns(ask.question, tuple(dict.fromkeys(s.doc.region for s in sents)))
    if ask.qtype.kind == "date" and _FISCAL_Q_RE.search(fold(ask.question)):
        return [lambda s: [(m.start(), m.end(), "") for m in _FISCAL_RE.finditer(fold_chars(s))]]
    return []
