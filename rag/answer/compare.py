"""Comparisons across reports ("哪个地区纠错率最高"): one cited figure per report, ranked.

Every report the index matches is evaluated (the answerer passes each report's best
passages from one index lookup, no cap); a report's figure is the best span of
:func:`rag.answer.spans.best_span` in a sentence holding at least
:data:`MIN_COVERAGE` of the question's terms and what it measures.  Reports are
ranked by value; the short answer is the winner's place and figure; the text names
the reports compared and those that give no such figure.  A figure question naming
several regions ("赣州和长治的纠错率分别是多少") gets one cited figure per region, in
the order asked.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

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
from .figures import figure_value, number_spans
from .reports import report_name
from .spans import best_span, span_answer
from .terms import coverage

MIN_COVERAGE = 0.5  # a report's sentence must hold at least half the question's terms to be compared


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


def compare(ask: Ask, hits: Sequence[Hit], pool: Sequence[Hit], documents: Mapping[str, Document],
            doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    base = doc_filter or (lambda d: True)
    wanted = set(ask.regions)  # every corpus spelling of the asked places (rag.retrieve.query.understand)
    checked = [d for d in documents.values() if base(d) and (not wanted or d.region in wanted)]
    grouped = by_report(candidates([*hits, *pool], documents, ask))
    rows, silent = _rows(ask, checked, grouped, key_term(ask, [s for ss in grouped.values() for s in ss]))
    if len(rows) < 2:  # fewer than two reports state the specific term: compare on coverage alone
        rows, silent = _rows(ask, checked, grouped, "")
    if len(rows) == 1 and ask.qtype.direction and len(checked) >= 2:  # the others give no such figure
        _, sent, fig = rows[0]
        name = report_name(sent.doc)
        short = f"{name} ({fig})" if ask.lang == "en" else f"{name}（{fig}）"
        names = "、".join(report_name(d) for d in silent)
        note = say(ask, f"只有这份报告给出该数字；未给出：{names}", f"Only this report gives the figure; none in: {names}")
        flag = say(ask, "只在一份报告中找到可比较的数字", "A comparable figure was found in one report only")
        return Draft(compose(short, [sent], [report_label(sent.doc, ask.lang)], note), short, (flag,), "compare", (note,))
    if len(rows) < 2:
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
    name, fig = report_name(picked[0].doc), rows[0][2]
    short = f"{name} ({fig})" if ask.lang == "en" else f"{name}（{fig}）"
    note = say(ask, f"比较了{len(rows)}份报告", f"{len(rows)} reports compared")
    if silent:
        names = "、".join(report_name(d) for d in silent)
        note += say(ask, f"；未给出该数字：{names}", f"; no such figure in: {names}")
    return Draft(compose(short, picked, [report_label(s.doc, ask.lang) for s in picked], note), short, (), "compare", (note,))
