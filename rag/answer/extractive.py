"""The offline answerer: exact quotes from the reports, chosen by question type.

Every strategy works on the shared evidence of :mod:`rag.answer.evidence` (the
:class:`Ask` and the candidate :class:`Sent` sentences) and returns a
:class:`Draft`: a short answer (the line the user reads first; a substring of a cited
sentence, a constant label such as 是/否/报告未明确说明, or the places of the reports
found), then quoted sentences, each with its citation.  The only words added are such
labels, counts ("共3项") and each report's region and year from its metadata.

============  ==========================================  =========================
kind          strategy                                    module
============  ==========================================  =========================
number/date   the figure/date next to what is asked       :mod:`rag.answer.spans`
name          the person/organisation/title/phrase        :mod:`rag.answer.spans`
yesno         是/否/报告未明确说明 from the focus clause     :mod:`rag.answer.yesno`
list          the enumerated items, complete, in order    :mod:`rag.answer.lists`
summary       the key sentences of the section asked      :mod:`rag.answer.sections`
compare       one figure per report, ranked               :mod:`rag.answer.compare`
thresholds    the reports whose figure passes a threshold :mod:`rag.answer.thresholds`
reports       every report that mentions it               :mod:`rag.answer.reports`
catalog       the reports of a year or place; a report's  :mod:`rag.answer.catalog`
              own date or document number
============  ==========================================  =========================

See ``tests/test_answer_extractive.py`` for worked examples.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..records import Document, Hit
from .catalog import catalog, report_fact
from .compare import asks_between, compare
from .drafts import Draft
from .evidence import Ask, candidates
from .lists import list_answer
from .regions import count_places
from .reports import which_reports
from .spans import best_sentences, span_answer
from .summaries import summary, topic_summary
from .thresholds import passing_reports, threshold_asked
from .yesno import yesno
from .yesno_mentions import each_mentions, mention_claim

__all__ = ["Ask", "Draft", "answer"]


def answer(ask: Ask, hits: Sequence[Hit], documents: Mapping[str, Document],
           pool: Sequence[Hit] = (), doc_filter: Callable[[Document], bool] | None = None, index=None) -> Draft:
    """The extractive draft for ``ask`` over ``hits``.

    ``pool``: every report's best passages from one index lookup (no top-k cap), used by
    comparisons and "which reports"; ``doc_filter`` limits which reports those check; ``index``: a
    retriever with ``mentioning`` (posting arrays), which "which reports" asks instead of ``pool``.
    """
    kind = ask.qtype.kind
    if kind == "catalog":
        return catalog(ask, documents, doc_filter)
    if threshold_asked(ask) is not None:  # 哪些地区的纠错率超过50%
        return passing_reports(ask, hits, pool, documents, doc_filter)
    if mention_claim(ask):  # 长治和赣州的报告都提到了述法吗: each place's reports checked
        draft = each_mentions(ask, hits, pool, documents, doc_filter)
        if draft.segments:
            return draft
    if kind == "compare" or (kind == "number" and count_places(ask.regions) >= 2) or asks_between(ask):
        return compare(ask, hits, pool, documents, doc_filter)
    if kind == "reports":
        return which_reports(ask, [*hits, *pool], documents, doc_filter, index)
    sents = candidates(hits, documents, ask)
    if not sents:
        return Draft((), "", (), kind)
    fact = report_fact(ask, sents) if kind in ("date", "name", "other", "yesno") else None
    if fact is not None:  # the report's own date or document number, from its metadata rows
        return fact
    if kind in ("number", "date", "name"):
        return span_answer(ask, sents)
    if kind == "list":
        return list_answer(ask, sents, topic_summary)
    handler = {"yesno": yesno, "summary": summary}.get(kind, best_sentences)
    return handler(ask, sents)
