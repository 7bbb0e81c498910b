"""Honours: what a report says was conferred (获评X, 被评为X), and what received it.

The genre reports the titles a place, a unit or a project won: ``某县成功获评第三批全国法治政府建设
示范县``, ``“某某改革”获评全国法治政府建设示范项目``.  A question asks either for the honour (什么称号,
what national title did the county win: :func:`conferred_spans`) or for what received it (哪项改革获评…,
which project was named a national model project: :func:`conferred_subject_spans`).

>>> s = "“某某综合执法改革”获评全国示范项目,某县成功获评全国示范县。"
>>> [s[a:b] for a, b, _ in conferred_spans(s)]
['全国示范项目', '全国示范县']
>>> [s[a:b] for a, b, _ in conferred_subject_spans(s)]
['“某某综合执法改革”', '某县']
>>> asks_honour("What national title did the county win?"), asks_conferred_subject("Which project was named a model project?")
(True, True)
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from .comparators import alternation
from .conferral import ACHIEVING, CONFERRING, GETTING, pick, without

Span = tuple[int, int, str]

# --- the questions --------------------------------------------------------------------------------
# An honour asked for (singular; "which titles" is a list): what national title / which award did X win
EN_HONOUR_Q_RE = re.compile(r"\b(?:which|what)\s+(?:[a-z\-]+\s+){0,3}?(?:title|honou?r|award|accolade|designation|distinction|prize)"
                            r"\b(?!\s+of\b)", re.IGNORECASE)
_HONOUR_Q_RE = re.compile(r"称号|荣誉|奖项|什么奖|评为什么|评为哪|\b(?:title|honou?r|award|designation|accolade|distinction|prize)\b",
                          re.IGNORECASE)
# What received an honour: which project was named / designated / rated (as) …, which unit won an award
EN_CONFERRED_SUBJECT_Q_RE = re.compile(
    r"\b(?:which|what)\s+(?:[a-z\-'’]+\s+){0,5}?(?:(?:was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+)?"
    r"(?:named|designated|rated|selected|chosen|recogni[sz]ed|listed|honou?red|commended|awarded)"
    r"(?!\s+(?:by|to|from|in(?!\s+(?:19|20)\d{2}\b)|on|at|for)\b)|(?:won|received|earned|gained)\s+(?:an?|the)\b)\b", re.IGNORECASE)
# 哪项改革获评…, 哪个调解室被评为…: the question word stands before the verb of receiving an honour
_ZH_CONFERRED_SUBJECT_Q_RE = re.compile(r"哪(?:个|一个|项|一项|家|所|些|几)?[\u4e00-\u9fff]{0,8}?(?:" + alternation(
    (*pick(CONFERRING, "获评", "荣获"), *(f"被{w}" for w in pick(CONFERRING, "评为", "命名为", "确定为", "列为")), "入选")) + ")")
# How users say it: 哪个村被评上了…示范村, 哪个县级市拿到了…称号, 拿下…称号的是哪个项目.  A naming verb (评上, 评为,
# 命名) says it alone; a verb of getting (拿到, 获得) only with an honour's word in the question (称号, 牌子, 示范…)
_ZH_NAMING_VERB = (alternation(pick(CONFERRING, "获评", "荣获", "入选", "当选")) + "|被?(?:"
                   + alternation(pick(CONFERRING, "评上", "评为", "评成", "命名为", "命名", "确定为", "认定为", "列为", "授予")) + ")")
_ZH_GETTING_VERB = alternation(GETTING)
_HONOUR_WORD_RE = re.compile(r"称号|荣誉|牌子|头衔|名号|示范|先进|模范|标兵|典型|试点|表彰|奖")
_ZH_WHICH = r"哪(?:个|一个|项|一项|家|一家|所|些|几|座|位)?"
_ZH_SUBJECT_BEFORE_RE = re.compile(rf"{_ZH_WHICH}(?P<head>[\u4e00-\u9fff]{{0,8}}?)(?P<verb>{_ZH_NAMING_VERB}|{_ZH_GETTING_VERB})")
_ZH_SUBJECT_AFTER_RE = re.compile(rf"(?P<verb>{_ZH_NAMING_VERB}|{_ZH_GETTING_VERB})[^？?]{{1,40}}?的[，,]?(?:是|为)"
                                  rf"{_ZH_WHICH}(?P<head>[\u4e00-\u9fff]{{0,6}})[？?呢]?$")


def asks_honour(question: str) -> bool:
    """Does the question ask for an honour (什么称号, what title / award)?"""
    return bool(_HONOUR_Q_RE.search(fold(question)))


def asks_conferred_subject(question: str) -> bool:
    """Does the question ask what received an honour (which project was named a national model project,
    哪项改革获评示范项目), not which honour it received?"""
    q = fold(question)
    if EN_CONFERRED_SUBJECT_Q_RE.search(question) or _ZH_CONFERRED_SUBJECT_Q_RE.search(q):
        return True
    m = _ZH_SUBJECT_BEFORE_RE.search(q) or _ZH_SUBJECT_AFTER_RE.search(q)
    return m is not None and (re.fullmatch(_ZH_NAMING_VERB, m.group("verb")) is not None or bool(_HONOUR_WORD_RE.search(q)))


def conferred_subject_head(question: str) -> str:
    """The noun a Chinese "which X received it" question asks for: ``哪个村被评上…`` -> ``村``, ``…称号的是哪个项目``
    -> ``项目``; "" when it names none (or the question is not of that kind)."""
    q = fold(question)
    m = _ZH_SUBJECT_AFTER_RE.search(q) or _ZH_SUBJECT_BEFORE_RE.search(q)
    return m.group("head") if m is not None and asks_conferred_subject(question) else ""


# --- the question's words for it -------------------------------------------------------------------
# The genre states an honour by its conferral verb (获评X, 被评为X, 被命名为X, 被确定为X, 荣获X称号) and writes the title
# with or without 称号: a question's words for receiving one (拿到, 评上) and for the honour itself (称号, 牌子) are
# stated by any of them.
CONFERRAL_TERM = "|".join((*pick(CONFERRING, "获评", "荣获", "评为", "命名为", "确定为", "认定为", "列为", "授予", "入选"), "称号", "荣誉"))
_FRAME_WORDS = frozenset({*without(GETTING, "取得", "成为"), *pick(CONFERRING, "评上", "评为", "获评", "荣获", "命名", "当选", "入选"),
                          "被评", "被评为", "被命名", "称号", "荣誉", "荣誉称号", "牌子", "头衔", "名号"})


def honour_terms(question: str, terms: tuple[str, ...],
                 weights: dict[str, float]) -> tuple[tuple[str, ...], dict[str, float]]:
    """(terms, weights) with the words an honour question wraps the honour in (拿到, 评上, 称号, 牌子) made one
    term, :data:`CONFERRAL_TERM`, weighing as the heaviest of them, for a question asking an honour or what
    received one; else unchanged.

    >>> honour_terms("哪个县拿到了省级示范县的称号?", ("拿到", "省级", "示范县", "称号"), {"拿到": 0.3, "称号": 2.0})[0]
    ('获评|荣获|评为|命名为|确定为|认定为|列为|授予|入选|称号|荣誉', '省级', '示范县')
    """
    frame = [t for t in terms if t in _FRAME_WORDS]
    if not frame or not (asks_honour(question) or asks_conferred_subject(question)):
        return terms, weights
    heaviest = max(weights.get(t, 1.0) for t in frame)
    weights = {t: w for t, w in weights.items() if t not in frame}
    weights[CONFERRAL_TERM] = heaviest
    return tuple(dict.fromkeys(CONFERRAL_TERM if t in _FRAME_WORDS else t for t in terms)), weights


def honour_frame(question: str, terms: Sequence[str]) -> tuple[str, ...]:
    """The ``terms`` that wrap the honour a question asks about or claims (拿到, 评上, 称号, 牌子): the words
    :func:`honour_terms` makes one; () when the question asks no honour.  A yes/no question's frame is the
    claim its answer checks (力争创建…示范县 answers 否 to 拿到…示范县称号了吗), not words the evidence must hold.

    >>> honour_frame("是不是已经拿到了省级示范县的称号?", ("拿到", "省级", "示范县", "称号")), honour_frame("示范县有几个?", ("示范县",))
    (('拿到', '称号'), ())
    """
    if not (asks_honour(question) or asks_conferred_subject(question)):
        return ()
    return tuple(t for t in terms if t in _FRAME_WORDS or any(a in _EN_FRAME_WORDS for a in t.split("|")))


# an English question's frame through the glossary (awarded the title of …: 授予|颁发, 称号): the verbs of conferring
_EN_FRAME_WORDS = _FRAME_WORDS | {"授予", "被授予", "颁发", "授牌"}


# --- what was conferred ---------------------------------------------------------------------------
_CONFERRED_VERBS = (*pick(CONFERRING, "获评", "荣获"), *pick(GETTING, "获得"),
                    *(v for w in pick(CONFERRING, "评为", "命名为", "授予") for v in (f"被{w}", w)), *pick(CONFERRING, "入选", "获批"),
                    *pick(ACHIEVING, "成功创建", "创建成为"), *pick(GETTING, "成为"))
_CONFERRED_RE = re.compile(rf"(?:{alternation(_CONFERRED_VERBS)})(?P<what>[^，,；;。！!？?]{{3,30}})")
_TRAILING_RE = re.compile(r"(?:称号|荣誉称号|荣誉|光荣称号)$")


def conferred_spans(sentence: str) -> list[Span]:
    """(start, end, "") of what a sentence says was conferred: ``获评第三批全国示范县`` -> the honour
    (a trailing 称号 dropped)."""
    s = fold_chars(sentence)
    out = []
    for m in _CONFERRED_RE.finditer(s):
        what = _TRAILING_RE.sub("", m.group("what"))
        if len(what) >= 3:
            out.append((m.start("what"), m.start("what") + len(what), ""))
    return out


# --- what received it ------------------------------------------------------------------------------
_RECEIVED_RE = re.compile(alternation((*pick(CONFERRING, "获评", "荣获"),
                                      *(f"被{w}" for w in pick(CONFERRING, "评为", "命名为", "确定为", "列为", "授予")), *pick(CONFERRING, "入选", "获批"))))
# the conferring body between 被 and the verb (某某被最高人民法院评为…, 被司法部命名为…), or the bodies conferring it
# jointly (被司法部、民政部命名为…, 被省委和省政府授予…)
_RECEIVED_BY_RE = re.compile(r"被(?:[\u4e00-\u9fff]{2,12}?(?:、|和|与|及|以及))*[\u4e00-\u9fff]{2,12}?(?:评为|命名为|确定为|列为|授予)")
_RECEIVED_LEAD_RE = re.compile(r"(?:成功|先后|分别|同时|均|还|也|已|又|再次|首次|顺利)+$")  # 成功获评: the adverbs before the verb
_CLOSING_QUOTES = ("”", "\"", "」", "』")
SUBJECT_MIN = 2  # characters an unquoted subject must have


def conferred_subject_spans(sentence: str, head: str = "") -> list[Span]:
    """(start, end, "") of what a sentence says received an honour: the quoted name right before
    获评/被评为/入选 (``“某某改革”获评全国示范项目`` -> ``“某某改革”``), else the phrase from its clause
    start (``某某调解室被评为…`` -> ``某某调解室``); the answerer drops the asked place itself.  Given the
    asked noun (``head``: 哪个村), the spans ending in it when any does (某镇某村, not 某区司法局)."""
    spans = _subject_spans(sentence)
    if head:
        s = fold_chars(sentence)
        fitting = [sp for sp in spans if s[sp[0]:sp[1]].rstrip("”\"」』").endswith(head[-1])]
        # a place asked (哪个村, 哪个街道): a body that received one (某局被评为…) answers no such question
        return fitting if head.endswith(_PLACE_HEADS) else fitting or spans
    return spans


_PLACE_HEADS = ("村", "社区", "镇", "乡", "街道", "苏木", "嘎查")  # the levels below a county: named by their head noun


def _subject_spans(sentence: str) -> list[Span]:
    from .figure_fit import clause_bounds
    from .span_finders import after_lead_verb

    s = fold_chars(sentence)
    out = []
    for m in sorted([*_RECEIVED_RE.finditer(s), *_RECEIVED_BY_RE.finditer(s)], key=lambda m: m.start()):
        ca, _ = clause_bounds(s, m.start())
        lead = _RECEIVED_LEAD_RE.search(s, ca, m.start())
        end = lead.start() if lead else m.start()
        if s[end - 1:end] in _CLOSING_QUOTES:
            opened = max(s.rfind(q, ca, end - 1) for q in "“\"「『")
            if opened >= 0:
                out.append((opened, end, ""))
                continue
        a = after_lead_verb(s, ca, end)
        if end - a >= SUBJECT_MIN:
            out.append((a, end, ""))
    return out


def recipient_items(sentence: str, question: str) -> list[tuple[int, int]]:
    """(start, end) of each recipient a sentence names for a "which X received it" list question (哪些村被评为…):
    :func:`conferred_subject_spans` split at 、 (``某镇甲村、某乡乙村被评为…`` -> 某镇甲村, 某乡乙村); [] for fewer
    than two."""
    s = fold_chars(sentence)
    out = []
    for a, b, _ in conferred_subject_spans(sentence, conferred_subject_head(question)):
        depth, start = 0, a
        for i in range(a, b + 1):
            c = s[i] if i < b else "、"
            depth += (c in "“「『《") - (c in "”」』》")
            if c == "、" and depth <= 0:  # a 、 inside a quoted name (“办实事、解难题”) is the name's own
                if len(s[start:i].strip()) >= SUBJECT_MIN:
                    out.append((start, i))
                start = i + 1
    return out if len(out) >= 2 else []

