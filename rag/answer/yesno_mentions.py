"""Yes/no questions whether each of two or more named places' reports mentions something
(``长治和赣州的报告都提到了述法吗``, ``Did both A's and B's reports mention the 12345 hotline?``).

Each named place's reports are checked as a "which reports" question checks them
(:func:`rag.answer.reports.which_reports`): 是 when every place has a report mentioning it, else 否
naming the places that do not; then one cited sentence per report that mentions it.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..records import Document, Hit
from ..text import lazy_re as re
from ..text.normalize import fold
from .drafts import Draft, compose, report_label, say
from .evidence import Ask, in_regions
from .qtypes import MENTION, QType
from .regions import count_places, short_name

_EN_MENTION_RE = re.compile(r"\b(?:mention(?:s|ed)?|refer(?:s|red)? to|discuss(?:es|ed)?)\b", re.IGNORECASE)


def mention_claim(ask: Ask) -> bool:
    """Is ``ask`` a yes/no question whether two or more named places' reports mention something?"""
    if ask.qtype.kind != "yesno" or count_places(ask.regions) < 2:
        return False
    return bool(re.search(MENTION, fold(ask.question)) or (ask.lang == "en" and _EN_MENTION_RE.search(ask.question)))


def each_mentions(ask: Ask, hits: Sequence[Hit], pool: Sequence[Hit], documents: Mapping[str, Document],
                  doc_filter: Callable[[Document], bool] | None = None) -> Draft:
    from .reports import which_reports
    from .yesno import labels

    found = which_reports(replace(ask, qtype=QType("reports")), [*hits, *pool], documents, doc_filter).reports
    if not found:  # nothing the key term names in any of them: an ordinary yes/no over the passages
        return Draft((), "", (), "yesno")
    said = set(found.doc_ids())
    quiet = [r for r in ask.regions if not any(in_regions(documents[i], (r,)) for i in said if i in documents)]
    yes, no, _ = labels(ask.lang)
    if quiet:
        listed = "、".join(short_name(r) for r in quiet)
        short = no + say(ask, f"：{listed}的报告未提到", f": not mentioned in the report of {listed}")
    else:
        short = yes + say(ask, "：都提到了", ": all mention it")
    shown = [found.sentence(i) for i in range(len(found))]
    return Draft(compose(short, shown, [report_label(s.doc, ask.lang) for s in shown]), short, (), "yesno")
