"""Which sentence decides a yes/no question: the best-ranked one, unless the claim needs something it lacks
(a figure of the threshold's unit, a remainder or rate for a completion claim, a standard's value, a rank, an
ordinal, a first-time claim, a trend, a stage reached, a name) and a sentence nearly as good states it
(:func:`deciding_sentence`).  A sentence of the report's plans section gives way to the year's account
(:func:`plans_head`).  :func:`rag.answer.yesno.yesno` then decides on it.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..text.normalize import fold_chars
from .evidence import Ask, Sent, base_score, ordinals
from .figures import number_spans
from .firsts import FIRST_RE
from .stages import aims_only, in_aim, text_stage
from .yesno_aims import aimed_only
from .yesno_clauses import DOWN_RE, UP_RE, claim_text
from .yesno_figures import (
    completion_asked,
    has_completion_figures,
    series_trend,
    standard_op,
    stated_figures,
    states_figures,
    unit_kind,
    versus_standard,
)
from .yesno_names import claimed_name, names_claim
from .yesno_threshold import ranks

NEAR_BEST = 0.75  # a sentence that carries the deciding figure may replace the best-ranked one when it scores this share of it


def deciding_sentence(ask: Ask, order: Sequence[tuple[float, Sent]]) -> Sent:
    """The sentence that decides: the best-ranked one, unless the claim needs something (a threshold's
    unit, a remainder or rate for a completion claim, a standard's value, a rank for an asked rank, a
    first-time claim for an asked first) that it lacks and one of the next best (within
    :data:`NEAR_BEST` of its score) states it."""
    top, best = order[0]
    q = claim_text(ask)
    if ask.cues.threshold is not None:  # the deciding sentence states a figure of the asked unit; none stating it as a
        unit = ask.cues.threshold[2]  # fact, one nearly as good giving it only in an aim (力争2025年底…达到90%: not reached)
        return next((s for _, s in order[:5] if any((not unit or unit_kind(u) == unit_kind(unit)) and not in_aim(fold_chars(s.text), a)
                                                     for a, _, u in number_spans(s.text))
                     or (unit == "名" and ranks(s.text))),
                    next((s for score, s in order[:5] if unit and score >= NEAR_BEST * top
                          and aimed_only(ask, [], fold_chars(s.text))), best))
    needs = []
    if ask.cues.residual or completion_asked(q):  # (排名第一吗 / ranked first: a sentence giving a rank, 名列第三)
        needs.append(has_completion_figures)
    if standard_op(q):  # the question compares with a standard it does not quantify
        needs.append(lambda t: versus_standard(q, t) is not None)
    rank = ask.cues.ordinal is not None and ask.cues.ordinal[1] == "名"
    if rank:  # 是不是五个区里排第一: the rank is the claim, 五个 names the field
        needs.append(lambda t: any(o[1] == "名" for o in ordinals(t)))
    stated = stated_figures(q if ask.lang != "en" else ask.question, ask.lang)
    if stated and not needs:  # 是12件吗 (第四次清理后保留了89件吗: the figure is the claim, 第四次 names the work): as for a
        kinds = {k for _, k in stated}  # threshold, one of the best five stating that very figure, else a figure of its kind
        facts = [s for _, s in order[:5] if not aimed_only(ask, stated, fold_chars(s.text))]  # 力争达到80%: no fact
        return next((s for s in facts if states_figures(stated, fold_chars(s.text))),
                    next((s for s in facts if any(unit_kind(u) in kinds and not in_aim(fold_chars(s.text), a)
                                                  for a, _, u in number_spans(s.text) if u)), best))
    if ask.cues.ordinal is not None and not rank:  # 第二批吗: a sentence giving that kind of ordinal decides
        needs.append(lambda t: any(o[1] == ask.cues.ordinal[1] for o in ordinals(t)))
    if ask.cues.first:  # 首次 / the first in China: a sentence making a first-time claim (率先, 全国首家) decides
        needs.append(lambda t: bool(FIRST_RE.search(t)))
    if ask.cues.trend:  # 比上年多吗: a sentence saying which way it went (同比增长25.9%), not a table row's figures
        needs.append(lambda t: bool(UP_RE.search(t) or DOWN_RE.search(t) or series_trend(t)))
    if aims_only(q, fold_chars(best.text)):  # 推动…尽早审议通过: a stage reached decides
        needs.append(lambda t: text_stage(t) is not None)
    if ask.lang != "en" and claimed_name(q) is not None:  # 市长是于海田吗: a sentence naming him decides
        needs.append(lambda t: names_claim(q, t))
    if not needs or any(n(fold_chars(best.text)) for n in needs):
        return best
    if plans_head(ask, best):  # the plans' aim leads and lacks what the claim needs: the year's account is measured
        top = next((score for score, s in order if not plans_head(ask, s)), top)  # against its own best sentence
    near = [s for score, s in order[1:8] if score >= NEAR_BEST * top]
    found = next((s for s in near if any(n(fold_chars(s.text)) for n in needs)), None)
    if found is not None:
        return found
    # a sentence that goes on after a ；(受理331件；已办结312件，其余19件正在办理中) is read with its head, which names the topic
    joined = [j for _, s in order[1:8] if any(n(fold_chars(s.text)) for n in needs) and (j := _with_head(s)) is not None]
    return next((j for j in joined if base_score(j, ask) >= NEAR_BEST * top), best)


def plans_head(ask: Ask, sent: Sent) -> bool:
    """Does ``sent`` stand in its report's plans section, and the question asks neither plans nor a later year?"""
    from .sections import asks_plans, in_plans

    return in_plans(sent) and not asks_plans(ask.question) and not any(y > (sent.doc.year or y) for y in ask.years)


def _with_head(sent: Sent) -> Sent | None:
    """``sent`` with the sentence before it when that one ends in a ；(the same sentence of the report, cut at its
    semicolon), within its passage; None when it opens its own sentence."""
    text, lo = sent.doc.text, sent.chunk.start
    before = text[lo:sent.start].rstrip()
    if not before.endswith(("；", ";")):
        return None
    start = max(before.rfind(c) for c in "。！？!?\n") + 1
    return sent.at(lo + start, sent.end)
