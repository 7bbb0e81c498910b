"""Which reports mention something ("哪些报告提到了述法工作?", "Which reports mention X?").

Every report (up to :data:`MAX_REPORTS`) is searched on its own; a report counts
when one of its sentences holds at least :data:`MIN_COVERAGE` of the question's
weighted content terms.  The short answer lists the reports' regions (innermost
place name, ``赤峰市元宝山区`` -> ``元宝山``) in index order; each report's best
sentence is quoted with its label.

>>> display_name("赤峰市元宝山区"), display_name("长治市"), display_name("海西蒙古族藏族自治州")
('元宝山', '长治', '海西蒙古族藏族')
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..records import Document, Hit
from .extractive import Ask, Draft, Sent, _ranked, candidates, compose
from .regions import short_name
from .terms import coverage

MIN_COVERAGE = 0.5  # weighted share of the question's terms one sentence must hold (as the support threshold)
MAX_REPORTS = 30  # above this many reports, only those among the top hits are checked
_NESTED_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:市|州|盟|地区)(?=[\u4e00-\u9fff]{2,}(?:区|县|旗|市)$)")


def display_name(region: str) -> str:
    """The innermost place of ``region`` without its suffix (a county under its city: the county)."""
    return short_name(_NESTED_RE.sub("", region)) if region else ""


def _label(doc: Document, lang: str) -> str:
    name = " ".join(x for x in (doc.region, str(doc.year) if doc.year else "") if x) or doc.source
    return f"{name}: " if lang == "en" else f"{name}："


def _best_sentence(ask: Ask, sents: Sequence[Sent]) -> Sent | None:
    for _, s, _ in _ranked(sents, ask)[:5]:
        cov, _ = coverage(ask.terms, s.chunk.section + "\n" + s.text, ask.weights)
        if cov >= MIN_COVERAGE:
            return s
    return None


def which_reports(ask: Ask, hits: Sequence[Hit], documents: Mapping[str, Document],
                  more_hits: Callable[[Document], Sequence[Hit]] | None = None,
                  doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    """The reports whose text supports the question's terms, each with its best sentence."""
    keep = doc_filter or (lambda d: True)
    by_doc: dict[str, list[Sent]] = {}
    for s in candidates(hits, documents, ask):
        by_doc.setdefault(s.doc.doc_id, []).append(s)
    if more_hits is not None and len(documents) <= MAX_REPORTS:
        for doc in documents.values():
            extra = candidates(list(more_hits(doc)), documents, ask)
            by_doc.setdefault(doc.doc_id, []).extend(s for s in extra if s.doc.doc_id == doc.doc_id)
    found = []
    for doc_id in sorted(by_doc):
        if not keep(documents[doc_id]):
            continue
        best = _best_sentence(ask, by_doc[doc_id])
        if best is not None:
            found.append(best)
    if not found:
        return Draft((), "", (), "reports")
    names = [display_name(s.doc.region) or s.doc.source for s in found]
    short = (", " if ask.lang == "en" else "、").join(dict.fromkeys(names))
    return Draft(compose(short, found, [_label(s.doc, ask.lang) for s in found]), short, (), "reports")
