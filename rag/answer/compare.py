"""Comparisons across reports ("哪个地区纠错率最高"): one figure per report, then ranked.

Each report's best sentence for the question (one holding a figure with the asked
unit) gives its figure; reports are ranked by value and every figure is cited.
The short answer is the winning report's region (from its metadata) and figure.
A figure question naming several regions ("赣州和长治的纠错率是多少") gets one cited
figure per region, in the order asked, and no short answer.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..records import Document, Hit
from .extractive import (
    Ask,
    Draft,
    Sent,
    _flag,
    _ranked,
    _span_answer,
    candidates,
    compose,
    in_regions,
)
from .figures import figure_value, number_spans

MIN_COVERAGE = 0.5  # a report's sentence must hold at least half the question's terms to be compared
MAX_REPORTS = 30  # above this many reports, only those in the top hits are compared


def _label(doc: Document, lang: str) -> str:
    name = " ".join(x for x in (doc.region, str(doc.year) if doc.year else "") if x) or doc.source
    return f"{name}: " if lang == "en" else f"{name}："


def _best_figure(ask: Ask, sents: Sequence[Sent]) -> tuple[float, Sent, str] | None:
    for sc, s, sp in _ranked(sents, ask, number_spans):
        if sp is None:
            continue
        from .terms import coverage

        cov, _ = coverage(ask.terms, s.chunk.section + "\n" + s.text, ask.weights)
        if cov < MIN_COVERAGE:  # a figure of some other topic: look further down
            continue
        fig = s.text[sp[0]:sp[1]]
        value = figure_value(fig)
        if value is None:
            continue
        if ask.qtype.unit == "%" and not fig.rstrip().endswith(("%", "％", "‰")):
            continue
        return value, s, fig
    return None


def compare(ask: Ask, hits: Sequence[Hit], documents: Mapping[str, Document],
            more_hits: Callable[[Document], Sequence[Hit]] | None = None,
            doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    sents = candidates(hits, documents, ask)
    by_doc: dict[str, list[Sent]] = {}
    for s in sents:
        by_doc.setdefault(s.doc.doc_id, []).append(s)
    base = doc_filter or (lambda d: True)

    def keep(doc: Document) -> bool:
        return base(doc) and (not ask.regions or in_regions(doc, ask.regions))

    if more_hits is not None and len(documents) <= MAX_REPORTS:
        for doc in documents.values():
            if doc.doc_id not in by_doc and keep(doc):
                extra = candidates(list(more_hits(doc)), documents, ask)
                by_doc[doc.doc_id] = [s for s in extra if s.doc.doc_id == doc.doc_id]
    rows = []
    for doc_id, ss in by_doc.items():
        if not keep(documents[doc_id]):
            continue
        best = _best_figure(ask, ss)
        if best is not None:
            rows.append(best)
    if len(rows) < 2:
        draft = _span_answer(ask, sents, "compare") if sents else Draft((), "", (), "compare")
        flags = draft.flags + _flag(ask, "只在一份报告中找到可比较的数字", "A comparable figure was found in one report only")
        return Draft(draft.segments, draft.short, flags, "compare")
    if not ask.qtype.direction:  # several regions asked: their figures in the order asked
        order = {r: i for i, r in enumerate(ask.regions)}
        rows.sort(key=lambda r: min((order[a] for a in ask.regions if in_regions(r[1].doc, (a,))), default=99))
        picked = [s for _, s, _ in rows]
        return Draft(compose("", picked, [_label(s.doc, ask.lang) for s in picked]), "", (), "number")
    rows.sort(key=lambda r: r[0], reverse=ask.qtype.direction != "min")
    picked = [s for _, s, _ in rows]
    labels = [_label(s.doc, ask.lang) for s in picked]
    name, fig = picked[0].doc.region or picked[0].doc.source, rows[0][2]
    short = f"{name} ({fig})" if ask.lang == "en" else f"{name}（{fig}）"
    return Draft(compose(short, picked, labels), short, (), "compare")
