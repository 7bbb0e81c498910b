"""Sections: the part of a report a question points to, and whether a sentence stands in its plans.

"存在哪些问题/不足" points to the section whose level-1 heading says 问题/不足/短板,
"下一步打算" to 下一步/计划/打算, "主要成效/举措" to 成效/举措; without a cue the
section holding the best sentence is used.  A report that has no such heading but a
paragraph opening with the cue (``下一步，我市将…``) gets that paragraph.  The section's key
sentences are :mod:`rag.answer.summaries`.

>>> text = "一、成效\\n做了工作。\\n二、存在的问题\\n一是意识不强。二是力量薄弱，人员不足。\\n"
>>> a, b = cued_range(text, "有哪些不足")
>>> text[a:b]
'二、存在的问题\\n一是意识不强。二是力量薄弱，人员不足。\\n'
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

from ..chunk.sentences import trim_span
from ..chunk.structure import heading_of
from ..text import lazy_re as re
from ..text.normalize import fold
from .evidence import Ask, Sent
from .lists import opens_section
from .qtypes import NEXT_YEAR, SPOKEN_SHORTCOMING
from .term_coverage import coverage

# How English questions name a report's shortcomings besides problem / shortcoming / weakness: weak spots (points, links,
# areas), shortfalls, deficiencies, gaps, what fell / falls short, what it owned up to or admitted to, room or areas for improvement
EN_SHORTCOMING = (r"\bweak (?:spots?|points?|links?|areas?)\b|\bshortfalls?\b|\bdeficienc|\bgaps\b|\bf[ae]ll(?:s|ing)? short\b"
                  r"|\bown(?:s|ed)? up to\b|\badmit(?:s|ted)? to\b|\b(?:room|areas?|need(?:s|ed)?) for improvement\b"
                  r"|\bstill (?:lacking|lacks|lacked)\b|\bfell behind\b|\bfailings\b|\bdrawbacks?\b")
SECTION_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(rf"问题|不足|短板|差距|薄弱|{SPOKEN_SHORTCOMING}|problem|shortcoming|weakness|{EN_SHORTCOMING}"),
     re.compile(r"问题|不足|短板|差距|薄弱")),
    (re.compile(rf"下一步|计划|打算|安排|{NEXT_YEAR}|今后|准备|next|plan"
                # what a report says it would do / will focus on / intends: its plans, in English
                r"|\b(?:say|said|says|saying)\b[^?]{0,20}\b(?:would|will|intends?|planned)\b|\bintend(?:s|ed)? to\b"
                r"|\bwould (?:focus|prioriti[sz]e)\b|\bpriorities for\b"),
     re.compile(r"下一步|计划|打算|安排|思路|今后")),
    (re.compile(r"意见建议|建议|suggest|recommend"), re.compile(r"建议")),
    (re.compile(r"成效|举措|做法|进展|成绩|achievement|measure|progress"), re.compile(r"成效|举措|做法|进展|主要工作")),
)

# How a paragraph without a heading states a part a report may lack (问题 / 下一步 / 建议), in the order of
# SECTION_CUES: (it opens with it, its first sentence states it).  Not the bare cue word: 破解…突出问题 or
# 统筹安排 in an account of the year's work names no shortcoming and no plan.
_PARAGRAPH_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"^\s*(?:存在的?(?:主要)?(?:问题|不足|短板|差距)|(?:问题|不足|短板|差距)(?:和|与|及)?(?:问题|不足|短板|差距)?[:：])"),
     re.compile(r"(?:存在|还有|仍有|尚有|还存在|仍存在|面临)[^。；;，,]{0,24}?(?:问题|不足|短板|差距|薄弱|困难)")),
    (re.compile(r"^\s*(?:(?:19|20)\d{2}年[，,]?\s*)?(?:下一步|今后|下一年度?|明年|接下来)"),
     re.compile(r"下一步|今后|下一年度?|明年|接下来")),
    (re.compile(r"^\s*(?:意见)?建议"), re.compile(r"建议")),
)


def optional_part(question: str) -> bool:
    """The question asks for a part a report may not have (its shortcomings, its plans, its suggestions):
    a report without it answers nothing, not its other sections."""
    cue = section_cue(question)
    return cue is not None and any(cue.pattern == h.pattern for _, h in SECTION_CUES[:len(_PARAGRAPH_CUES)])


def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line of ``text``, its line break included."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans


@functools.lru_cache(maxsize=64)
def outline(text: str) -> tuple[tuple[int, int, int], ...]:
    """(level, start, end) of every heading label in ``text``."""
    out = []
    for ls, le in line_spans(text):
        h = heading_of(text[ls:le])
        if h is not None:
            s, e = trim_span(text, ls + h.start, ls + h.end)
            if e > s:
                out.append((h.level, s, e))
    return tuple(out)


# Opinions and suggestions a review or a legal adviser produced (书面审核意见和建议, legal review opinions and
# suggestions): work the report counts, not the report's own suggestions part
_WORK_ADVICE_RE = re.compile(r"(?:审核|审查|法律意见|书面|\breview\b|\blegal opinions?\b|\bwritten\b)[^，,。；;？?]{0,16}?(?:意见建议|建议|suggest)",
                             re.IGNORECASE)


def section_cue(question: str) -> re.Pattern[str] | None:
    """The heading pattern of the section kind the question names (问题 / 下一步 / 成效), or None."""
    q = _WORK_ADVICE_RE.sub(" ", fold(question))
    return next((h for qp, h in SECTION_CUES if qp.search(q)), None)


def asks_plans(question: str) -> bool:
    """The question asks for a report's plans for the next year (下一步 / 计划 / 打算 / 准备)."""
    cue = section_cue(question)
    return cue is not None and cue.pattern == SECTION_CUES[1][1].pattern


