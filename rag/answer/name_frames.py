"""Names the question's own wording frames: the words in its slot (``领导小组由谁担任组长`` -> 市长), the holder
of a role it asks about (``总指挥是谁`` -> 由某某担任总指挥) and the period of a titled plan
(``哪一期《法治政府建设规划》`` -> 2021-2025年).  The other kinds of name, and how one is chosen among
several, are :mod:`rag.answer.names`.

>>> t = "成立了由市长担任组长的领导小组。"
>>> [t[a:b] for a, b, _ in slot_spans(t, "领导小组由谁担任组长?")]
['市长']
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .figures import title_spans

Span = tuple[int, int, str]



# --- 由谁担任X: the question's slot, found in the sentence ------------------------------------------
_SLOT_Q_RE = re.compile(r"(由|被|向|经|从|对|请|邀请)?(?:谁|哪个单位|哪个部门|哪个机构|哪家单位|哪家机构|哪些单位|哪些部门|哪位领导|何人)"
                        r"(?P<right>[\u4e00-\u9fff]{2,5})")
_SLOT_STOP_RE = re.compile(r"[，,；;。：:！!？?（(）)\s]")
MAX_SLOT = 24  # characters a slot's filler may span
_LEAD_PREPOSITIONS = frozenset("在由经从对向于被")
_EN_SERVES_AS_RE = re.compile(r"\bwho (?:served|serves|serve|acted|acts|was appointed|is appointed|was named|were appointed) as\b")
_LIGHT_VERB_RE = re.compile(r"^(?:来|去)(?=[\u4e00-\u9fff]{2})")


def slot_frame(folded_question: str) -> tuple[str, str] | None:
    """(word before the question word, word after it) of a 由谁V / 由哪个部门V question:
    ``由谁担任总指挥`` -> ``('由', '担任')``; None when the question has no such frame."""
    if _EN_SERVES_AS_RE.search(folded_question):  # who served as the commander: 由某某担任总指挥
        return "由", "担任"
    m = _SLOT_Q_RE.search(folded_question)
    if m is None:
        return None
    from .term_tokens import tokens

    said = _LIGHT_VERB_RE.sub("", m.group("right")) or m.group("right")  # 由谁来担任: 来 only leads the verb
    right = tokens(said)
    word = right[0] if right and len(right[0]) >= 2 else said[:2]
    return (m.group(1) or ""), word


def slot_spans(sentence: str, question: str) -> list[Span]:
    """The words of ``sentence`` that stand where the question has its question word: the text
    between the frame's left word (由) and its right word (担任), inside one clause."""
    frame = slot_frame(fold(question))
    if frame is None:
        return []
    left, right = frame
    s = fold_chars(sentence)
    out = []
    for m in re.finditer(re.escape(right), s):
        lo = max(0, m.start() - MAX_SLOT)
        stops = [x.end() for x in _SLOT_STOP_RE.finditer(s, lo, m.start())]
        a = max([lo, *stops])
        if left:
            i = s.rfind(left, a, m.start())
            if i < 0:
                continue
            a = i + len(left)
        elif s[a:a + 1] in _LEAD_PREPOSITIONS:  # 在某研究院组织的: the preposition is not the filler
            a += 1
        if m.start() - a >= 2:
            out.append((a, m.start(), ""))
    return out


# --- 总指挥是谁: the holder of a role, as the sentence appoints it (由某某担任总指挥) ----------------------
_ROLE_Q_RE = re.compile(r"(?P<role>[\u4e00-\u9fff]{2,5}?)(?:是谁|由谁|是哪位|是什么人)|谁(?:担任|出任|兼任|任|是)(?P<role2>[\u4e00-\u9fff]{2,8}?)(?:[？?呢]|$)")
_APPOINT = r"(?:担任|出任|兼任)"


def asked_role(folded_question: str) -> str:
    """The role a 谁 question asks the holder of: ``指挥部的总指挥是谁`` -> ``总指挥``; "" when none."""
    from .term_tokens import tokens

    m = _ROLE_Q_RE.search(folded_question)
    if m is None:
        return ""
    words = tokens(m.group("role") or m.group("role2"))
    return words[-1] if words and len(words[-1]) >= 2 else ""


def role_spans(sentence: str, role: str) -> list[Span]:
    """The holder the sentence appoints to ``role``: ``由X担任总指挥``, ``总指挥由X担任``."""
    if not role:
        return []
    s = fold_chars(sentence)
    r = re.escape(role)
    pats = (rf"由(?P<x>[^，,；;。：:由]{{2,{MAX_SLOT}}}?){_APPOINT}{r}", rf"{r}由(?P<x>[^，,；;。：:]{{2,{MAX_SLOT}}}?){_APPOINT}")
    return sorted({(m.start("x"), m.end("x"), "") for p in pats for m in re.finditer(p, s)})



# --- the period of a titled plan ------------------------------------------------------------------
_PERIOD_RE = re.compile(r"(?:19|20)\d{2}\s*(?:年)?\s*[—\-–~至到]{1,2}\s*(?:19|20)\d{2}\s*年?")
_PERIOD_Q_RE = re.compile(r"哪一?期|哪个时期|哪一个时期|什么时期|哪个阶段|哪几年|\bwhich (?:period|edition|phase)\b")
_QTITLE_RE = re.compile(r"《([^《》]{2,40})》")


def asks_period(folded_question: str) -> bool:
    return bool(_PERIOD_Q_RE.search(folded_question))


def period_spans(sentence: str, question: str) -> list[Span]:
    """(start, end, "") of plan periods (``2015—2020年``), inside a title that begins like the
    title the question names (``哪一期的《某某纲要》`` -> ``《某某纲要(2015—2020年)》``'s period)."""
    s = fold_chars(sentence)
    named = [fold(t) for t in _QTITLE_RE.findall(fold(question))]
    out = []
    for a, b, _ in title_spans(s):
        inner = fold(s[a + 1:b - 1])
        if named and not any(inner.startswith(n[:max(2, len(n) - 2)]) for n in named):
            continue
        out += [(m.start(), m.end(), "") for m in _PERIOD_RE.finditer(s, a, b)]
    return out
