"""Comparisons across reports ("哪个地区纠错率最高", "A和B哪个更多"): one cited figure per report, ranked.

Every report the index matches is evaluated (the answerer passes each report's best
passages from one index lookup, no cap); a report's figure is the best span of
:func:`rag.answer.spans.best_span` in a sentence holding at least
:data:`MIN_COVERAGE` of the question's topic terms and what it measures.  A measure word
the question counts by (哪边开展的场次更多) is its unit, not a topic term: a report that
counts the same thing with a kindred word (817次 vs 62场次, :data:`rag.answer.figures.UNIT_KINDS`)
is compared, not dropped.  Reports are ranked by value.

The short answer: for two sides (A和B哪个更多) each side with its figure, the winner first
(``陇西（18次）多于沅陵（8次）``; a side without such a figure is named as giving none); for
more sides (五地中哪个最多) the winner with its figure.  The text says how many reports were
compared and names those that give no such figure, then quotes one sentence per report.  A
figure question naming several regions ("赣州和长治的纠错率分别是多少") gets one cited figure
per region, in the order asked.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..records import Document, Hit
from .evidence import (
    Ask,
    Draft,
    Sent,
    by_report,
    candidates,
    compose,
    in_regions,
    report_label,
    say,
    sentence_coverage,
)
from ..text.normalize import fold
from .figures import figure_value, number_spans
from .qtypes import UNITS, QType
from .regions import count_places
from .reports import report_name
from .spans import best_span, span_answer
from .terms import coverage

MIN_COVERAGE = 0.5  # a report's sentence must hold at least half the question's terms to be compared
_UNIT_WORDS = frozenset(UNITS) | frozenset(u + "数" for u in UNITS)  # 场次, 人次数: how a figure counts


def by_measure_word(ask: Ask) -> Ask:
    """``ask`` with a measure-word term (场次, 人次) taken as the asked unit instead of a topic term:
    a report says 817次 or 62场次, never the bare word, so the word must not weigh against it.

    >>> from rag.answer.qtypes import QType
    >>> a = by_measure_word(Ask("q", "zh", QType("compare", "", "max"), ("培训", "场次"), {}, measured=("场次",)))
    >>> a.terms, a.qtype.unit, a.measured
    (('培训',), '场次', ())
    >>> by_measure_word(Ask("q", "zh", QType("compare"), ("行政复议", "案件数"))).qtype.unit
    '件'
    """
    words = [t for t in ask.terms if _counts_by_unit(t)]
    if not words or len(words) == len(ask.terms):
        return ask
    unit = ask.qtype.unit or _counts_by_unit(words[0])
    keep = tuple(t for t in ask.terms if not _counts_by_unit(t))
    return replace(ask, terms=keep, qtype=replace(ask.qtype, unit=unit),
                   measured=tuple(m for m in ask.measured if not _counts_by_unit(m)))


def _counts_by_unit(term: str) -> str:
    """The measure word ``term`` counts by: 场次 -> 场次, 人次数 -> 人次, 案件数 -> 件 (a figure in 件 states
    it); "" for a topic term."""
    if term in _UNIT_WORDS:
        return term.removesuffix("数")
    return term[-2] if len(term) >= 3 and term[-1] == "数" and term[-2] in UNITS else ""


def key_term(ask: Ask, sents: Sequence[Sent]) -> str:
    """The question's most specific topic term (rarest, then longest; not the measured noun, which
    every figure states) that some report's sentence holds: what every compared figure must be about
    ("" when there is none)."""
    topic = [t for t in ask.terms if t not in ask.measured]
    for t in sorted(topic, key=lambda t: (ask.weights.get(t, 1.0), len(t)), reverse=True):
        if any(coverage((t,), s.text)[0] >= 1.0 for s in sents):
            return t
    return ""


def report_figure(ask: Ask, sents: Sequence[Sent], key: str = "") -> tuple[float, Sent, str] | None:
    """(value, sentence, figure) of the report's figure for the question, or None.  ``key``: a term
    the figure's sentence must hold, so that all reports are compared on one
    measure (行政复议案件, not any 案件)."""
    on_topic = [s for s in sents if sentence_coverage(s, ask, with_section=True) >= MIN_COVERAGE
                and (not key or coverage((key,), s.text)[0] >= 1.0)]
    found = best_span(on_topic, ask, number_spans)
    if found is None:
        return None
    s, fig = found
    value = figure_value(fig)
    if value is None or ask.qtype.unit == "%" and not fig.rstrip().endswith(("%", "％", "‰")):
        return None
    return value, s, fig


def _rows(ask: Ask, checked: Sequence[Document], grouped: Mapping[str, Sequence[Sent]], key: str
          ) -> tuple[list[tuple[float, Sent, str]], list[Document]]:
    rows, silent = [], []
    for doc in checked:
        row = report_figure(ask, grouped.get(doc.doc_id, ()), key)
        if row is None:
            silent.append(doc)
        else:
            rows.append(row)
    return rows, silent


_MORE = {("max", False): ("多于", "more than"), ("max", True): ("高于", "higher than"),
         ("min", False): ("少于", "fewer than"), ("min", True): ("低于", "lower than")}


_SAME_RE = re.compile(r"一样|相同|相等|持平|一致|\bthe same\b|\bequal\b|\bas (?:many|much|high)\b", re.IGNORECASE)


def asks_same(ask: Ask) -> bool:
    """A yes/no question whether two or more named places give the same figure (A和B的X一样吗?)."""
    return ask.qtype.kind == "yesno" and count_places(ask.regions) >= 2 and bool(_SAME_RE.search(fold(ask.question)))


def same_measured(ask: Ask) -> tuple[str, ...]:
    """What a sameness question counts: the last noun term before 一样/相同 (案件数一样吗 -> 案件数);
    English: the terms after ``the same number of`` (as a ``how many`` question's counted phrase)."""
    from ..text.glossary import english_terms
    from .terms import content_terms, role_weight

    q = fold(ask.question)
    m = _SAME_RE.search(q)
    if m is None:
        return ()
    if ask.lang == "en":
        after = re.sub(r"^\W*(?:number|amount|count|rate|share)?\s*(?:of)?\s*", "", q[m.end():])
        return tuple(t for t in english_terms(after) if t in ask.terms)[:2]
    before = [t for t in content_terms(q[:m.start()]) if t in ask.terms and role_weight(t) >= 1.0]
    return tuple(before[-1:])


def same_short(ask: Ask, rows: Sequence[tuple[float, Sent, str]], silent: Sequence[Document]) -> str:
    """是/否 first, then each side's figure: ``是，一样：都是59件`` / ``否，不一样：A（3件），B（5件）``."""
    sides = say(ask, "，", ", ").join(side(ask, report_name(s.doc), fig) for _, s, fig in rows)
    if silent:
        names = "、".join(report_name(d) for d in silent)
        return say(ask, f"报告未明确说明：{sides}；{names}未给出该数字", f"Not stated: {sides}; {names} gives no such figure")
    if len({v for v, _, _ in rows}) == 1:
        figs = {fold(f) for _, _, f in rows}
        both = f"都是{rows[0][2]}" if len(figs) == 1 else sides
        return say(ask, f"是，一样：{both}", f"Yes, the same: {sides}")
    return say(ask, f"否，不一样：{sides}", f"No, not the same: {sides}")


def side(ask: Ask, name: str, fig: str) -> str:
    """One side of a comparison: ``陇西（18次）`` / ``陇西 (18次)``."""
    return f"{name} ({fig})" if ask.lang == "en" else f"{name}（{fig}）"


def pair_short(ask: Ask, rows: Sequence[tuple[float, Sent, str]], silent: Sequence[Document]) -> str:
    """The short answer of a two-sided comparison, winner first: both figures and which is more,
    or the one figure and the side that gives none."""
    first = side(ask, report_name(rows[0][1].doc), rows[0][2])
    if len(rows) < 2:
        other = report_name(silent[0])
        return say(ask, f"{first}；{other}未给出该数字", f"{first}; {other} gives no such figure")
    second = side(ask, report_name(rows[1][1].doc), rows[1][2])
    if rows[0][0] == rows[1][0]:
        return say(ask, f"{first}与{second}相同", f"{first} and {second}: the same")
    zh, en = _MORE[(ask.qtype.direction or "max", rows[0][2].rstrip().endswith(("%", "％", "‰")))]
    return say(ask, f"{first}{zh}{second}", f"{first}, {en} {second}")


def compare(ask: Ask, hits: Sequence[Hit], pool: Sequence[Hit], documents: Mapping[str, Document],
            doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    same = asks_same(ask)
    if same:  # 一样吗: the figures of the sides, compared for equality
        ask = replace(ask, qtype=QType("compare", ask.qtype.unit), measured=same_measured(ask))
    ask = by_measure_word(ask)
    base = doc_filter or (lambda d: True)
    wanted = set(ask.regions)  # every corpus spelling of the asked places (rag.retrieve.query.understand)
    checked = [d for d in documents.values() if base(d) and (not wanted or d.region in wanted)]
    grouped = by_report(candidates([*hits, *pool], documents, ask))
    rows, silent = _rows(ask, checked, grouped, key_term(ask, [s for ss in grouped.values() for s in ss]))
    if len(rows) < 2:  # fewer than two reports state the specific term: compare on coverage alone
        rows, silent = _rows(ask, checked, grouped, "")
    if same and rows:
        order = {r: i for i, r in enumerate(ask.regions)}
        rows.sort(key=lambda r: min((order[a] for a in ask.regions if in_regions(r[1].doc, (a,))), default=99))
        picked = [s for _, s, _ in rows]
        short = same_short(ask, rows, silent)
        # the short line's figures are spans of the quotes below, each side's under its own marker
        return Draft(compose(short, picked, [report_label(s.doc, ask.lang) for s in picked]), short, (), "compare", (short,))
    one_side = len(rows) == 1 and ask.qtype.direction and len(checked) >= 2  # the others give no such figure
    if len(rows) < 2 and not one_side:
        sents = candidates(hits, documents, ask)
        draft = span_answer(ask, sents) if sents else Draft((), "", (), "compare")
        flag = say(ask, "只在一份报告中找到可比较的数字", "A comparable figure was found in one report only")
        return Draft(draft.segments, draft.short, draft.flags + (flag,), "compare")
    if not ask.qtype.direction:  # several regions asked: their figures in the order asked
        order = {r: i for i, r in enumerate(ask.regions)}
        rows.sort(key=lambda r: min((order[a] for a in ask.regions if in_regions(r[1].doc, (a,))), default=99))
        picked = [s for _, s, _ in rows]
        return Draft(compose("", picked, [report_label(s.doc, ask.lang) for s in picked]), "", (), "number")
    rows.sort(key=lambda r: r[0], reverse=ask.qtype.direction != "min")
    picked = [s for _, s, _ in rows]
    if len(checked) == 2:  # A和B哪个更多: both sides, the winner first
        short = pair_short(ask, rows, silent)
    else:  # 五地中哪个最多: the winner; the ranking follows
        short = side(ask, report_name(picked[0].doc), rows[0][2])
    note = say(ask, f"共检查{len(checked)}份报告，{len(rows)}份给出该数字",
               f"{len(checked)} reports checked; {len(rows)} give the figure")
    if silent:
        names = "、".join(report_name(d) for d in silent)
        note += say(ask, f"；未给出该数字：{names}", f"; no such figure in: {names}")
    flags = () if len(rows) >= 2 else (say(ask, "只在一份报告中找到可比较的数字", "A comparable figure was found in one report only"),)
    notes = (note, short) if len(rows) >= 2 else (note,)  # each side's figure is a span of its own quote below
    return Draft(compose(short, picked, [report_label(s.doc, ask.lang) for s in picked], note), short, flags, "compare", notes)