# a question after a goal or a plan's figure (目标, 力争, 控制在…以内, "target"), not what was done
_TARGET_Q_RE = re.compile(r"目标|指标|力争|控制在|要达到|将达到|预计|\b(?:target|goal|aim|plan)", re.IGNORECASE)


def asks_target(question: str) -> bool:
    """Does the question ask a plan's or a goal's figure (下一步打算, 目标是多少, 力争达到多少)?"""
    return asks_plans(question) or _TARGET_Q_RE.search(fold(question)) is not None


def section_range(text: str, cue: re.Pattern[str] | None, near: int = 0) -> tuple[int, int] | None:
    """The level-1 section whose heading matches ``cue`` (without a cue: the one holding ``near``)."""
    tops = [(s, e) for lvl, s, e in outline(text) if lvl == 1]
    bounds = [(s, tops[i + 1][0] if i + 1 < len(tops) else len(text), e) for i, (s, e) in enumerate(tops)]
    if cue is not None:
        return next(((s, end) for s, end, he in bounds if cue.search(fold(text[s:he]))), None)
    return next(((s, end) for s, end, _ in bounds if s <= near < end), None)


def cued_range(text: str, question: str, near: int = 0) -> tuple[int, int] | None:
    """The section (or, lacking one, the paragraph opening with the cue) the question points to."""
    cue = section_cue(question)
    rng = section_range(text, cue, near)
    if rng is None and cue is not None:  # a paragraph opening with the cue, up to the next section
        kind = next(i for i, (_, h) in enumerate(SECTION_CUES) if h.pattern == cue.pattern)
        opens, states = _PARAGRAPH_CUES[kind] if kind < len(_PARAGRAPH_CUES) else (None, cue)
        start = next((ls for ls, _ in line_spans(text) if (opens.search(fold(text[ls:ls + 16])) if opens is not None
                                                       else cue.search(fold(text[ls:ls + 8])))), None)
        if start is not None:
            end = next((s for lvl, s, _ in outline(text) if lvl == 1 and s > start), len(text))
            return start, end
        # else the last paragraph whose first sentence states it (…但与目标相比还有不足，比如…)
        return next(((ls, le) for ls, le in reversed(line_spans(text)) if heading_of(text[ls:le]) is None
                     and states.search(fold(text[ls:ls + _first_stop(text, ls, le)]))), None)
    return rng


def _first_stop(text: str, ls: int, le: int) -> int:
    """Length of the line's first sentence."""
    m = re.search(r"[。！!？?]", text[ls:le])
    return m.end() if m else le - ls


def has_cued_section(text: str, question: str) -> bool:
    """True when the question names a kind of section (问题 / 下一步) that ``text`` has."""
    return section_cue(question) is not None and cued_range(text, question) is not None


TOPIC_SHARE = 0.75  # a heading naming the question's topic holds this share of its weighted terms


def topic_range(text: str, ask: Ask) -> tuple[int, int] | None:
    """The section (level 1 or 2) whose heading holds most of the question's terms, if one does; not one
    inside the plans section (四、2024年工作计划 > （三）深化某某) unless the question asks for plans: asked how
    something was done, the next year's intentions do not say."""
    heads = list(outline(text))
    best = None
    plans = [] if asks_plans(ask.question) else plans_parts(text)
    for i, (lvl, s, e) in enumerate(heads):
        if lvl > 2 or any(a <= s < b for a, b in plans):
            continue
        cov = coverage(ask.terms, text[s:e], ask.weights)[0]
        if cov >= TOPIC_SHARE and (best is None or cov > best[0]):
            end = next((h[1] for h in heads[i + 1:] if h[0] <= lvl), len(text))
            best = (cov, s, end)
    return (best[1], best[2]) if best else None


def own_topic_range(text: str, at: int, ask: Ask) -> tuple[int, int] | None:
    """The section (any level) that ``at`` stands in, when its heading holds :data:`TOPIC_SHARE` of the
    question's terms (``3．坚持双语普法，推进法治宣传`` over the sentence asked about), not one in the plans
    part unless plans are asked: the topic's own section, however deep the report numbers it."""
    heads = outline(text)
    i = next((k for k in range(len(heads) - 1, -1, -1) if heads[k][1] <= at), None)
    if i is None:
        return None
    lvl, s, e = heads[i]
    if coverage(ask.terms, text[s:e], ask.weights)[0] < TOPIC_SHARE \
            or (not asks_plans(ask.question) and any(a <= s < b for a, b in plans_parts(text))):
        return None
    return s, next((h[1] for h in heads[i + 1:] if h[0] <= lvl), len(text))


def plans_parts(text: str) -> list[tuple[int, int]]:
    """The report's plans sections (a level-1 heading such as ``三、2024年工作计划`` or ``四、下一步打算``, to the
    next level-1 heading): what they say is intended, not done in the year reported.

    >>> t = "一、主要工作\\n做了。\\n二、下一步打算\\n（一）深化普法。将开展。\\n"
    >>> [t[a:b].split("\\n")[0] for a, b in plans_parts(t)]
    ['二、下一步打算']
    """
    tops = [(s, e) for lvl, s, e in outline(text) if lvl == 1]
    return [(s, tops[i + 1][0] if i + 1 < len(tops) else len(text)) for i, (s, e) in enumerate(tops)
            if SECTION_CUES[1][1].search(fold(text[s:e]))]


def heading_range(text: str, at: int) -> tuple[int, int] | None:
    """The section (level 1 or 2) whose heading starts at ``at`` (give or take its label), if one does."""
    heads = list(outline(text))
    for i, (lvl, s, _) in enumerate(heads):
        if lvl <= 2 and abs(s - at) <= 4:
            return s, next((h[1] for h in heads[i + 1:] if h[0] <= lvl), len(text))
    return None


def in_plans(sent: Sent) -> bool:
    """Does ``sent`` stand in its report's plans section (``七、2020年工作打算``, ``四、下一步工作思路``)?  What
    it says is intended for the next year, not done in the year reported."""
    top = fold(sent.chunk.section.split(">")[0])  # 今後打算: Traditional headings too
    return bool(SECTION_CUES[1][1].search(top))


def facts_first(order: Sequence[tuple[float, Sent]], question: str, near: float,
                years: Sequence[int] = (), headings: bool = True) -> list[tuple[float, Sent]]:
    """``order`` (best first) with a plans sentence at its head moved behind the best sentence of the year's
    account scoring at least ``near`` of it, unless the question asks for plans or for a year after the
    report's (``years``): asked whether it happened (败诉案件比上年多吗, 条例通过了吗), the year's account
    answers, not the next year's intentions.  A heading at the head (（三）深化示范创建) gives way alike: it
    names a topic, it claims nothing (``headings=False``: it stays, for an answer that quotes its section)."""
    plans = not asks_plans(question) and not any(y > (order[0][1].doc.year or y) for y in years) if order else False
    if not order or not ((plans and in_plans(order[0][1])) or (headings and opens_section(order[0][1]))):
        return list(order)  # a heading claims nothing
    top = order[0][0]
    i = next((k for k, (score, s) in enumerate(order[1:8], 1) if score >= near * top
              and not (plans and in_plans(s)) and not (headings and opens_section(s))), None)
    return list(order) if i is None else [order[i], *order[:i], *order[i + 1:]]
